package neuralmath.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import neuralmath.la.Matrix;
import org.junit.jupiter.api.Test;

/** Checked against numbers numpy printed (numpy-random-reference.json, made by numpy_random_reference.py). */
class NumpyRandomStateTest {

    static JsonNode reference() throws IOException {
        try (InputStream in = NumpyRandomStateTest.class.getResourceAsStream("numpy-random-reference.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    static int[] ints(JsonNode array) {
        int[] out = new int[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asInt();
        }
        return out;
    }

    @Test
    void theTenThousandthOutputOfTheReferenceSeedIsTheOneTheMersenneTwisterStandardGives() {
        // C++ [rand.predef]: the 10000th output of mt19937 seeded with 5489 is 4123659995.
        NumpyRandomState random = new NumpyRandomState(5489);
        for (int i = 1; i < 10000; i++) {
            random.nextUint32();
        }
        assertEquals(4123659995L, random.nextUint32());
    }

    @Test
    void seedingFillsTheStateAsNumpyDoes() throws IOException {
        JsonNode keys = reference().get("stateKeys");
        NumpyRandomState random = new NumpyRandomState(keys.get("seed").asLong());
        for (int i = 0; i < keys.get("first").size(); i++) {
            assertEquals(keys.get("first").get(i).asLong(), random.stateWord(i), "state word " + i);
        }
    }

    @Test
    void permutationsMatchNumpyForEverySeedAndSizeInTheReference() throws IOException {
        for (JsonNode p : reference().get("permutations")) {
            int[] expected = ints(p.get("first"));
            int[] actual = new NumpyRandomState(p.get("seed").asLong()).permutation(p.get("n").asInt());
            assertArrayEquals(expected, Arrays.copyOf(actual, expected.length),
                    "RandomState(" + p.get("seed") + ").permutation(" + p.get("n") + ")");
        }
    }

    @Test
    void theReferenceHoldsTheSourceSplitAndOtherSeedsAndSizes() throws IOException {
        JsonNode permutations = reference().get("permutations");
        JsonNode first = permutations.get(0);
        assertEquals(42, first.get("seed").asInt());
        assertEquals(1797, first.get("n").asInt());
        assertEquals(360, first.get("first").size());
        assertTrue(permutations.size() >= 5, "other seeds and sizes are checked too");
    }

    @Test
    void randnMatchesNumpyToTheLastBit() throws IOException {
        for (JsonNode r : reference().get("randn")) {
            int rows = r.get("rows").asInt();
            int cols = r.get("cols").asInt();
            Matrix m = new NumpyRandomState(r.get("seed").asLong()).randn(rows, cols);
            double[] expected = new double[rows * cols];
            for (int i = 0; i < expected.length; i++) {
                expected[i] = r.get("values").get(i).asDouble();
            }
            assertArrayEquals(expected, m.toFlatArray(), "RandomState(" + r.get("seed") + ").randn");
        }
    }

    @Test
    void seedsOutsideNumpysRangeAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new NumpyRandomState(-1));
        assertTrue(e.getMessage().contains("seed -1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new NumpyRandomState(1L << 32));
    }

    @Property(tries = 50)
    void aPermutationHoldsEachIndexOnce(@ForAll @LongRange(max = 0xffffffffL) long seed,
                                        @ForAll @IntRange(max = 2000) int n) {
        int[] sorted = new NumpyRandomState(seed).permutation(n);
        Arrays.sort(sorted);
        assertArrayEquals(IntStream.range(0, n).toArray(), sorted);
    }

    @Property(tries = 50)
    void randomIntervalStaysWithinZeroAndMax(@ForAll @LongRange(max = 0xffffffffL) long seed,
                                             @ForAll @IntRange(max = Integer.MAX_VALUE) int max) {
        NumpyRandomState random = new NumpyRandomState(seed);
        for (int i = 0; i < 20; i++) {
            int value = random.randomInterval(max);
            assertTrue(value >= 0 && value <= max, value + " outside 0.." + max);
        }
    }

    @Test
    void nextDoubleIsInTheUnitInterval() {
        NumpyRandomState random = new NumpyRandomState(3);
        for (int i = 0; i < 10000; i++) {
            double u = random.nextDouble();
            assertTrue(u >= 0.0 && u < 1.0, "draw " + i + " = " + u);
        }
    }
}
