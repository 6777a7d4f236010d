package neuralmath.course.exercise;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every exercise of the course, by id, in the course's order. Each chapter's exercises are defined in a class of
 * their own ({@code Chapter04Exercises} and so on); adding a chapter adds its class to {@link #CHAPTERS}.
 */
public final class ExerciseCatalogue {

    private static final List<List<Exercise<?>>> CHAPTERS = List.of(
            Chapter01Exercises.all(),
            Chapter02Exercises.all(),
            Chapter03Exercises.all(),
            Chapter04Exercises.all(),
            Chapter05Exercises.all(),
            Chapter06Exercises.all(),
            Chapter07Exercises.all(),
            Chapter08Exercises.all(),
            Chapter09Exercises.all(),
            Chapter10Exercises.all(),
            Chapter11Exercises.all(),
            Chapter12Exercises.all(),
            Chapter13Exercises.all(),
            Chapter14Exercises.all(),
            Chapter15Exercises.all());

    private static final Map<String, Exercise<?>> BY_ID = index();

    private ExerciseCatalogue() {
    }

    /** All exercises, chapter by chapter. */
    public static List<Exercise<?>> all() {
        return List.copyOf(BY_ID.values());
    }

    /** The exercise with this id, or an error that names the id and the chapter's ids. */
    public static Exercise<?> find(String id) {
        Exercise<?> exercise = BY_ID.get(id);
        if (exercise == null) {
            String chapter = id == null || id.length() < 2 ? "" : id.substring(0, 2);
            List<String> near = BY_ID.keySet().stream().filter(known -> known.startsWith(chapter)).toList();
            throw new IllegalArgumentException("there is no exercise \"" + id + "\""
                    + (near.isEmpty() ? "" : "; chapter " + chapter + " has " + String.join(", ", near)));
        }
        return exercise;
    }

    private static Map<String, Exercise<?>> index() {
        Map<String, Exercise<?>> byId = new LinkedHashMap<>();
        CHAPTERS.stream().flatMap(List::stream).forEach(exercise -> {
            if (byId.put(exercise.id(), exercise) != null) {
                throw new IllegalStateException("two exercises have the id " + exercise.id());
            }
        });
        return byId;
    }
}
