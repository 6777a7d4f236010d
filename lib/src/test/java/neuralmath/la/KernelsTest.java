package neuralmath.la;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KernelsTest {

    @Test
    void theTestJvmRunsOnTheVectorApiUnlessPlainWasAskedFor() {
        boolean plainAsked = "plain".equals(System.getProperty(Kernels.KERNELS_PROPERTY));
        assertEquals(plainAsked ? PlainKernels.class : VectorKernels.class, Kernels.active().getClass());
        assertTrue(Kernels.description().contains(Kernels.active().name()), Kernels.description());
    }

    @Test
    void plainIsChosenWhenAskedForOrWhenTheModuleIsMissing() {
        assertSame(Kernels.plain(), Kernels.choose("plain", true));
        assertSame(Kernels.plain(), Kernels.choose(" PLAIN ", true));
        assertSame(Kernels.plain(), Kernels.choose("", false));
        assertSame(Kernels.plain(), Kernels.choose("vector", false));
        assertInstanceOf(VectorKernels.class, Kernels.choose("", true));
        assertInstanceOf(VectorKernels.class, Kernels.choose("vector", true));
    }

    @Test
    void theReferenceTripleLoopIsChosenByName() {
        assertInstanceOf(ReferenceKernels.class, Kernels.choose("reference", true));
        assertInstanceOf(ReferenceKernels.class, Kernels.choose("Reference", false));
        assertEquals("reference triple loop (1 thread)", Kernels.choose("reference", true).name());
    }

    @Test
    void anUnknownPathIsRejectedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Kernels.choose("fast", true));
        assertTrue(e.getMessage().contains("neuralmath.kernels=fast"), e.getMessage());
    }

    @Test
    void namesSayThePathAndTheThreads() {
        assertEquals("plain Java (1 thread)", new PlainKernels(1).name());
        assertTrue(new VectorKernels(2).name().matches("Vector API \\(\\d+-bit, 2 threads\\)"),
                new VectorKernels(2).name());
    }
}
