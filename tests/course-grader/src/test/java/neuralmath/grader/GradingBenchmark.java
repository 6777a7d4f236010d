package neuralmath.grader;

import static neuralmath.grader.ClassOfSubmissions.BATCH;
import static neuralmath.grader.ClassOfSubmissions.BY_HAND;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;

/**
 * Grades a class of generated submissions of chapter 4's two exercises (right, partly right and untouched ones in
 * turn) with {@code course grade} and prints the wall time: how long an instructor waits. Prints; asserts nothing.
 * Run by {@code bench/grade.sh [SUBMISSIONS] [JOBS]}.
 */
public final class GradingBenchmark {

    private GradingBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int submissions = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int jobs = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        Path folder = Files.createTempDirectory("grading-benchmark");
        Path course = ClassOfSubmissions.course(folder.resolve("course"));
        List<String[]> answers = List.of(
                new String[] {ClassOfSubmissions.RIGHT_Z, ClassOfSubmissions.RIGHT_BATCH},
                new String[] {ClassOfSubmissions.NO_BIAS_Z, ClassOfSubmissions.batchWithWrongEntries(3)},
                new String[] {null, null});
        for (int i = 0; i < submissions; i++) {
            String[] answer = answers.get(i % answers.size());
            ClassOfSubmissions.Submission submission = ClassOfSubmissions.of(course);
            if (answer[0] != null) {
                submission.answer(BY_HAND, answer[0]).answer(BATCH, answer[1]);
            }
            submission.handIn(folder.resolve("submissions"), String.format(Locale.ROOT, "student-%03d", i + 1));
        }
        long start = System.nanoTime();
        int status = new CommandLine(new GradeCommand()).execute("--course", course.toString(),
                "--submissions", folder.resolve("submissions").toString(), "--out", folder.resolve("out").toString(),
                "--jobs", Integer.toString(jobs));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "graded %d submissions with %d jobs in %.1f s (%.2f s per submission), exit"
                + " status %d; output in %s%n", submissions, jobs, seconds, seconds / submissions, status,
                folder.resolve("out"));
    }
}
