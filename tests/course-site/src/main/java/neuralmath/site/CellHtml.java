package neuralmath.site;

import neuralmath.notebook.Notebook;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;

/**
 * The HTML of one executed cell, the same on the site and in the slides: Markdown rendered, code ready for
 * highlight.js, outputs as the richest form the notebook holds (a plot as an embedded image, a table as HTML, streams
 * and errors as text), and an exercise's solution folded into a {@code <details>}. Jupyter Book's tags
 * {@code remove-input} and {@code remove-output} leave out a code cell's source or its outputs, {@code hide-input}
 * folds its source behind a "Show code" toggle (outputs stay visible); a cell tagged {@code remove-cell} is left out
 * by the pages and the decks themselves. Magic lines at the top of a cell ({@code %classpath jars/*.jar}) are shown
 * as magics, apart from the code highlight.js colours as Java.
 */
final class CellHtml {

    /** Richest first: what a page shows of a display_data or execute_result bundle. */
    private static final List<String> MIME_ORDER = List.of("image/png", "image/jpeg", "image/svg+xml", "text/html",
            "text/markdown", "text/latex", "text/plain");

    /** Colours and styles of terminal output (kernels put them into tracebacks). */
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*[A-Za-z]");

    private static final Pattern WHITESPACE = Pattern.compile("\\s");

    /** Jupyter Book's tag that folds a code cell's source. */
    static final String HIDE_INPUT_TAG = "hide-input";

    /** The kernel's magic lines: at the top of a cell, each starting with %. */
    private static final Pattern MAGIC_LINES = Pattern.compile("\\A(?:[ \\t]*%[^\\n]*(?:\\n|\\z))+");

    private CellHtml() {
    }

    static String of(Notebook.Cell cell, String language) {
        String html = switch (cell.type()) {
            case "markdown" -> "<div class=\"cell markdown\">\n" + Markdown.toHtml(cell.source()) + "</div>\n";
            case "code" -> code(cell, language);
            default -> "<div class=\"cell raw\"><pre>" + HtmlEscape.escape(cell.source()) + "</pre></div>\n";
        };
        return cell.isSolution() ? folded(cell, html) : html;
    }

    /**
     * A solution, folded: a Markdown solution in the course's form brings its own {@code <details>} block, which is
     * marked as the solution's; any other solution cell is put into one.
     */
    private static String folded(Notebook.Cell cell, String html) {
        if (cell.isMarkdown()) {
            Document fragment = Jsoup.parseBodyFragment(html);
            Elements own = fragment.select("div.cell > details");
            if (!own.isEmpty()) {
                own.addClass("solution");
                fragment.outputSettings().prettyPrint(false);
                return fragment.body().html();
            }
        }
        return "<details class=\"solution\"><summary>Solution</summary>\n" + html + "</details>\n";
    }

    private static String code(Notebook.Cell cell, String language) {
        StringBuilder html = new StringBuilder("<div class=\"cell code\">\n");
        if (cell.showsSource() && !cell.source().isBlank()) {
            String source = source(cell.source().stripTrailing(), language);
            html.append(cell.tags().contains(HIDE_INPUT_TAG)
                    ? "<details class=\"hide-input\"><summary>Show code</summary>\n" + source + "</details>\n"
                    : source);
        }
        if (cell.showsOutputs()) {
            for (JsonNode output : cell.outputs()) {
                html.append(output(output));
            }
        }
        return html.append("</div>\n").toString();
    }

    /** The source ready for highlight.js, its magic lines apart as {@code span.magic}. */
    private static String source(String source, String language) {
        Matcher magic = MAGIC_LINES.matcher(source);
        String magics = magic.find() ? magic.group() : "";
        String code = source.substring(magics.length());
        StringBuilder html = new StringBuilder("<pre class=\"input\">");
        if (!magics.isEmpty()) {
            html.append("<span class=\"magic\">").append(HtmlEscape.escape(magics)).append("</span>");
        }
        if (!code.isEmpty()) {
            html.append("<code class=\"language-").append(HtmlEscape.escape(language)).append("\">")
                    .append(HtmlEscape.escape(code)).append("</code>");
        }
        return html.append("</pre>\n").toString();
    }

    private static String output(JsonNode output) {
        return switch (output.path("output_type").asText()) {
            case "stream" -> "<pre class=\"output stream " + HtmlEscape.escape(output.path("name").asText("stdout"))
                    + "\">" + HtmlEscape.escape(Notebook.text(output.path("text"))) + "</pre>\n";
            case "error" -> error(output);
            case "display_data", "execute_result" -> display(output.path("data"), output.path("metadata"));
            default -> "";
        };
    }

    private static String error(JsonNode error) {
        StringBuilder text = new StringBuilder();
        error.path("traceback").forEach(line -> text.append(line.asText()).append('\n'));
        if (text.length() == 0) {
            text.append(error.path("ename").asText()).append(": ").append(error.path("evalue").asText());
        }
        return "<pre class=\"output error\">" + HtmlEscape.escape(ANSI.matcher(text).replaceAll("").stripTrailing())
                + "</pre>\n";
    }

    private static String display(JsonNode data, JsonNode metadata) {
        for (String mime : MIME_ORDER) {
            if (data.has(mime)) {
                String value = Notebook.text(data.get(mime));
                return "<div class=\"output\">" + switch (mime) {
                    case "image/png", "image/jpeg" -> image(mime, value, data, metadata.path(mime));
                    case "image/svg+xml" -> svg(value, data);
                    case "text/html" -> SafeHtml.clean(value);
                    case "text/markdown", "text/latex" -> Markdown.toHtml(value);
                    default -> "<pre class=\"text\">" + HtmlEscape.escape(value) + "</pre>";
                } + "</div>\n";
            }
        }
        return "";
    }

    /** An SVG as an image: the browser draws it, but never runs a script or handler inside an image. */
    private static String svg(String svg, JsonNode data) {
        return image("image/svg+xml", Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)), data,
                MissingNode.getInstance());
    }

    /** An embedded PNG or JPEG; a value that is not base64 is left out with a note, as it could not be a picture. */
    private static String image(String mime, String value, JsonNode data, JsonNode size) {
        String base64 = WHITESPACE.matcher(value).replaceAll("");
        if (!isBase64(base64)) {
            return "<pre class=\"text\">" + HtmlEscape.escape(mime) + " output left out: it is not valid base64</pre>";
        }
        String alt = data.has("text/plain") ? Notebook.text(data.get("text/plain")) : "plot";
        StringBuilder img = new StringBuilder("<img src=\"data:").append(mime).append(";base64,")
                .append(base64).append("\" alt=\"").append(HtmlEscape.escape(alt.strip()))
                .append('"');
        if (size.has("width")) {
            img.append(" width=\"").append(size.get("width").asInt()).append('"');
        }
        return img.append('>').toString();
    }

    private static boolean isBase64(String text) {
        try {
            Base64.getDecoder().decode(text);
            return true;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }
}
