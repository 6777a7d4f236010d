package neuralmath.suite;

import com.fasterxml.jackson.databind.JsonNode;
import neuralmath.notebook.Notebook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as a reader needs them, read from an executed notebook's outputs: printed text (streams and
 * {@code text/plain} results) carries no decimal number of more than {@value #MAX_SIGNIFICANT_DIGITS} significant
 * digits, and every numeric column of an HTML table prints its numbers with one number of decimals.
 */
final class ReadableNumbers {

    static final int MAX_SIGNIFICANT_DIGITS = 6;

    /** A decimal number standing alone: not part of a word or of a version such as 1.0.0. */
    private static final Pattern DECIMAL =
            Pattern.compile("(?<![\\w.])\\d+\\.(\\d+)(?:[eE][-+]?\\d+)?(?!\\.\\d)(?!\\w)");

    /** A table cell holding one number: sign, digits, decimals, an exponent, nothing else. */
    private static final Pattern NUMERIC_CELL = Pattern.compile("[-−+]?\\d+(?:\\.(\\d+))?(?:[eE][-+−]?\\d+)?");

    private ReadableNumbers() {
    }

    /** What a reader would stumble over in the notebook's outputs, one line per number or column; empty if nothing. */
    static List<String> faults(Notebook notebook) {
        List<String> faults = new ArrayList<>();
        for (Notebook.Cell cell : notebook.cells()) {
            for (JsonNode output : cell.outputs()) {
                String where = "cell " + cell.number() + ": ";
                switch (output.path("output_type").asText()) {
                    case "stream" -> longNumbers(Notebook.text(output.path("text"))).forEach(n -> faults.add(where
                            + "prints " + n + ", more than " + MAX_SIGNIFICANT_DIGITS + " significant digits"));
                    case "display_data", "execute_result" -> faults.addAll(displayFaults(where, output.path("data")));
                    default -> {
                    }
                }
            }
        }
        return faults;
    }

    private static List<String> displayFaults(String where, JsonNode data) {
        List<String> faults = new ArrayList<>();
        if (data.has("text/html")) {
            mixedDecimalColumns(Notebook.text(data.get("text/html"))).forEach(c -> faults.add(where + c));
        } else if (data.has("text/plain") && !data.has("image/png")) {
            longNumbers(Notebook.text(data.get("text/plain"))).forEach(n -> faults.add(where + "shows " + n
                    + ", more than " + MAX_SIGNIFICANT_DIGITS + " significant digits"));
        }
        return faults;
    }

    /** The decimal numbers in the text with more than {@value #MAX_SIGNIFICANT_DIGITS} significant digits. */
    static List<String> longNumbers(String text) {
        List<String> found = new ArrayList<>();
        Matcher number = DECIMAL.matcher(text);
        while (number.find()) {
            String mantissa = number.group().split("[eE]")[0].replace(".", "").replaceFirst("^0+", "");
            if (mantissa.length() > MAX_SIGNIFICANT_DIGITS) {
                found.add(number.group());
            }
        }
        return found;
    }

    /**
     * The columns of the HTML's tables whose numbers print with different numbers of decimals (0.9 beside 0.9806),
     * each named by its table's caption or position and its header. Cells that are not a number are passed over.
     */
    static List<String> mixedDecimalColumns(String html) {
        List<String> found = new ArrayList<>();
        int tableNumber = 0;
        for (Element table : Jsoup.parse(html).select("table")) {
            tableNumber++;
            Map<Integer, TreeMap<Integer, String>> decimalsByColumn = new TreeMap<>();
            for (Element row : table.select("tr")) {
                List<Element> cells = row.select("> td, > th");
                for (int column = 0; column < cells.size(); column++) {
                    Matcher number = NUMERIC_CELL.matcher(cells.get(column).text().strip());
                    if (cells.get(column).tagName().equals("td") && number.matches()) {
                        int decimals = number.group(1) == null ? 0 : number.group(1).length();
                        decimalsByColumn.computeIfAbsent(column, c -> new TreeMap<>())
                                .putIfAbsent(decimals, number.group());
                    }
                }
            }
            Element caption = table.selectFirst("caption");
            String name = caption != null ? "table \"" + caption.text() + "\"" : "table " + tableNumber;
            decimalsByColumn.forEach((column, examples) -> {
                if (examples.size() > 1) {
                    found.add(name + ", column \"" + header(table, column) + "\" mixes decimal counts: "
                            + String.join(", ", examples.values()));
                }
            });
        }
        return found;
    }

    private static String header(Element table, int column) {
        List<Element> headers = table.select("tr:has(th)").isEmpty() ? List.of()
                : table.select("tr:has(th)").first().select("> th, > td");
        return column < headers.size() ? headers.get(column).text() : String.valueOf(column + 1);
    }
}
