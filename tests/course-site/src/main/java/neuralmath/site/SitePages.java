package neuralmath.site;

import neuralmath.notebook.Notebook;
import java.util.List;

/**
 * The HTML course site: an index of the chapters and one page per chapter. Every page has the offline search in its
 * header; a chapter page has the chapters in a sidebar (a menu on a phone) with its own sections under its entry,
 * an anchor on every heading ({@link PageOutline}), and previous/next links above and below the text.
 */
final class SitePages {

    private static final String STYLE = "course/site.css";

    private final String courseTitle;
    private final List<Chapter> chapters;
    private final List<PageOutline> outlines;
    private final BinderRepo binder;

    /** The pages of these chapters; {@code binder} (null for none) adds a "Launch in Binder" link to each. */
    SitePages(String courseTitle, List<Chapter> chapters, BinderRepo binder) {
        this.courseTitle = courseTitle;
        this.chapters = List.copyOf(chapters);
        this.outlines = this.chapters.stream().map(SitePages::outline).toList();
        this.binder = binder;
    }

    private static PageOutline outline(Chapter chapter) {
        StringBuilder html = new StringBuilder();
        if (!chapter.opensWithTitle()) {
            html.append("<h1>").append(chapter.titleHtml()).append("</h1>\n");
        }
        for (Notebook.Cell cell : chapter.notebook().cells()) {
            if (!cell.isRemoved() && !SlideDeck.isSpeakerNotes(cell)) {
                html.append(CellHtml.of(cell, chapter.notebook().language()));
            }
        }
        return PageOutline.of(html.toString());
    }

    /** The script the search reads: every section of every chapter ({@link SearchIndex}). */
    String searchIndex() {
        return SearchIndex.script(chapters, outlines);
    }

    String index() {
        StringBuilder html = new StringBuilder(PageParts.head(courseTitle, "site index", STYLE));
        html.append(header(false, ""));
        StringBuilder list = new StringBuilder("<h1>").append(HtmlEscape.escape(courseTitle))
                .append("</h1>\n<ol class=\"chapters\">\n");
        for (Chapter chapter : chapters) {
            list.append("<li>\n<a class=\"chapter-title\" href=\"").append(HtmlEscape.escape(chapter.pageFile()))
                    .append("\">").append(chapter.titleHtml()).append("</a>\n");
            if (!chapter.summaryHtml().isEmpty()) {
                list.append("<p class=\"summary\">").append(chapter.summaryHtml()).append("</p>\n");
            }
            list.append("<p class=\"formats\">").append(formats(chapter)).append("</p>\n</li>\n");
        }
        list.append("</ol>\n");
        html.append("<main id=\"content\">\n").append(PageOutline.of(list.toString()).html()).append("</main>\n");
        return html.append(scripts()).append("</body>\n</html>\n").toString();
    }

    String chapter(int index) {
        Chapter chapter = chapters.get(index);
        StringBuilder html = new StringBuilder(PageParts.head(chapter.titleText() + " · " + courseTitle,
                "site chapter", STYLE));
        html.append(header(true, "<span class=\"position\">Chapter " + (index + 1) + " of " + chapters.size()
                + "</span> " + formats(chapter)));
        html.append("<div class=\"layout\">\n").append(sidebar(index));
        html.append("<main id=\"content\">\n").append(pager(index, "top"));
        html.append(outlines.get(index).html());
        html.append(pager(index, "bottom")).append("</main>\n</div>\n");
        return html.append(scripts()).append("</body>\n</html>\n").toString();
    }

    /** The header: the menu button (on a page with the chapter sidebar), the course, the search, {@code right}. */
    private String header(boolean menu, String right) {
        return "<header class=\"site-header\">\n"
                + (menu ? "<button class=\"menu-button\" type=\"button\" aria-controls=\"sidebar\""
                        + " aria-expanded=\"false\">Menu</button>\n" : "")
                + "<a class=\"course\" href=\"index.html\">" + HtmlEscape.escape(courseTitle) + "</a>\n"
                + "<div class=\"search\" role=\"search\">\n<input type=\"search\" id=\"search\" placeholder=\"Search"
                + " the course\" aria-label=\"Search the course\" autocomplete=\"off\">\n"
                + "<ol class=\"search-results\" id=\"search-results\" aria-live=\"polite\" hidden></ol>\n</div>\n"
                + "<span class=\"links\">" + right + "</span>\n</header>\n";
    }

    /** The chapters, the current one with its sections (the page's table of contents) under it. */
    private String sidebar(int current) {
        StringBuilder html = new StringBuilder("<nav class=\"sidebar\" id=\"sidebar\" aria-label=\"Chapters\">\n"
                + "<ol class=\"chapter-list\">\n");
        for (int i = 0; i < chapters.size(); i++) {
            Chapter chapter = chapters.get(i);
            html.append(i == current ? "<li class=\"current\">" : "<li>").append("<a href=\"")
                    .append(HtmlEscape.escape(chapter.pageFile())).append('"')
                    .append(i == current ? " aria-current=\"page\"" : "").append('>').append(chapter.titleHtml())
                    .append("</a>");
            if (i == current && !outlines.get(i).contents().isEmpty()) {
                html.append("\n<ol class=\"toc\" aria-label=\"On this page\">\n");
                for (PageOutline.Section section : outlines.get(i).contents()) {
                    html.append("<li><a href=\"#").append(HtmlEscape.escape(section.id())).append("\">")
                            .append(section.titleHtml())
                            .append("</a></li>\n");
                }
                html.append("</ol>\n");
            }
            html.append("</li>\n");
        }
        return html.append("</ol>\n</nav>\n").toString();
    }

    private String pager(int index, String where) {
        StringBuilder html = new StringBuilder("<nav class=\"pager ").append(where)
                .append("\" aria-label=\"Chapters before and after\">\n");
        if (index > 0) {
            Chapter previous = chapters.get(index - 1);
            html.append("<a rel=\"prev\" href=\"").append(HtmlEscape.escape(previous.pageFile())).append("\">← ")
                    .append(previous.titleHtml()).append("</a>\n");
        }
        html.append("<a href=\"index.html\">Contents</a>\n");
        if (index + 1 < chapters.size()) {
            Chapter next = chapters.get(index + 1);
            html.append("<a rel=\"next\" href=\"").append(HtmlEscape.escape(next.pageFile())).append("\">")
                    .append(next.titleHtml()).append(" →</a>\n");
        }
        return html.append("</nav>\n").toString();
    }

    /** The search's library and sections first, the page's own script last, after maths and code are rendered. */
    private static String scripts() {
        return PageParts.scripts("lunr/lunr.js") + "<script src=\"" + SearchIndex.FILE + "\"></script>\n"
                + "<script src=\"" + PageParts.ASSETS + "course/site.js\"></script>\n";
    }

    private String formats(Chapter chapter) {
        String links = "<a href=\"../slides/" + HtmlEscape.escape(chapter.pageFile()) + "\">Slides</a> · "
                + "<a class=\"notebook\" href=\"../notebooks/" + HtmlEscape.escape(chapter.notebookFile())
                + "\" download=\"" + HtmlEscape.escape(chapter.notebookFile()) + "\" data-file-script=\""
                + HtmlEscape.escape(NotebookFileScript.path(chapter)) + "\">Notebook ↓</a>";
        if (binder == null) {
            return links;
        }
        return links + " · <a class=\"binder\" href=\"" + HtmlEscape.escape(binder.launchUrl(chapter.notebookFile()))
                + "\" rel=\"noopener\">Launch in Binder</a>";
    }
}
