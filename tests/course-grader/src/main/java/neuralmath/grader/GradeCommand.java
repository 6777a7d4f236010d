package neuralmath.grader;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import neuralmath.runner.Jobs;
import neuralmath.runner.NotebookJvmOptions;
import neuralmath.site.OutputFolder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code course grade}: grades a class's submissions with the course's own checks and writes {@code report.html}
 * and, last and only once everything is graded, {@code gradebook.csv} into the output folder (which it owns through
 * a manifest, as the export does: {@link OutputFolder}). Each submitted notebook runs in a JVM of its own
 * ({@link SubmissionGrader}), up to {@code --jobs} at once; the results are reported in the students' order.
 *
 * <p>Exit status: 0 when every submission was graded, whatever the submissions did; 1 when the grading itself
 * could not run (no course or submissions folder, an output folder holding files the grader did not write);
 * 2 for a bad command line.
 */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = {"Grades submitted notebooks with the course's own checks: writes gradebook.csv and report.html.",
                "",
                "--submissions holds one folder per student, each with that student's notebooks named as the"
                        + " course's, as nbgrader collects them: SUBMISSIONS/<student>/04-weighted-sum.ipynb.",
                "Every check cell is replaced by the course's own; points come only from the verdicts those checks"
                        + " record. A submission that loops, exits, runs out of memory or is no notebook of the"
                        + " course is graded on what ran, with the reason."})
public final class GradeCommand implements Callable<Integer> {

    @Option(names = "--course", required = true, paramLabel = "DIR",
            description = "The course's own notebooks, the instructor's edition (notebooks/).")
    Path course;

    @Option(names = "--submissions", required = true, paramLabel = "DIR",
            description = "One folder per student, holding that student's notebooks: DIR/<student>/<notebook>.ipynb.")
    Path submissions;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Where gradebook.csv and report.html go (a folder the grader owns, or a new one).")
    Path out;

    @Option(names = "--jobs", paramLabel = "N",
            description = "How many submissions run at once, each in its own JVM, 1 to 256 (default: the number of"
                    + " processors this JVM sees).")
    Integer jobs;

    @CommandLine.Mixin
    private NotebookJvmOptions jvm;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        long start = System.nanoTime();
        int parallel = Jobs.count(jobs, spec);
        Duration cellTimeLimit = jvm.cellTimeLimit(spec);
        long maxHeap = jvm.maxHeapBytes(spec);
        CourseNotebooks notebooks = CourseNotebooks.read(course);
        if (!Files.isDirectory(submissions)) {
            throw new IllegalArgumentException("no submissions folder " + submissions + ": give --submissions the"
                    + " folder with one folder per student");
        }
        OutputFolder.refuseOverlap(course, "course", out, true);
        OutputFolder.refuseOverlap(submissions, "submissions", out, true);
        Map<String, Path> students = students();
        OutputFolder folder = OutputFolder.claim(out, List.of("."));
        SubmissionGrader grader = new SubmissionGrader(notebooks, cellTimeLimit, maxHeap);
        List<StudentGrade> grades = gradeAll(notebooks, grader, students, parallel);
        List<CourseExercise> exercises = notebooks.exercises();
        Files.writeString(folder.file("report.html"), GradingReport.html(grades, exercises), StandardCharsets.UTF_8);
        Gradebook.write(folder.file("gradebook.csv.part"), folder.file("gradebook.csv"), grades, exercises);
        PrintWriter printed = spec.commandLine().getOut();
        printed.printf(Locale.ROOT, "Graded %d students, %d exercises, in %.1f s with %d jobs: %s and %s%n",
                grades.size(), exercises.size(), (System.nanoTime() - start) / 1e9, parallel,
                out.resolve("gradebook.csv"), out.resolve("report.html"));
        printed.flush();
        return 0;
    }

    /** Each student's folder by name, sorted; files and hidden folders beside them are not students. */
    private Map<String, Path> students() throws IOException {
        Map<String, Path> students = new TreeMap<>();
        try (Stream<Path> entries = Files.list(submissions)) {
            entries.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .forEach(p -> students.put(p.getFileName().toString(), p));
        }
        if (students.isEmpty()) {
            throw new IllegalArgumentException("no student folders in " + submissions + ": it should hold one folder"
                    + " per student, each with that student's notebooks");
        }
        return students;
    }

    private List<StudentGrade> gradeAll(CourseNotebooks notebooks, SubmissionGrader grader,
                                        Map<String, Path> students, int parallel)
            throws IOException, InterruptedException {
        PrintWriter printed = spec.commandLine().getOut();
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            Map<String, List<Future<NotebookGrade>>> runs = new TreeMap<>();
            for (Map.Entry<String, Path> student : students.entrySet()) {
                List<Future<NotebookGrade>> notebooksOfStudent = new ArrayList<>();
                for (String name : notebooks.notebookNames()) {
                    Path file = student.getValue().resolve(name);
                    Path submitted = Files.exists(file, LinkOption.NOFOLLOW_LINKS) ? file : null;
                    String label = student.getKey() + "/" + name;
                    notebooksOfStudent.add(pool.submit(() -> grader.grade(name, submitted, label)));
                }
                runs.put(student.getKey(), notebooksOfStudent);
            }
            List<StudentGrade> grades = new ArrayList<>();
            for (Map.Entry<String, List<Future<NotebookGrade>>> student : runs.entrySet()) {
                List<NotebookGrade> graded = new ArrayList<>();
                for (Future<NotebookGrade> run : student.getValue()) {
                    graded.add(Jobs.resultOf(run));
                }
                StudentGrade grade = new StudentGrade(student.getKey(), graded,
                        strangers(students.get(student.getKey()), notebooks));
                grades.add(grade);
                printed.printf(Locale.ROOT, "%-30s %s%n", GradingCopy.shortened(grade.student()),
                        Gradebook.points(grade.total()));
                printed.flush();
            }
            return grades;
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    /** The notebooks in a student's folder that no course notebook is named as: not graded, and said so. */
    private static List<String> strangers(Path folder, CourseNotebooks notebooks) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".ipynb") && !notebooks.notebookNames().contains(name))
                    .sorted()
                    .map(name -> GradingCopy.shortened(name) + ": not graded, the course has no notebook of that name")
                    .toList();
        }
    }
}
