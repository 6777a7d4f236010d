package neuralmath.site;

import java.util.List;
import java.util.Optional;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Notebook Markdown (CommonMark with GFM tables) to HTML, with its LaTeX kept intact by {@link MathSpans} and its
 * raw HTML and links made safe by {@link SafeHtml}.
 */
final class Markdown {

    /** A chapter's title (plain text and HTML) and its one-paragraph summary (HTML); either may be empty. */
    record TitleAndSummary(String titleText, String titleHtml, String summaryHtml) {
    }

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().extensions(EXTENSIONS).build();

    private Markdown() {
    }

    /**
     * The Markdown as HTML that is safe to publish ({@link SafeHtml}), its maths as KaTeX's spans, its note and
     * warning blockquotes as boxes ({@link Callouts}).
     */
    static String toHtml(String markdown) {
        MathSpans.Protected text = MathSpans.protect(markdown);
        return SafeHtml.clean(Callouts.mark(text.restoreHtml(HTML.render(PARSER.parse(text.markdown())))));
    }

    /** Markdown of one line or paragraph as inline HTML, without the surrounding paragraph. */
    static String inlineHtml(String markdown) {
        String html = toHtml(markdown).strip();
        if (html.startsWith("<p>") && html.endsWith("</p>")) {
            return html.substring("<p>".length(), html.length() - "</p>".length());
        }
        return html;
    }

    /** The first heading of {@code markdown} and the first paragraph after it, if the cell has a heading. */
    static Optional<TitleAndSummary> firstHeading(String markdown) {
        MathSpans.Protected text = MathSpans.protect(markdown);
        Node document = PARSER.parse(text.markdown());
        Node node = document.getFirstChild();
        while (node != null && !(node instanceof Heading)) {
            node = node.getNext();
        }
        if (node == null) {
            return Optional.empty();
        }
        String titleText = text.restoreText(TEXT.render(node)).strip();
        Node paragraph = node.getNext();
        while (paragraph != null && !(paragraph instanceof Paragraph)) {
            paragraph = paragraph.getNext();
        }
        String summary = paragraph == null ? "" : inlineHtmlOf(paragraph);
        return Optional.of(new TitleAndSummary(titleText, SafeHtml.clean(text.restoreHtml(inlineHtmlOf(node))),
                SafeHtml.clean(text.restoreHtml(summary))));
    }

    private static String inlineHtmlOf(Node block) {
        StringBuilder html = new StringBuilder();
        for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
            html.append(HTML.render(child));
        }
        return html.toString().strip();
    }

    /** Whether the cell's Markdown opens with a heading of level {@code maxLevel} or higher (# is level 1). */
    static boolean startsWithHeading(String markdown, int maxLevel) {
        Node first = PARSER.parse(MathSpans.protect(markdown).markdown()).getFirstChild();
        return first instanceof Heading heading && heading.getLevel() <= maxLevel;
    }
}
