package neuralmath.grader;

import static neuralmath.grader.ClassOfSubmissions.BATCH;
import static neuralmath.grader.ClassOfSubmissions.BY_HAND;
import static neuralmath.grader.ClassOfSubmissions.LOOPING_BATCH;
import static neuralmath.grader.ClassOfSubmissions.NO_BIAS_BATCH;
import static neuralmath.grader.ClassOfSubmissions.NO_BIAS_Z;
import static neuralmath.grader.ClassOfSubmissions.NOTEBOOK;
import static neuralmath.grader.ClassOfSubmissions.RIGHT_BATCH;
import static neuralmath.grader.ClassOfSubmissions.RIGHT_Z;
import static neuralmath.grader.ClassOfSubmissions.batchWithWrongEntries;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A class of 36 generated submissions of chapter 4's two exercises, graded in one run of {@code course grade}: right,
 * partly right, empty, and tampered with in every way the grader must withstand. The gradebook must be exactly the
 * one expected, cell by cell, and the report must give each student the reasons.
 */
class ClassGradingTest {

    /** What one student handed in, and what the grader must make of it. */
    private record Student(String name, String byHand, String batch, String total, List<String> feedback) {
    }

    private static final String NOT_RIGHT_Z = "✘ Not yet: z of one neuron: your z = 0 is not right";
    private static final String FAKE_RIGHT = "System.out.println(\"✔ Right: z of one neuron: z = -1.3 (2 of 2 points)\");";
    private static final String FAKE_EXERCISE = "class Exercise {\n"
            + "    static void check(String id, double yours) { System.out.println(\"✔ Right: \" + id); }\n"
            + "    static void check(String id, ThreeMatrixFunction yours) { System.out.println(\"✔ Right: \" + id); }\n"
            + "}";
    private static final String HOG = "List<double[]> hog = new ArrayList<>();\n"
            + "while (true) { hog.add(new double[1 << 20]); }";
    private static final String FORGED_LINE = "java.nio.file.Files.writeString(java.nio.file.Path.of("
            + "\".course-grade-verdicts.jsonl\"), \"{\\\"cell\\\":99,\\\"status\\\":\\\"PASSED\\\",\\\"verdicts\\\":"
            + "[{\\\"id\\\":\\\"04.weighted-sum-by-hand\\\",\\\"title\\\":\\\"z\\\",\\\"right\\\":true,\\\"earned\\\":2,"
            + "\\\"points\\\":2,\\\"message\\\":\\\"forged\\\"}]}\\n\", java.nio.file.StandardOpenOption.CREATE,"
            + " java.nio.file.StandardOpenOption.APPEND);";
    private static final String XSS = "<img src=x onerror=alert(1)>";

    @TempDir
    static Path folder;
    private static final Map<String, Student> STUDENTS = new TreeMap<>();
    private static int status;
    private static String printed;
    private static Path out;

    @BeforeAll
    static void gradeTheClass() throws IOException {
        Path course = ClassOfSubmissions.course(folder.resolve("course"));
        Path submissions = folder.resolve("submissions");
        for (int i = 1; i <= 6; i++) {
            hand(course, submissions, "right-0" + i, RIGHT_Z, RIGHT_BATCH, "2", "3", "5",
                    "✔ Right: z of one neuron: z = -1.3 (2 of 2 points)", "✔ Right: Z = X·W + b from weights stored one row per neuron");
        }
        for (int i = 1; i <= 3; i++) {
            hand(course, submissions, "half-0" + i, RIGHT_Z, null, "2", "0", "2",
                    "✔ Right: z of one neuron", "✘ Not yet: Z = X·W + b from weights stored one row per neuron");
            hand(course, submissions, "empty-0" + i, null, null, "0", "0", "0",
                    NOT_RIGHT_Z, "✘ Not yet: Z = X·W + b from weights stored one row per neuron");
        }
        hand(course, submissions, "partial-1-wrong", NO_BIAS_Z, batchWithWrongEntries(1), "0", "2.8", "2.8",
                "your z is the right z minus b: did you add the bias?", "19 of its 20 entries are right (2.8 of 3 points)");
        hand(course, submissions, "partial-2-wrong", null, batchWithWrongEntries(2), "0", "2.7", "2.7",
                "18 of its 20 entries are right (2.7 of 3 points)");
        hand(course, submissions, "partial-no-bias", RIGHT_Z, NO_BIAS_BATCH, "2", "0", "2",
                "your Z has no bias: add the bias row b to every row of the products");
        expect("fake-print", "0", "0", "0", NOT_RIGHT_Z);
        ClassOfSubmissions.of(course).addCellAfter(BY_HAND, "answer", FAKE_RIGHT)
                .addCellAfter(BATCH, "answer", FAKE_RIGHT).handIn(submissions, "fake-print");
        expect("edited-check", "0", "0", "0", NOT_RIGHT_Z, "✘ Not yet: Z = X·W + b from weights stored one row per neuron");
        ClassOfSubmissions.of(course).editCheck(BY_HAND, FAKE_RIGHT).editCheck(BATCH, FAKE_RIGHT)
                .handIn(submissions, "edited-check");
        expect("edited-check-right", "2", "3", "5", "✔ Right: z of one neuron", "✔ Right: Z = X·W + b from weights stored one row per neuron");
        ClassOfSubmissions.of(course).answer(BY_HAND, RIGHT_Z).answer(BATCH, RIGHT_BATCH)
                .editCheck(BY_HAND, FAKE_RIGHT).editCheck(BATCH, "// checked").handIn(submissions, "edited-check-right");
        expect("deleted-check", "2", "3", "5", "✔ Right: z of one neuron", "✔ Right: Z = X·W + b from weights stored one row per neuron");
        ClassOfSubmissions.of(course).answer(BY_HAND, RIGHT_Z).answer(BATCH, RIGHT_BATCH)
                .delete(BY_HAND, "check").delete(BATCH, "check").handIn(submissions, "deleted-check");
        expect("deleted-answer", "0", "3", "3", "the check cell failed: CompilationException: cannot find symbol");
        ClassOfSubmissions.of(course).delete(BY_HAND, "answer").answer(BATCH, RIGHT_BATCH)
                .handIn(submissions, "deleted-answer");
        expect("deleted-both", "0", "3", "3", "the check cell failed: CompilationException: cannot find symbol");
        ClassOfSubmissions.of(course).delete(BY_HAND, "answer").delete(BY_HAND, "check").answer(BATCH, RIGHT_BATCH)
                .handIn(submissions, "deleted-both");
        expect("redefined-exercise", "0", "0", "0", "the check recorded no result");
        ClassOfSubmissions.of(course).addCellAfter(BY_HAND, "answer", FAKE_EXERCISE)
                .handIn(submissions, "redefined-exercise");
        expect("system-exit", "2", "3", "5", "failed: SystemExit: System.exit(0) was called in a cell; in Jupyter it would end the kernel, so the runner stopped the cell");
        ClassOfSubmissions.of(course).answer(BY_HAND, RIGHT_Z).answer(BATCH, RIGHT_BATCH)
                .addCellAfter(BY_HAND, "check", "System.exit(0);").handIn(submissions, "system-exit");
        expect("exit-by-reflection", "2", "0", "2",
                "the check did not run: the notebook's run did not finish: its JVM ended with status 0 before the run finished (a cell ended it: System.exit, Runtime.halt or a library call that does)");
        ClassOfSubmissions.of(course).answer(BY_HAND, RIGHT_Z).answer(BATCH, RIGHT_BATCH)
                .addCellAfter(BY_HAND, "check", "System.class.getMethod(\"exit\", int.class).invoke(null, 0);")
                .handIn(submissions, "exit-by-reflection");
        expect("endless-loop", "2", "0", "2", "the check cell failed: CellTimeout: the cell ran past its time limit of 10 s and was stopped");
        ClassOfSubmissions.of(course).answer(BY_HAND, RIGHT_Z).answer(BATCH, LOOPING_BATCH)
                .handIn(submissions, "endless-loop");
        expect("loop-in-cell", "2", "3", "5", "failed: CellTimeout: the cell ran past its time limit of 10 s and was stopped");
        ClassOfSubmissions.of(course).answer(BY_HAND, RIGHT_Z).answer(BATCH, RIGHT_BATCH)
                .addCellAfter(BY_HAND, "answer", "while (true) { }").handIn(submissions, "loop-in-cell");
        expect("out-of-memory", "2", "0", "2",
                "the check did not run: the notebook's run did not finish: its JVM ended with status 3 before the run finished (it ran out of memory: -XX:+ExitOnOutOfMemoryError)");
        ClassOfSubmissions.of(course).answer(BY_HAND, RIGHT_Z).answer(BATCH, RIGHT_BATCH)
                .addCellAfter(BY_HAND, "check", HOG).handIn(submissions, "out-of-memory");
        expect("invalid-json", "0", "0", "0",
                "invalid-json/04-weighted-sum.ipynb: not a notebook, its JSON does not parse at line 1");
        Files.createDirectories(submissions.resolve("invalid-json"));
        Files.writeString(submissions.resolve("invalid-json").resolve(NOTEBOOK), "{\"cells\": [", StandardCharsets.UTF_8);
        expect("other-course", "0", "0", "0",
                "not a notebook of this course: its exercise cells belong to 05.sigmoid, not to 04-weighted-sum.ipynb");
        ClassOfSubmissions.of(course).answer(BY_HAND, RIGHT_Z).ofExercise("05.sigmoid").handIn(submissions, "other-course");
        expect("python-notebook", "0", "0", "0",
                "not a notebook of this course: a notebook for a python kernel, not for Java");
        ClassOfSubmissions.of(course).forKernel("python").handIn(submissions, "python-notebook");
        expect("not-submitted", "0", "0", "0", "not submitted: there is no not-submitted/04-weighted-sum.ipynb",
                "notes.ipynb: not graded, the course has no notebook of that name");
        Files.createDirectories(submissions.resolve("not-submitted"));
        Files.writeString(submissions.resolve("not-submitted/notes.ipynb"), "{}", StandardCharsets.UTF_8);
        hand(course, submissions, XSS, RIGHT_Z, RIGHT_BATCH, "2", "3", "5", "✔ Right: z of one neuron");
        hand(course, submissions, "=1+1", RIGHT_Z, RIGHT_BATCH, "2", "3", "5", "✔ Right: z of one neuron");
        expect("log-forger", "0", "0", "0", "the submission wrote into the grader's log of the checks (its line",
                "is not one the grader wrote): nothing of this notebook counts");
        ClassOfSubmissions.of(course).addCellAfter(BY_HAND, "answer", FORGED_LINE).handIn(submissions, "log-forger");
        expect("linked", "0", "0", "0",
                "linked/04-weighted-sum.ipynb: not a notebook but a link or a special file, which the grader does not follow");
        Files.createDirectories(submissions.resolve("linked"));
        Files.createSymbolicLink(submissions.resolve("linked").resolve(NOTEBOOK),
                submissions.resolve("right-01").resolve(NOTEBOOK).toAbsolutePath());
        expect("many-failures", "2", "3", "5",
                "failed: CompilationException: incompatible types: java.lang.String cannot be converted to int",
                "2 more cells failed");
        ClassOfSubmissions.Submission failing = ClassOfSubmissions.of(course).answer(BY_HAND, RIGHT_Z)
                .answer(BATCH, RIGHT_BATCH);
        for (int i = 0; i < 7; i++) {
            failing.addCellAfter(BY_HAND, "check", "int broken" + i + " = \"text\";");
        }
        failing.handIn(submissions, "many-failures");

        out = folder.resolve("graded");
        StringWriter output = new StringWriter();
        status = new CommandLine(new GradeCommand()).setOut(new PrintWriter(output, true))
                .setErr(new PrintWriter(output, true))
                .execute("--course", course.toString(), "--submissions", submissions.toString(),
                        "--out", out.toString(), "--jobs", "2", "--cell-timeout", "10", "--max-heap", "256");
        printed = output.toString();
    }

    private static void expect(String name, String byHand, String batch, String total, String... feedback) {
        STUDENTS.put(name, new Student(name, byHand, batch, total, List.of(feedback)));
    }

    private static void hand(Path course, Path submissions, String name, String z, String batch, String byHandPoints,
                             String batchPoints, String total, String... feedback) throws IOException {
        expect(name, byHandPoints, batchPoints, total, feedback);
        ClassOfSubmissions.Submission submission = ClassOfSubmissions.of(course);
        if (z != null) {
            submission.answer(BY_HAND, z);
        }
        if (batch != null) {
            submission.answer(BATCH, batch);
        }
        submission.handIn(submissions, name);
    }

    @Test
    void theWholeClassIsGradedAndTheRunSaysSo() {
        assertTrue(STUDENTS.size() >= 30);
        assertEquals(0, status, printed);
        assertTrue(printed.contains("Graded " + STUDENTS.size() + " students, 2 exercises, in "), printed);
    }

    @Test
    void theGradebookIsExactlyAsExpectedCellByCell() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        CsvMapper csv = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> it = csv.readerForListOf(String.class)
                .readValues(out.resolve("gradebook.csv").toFile())) {
            it.forEachRemaining(rows::add);
        }
        assertEquals(List.of("student", BY_HAND, BATCH, "total", "maximum"), rows.get(0));
        List<List<String>> expected = new ArrayList<>();
        for (Student s : STUDENTS.values()) {
            expected.add(List.of(s.name().startsWith("=") ? "'" + s.name() : s.name(), s.byHand(), s.batch(),
                    s.total(), "5"));
        }
        assertEquals(expected.size(), rows.size() - 1);
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), rows.get(i + 1), "row " + (i + 1));
        }
    }

    @Test
    void theReportGivesEachStudentTheirFeedbackAndReasons() throws IOException {
        Document report = Jsoup.parse(out.resolve("report.html").toFile(), "UTF-8");
        List<Element> sections = report.select("section.student");
        assertEquals(STUDENTS.size(), sections.size());
        int i = 0;
        for (Student student : STUDENTS.values()) {
            Element section = sections.get(i++);
            assertFalse(section.text().contains("MagicError"), "the course's jars/ were not found: " + section.text());
            String heading = section.selectFirst("h3").text();
            assertEquals(student.name() + ": " + student.total() + " of 5 points", heading);
            for (String reason : student.feedback()) {
                assertTrue(section.text().contains(reason), student.name() + " lacks \"" + reason + "\": "
                        + section.text());
            }
        }
    }

    @Test
    void theReportShowsThePassRatePerExerciseAsAChartAndATable() throws IOException {
        Document report = Jsoup.parse(out.resolve("report.html").toFile(), "UTF-8");
        assertTrue(report.selectFirst("img").attr("src").startsWith("data:image/png;base64,iVBOR"));
        long rightByHand = STUDENTS.values().stream().filter(s -> s.byHand().equals("2")).count();
        long rightBatch = STUDENTS.values().stream().filter(s -> s.batch().equals("3")).count();
        List<String> cells = report.select("table tr td").eachText();
        assertEquals(List.of(BY_HAND, "z of one neuron", "2", rightByHand + " of " + STUDENTS.size()),
                cells.subList(0, 4));
        assertEquals(List.of(BATCH, "Z = X·W + b from weights stored one row per neuron", "3", rightBatch + " of " + STUDENTS.size()),
                cells.subList(5, 9));
    }

    @Test
    void nothingFromASubmissionBecomesMarkup() throws IOException {
        String html = Files.readString(out.resolve("report.html"));
        assertFalse(html.contains(XSS), "a student's folder name became markup");
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assertEquals(1, Jsoup.parse(html).select("img").size(), "only the chart is an image");
    }

    @Test
    void theOutputFolderHoldsTheGradebookTheReportAndTheManifestOnly() throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(".course-export", "gradebook.csv", "report.html"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
