package neuralmath.course.exercise;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import neuralmath.la.Matrix;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The starting answers of chapters 1 to 5's answer cells, as the notebooks hold them: each is not right, earns no
 * point, and gets none of its exercise's named diagnoses (a stub is not a known mistake).
 */
class StubAnswersTest {

    /** Each exercise's stub as its check passes it: the kind the check line selects and the stub's value. */
    private record Stub(Class<?> kind, Object answer) {
    }

    private static Map<String, Stub> stubs() {
        Map<String, Stub> stubs = new LinkedHashMap<>();
        DoubleUnaryOperator zero = z -> 0;
        stubs.put("01.sigmoid", new Stub(DoubleUnaryOperator.class, zero));
        stubs.put("02.threshold-current", new Stub(Double.class, 0.0));
        stubs.put("02.smallest-firing-current", new Stub(NeuronFunction.class, (NeuronFunction) neuron -> 0));
        stubs.put("03.parameters-of-any-network", new Stub(ToIntFunction.class, (ToIntFunction<int[]>) sizes -> 0));
        stubs.put("03.horizontal-edge-filter", new Stub(Matrix.class, null));
        stubs.put("04.weighted-sum-by-hand", new Stub(Double.class, 0.0));
        stubs.put("04.weighted-sums-from-rows", new Stub(ThreeMatrixFunction.class, (ThreeMatrixFunction) (x, w, b) -> null));
        stubs.put("05.sigmoid", new Stub(DoubleUnaryOperator.class, zero));
        stubs.put("05.sigmoid-derivative", new Stub(DoubleUnaryOperator.class, zero));
        stubs.put("05.where-tanh-is-steepest", new Stub(Double.class, Double.NaN));
        stubs.put("05.softmax-by-hand", new Stub(Matrix.class, Matrix.rowVector(0, 0, 0)));
        return stubs;
    }

    @TestFactory
    Stream<DynamicTest> aStubIsNotYetWithNoPointAndNoMistakesDiagnosis() {
        return stubs().entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
            Exercise<?> exercise = ExerciseCatalogue.find(entry.getKey());
            Verdict verdict = exercise.judgeAnswerOfKind(entry.getValue().kind(), entry.getValue().answer());
            assertAll(() -> assertFalse(verdict.right(), verdict.toString()),
                    () -> assertEquals(0, verdict.earned(), verdict.toString()),
                    () -> assertTrue(verdict.toString().startsWith(Check.NOT_YET), verdict.toString()),
                    () -> assertFalse(verdict.message().contains("expects"), verdict.toString()),
                    () -> exercise.judgeMistakes().keySet().forEach(diagnosis ->
                            assertFalse(verdict.message().contains(diagnosis), verdict + " names the mistake " + diagnosis)));
        }));
    }
}
