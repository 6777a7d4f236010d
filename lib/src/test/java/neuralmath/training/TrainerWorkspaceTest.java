package neuralmath.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import neuralmath.activations.Activation;
import neuralmath.la.Kernels;
import neuralmath.la.Matrix;
import neuralmath.losses.Loss;
import neuralmath.network.Initializer;
import neuralmath.network.Network;
import neuralmath.network.Parameter;
import neuralmath.optimizers.Adam;
import neuralmath.optimizers.Optimizer;
import neuralmath.optimizers.SGD;
import org.junit.jupiter.api.Test;

/**
 * The trainer writes every batch, forward pass and gradient into the matrices of its workspaces. These tests check
 * that this changes nothing, bit for bit, against the plain loop a learner would write with the allocating API, and
 * that an epoch then allocates no matrices.
 */
class TrainerWorkspaceTest {

    private static final Blobs TRAIN = Blobs.of(90, 1);
    private static final Blobs TEST = Blobs.of(40, 2);

    private record Setup(String name, Supplier<Network> network, Loss loss, Supplier<Optimizer> optimizer) {
    }

    private static final List<Setup> SETUPS = List.of(
            new Setup("tanh + softmax + cross-entropy (fused gradient), SGD",
                    () -> Network.of(new int[] {2, 7, 5, 2}, Activation.tanh(), Activation.softmax(),
                            Initializer.XAVIER, 3),
                    Loss.categoricalCrossEntropy(), () -> new SGD(0.3)),
            new Setup("sigmoid + sigmoid + MSE (loss gradient through the activation), Adam",
                    () -> Network.of(new int[] {2, 6, 2}, Activation.sigmoid(), Activation.sigmoid(),
                            Initializer.XAVIER, 4),
                    Loss.meanSquaredError(), () -> new Adam(0.01)),
            new Setup("ReLU + identity + MSE, SGD",
                    () -> Network.of(new int[] {2, 8, 2}, Activation.relu(), Activation.identity(), Initializer.HE, 5),
                    Loss.meanSquaredError(), () -> new SGD(0.05)));

    @Test
    void fullBatchTrainingEqualsThePlainLoopBitForBit() {
        for (Setup s : SETUPS) {
            Network trained = s.network().get();
            History h = new Trainer(trained, s.loss(), s.optimizer().get()).epochs(30)
                    .fit(TRAIN.x(), TRAIN.y(), TEST.x(), TEST.y());
            Network reference = s.network().get();
            Optimizer optimizer = s.optimizer().get();
            for (int epoch = 0; epoch < 30; epoch++) {
                Matrix yHat = reference.forward(TRAIN.x());
                assertEquals(s.loss().value(yHat, TRAIN.y()), h.trainLoss()[epoch], 0.0, s.name() + ", epoch " + epoch);
                reference.backward(yHat, TRAIN.y(), s.loss());
                optimizer.step(reference.parameters());
                assertEquals(s.loss().value(reference.forward(TEST.x()), TEST.y()), h.testLoss()[epoch], 0.0,
                        s.name() + ", test loss, epoch " + epoch);
            }
            assertSameParameters(reference, trained, s.name());
        }
    }

    @Test
    void miniBatchTrainingWithARaggedLastBatchEqualsThePlainLoopBitForBit() {
        int batch = 16; // 90 = 5 × 16 + 10
        for (Setup s : SETUPS) {
            Network trained = s.network().get();
            new Trainer(trained, s.loss(), s.optimizer().get()).epochs(8).batchSize(batch).shuffleSeed(9)
                    .fit(TRAIN.x(), TRAIN.y());
            Network reference = s.network().get();
            Optimizer optimizer = s.optimizer().get();
            Random random = new Random(9);
            int[] order = new int[90];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            for (int epoch = 0; epoch < 8; epoch++) {
                for (int i = order.length - 1; i > 0; i--) { // the trainer's Fisher–Yates shuffle
                    int j = random.nextInt(i + 1);
                    int tmp = order[i];
                    order[i] = order[j];
                    order[j] = tmp;
                }
                for (int from = 0; from < order.length; from += batch) {
                    int[] rows = java.util.Arrays.copyOfRange(order, from, Math.min(from + batch, order.length));
                    Matrix yb = TRAIN.y().selectRows(rows);
                    reference.backward(reference.forward(TRAIN.x().selectRows(rows)), yb, s.loss());
                    optimizer.step(reference.parameters());
                }
            }
            assertSameParameters(reference, trained, s.name());
        }
    }

    @Test
    void anEpochAllocatesNoMatrices() throws IOException, InterruptedException {
        // 600 examples: one matrix of the hidden layer's Z alone is 600 × 32 × 8 bytes = 153,600 bytes, and an epoch
        // that made new matrices would make at least five that size. Measured in a JVM of its own that counts what
        // the code allocates and nothing else: interpreted only (-Xint: no JIT compiler, so no count that depends on
        // what it has compiled by then, and no Vector API boxes, which only compiled code avoids), on the plain
        // kernels and one thread (no helper thread's share left uncounted). The count is then the same every run.
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xint", "-D" + Kernels.KERNELS_PROPERTY + "=plain",
                "-D" + Kernels.THREADS_PROPERTY + "=1", "-cp", System.getProperty("java.class.path"),
                EpochAllocations.class.getName()).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertEquals(0, child.waitFor(), output);

        double perEpoch = Double.parseDouble(output);
        assertTrue(perEpoch < 10_000, "bytes allocated per epoch after the first: " + perEpoch
                + " (a (600x32) matrix is 153,600)");
    }

    /** Prints the bytes the calling thread allocates per epoch after the first, in a fresh JVM. */
    static final class EpochAllocations {
        public static void main(String[] args) {
            Blobs big = Blobs.of(600, 7);
            allocatedBytes(big, 5); // loads and initialises every class an epoch uses
            long fewEpochs = allocatedBytes(big, 5);
            long manyEpochs = allocatedBytes(big, 45);
            System.out.println((manyEpochs - fewEpochs) / 40.0);
        }
    }

    private static long allocatedBytes(Blobs data, int epochs) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Network net = Network.of(new int[] {2, 32, 2}, Activation.sigmoid(), Activation.softmax(), Initializer.XAVIER, 1);
        Trainer trainer = new Trainer(net, Loss.categoricalCrossEntropy(), new SGD(0.1)).epochs(epochs);
        long before = threads.getCurrentThreadAllocatedBytes();
        trainer.fit(data.x(), data.y(), data.x(), data.y());
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    private static void assertSameParameters(Network expected, Network actual, String what) {
        List<Parameter> e = expected.parameters();
        List<Parameter> a = actual.parameters();
        for (int i = 0; i < e.size(); i++) {
            assertEquals(e.get(i).value(), a.get(i).value(), what + ": " + e.get(i).name() + " differs");
        }
    }
}
