package neuralmath.course.exercise;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every exercise of the catalogue: the library's own answer is right and earns every point, and every known mistake
 * is not right and prints its own diagnosis (not another one's, not a generic line).
 */
class ExerciseCatalogueTest {

    @TestFactory
    Stream<DynamicTest> theReferenceAnswerIsRightAndEarnsEveryPoint() {
        return ExerciseCatalogue.all().stream().map(exercise -> DynamicTest.dynamicTest(exercise.id(), () -> {
            Verdict verdict = exercise.judgeReference();
            assertAll(() -> assertTrue(verdict.right(), verdict.toString()),
                    () -> assertEquals(exercise.points(), verdict.earned(), verdict.toString()),
                    () -> assertTrue(verdict.toString().startsWith(Check.RIGHT), verdict.toString()));
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyKnownMistakeGetsItsOwnDiagnosis() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Exercise<?> exercise : ExerciseCatalogue.all()) {
            for (Map.Entry<String, Verdict> mistake : exercise.judgeMistakes().entrySet()) {
                tests.add(DynamicTest.dynamicTest(exercise.id() + ": " + mistake.getKey(), () -> {
                    Verdict verdict = mistake.getValue();
                    assertAll(() -> assertFalse(verdict.right(), verdict.toString()),
                            () -> assertTrue(verdict.toString().startsWith(Check.NOT_YET), verdict.toString()),
                            () -> assertTrue(verdict.message().contains(mistake.getKey()), verdict.toString()));
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyExerciseHasAHintAndATitle() {
        return ExerciseCatalogue.all().stream().map(exercise -> DynamicTest.dynamicTest(exercise.id(), () -> {
            Verdict wrong = exercise.judge(null);
            assertAll(() -> assertTrue(wrong.message().contains("\n  Hint: "), wrong.message()),
                    () -> assertFalse(exercise.title().isBlank()));
        }));
    }

    @TestFactory
    Stream<DynamicTest> idsAreUniqueAndInCourseOrder() {
        List<String> ids = ExerciseCatalogue.all().stream().map(Exercise::id).toList();
        Set<String> seen = new HashSet<>();
        return ids.stream().map(id -> DynamicTest.dynamicTest(id, () -> {
            assertTrue(seen.add(id), "twice: " + id);
            assertEquals(id, ExerciseCatalogue.find(id).id());
        }));
    }
}
