package neuralmath.grader;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import neuralmath.course.plot.Plots;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.knowm.xchart.CategoryChart;

/**
 * {@code report.html}: the pass rate of each exercise as a bar chart (XChart, through the library's
 * {@link Plots#bars}, embedded as a PNG) and a table, then each student's feedback: per exercise the points and the
 * verdict's line or why there is none, and the notes on each notebook's run. The page is built as a jsoup document,
 * whose text nodes are escaped when written, so nothing a submission holds (names, messages, printed values) can
 * become markup; it loads nothing from elsewhere.
 */
final class GradingReport {

    private static final String STYLE = "body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em}"
            + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .6em;text-align:left}"
            + ".feedback{white-space:pre-wrap;font-family:monospace}.right{color:#060}.notyet{color:#a00}"
            + "img{max-width:100%}";

    private GradingReport() {
    }

    /** The share of students whose answer to each exercise is right, in the course's order. */
    static Map<CourseExercise, Double> passRates(List<StudentGrade> students, List<CourseExercise> exercises) {
        Map<CourseExercise, Double> rates = new LinkedHashMap<>();
        for (int i = 0; i < exercises.size(); i++) {
            int exercise = i;
            long right = students.stream().filter(s -> s.exercises().get(exercise).right()).count();
            rates.put(exercises.get(i), students.isEmpty() ? 0 : (double) right / students.size());
        }
        return rates;
    }

    /** The whole page. */
    static String html(List<StudentGrade> students, List<CourseExercise> exercises) {
        Document page = Document.createShell("");
        page.head().appendElement("meta").attr("charset", "utf-8");
        page.title("Grades: " + students.size() + " students, " + exercises.size() + " exercises");
        page.head().appendElement("style").appendText(STYLE);
        Element body = page.body();
        body.appendElement("h1").text(page.title());
        Map<CourseExercise, Double> rates = passRates(students, exercises);
        body.appendElement("h2").text("Pass rate per exercise");
        body.appendElement("img").attr("alt", "bar chart: the share of students whose answer is right, per exercise")
                .attr("src", "data:image/png;base64," + Base64.getEncoder().encodeToString(chart(rates)));
        Element table = body.appendElement("table");
        Element head = table.appendElement("tr");
        for (String column : List.of("exercise", "task", "points", "right", "mean points")) {
            head.appendElement("th").text(column);
        }
        rates.forEach((exercise, rate) -> {
            Element row = table.appendElement("tr");
            row.appendElement("td").text(exercise.id());
            row.appendElement("td").text(exercise.title());
            row.appendElement("td").text(Integer.toString(exercise.points()));
            row.appendElement("td").text(Math.round(rate * students.size()) + " of " + students.size());
            row.appendElement("td").text(Gradebook.points(students.stream().mapToDouble(s ->
                    s.exercises().get(exercises.indexOf(exercise)).earned()).average().orElse(0)));
        });
        body.appendElement("h2").text("Feedback per student");
        int maximum = exercises.stream().mapToInt(CourseExercise::points).sum();
        for (StudentGrade student : students) {
            Element section = body.appendElement("section").addClass("student");
            section.appendElement("h3").text(student.student() + ": " + Gradebook.points(student.total()) + " of "
                    + maximum + " points");
            Element list = section.appendElement("ul");
            student.notes().forEach(note -> list.appendElement("li").addClass("note").text(note));
            for (NotebookGrade notebook : student.notebooks()) {
                notebook.notes().forEach(note -> list.appendElement("li").addClass("note")
                        .text(notebook.notebook() + ": " + note));
                for (ExerciseGrade grade : notebook.exercises()) {
                    Element item = list.appendElement("li");
                    item.appendElement("b").text(grade.exercise().id() + " (" + Gradebook.points(grade.earned())
                            + " of " + grade.exercise().points() + ")");
                    item.appendText(" ");
                    item.appendElement("span").addClass("feedback").addClass(grade.right() ? "right" : "notyet")
                            .text(grade.feedback());
                }
            }
        }
        page.outputSettings().prettyPrint(false);
        return page.outerHtml();
    }

    private static byte[] chart(Map<CourseExercise, Double> rates) {
        List<String> ids = rates.keySet().stream().map(CourseExercise::id).toList();
        double[] percent = rates.values().stream().mapToDouble(r -> 100 * r).toArray();
        CategoryChart chart = Plots.bars("Pass rate per exercise", "exercise", "students whose answer is right (%)",
                ids, Map.of("right", percent));
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(100.0).setLegendVisible(false);
        chart.getStyler().setYAxisDecimalPattern("0");
        return Plots.image(chart).png();
    }
}
