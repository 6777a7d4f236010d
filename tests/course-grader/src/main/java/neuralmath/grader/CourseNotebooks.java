package neuralmath.grader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import neuralmath.course.exercise.Exercise;
import neuralmath.course.exercise.ExerciseCatalogue;
import neuralmath.notebook.Notebook;

/**
 * The course's own notebooks (the instructor's edition, {@code notebooks/}) that hold exercises, in the course's
 * order (by file name), each with its check cells: cells tagged {@value #CHECK_TAG} whose
 * {@code metadata.neuralmath.exercise} names an exercise of the library's catalogue.
 */
final class CourseNotebooks {

    /** The tag of an exercise's check cell. */
    static final String CHECK_TAG = "check";
    /** The tag of an exercise's answer cell, the one the learner edits. */
    static final String ANSWER_TAG = "answer";

    private final Path folder;
    private final Map<String, Notebook> notebooks = new LinkedHashMap<>();
    private final List<CourseExercise> exercises = new ArrayList<>();

    private CourseNotebooks(Path folder) {
        this.folder = folder;
    }

    /** Reads the course's notebooks; a notebook of the course that is broken, or names an unknown exercise, is an error. */
    static CourseNotebooks read(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("no course folder " + folder + ": give --course the folder of the"
                    + " course's own notebooks (the instructor's edition, notebooks/)");
        }
        CourseNotebooks course = new CourseNotebooks(folder);
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".ipynb") && Files.isRegularFile(p))
                    .sorted().toList();
        }
        for (Path file : files) {
            Notebook notebook = Notebook.read(file);
            String name = file.getFileName().toString();
            for (Notebook.Cell cell : notebook.cells()) {
                if (isCheck(cell)) {
                    course.add(name, cell);
                }
            }
            if (course.exercises.stream().anyMatch(e -> e.notebook().equals(name))) {
                course.notebooks.put(name, notebook);
            }
        }
        if (course.exercises.isEmpty()) {
            throw new IllegalArgumentException("the course folder " + folder + " has no notebook with exercises (code"
                    + " cells tagged check with metadata.neuralmath.exercise): give --course the course's notebooks/");
        }
        return course;
    }

    private void add(String notebook, Notebook.Cell check) {
        String id = check.exercise().orElseThrow();
        Exercise<?> exercise;
        try {
            exercise = ExerciseCatalogue.find(id);
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException(folder.resolve(notebook) + ", cell " + check.number()
                    + ": the check of an exercise the library does not know: " + unknown.getMessage());
        }
        if (exercises.stream().anyMatch(e -> e.id().equals(id))) {
            throw new IllegalArgumentException(folder.resolve(notebook) + ", cell " + check.number()
                    + ": a second check cell of exercise " + id + "; each exercise has one");
        }
        exercises.add(new CourseExercise(id, exercise.title(), exercise.points(), notebook));
    }

    /** A code cell tagged check that names its exercise. */
    static boolean isCheck(Notebook.Cell cell) {
        return cell.isCode() && cell.tags().contains(CHECK_TAG) && cell.exercise().isPresent();
    }

    /** The folder the course's notebooks are in. */
    Path folder() {
        return folder;
    }

    /** Every exercise, in the course's order. */
    List<CourseExercise> exercises() {
        return List.copyOf(exercises);
    }

    /** The file names of the notebooks that hold exercises, in the course's order. */
    List<String> notebookNames() {
        return List.copyOf(notebooks.keySet());
    }

    /** The course's own notebook of this name. */
    Notebook notebook(String name) {
        return notebooks.get(name);
    }

    /** The exercises of one notebook, in its order. */
    List<CourseExercise> exercisesOf(String name) {
        return exercises.stream().filter(e -> e.notebook().equals(name)).toList();
    }
}
