package neuralmath.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import neuralmath.activations.Activation;
import neuralmath.la.Matrix;
import neuralmath.losses.Loss;
import neuralmath.network.Initializer;
import neuralmath.network.Network;
import neuralmath.optimizers.Adam;
import org.junit.jupiter.api.Test;

/** The Trainer's options for learning that generalises: weight decay, early stopping, and training with dropout. */
class GeneralisationTest {

    /** Few, overlapping examples and a large network: the validation loss falls, then rises. */
    private static final Blobs FEW = Blobs.of(12, 3);
    private static final Blobs VALIDATION = Blobs.of(200, 4);

    private static Network large() {
        return Network.of(new int[] {2, 64, 64, 2}, Activation.relu(), Activation.softmax(), Initializer.HE, 1);
    }

    private static Trainer trainer(Network net) {
        return new Trainer(net, Loss.categoricalCrossEntropy(), new Adam(0.01)).epochs(150);
    }

    private static double squaredWeights(Network net) {
        return net.layers().stream().mapToDouble(l -> {
            Matrix w = l.weights().value();
            return w.sumOf("squares", w, (a, b) -> a * b);
        }).sum();
    }

    @Test
    void earlyStoppingKeepsAndRestoresTheEpochOfLowestValidationLoss() {
        Network net = large();
        History h = trainer(net).earlyStopping(10).fit(FEW.x(), FEW.y(), VALIDATION.x(), VALIDATION.y());
        double[] validation = h.testLoss();
        int best = 0;
        for (int e = 1; e < validation.length; e++) {
            best = validation[e] < validation[best] ? e : best;
        }
        assertEquals(best + 1, h.keptEpoch(), Arrays.toString(validation));
        assertTrue(h.size() < 150, "the validation loss rises, so training stops early: " + h.size() + " epochs");
        assertEquals(h.keptEpoch() + 10, h.size(), "it stops after 10 epochs without a new lowest validation loss");
        double restored = Loss.categoricalCrossEntropy().value(net.predict(VALIDATION.x()), VALIDATION.y());
        assertEquals(validation[best], restored, 1e-12, "the network ends with the kept epoch's weights");
    }

    @Test
    void withoutEarlyStoppingTheLastEpochIsKept() {
        History h = trainer(large()).epochs(5).fit(FEW.x(), FEW.y(), VALIDATION.x(), VALIDATION.y());
        assertEquals(5, h.keptEpoch());
    }

    @Test
    void weightDecayKeepsTheWeightsSmallerAndZeroDecayChangesNothing() {
        Network plain = large();
        Network decayed = large();
        Network zero = large();
        History hPlain = trainer(plain).fit(FEW.x(), FEW.y(), VALIDATION.x(), VALIDATION.y());
        trainer(decayed).weightDecay(1.0).fit(FEW.x(), FEW.y(), VALIDATION.x(), VALIDATION.y());
        History hZero = trainer(zero).weightDecay(0).fit(FEW.x(), FEW.y(), VALIDATION.x(), VALIDATION.y());
        assertTrue(squaredWeights(decayed) < 0.8 * squaredWeights(plain),
                squaredWeights(decayed) + " vs " + squaredWeights(plain));
        assertArrayEquals(hPlain.testLoss(), hZero.testLoss(), 0);
    }

    @Test
    void weightDecayAddsLambdaOverMTimesWToEveryStep() {
        // One full-batch step of SGD with decay: W ← W − η(∂L/∂W + (λ/m)W), m = 12 examples.
        Network reference = large();
        Network net = large();
        Matrix w0 = net.layers().get(1).weights().value().copy();
        reference.backward(reference.forward(FEW.x()), FEW.y(), Loss.categoricalCrossEntropy());
        Matrix gradient = reference.layers().get(1).weights().gradient();
        new Trainer(net, Loss.categoricalCrossEntropy(), new neuralmath.optimizers.SGD(0.1)).epochs(1).weightDecay(0.6)
                .fit(FEW.x(), FEW.y());
        Matrix expected = w0.minus(gradient.plus(w0.times(0.6 / 12)).times(0.1));
        assertArrayEquals(expected.toFlatArray(), net.layers().get(1).weights().value().toFlatArray(), 1e-14);
    }

    @Test
    void trainingWithDropoutIsTheSameForTheSameSeedAndDiffersFromWithout() {
        Network a = large().dropout(0.5, 9);
        Network b = large().dropout(0.5, 9);
        Network without = large();
        History ha = trainer(a).epochs(20).batchSize(4).fit(FEW.x(), FEW.y(), VALIDATION.x(), VALIDATION.y());
        History hb = trainer(b).epochs(20).batchSize(4).fit(FEW.x(), FEW.y(), VALIDATION.x(), VALIDATION.y());
        History hw = trainer(without).epochs(20).batchSize(4).fit(FEW.x(), FEW.y(), VALIDATION.x(), VALIDATION.y());
        assertArrayEquals(ha.trainLoss(), hb.trainLoss(), 0);
        assertArrayEquals(a.layers().get(0).weights().value().toFlatArray(),
                b.layers().get(0).weights().value().toFlatArray(), 0);
        assertTrue(Math.abs(ha.last().trainLoss() - hw.last().trainLoss()) > 1e-6, "dropout changes training");
    }

    @Test
    void theValidationDataSplitChapter10sTrainingImagesIntoTwoParts() {
        DigitsExperiments.Data all = DigitsExperiments.data();
        DigitsExperiments.Data parts = DigitsExperiments.validationData();
        assertEquals(1149, parts.xTrain().rows());
        assertEquals(288, parts.xTest().rows());
        assertEquals(all.xTrain().sum(), parts.xTrain().sum() + parts.xTest().sum(), 1e-9, "the same images, split");
        assertArrayEquals(all.yTrain().sumOfEachColumn().toFlatArray(),
                parts.yTrain().sumOfEachColumn().plus(parts.yTest().sumOfEachColumn()).toFlatArray(), 0,
                "the same digits, split");
    }
}
