package neuralmath.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import neuralmath.training.DigitsExperiments.Data;
import neuralmath.training.DigitsExperiments.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The figures the course quotes about the digits experiment. */
class DigitsExperimentsTest {

    /** What numpy's own run of the source gave for one seed. */
    record NumpyRun(long seed, int correct, double trainLoss) {
    }

    static List<NumpyRun> numpy;
    static List<Run> source;
    static Run sourceWithLibraryWeights;

    @BeforeAll
    static void runTheSourceNetworkForSeeds0To4() throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                DigitsExperimentsTest.class.getResourceAsStream("numpy-source-network.txt"), StandardCharsets.UTF_8))) {
            numpy = in.lines().filter(l -> !l.startsWith("#")).map(l -> l.split(" "))
                    .map(f -> new NumpyRun(Long.parseLong(f[0]), Integer.parseInt(f[1]), Double.parseDouble(f[2])))
                    .collect(Collectors.toList());
        }
        // Six independent 1000-epoch runs, two at a time on two cores.
        List<Run> runs = LongStream.range(0, 6).parallel()
                .mapToObj(i -> i < 5 ? DigitsExperiments.sourceNetwork(i)
                        : DigitsExperiments.sourceNetworkWithLibraryWeights(0))
                .collect(Collectors.toList());
        source = runs.subList(0, 5);
        sourceWithLibraryWeights = runs.get(5);
    }

    @Test
    void theDataAreTheSourceSplitWithOneHotTargets() {
        Data d = DigitsExperiments.data();
        assertEquals(1437, d.xTrain().rows());
        assertEquals(360, d.xTest().rows());
        assertEquals(10, d.yTest().cols());
        assertEquals(1437.0, d.yTrain().sum(), "one 1 per row");
        assertEquals(0.0, d.xTrain().min());
        assertEquals(1.0, d.xTrain().max());
    }

    @Test
    void theSourceNetworkGivesNumpysLossAndAccuracyForEachSeed() {
        assertEquals(5, numpy.size());
        for (NumpyRun expected : numpy) {
            Run run = source.get((int) expected.seed());
            double sourceLoss = run.history().last().trainLoss() / 10;
            assertEquals(expected.trainLoss(), sourceLoss, 1e-6 * expected.trainLoss(),
                    "seed " + expected.seed() + ": final training loss (the source's mean over m·10 entries)");
            int correct = (int) Math.round(run.testAccuracy() * 360);
            assertTrue(Math.abs(correct - expected.correct()) <= 1, "seed " + expected.seed() + ": " + correct
                    + " of 360 right, numpy " + expected.correct() + " (one image may flip with summation order)");
        }
    }

    @Test
    void theSourceNetworkLandsWhereTheSourcesDoesOverSeeds0To4() {
        for (Run run : source) {
            assertTrue(run.testAccuracy() >= 0.919 && run.testAccuracy() <= 0.939, run.setup() + ": "
                    + run.testAccuracy() + " outside numpy's 0.919..0.939 (the source printed 0.9306)");
            assertEquals(1000, run.history().size());
        }
    }

    @Test
    void withTheLibrarysOwnNormalWeightsTheSourceSetupStaysInThatRange() {
        double accuracy = sourceWithLibraryWeights.testAccuracy();
        assertTrue(accuracy >= 0.919 && accuracy <= 0.939, "seed 0: " + accuracy);
    }

    @Test
    void theLinearBaselineReaches96Point9PercentAndBeatsTheSourceNetwork() {
        Run linear = DigitsExperiments.linearBaseline();
        assertEquals(349.0 / 360, linear.testAccuracy(), 1.0 / 360 + 1e-9, "96.9%, within one test image");
        for (Run run : source) {
            assertTrue(linear.testAccuracy() > run.testAccuracy(), "linear " + linear.testAccuracy() + " vs "
                    + run.setup() + " " + run.testAccuracy());
        }
    }

    @Test
    void theImprovedNetworkReachesAtLeast97Point5Percent() {
        Run improved = DigitsExperiments.improvedNetwork();
        assertTrue(improved.testAccuracy() >= 0.975, "test accuracy " + improved.testAccuracy());
        assertEquals(353.0 / 360, improved.testAccuracy(), 1.0 / 360 + 1e-9, "98.1%, within one test image");
        assertEquals(100, improved.history().size());
        int first = improved.firstEpochReaching(0.975);
        assertTrue(first >= 16 && first <= 26, "first reached 97.5% in epoch " + first + ", quoted as 21");
    }
}
