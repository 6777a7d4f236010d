package neuralmath.course.exercise;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClaimTest {

    @Test
    void aValueInsideTheQuotedRangePasses() {
        assertDoesNotThrow(() -> Claim.between("test accuracy", 0.9389, 0.919, 0.939));
        assertDoesNotThrow(() -> Claim.between("test accuracy", 0.939, 0.919, 0.939), "the range holds its ends");
        assertDoesNotThrow(() -> Claim.atLeast("test accuracy", 0.981, 0.975));
        assertDoesNotThrow(() -> Claim.atMost("relative error", 1e-9, 1e-7));
    }

    @Test
    void aValueOutsideTheQuotedRangeFailsNamingTheClaimTheValueAndTheRange() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Claim.between("the source's test accuracy", 0.90, 0.919, 0.939));
        assertTrue(e.getMessage().startsWith("The text says the source's test accuracy lies in [0.919, 0.939], but"
                + " this run computed 0.9: the text and the code disagree"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> Claim.atLeast("accuracy", 0.97, 0.975));
        assertThrows(IllegalStateException.class, () -> Claim.atMost("error", 1e-3, 1e-7));
    }

    @Test
    void aNaNNeverSatisfiesAClaim() {
        assertThrows(IllegalStateException.class, () -> Claim.between("loss", Double.NaN, 0, 1));
    }
}
