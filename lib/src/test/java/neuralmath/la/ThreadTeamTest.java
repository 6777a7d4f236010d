package neuralmath.la;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class ThreadTeamTest {

    @Test
    void everyPartRunsExactlyOnceRoundAfterRound() {
        ThreadTeam team = new ThreadTeam(3);
        for (int round = 0; round < 20_000; round++) {
            int count = 1 + round % 7;
            AtomicIntegerArray runs = new AtomicIntegerArray(count);
            team.run(count, runs::incrementAndGet);
            for (int part = 0; part < count; part++) {
                assertEquals(1, runs.get(part), "round " + round + ", part " + part + " of " + count);
            }
        }
    }

    @Test
    void aFailingPartIsReportedAndTheTeamWorksOnAfterwards() {
        ThreadTeam team = new ThreadTeam(1);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> team.run(4, part -> {
            if (part == 2) {
                throw new ArithmeticException("part 2 broke");
            }
        }));
        assertTrue(e.getMessage().contains("part 2 broke"), e.getMessage());
        AtomicIntegerArray runs = new AtomicIntegerArray(4);
        team.run(4, runs::incrementAndGet);
        assertEquals("[1, 1, 1, 1]", runs.toString());
    }
}
