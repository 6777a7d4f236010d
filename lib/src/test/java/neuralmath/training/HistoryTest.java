package neuralmath.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HistoryTest {

    @Test
    void keepsEpochsInOrderAndRefusesGaps() {
        History h = new History();
        assertThrows(IllegalStateException.class, h::last);
        h.add(new EpochResult(1, 0.9, 0.5, 1.0, 0.4, 0.25));
        h.add(new EpochResult(2, 0.7, 0.6, 0.8, 0.55, 0.5));
        assertArrayEquals(new double[] {0.9, 0.7}, h.trainLoss());
        assertArrayEquals(new double[] {0.5, 0.6}, h.trainAccuracy());
        assertArrayEquals(new double[] {1.0, 0.8}, h.testLoss());
        assertArrayEquals(new double[] {0.4, 0.55}, h.testAccuracy());
        assertEquals(0.75, h.seconds());
        assertEquals(2, h.last().epoch());
        String m = assertThrows(IllegalArgumentException.class,
                () -> h.add(new EpochResult(4, 0, 0, 0, 0, 0))).getMessage();
        assertTrue(m.contains("expected epoch 3") && m.contains("got 4"), m);
        assertThrows(UnsupportedOperationException.class, () -> h.epochs().clear());
    }
}
