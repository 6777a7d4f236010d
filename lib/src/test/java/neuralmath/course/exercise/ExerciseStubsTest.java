package neuralmath.course.exercise;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.BinaryOperator;
import java.util.function.IntToDoubleFunction;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import neuralmath.la.Matrix;
import neuralmath.network.Initializer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The starting stubs of chapters 6 to 11, as their answer cells hold them, are "not yet" with no point and with none
 * of the exercise's named mistakes (a stub must not be told it made a mistake it did not make); and He's reference
 * is the scale the library's {@link Initializer#HE} draws its weights with.
 */
class ExerciseStubsTest {

    private static Map<String, Object[]> stubs() {
        Map<String, Object[]> stubs = new LinkedHashMap<>();
        stubs.put("06.log-loss-by-hand", new Object[] {Double.class, 0.0});
        stubs.put("06.mse-gradient", new Object[] {BinaryOperator.class, (BinaryOperator<Matrix>) (yHat, y) -> null});
        stubs.put("06.cross-entropy-of-one-example", new Object[] {Double.class, 0.0});
        stubs.put("07.delta2-of-a-new-example", new Object[] {Matrix.class, Matrix.zeros(1, 2)});
        stubs.put("07.hidden-bias-gradient", new Object[] {Matrix.class, Matrix.zeros(1, 3)});
        stubs.put("07.what-a-gradient-promises", new Object[] {Double.class, 0.0});
        stubs.put("08.one-sgd-step", new Object[] {Matrix.class, Matrix.rowVector(-4, 1)});
        stubs.put("08.adam-first-step", new Object[] {UnaryOperator.class, (UnaryOperator<Matrix>) g -> null});
        stubs.put("09.parameter-count", new Object[] {ThreeIntFunction.class, (ThreeIntFunction) (n, h, k) -> 0});
        stubs.put("09.hidden-layer-error", new Object[] {ThreeMatrixFunction.class,
                (ThreeMatrixFunction) (delta2, w2, a1) -> null});
        stubs.put("09.wider-hidden-layer", new Object[] {Double.class, 0.0});
        stubs.put("10.accuracy-from-confusion-matrix", new Object[] {ToDoubleFunction.class,
                (ToDoubleFunction<int[][]>) counts -> 0});
        stubs.put("10.spread-of-weighted-sums", new Object[] {Double.class, 0.0});
        stubs.put("11.three-hidden-layers", new Object[] {int[].class, new int[] {64, 10}});
        stubs.put("11.he-standard-deviation", new Object[] {IntToDoubleFunction.class, (IntToDoubleFunction) n -> 0});
        return stubs;
    }

    @TestFactory
    Stream<DynamicTest> aStubIsNotYetAndNamesNoMistake() {
        return stubs().entrySet().stream().map(stub -> DynamicTest.dynamicTest(stub.getKey(), () -> {
            Exercise<?> exercise = ExerciseCatalogue.find(stub.getKey());
            Verdict verdict = exercise.judgeAnswerOfKind((Class<?>) stub.getValue()[0], stub.getValue()[1]);
            assertAll(() -> assertFalse(verdict.right(), verdict.toString()),
                    () -> assertEquals(0, verdict.earned(), verdict.toString()),
                    () -> assertTrue(verdict.toString().startsWith(Check.NOT_YET), verdict.toString()),
                    () -> assertTrue(exercise.judgeMistakes().keySet().stream().noneMatch(verdict.message()::contains),
                            verdict.toString()));
        }));
    }

    @Test
    void heReferenceIsTheScaleInitializerHeDrawsWith() {
        IntToDoubleFunction drawnScale = nIn -> Initializer.HE.weights(nIn, 1, new Random(3)).get(0, 0)
                / Matrix.randn(nIn, 1, new Random(3)).get(0, 0);
        Verdict verdict = ExerciseCatalogue.find("11.he-standard-deviation")
                .judgeAnswerOfKind(IntToDoubleFunction.class, drawnScale);
        assertTrue(verdict.right(), verdict.toString());
    }
}
