package neuralmath.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import neuralmath.activations.Activation;
import neuralmath.la.Matrix;
import org.junit.jupiter.api.Test;

class WorkspaceTest {

    @Test
    void givesTheSameMatrixForTheSameOwnerNameAndShape() {
        Workspace space = new Workspace();
        Object layer = new Object();
        Matrix z = space.matrix(layer, "Z", 3, 4);
        assertEquals(Matrix.zeros(3, 4), z);
        assertSame(z, space.matrix(layer, "Z", 3, 4));
        assertNotSame(z, space.matrix(layer, "A", 3, 4), "another name");
        assertNotSame(z, space.matrix(new Object(), "Z", 3, 4), "another owner");
    }

    @Test
    void keepsOneMatrixPerShapeSoARaggedLastBatchDoesNotEvictTheFullOnes() {
        Workspace space = new Workspace();
        Object layer = new Object();
        Matrix full = space.matrix(layer, "Z", 32, 4);
        Matrix last = space.matrix(layer, "Z", 13, 4);
        assertEquals("(13x4)", last.shape());
        assertSame(full, space.matrix(layer, "Z", 32, 4));
        assertSame(last, space.matrix(layer, "Z", 13, 4));
    }

    @Test
    void noneGivesANewMatrixEveryTime() {
        Object layer = new Object();
        assertNotSame(Workspace.none().matrix(layer, "Z", 2, 2), Workspace.none().matrix(layer, "Z", 2, 2));
    }

    @Test
    void forwardWithoutAWorkspaceReturnsMatricesOfTheirOwn() {
        // A learner keeps the output of one forward pass and compares it with the next: it must not change.
        Network net = Network.of(new int[] {3, 4, 2}, Activation.relu(), Activation.softmax(), Initializer.HE, 1);
        Matrix first = net.forward(Matrix.randn(5, 3, 2));
        Matrix kept = first.copy();
        net.forward(Matrix.randn(5, 3, 3));
        assertEquals(kept, first);
    }

    @Test
    void forwardWithAWorkspaceWritesIntoTheSameMatricesAndComputesTheSameNumbers() {
        Network net = Network.of(new int[] {3, 4, 2}, Activation.tanh(), Activation.softmax(), Initializer.XAVIER, 1);
        Workspace space = new Workspace();
        Matrix x1 = Matrix.randn(5, 3, 2);
        Matrix x2 = Matrix.randn(5, 3, 3);
        Matrix first = net.forward(x1, space);
        assertEquals(net.forward(x1), first);
        Matrix second = net.forward(x2, space);
        assertSame(first, second, "the workspace's ŷ is reused");
        assertEquals(net.forward(x2), second);
    }
}
