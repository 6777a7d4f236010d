package neuralmath.site;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The outline of a chapter page, made from its cells' HTML (already sanitised): every heading gets an {@code id}
 * made from its text (unique on the page) and a link to itself, every display formula numbered with KaTeX's
 * {@code \tag{7.3}} gets the id {@code eq-7.3} that a Markdown link {@code [(7.3)](#eq-7.3)} points to, and every
 * table outside an output is put into a box of its own that scrolls sideways. The sections (a heading and the prose
 * up to the next heading) feed the page's table of contents and the search index ({@link SearchIndex}).
 */
final class PageOutline {

    /**
     * A part of the page: the heading's id ({@code ""} for the text before the first heading), level, title (as
     * text, and as HTML with its maths still to typeset) and the prose under it (no code, outputs or TeX).
     */
    record Section(String id, int level, String title, String titleHtml, String text) {
    }

    private static final Pattern TAG = Pattern.compile("\\\\tag\\*?\\{([^{}]+)}");
    private static final Pattern NOT_ID = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern NOT_EQUATION_ID = Pattern.compile("[^A-Za-z0-9.]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final String html;
    private final List<Section> sections;

    private PageOutline(String html, List<Section> sections) {
        this.html = html;
        this.sections = List.copyOf(sections);
    }

    static PageOutline of(String cellsHtml) {
        Document page = Jsoup.parseBodyFragment(cellsHtml);
        page.outputSettings().prettyPrint(false);
        Set<String> ids = new HashSet<>();
        for (Element equation : page.select("span.math.display")) {
            Matcher tag = TAG.matcher(equation.text());
            if (tag.find()) {
                equation.id(unique("eq-" + NOT_EQUATION_ID.matcher(tag.group(1).strip()).replaceAll("-"), ids));
            }
        }
        for (Element table : page.select("table")) {
            if (table.closest("div.output, div.table-scroll") == null) {
                table.wrap("<div class=\"table-scroll\"></div>");
            }
        }
        List<Section> sections = new ArrayList<>();
        SectionText visitor = new SectionText(sections, ids);
        NodeTraversor.traverse(visitor, page.body());
        visitor.finish();
        return new PageOutline(page.body().html(), sections);
    }

    /** The cells' HTML with the ids, self-links and table boxes added. */
    String html() {
        return html;
    }

    /** Every section of the page, in order, the text before the first heading first. */
    List<Section> sections() {
        return sections;
    }

    /** The sections a table of contents lists: the level 2 headings. */
    List<Section> contents() {
        return sections.stream().filter(section -> section.level() == 2).toList();
    }

    /** An id made from a heading's words, e.g. "The chain rule, again" → "the-chain-rule-again". */
    static String slug(String title) {
        String plain = MARKS.matcher(Normalizer.normalize(title, Normalizer.Form.NFKD)).replaceAll("");
        String slug = NOT_ID.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "section" : slug;
    }

    private static String unique(String id, Set<String> taken) {
        String candidate = id;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }

    /** Walks the page in order: gives each heading its id and self-link, and gathers the prose after it. */
    private static final class SectionText implements NodeVisitor {
        private final List<Section> sections;
        private final Set<String> ids;
        private String id = "";
        private int level = 1;
        private String title = "";
        private String titleHtml = "";
        private StringBuilder text = new StringBuilder();

        SectionText(List<Section> sections, Set<String> ids) {
            this.sections = sections;
            this.ids = ids;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element heading && heading.normalName().matches("h[1-6]")) {
                finish();
                title = heading.text().strip();
                titleHtml = heading.html();
                level = heading.normalName().charAt(1) - '0';
                id = unique(slug(title), ids);
                heading.id(id);
                heading.appendElement("a").addClass("anchor").attr("href", "#" + id)
                        .attr("aria-label", "Link to this section");
                text = new StringBuilder();
            } else if (node instanceof TextNode words && isProse(words)) {
                text.append(words.text()).append(" ");
            }
        }

        private static boolean isProse(TextNode words) {
            Element parent = words.parent() instanceof Element element ? element : null;
            return parent != null && parent.closest("pre, span.math, h1, h2, h3, h4, h5, h6, script, style") == null;
        }

        void finish() {
            String prose = text.toString().replaceAll("\\s+", " ").strip();
            if (!title.isEmpty() || !prose.isEmpty()) {
                sections.add(new Section(id, level, title, titleHtml, prose));
            }
        }
    }
}
