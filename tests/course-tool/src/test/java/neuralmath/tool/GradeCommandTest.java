package neuralmath.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code course grade} when the grading itself cannot run: each case exits non-zero with a message that names what
 * is wrong, and writes no gradebook. (Grading a class: {@code ClassGradingTest} in course-grader.)
 */
class GradeCommandTest {

    /** What the command printed and its exit status. */
    private record Run(int status, String out, String err) {
    }

    private static Run grade(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 1];
        all[0] = "grade";
        System.arraycopy(args, 0, all, 1, args.length);
        int status = CourseTool.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute(all);
        return new Run(status, out.toString(), err.toString());
    }

    /** A course of one notebook whose one check cell checks {@code exercise}. */
    private static Path course(Path folder, String exercise) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("04-weighted-sum.ipynb"), "{\"cells\": [{\"cell_type\": \"code\","
                + " \"metadata\": {\"tags\": [\"check\"], \"neuralmath\": {\"exercise\": \"" + exercise + "\"}},"
                + " \"source\": \"Exercise.check(\\\"" + exercise + "\\\", myZ);\", \"outputs\": [],"
                + " \"execution_count\": null}], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}",
                StandardCharsets.UTF_8);
        return folder;
    }

    @Test
    void theHelpSaysHowToLayOutTheSubmissions() {
        StringWriter out = new StringWriter();

        int status = CourseTool.commandLine().setOut(new PrintWriter(out, true)).execute("grade", "--help");

        assertEquals(0, status);
        String help = out.toString().replaceAll("\\s+", " ");
        assertTrue(help.contains("one folder per student, each with that student's notebooks named as the course's,"
                + " as nbgrader collects them: SUBMISSIONS/<student>/04-weighted-sum.ipynb"), help);
        for (String option : new String[] {"--course", "--submissions", "--out", "--jobs", "--cell-timeout",
            "--max-heap"}) {
            assertTrue(help.contains(option), option);
        }
    }

    @Test
    void aMissingCourseFolderIsNamed(@TempDir Path dir) {
        Run run = grade("--course", dir.resolve("nowhere").toString(), "--submissions", dir.toString(),
                "--out", dir.resolve("out").toString());

        assertEquals(1, run.status(), run.err());
        assertTrue(run.err().startsWith("course grade: no course folder " + dir.resolve("nowhere")), run.err());
        assertTrue(run.err().contains(
                ": give --course the folder of the course's own notebooks (the instructor's edition, notebooks/)"),
                run.err());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void aCourseFolderWithoutExercisesIsNamed(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("course"));

        Run run = grade("--course", dir.resolve("course").toString(), "--submissions", dir.toString(),
                "--out", dir.resolve("out").toString());

        assertEquals(1, run.status(), run.err());
        assertTrue(run.err().startsWith("course grade: the course folder " + dir.resolve("course")), run.err());
        assertTrue(run.err().contains(
                " has no notebook with exercises (code cells tagged check with metadata.neuralmath.exercise): give --course the course's notebooks/"),
                run.err());
    }

    @Test
    void aCourseCheckingAnExerciseTheLibraryDoesNotKnowIsNamed(@TempDir Path dir) throws IOException {
        Path course = course(dir.resolve("course"), "04.no-such-exercise");

        Run run = grade("--course", course.toString(), "--submissions", dir.toString(),
                "--out", dir.resolve("out").toString());

        assertEquals(1, run.status(), run.err());
        assertTrue(run.err().contains(
                "04-weighted-sum.ipynb, cell 1: the check of an exercise the library does not know: there is no exercise"),
                run.err());
        assertTrue(run.err().contains("\"04.no-such-exercise\"; chapter 04 has 04.weighted-sum-by-hand"), run.err());
    }

    @Test
    void aCourseCheckingOneExerciseTwiceIsNamed(@TempDir Path dir) throws IOException {
        Path course = course(dir.resolve("course"), "04.weighted-sum-by-hand");
        Files.copy(course.resolve("04-weighted-sum.ipynb"), course.resolve("04b-again.ipynb"));

        Run run = grade("--course", course.toString(), "--submissions", dir.toString(),
                "--out", dir.resolve("out").toString());

        assertEquals(1, run.status(), run.err());
        assertTrue(run.err().contains(
                "04b-again.ipynb, cell 1: a second check cell of exercise 04.weighted-sum-by-hand; each exercise has one"),
                run.err());
    }

    @Test
    void aMissingOrEmptySubmissionsFolderIsNamed(@TempDir Path dir) throws IOException {
        Path course = course(dir.resolve("course"), "04.weighted-sum-by-hand");

        Run missing = grade("--course", course.toString(), "--submissions", dir.resolve("nowhere").toString(),
                "--out", dir.resolve("out").toString());
        Files.createDirectories(dir.resolve("submissions"));
        Run empty = grade("--course", course.toString(), "--submissions", dir.resolve("submissions").toString(),
                "--out", dir.resolve("out").toString());

        assertEquals(1, missing.status(), missing.err());
        assertTrue(missing.err().startsWith("course grade: no submissions folder " + dir.resolve("nowhere")),
                missing.err());
        assertTrue(missing.err().contains(": give --submissions the folder with one folder per student"), missing.err());
        assertEquals(1, empty.status(), empty.err());
        assertTrue(empty.err().startsWith("course grade: no student folders in " + dir.resolve("submissions")),
                empty.err());
        assertTrue(empty.err().contains(": it should hold one folder per student, each with that student's notebooks"),
                empty.err());
        assertFalse(Files.exists(dir.resolve("out/gradebook.csv")));
    }

    @Test
    void anOutputFolderInsideTheSubmissionsIsRefused(@TempDir Path dir) throws IOException {
        Path course = course(dir.resolve("course"), "04.weighted-sum-by-hand");
        Files.createDirectories(dir.resolve("submissions/anna"));

        Run run = grade("--course", course.toString(), "--submissions", dir.resolve("submissions").toString(),
                "--out", dir.resolve("submissions/graded").toString());

        assertEquals(1, run.status(), run.err());
        assertTrue(run.err().startsWith("course grade: refused: the submissions folder " + dir.resolve("submissions")
                + " contains the output folder " + dir.resolve("submissions/graded")), run.err());
    }

    @Test
    void anOutputFolderHoldingFilesTheGraderDidNotWriteIsRefusedAndKept(@TempDir Path dir) throws IOException {
        Path course = course(dir.resolve("course"), "04.weighted-sum-by-hand");
        Files.createDirectories(dir.resolve("submissions/anna"));
        Path notes = dir.resolve("out/my-grades.xlsx");
        Files.createDirectories(notes.getParent());
        Files.writeString(notes, "an instructor's own file");

        Run run = grade("--course", course.toString(), "--submissions", dir.resolve("submissions").toString(),
                "--out", dir.resolve("out").toString());

        assertEquals(1, run.status(), run.err());
        assertTrue(run.err().startsWith("course grade: refused: " + dir.resolve("out")), run.err());
        assertTrue(run.err().contains(" holds 1 file(s) the export did not write (they are not listed in "), run.err());
        assertTrue(run.err().contains("), such as " + notes + "; nothing was changed. Move them away or choose another --out"),
                run.err());
        assertEquals("an instructor's own file", Files.readString(notes));
    }

    @Test
    void optionsOutOfRangeAreUsageErrorsThatSaySo(@TempDir Path dir) {
        Run jobs = grade("--course", dir.toString(), "--submissions", dir.toString(), "--out", dir.toString(),
                "--jobs", "0");
        Run heap = grade("--course", dir.toString(), "--submissions", dir.toString(), "--out", dir.toString(),
                "--max-heap", "1");

        assertEquals(2, jobs.status());
        assertTrue(jobs.err().startsWith("--jobs must be 1 to 256, got 0"), jobs.err());
        assertEquals(2, heap.status());
        assertTrue(heap.err().startsWith("--max-heap must be 64 to 65536 MiB, got 1"), heap.err());
    }
}
