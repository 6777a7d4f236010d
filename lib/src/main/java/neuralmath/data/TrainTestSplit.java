package neuralmath.data;

import java.util.Arrays;

/**
 * A data set cut in two: examples to train on and examples held back to test on.
 *
 * @param train        the training examples
 * @param test         the test examples
 * @param trainIndices the rows of the original data that went to {@code train}, in order
 * @param testIndices  the rows that went to {@code test}, in order
 */
public record TrainTestSplit(Dataset train, Dataset test, int[] trainIndices, int[] testIndices) {

    /**
     * The split scikit-learn's {@code train_test_split(X, y, test_size=testFraction, random_state=seed)} makes,
     * index for index: shuffle 0..n−1 with numpy's {@code RandomState(seed).permutation(n)}; the first
     * ⌈testFraction·n⌉ indices are the test set, the rest the training set. With (0.2, 42) on the 1797 digits
     * this is the source tutorial's split: 1437 to train, 360 to test.
     */
    public static TrainTestSplit of(Dataset data, double testFraction, long seed) {
        int nTest = testCount(data.size(), testFraction);
        int[] permutation = new NumpyRandomState(seed).permutation(data.size());
        return of(data, Arrays.copyOfRange(permutation, nTest, permutation.length),
                Arrays.copyOfRange(permutation, 0, nTest));
    }

    /**
     * A split that keeps each class's share in both parts: each class gives its share of the ⌈testFraction·n⌉
     * test examples (rounded by largest remainder, ties to the smaller label), chosen by a numpy permutation of
     * that class's rows; then both parts are shuffled so classes are mixed. The same idea as scikit-learn's
     * {@code stratify=y}, but not its exact indices.
     */
    public static TrainTestSplit stratified(Dataset data, double testFraction, long seed) {
        int n = data.size();
        int nTest = testCount(n, testFraction);
        int[][] rowsOfClass = rowsOfEachClass(data.labels(), data.classes());
        int[] testOfClass = shareOut(nTest, rowsOfClass, n);
        NumpyRandomState random = new NumpyRandomState(seed);
        int[] train = new int[n - nTest];
        int[] test = new int[nTest];
        int trainSize = 0;
        int testSize = 0;
        for (int k = 0; k < rowsOfClass.length; k++) {
            int[] order = random.permutation(rowsOfClass[k].length);
            for (int r = 0; r < order.length; r++) {
                int row = rowsOfClass[k][order[r]];
                if (r < testOfClass[k]) {
                    test[testSize++] = row;
                } else {
                    train[trainSize++] = row;
                }
            }
        }
        random.shuffle(train);
        random.shuffle(test);
        return of(data, train, test);
    }

    private static TrainTestSplit of(Dataset data, int[] trainIndices, int[] testIndices) {
        return new TrainTestSplit(data.select(trainIndices), data.select(testIndices), trainIndices, testIndices);
    }

    /** ⌈testFraction·n⌉ as scikit-learn counts it; both parts must keep at least one example. */
    private static int testCount(int n, double testFraction) {
        if (!(testFraction > 0.0 && testFraction < 1.0)) {
            throw new IllegalArgumentException("split: test fraction " + testFraction + " is not between 0 and 1");
        }
        int nTest = (int) Math.ceil(testFraction * n);
        if (nTest >= n) {
            throw new IllegalArgumentException("split: a test fraction of " + testFraction + " of " + n
                    + " examples leaves none to train on");
        }
        return nTest;
    }

    private static int[][] rowsOfEachClass(int[] labels, int classes) {
        int[] counts = new int[classes];
        for (int label : labels) {
            if (label < 0) {
                throw new IllegalArgumentException("split: label " + label + " is negative");
            }
            counts[label]++;
        }
        int[][] rows = new int[classes][];
        for (int k = 0; k < classes; k++) {
            rows[k] = new int[counts[k]];
            counts[k] = 0;
        }
        for (int i = 0; i < labels.length; i++) {
            rows[labels[i]][counts[labels[i]]++] = i;
        }
        return rows;
    }

    /** Class k's share nₖ·total/n rounded down, then one more to the largest remainders until they sum to total. */
    private static int[] shareOut(int total, int[][] rowsOfClass, int n) {
        int classes = rowsOfClass.length;
        int[] share = new int[classes];
        long[] remainder = new long[classes];
        int given = 0;
        for (int k = 0; k < classes; k++) {
            long exact = (long) rowsOfClass[k].length * total;
            share[k] = (int) (exact / n);
            remainder[k] = exact % n;
            given += share[k];
        }
        for (; given < total; given++) {
            int best = 0;
            for (int k = 1; k < classes; k++) {
                if (remainder[k] > remainder[best]) {
                    best = k;
                }
            }
            share[best]++;
            remainder[best] = -1;
        }
        return share;
    }
}
