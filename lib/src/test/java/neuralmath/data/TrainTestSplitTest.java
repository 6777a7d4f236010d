package neuralmath.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.IntStream;
import neuralmath.la.Matrix;
import org.junit.jupiter.api.Test;

class TrainTestSplitTest {

    static final Dataset DIGITS = Digits.load();

    static Dataset numbered(int n, int classes) {
        double[][] rows = new double[n][];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = new double[] {i};
            labels[i] = i % classes;
        }
        return new Dataset(Matrix.of(rows), labels);
    }

    static void assertPartition(TrainTestSplit split, int n) {
        int[] all = IntStream.concat(Arrays.stream(split.trainIndices()), Arrays.stream(split.testIndices()))
                .sorted().toArray();
        assertArrayEquals(IntStream.range(0, n).toArray(), all, "every row exactly once");
    }

    @Test
    void theSourceSplitHasNumpysTestIndicesAndTheRestToTrain() throws IOException {
        JsonNode reference = NumpyRandomStateTest.reference().get("permutations").get(0);
        TrainTestSplit split = TrainTestSplit.of(DIGITS, 0.2, 42);
        assertArrayEquals(NumpyRandomStateTest.ints(reference.get("first")), split.testIndices());
        assertEquals(1437, split.train().size());
        assertEquals(360, split.test().size());
        assertPartition(split, 1797);
    }

    @Test
    void theRowsFollowTheirIndices() {
        TrainTestSplit split = TrainTestSplit.of(DIGITS, 0.2, 42);
        int t = split.testIndices()[7];
        assertEquals(DIGITS.inputs().row(t), split.test().inputs().row(7));
        assertEquals(DIGITS.labels()[t], split.test().labels()[7]);
        int r = split.trainIndices()[100];
        assertEquals(DIGITS.inputs().row(r), split.train().inputs().row(100));
    }

    @Test
    void otherSeedsAndFractionsTakeTheFirstCeilingOfNumpysPermutation() throws IOException {
        JsonNode seed123 = NumpyRandomStateTest.reference().get("permutations").get(4);
        assertEquals(123, seed123.get("seed").asInt());
        TrainTestSplit split = TrainTestSplit.of(numbered(100, 3), 0.251, 123);
        int[] expected = Arrays.copyOf(NumpyRandomStateTest.ints(seed123.get("first")), 26);
        assertArrayEquals(expected, split.testIndices(), "ceil(0.251 * 100) = 26 test rows");
        assertPartition(split, 100);
    }

    @Test
    void theSameSeedGivesTheSameSplitAndAnotherSeedAnother() {
        assertArrayEquals(TrainTestSplit.of(DIGITS, 0.2, 7).testIndices(),
                TrainTestSplit.of(DIGITS, 0.2, 7).testIndices());
        assertTrue(!Arrays.equals(TrainTestSplit.of(DIGITS, 0.2, 7).testIndices(),
                TrainTestSplit.of(DIGITS, 0.2, 8).testIndices()));
    }

    @Test
    void aStratifiedSplitKeepsEachClassShareWithinOneExample() {
        TrainTestSplit split = TrainTestSplit.stratified(DIGITS, 0.2, 42);
        assertEquals(360, split.test().size());
        assertPartition(split, 1797);
        int[] all = counts(DIGITS.labels());
        int[] test = counts(split.test().labels());
        for (int k = 0; k < 10; k++) {
            assertEquals(all[k] * 360.0 / 1797, test[k], 1.0, "class " + k);
        }
        assertArrayEquals(split.testIndices(), TrainTestSplit.stratified(DIGITS, 0.2, 42).testIndices());
    }

    @Test
    void aStratifiedSplitMixesTheClasses() {
        int[] labels = TrainTestSplit.stratified(numbered(60, 3), 0.5, 1).train().labels();
        assertTrue(!Arrays.equals(labels, Arrays.stream(labels).sorted().toArray()), Arrays.toString(labels));
    }

    @Test
    void aFractionThatLeavesAPartEmptyIsRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TrainTestSplit.of(DIGITS, 1.0, 0))
                .getMessage().contains("test fraction 1.0"));
        assertThrows(IllegalArgumentException.class, () -> TrainTestSplit.of(DIGITS, 0.0, 0));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TrainTestSplit.of(numbered(3, 1), 0.9, 0))
                .getMessage().contains("none to train on"));
    }

    static int[] counts(int[] labels) {
        int[] counts = new int[10];
        for (int label : labels) {
            counts[label]++;
        }
        return counts;
    }
}
