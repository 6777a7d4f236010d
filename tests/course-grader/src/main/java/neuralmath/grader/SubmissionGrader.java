package neuralmath.grader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import neuralmath.course.exercise.Verdict;
import neuralmath.notebook.Notebook;
import neuralmath.runner.CellFailure;
import neuralmath.runner.CellResult;
import neuralmath.runner.ExecutedNotebook;
import neuralmath.runner.NotebookRunner;

/**
 * Grades one submitted notebook: reads it within the notebook model's bounds, puts the course's check cells in
 * place ({@link GradingCopy}), runs it headlessly in a JVM of its own in a fresh folder (a cell time limit, a heap
 * cap, every cell run even after one failed, as nbgrader's allow_errors), and credits each exercise with the verdict
 * its course check cell recorded ({@link VerdictLog}). The folder holds the notebook and, as links, what the course
 * folder holds beside its notebooks ({@code jars/}, data), as nbgrader copies an assignment's files; it is removed
 * afterwards. Whatever the submission is or does, the answer is a grade with its reasons, never an exception.
 */
final class SubmissionGrader {

    /** How many failing cells of a notebook its notes name; the rest are counted. */
    private static final int MAX_FAILING_CELLS = 5;

    private final CourseNotebooks course;
    private final NotebookRunner runner;

    SubmissionGrader(CourseNotebooks course, Duration cellTimeLimit, long maxHeapBytes) {
        this.course = course;
        this.runner = new NotebookRunner()
                .withCellTimeLimit(cellTimeLimit)
                .continuingAfterFailures(true)
                .inOwnJvm(maxHeapBytes)
                .observingEachCellWith(VerdictLog.class)
                .passingJvmOutputTo(line -> { });
    }

    /**
     * The grade of the course notebook {@code name} as submitted in {@code file} (null: not submitted);
     * {@code label} names the file in messages ({@code student/notebook}).
     */
    NotebookGrade grade(String name, Path file, String label) throws IOException {
        List<CourseExercise> exercises = course.exercisesOf(name);
        if (file == null) {
            return ungraded(name, exercises, "not submitted: there is no " + label);
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return ungraded(name, exercises, label + ": not a notebook but a link or a special file, which the grader"
                    + " does not follow");
        }
        Notebook submitted;
        try {
            submitted = Notebook.read(file);
        } catch (IOException e) {
            return ungraded(name, exercises, e.getMessage().replace(file.toString(), label));
        }
        Optional<String> foreign = GradingCopy.notOfThisCourse(submitted, name, exercises);
        if (foreign.isPresent()) {
            return ungraded(name, exercises, label + ": " + foreign.get());
        }
        GradingCopy copy = GradingCopy.of(course.notebook(name), submitted);
        Path work = Files.createTempDirectory("course-grade-");
        try {
            linkCourseFiles(work);
            Path graded = work.resolve(name);
            copy.notebook(submitted, graded).write(graded);
            ExecutedNotebook run = runner.run(graded);
            VerdictLog.Read log = VerdictLog.read(work);
            if (log.forged().isPresent()) {
                return ungraded(name, exercises, log.forged().get());
            }
            return credited(name, exercises, copy.checkCells(), run, log);
        } finally {
            deleteTree(work);
        }
    }

    private static NotebookGrade ungraded(String name, List<CourseExercise> exercises, String why) {
        return new NotebookGrade(name, exercises.stream().map(e -> ExerciseGrade.none(e, why)).toList(), List.of());
    }

    /** Each exercise with the last verdict on it that its course check cell recorded, or why there is none. */
    private static NotebookGrade credited(String name, List<CourseExercise> exercises, Map<Integer, String> checks,
                                          ExecutedNotebook run, VerdictLog.Read log) {
        Optional<String> unfinished = run.cells().stream().flatMap(c -> c.failure().stream())
                .filter(f -> f.kind() == CellFailure.Kind.UNFINISHED_RUN).map(CellFailure::evalue).findFirst();
        Map<String, Integer> checkCell = new HashMap<>();
        checks.forEach((cell, id) -> checkCell.put(id, cell));
        List<ExerciseGrade> grades = new ArrayList<>();
        for (CourseExercise exercise : exercises) {
            VerdictLog.Entry entry = log.cells().get(checkCell.get(exercise.id()));
            grades.add(entry == null
                    ? ExerciseGrade.none(exercise, "the check did not run" + unfinished.map(u -> ": " + u).orElse(""))
                    : credited(exercise, entry));
        }
        List<String> notes = new ArrayList<>();
        unfinished.ifPresent(notes::add);
        List<VerdictLog.Entry> failed = log.cells().values().stream()
                .filter(e -> !checks.containsKey(e.cell()) && e.status().equals(CellResult.Status.FAILED.name()))
                .toList();
        failed.stream().limit(MAX_FAILING_CELLS).forEach(e -> notes.add("cell " + e.cell() + " failed: "
                + e.failure().orElse("")));
        if (failed.size() > MAX_FAILING_CELLS) {
            notes.add((failed.size() - MAX_FAILING_CELLS) + " more cells failed");
        }
        return new NotebookGrade(name, grades, notes);
    }

    private static ExerciseGrade credited(CourseExercise exercise, VerdictLog.Entry entry) {
        List<Verdict> own = entry.verdicts().stream().filter(v -> v.id().equals(exercise.id())).toList();
        if (own.isEmpty()) {
            return ExerciseGrade.none(exercise, entry.failure().map(f -> "the check cell failed: " + f)
                    .orElse("the check recorded no result"));
        }
        Verdict last = own.get(own.size() - 1);
        double earned = Math.max(0, Math.min(exercise.points(), last.earned()));
        boolean right = last.right() && earned == exercise.points();
        Verdict counted = new Verdict(exercise.id(), exercise.title(), right, earned, exercise.points(),
                last.message());
        return new ExerciseGrade(exercise, earned, right, counted.toString());
    }

    /** What the course folder holds beside its notebooks, so that {@code %classpath jars/*.jar} resolves. */
    private void linkCourseFiles(Path work) throws IOException {
        try (Stream<Path> entries = Files.list(course.folder())) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                if (!name.startsWith(".") && !name.endsWith(".ipynb")) {
                    mirror(entry, work.resolve(name));
                }
            }
        }
    }

    /** Folders as folders (the runner's globs do not enter a link to a folder), files as links to them. */
    private static void mirror(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)) {
            Files.createSymbolicLink(to, from.toAbsolutePath());
            return;
        }
        Files.createDirectory(to);
        try (Stream<Path> entries = Files.list(from)) {
            for (Path entry : entries.toList()) {
                mirror(entry, to.resolve(entry.getFileName().toString()));
            }
        }
    }

    /** Removes the folder and what the run left in it, links as links (never what they point at). */
    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
