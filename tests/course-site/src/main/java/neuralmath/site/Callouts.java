package neuralmath.site;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Note and warning boxes. The course writes them as a blockquote whose first words are {@code **Note:**} or
 * {@code **Warning:**} ({@code > **Warning:** the source's δ¹ forgets σ′ …}), which reads as a quoted box in Jupyter;
 * the site shows it as {@code <aside class="callout warning">} with the title "Warning" above the text.
 */
final class Callouts {

    /** The class attributes a box may have; {@link SafeHtml} keeps an {@code aside} with exactly one of them. */
    static final Set<String> CLASSES = Set.of("callout note", "callout warning");

    private static final Pattern LABEL = Pattern.compile("(Note|Warning):");

    private Callouts() {
    }

    /** The rendered Markdown with each blockquote in the note or warning form turned into its box. */
    static String mark(String html) {
        if (!html.contains("<blockquote")) {
            return html;
        }
        Document page = Jsoup.parseBodyFragment(html);
        page.outputSettings().prettyPrint(false);
        for (Element quote : page.select("blockquote")) {
            Element first = quote.firstElementChild();
            if (first == null || !first.normalName().equals("p") || first.childNodeSize() == 0
                    || !(first.childNode(0) instanceof Element strong) || !strong.normalName().equals("strong")) {
                continue;
            }
            Matcher label = LABEL.matcher(strong.text().strip());
            if (!label.matches()) {
                continue;
            }
            strong.remove();
            Node next = first.childNodeSize() > 0 ? first.childNode(0) : null;
            if (next instanceof TextNode words) { // "**Warning:** these runs …" reads "Warning" above "These runs …"
                String text = words.getWholeText().stripLeading();
                words.text(text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1));
            }
            if (first.text().isBlank() && first.children().isEmpty()) {
                first.remove();
            }
            quote.tagName("aside").attr("class", "callout " + label.group(1).toLowerCase(Locale.ROOT));
            quote.prependElement("p").addClass("callout-title").text(label.group(1));
        }
        return page.body().html();
    }
}
