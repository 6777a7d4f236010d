package neuralmath.site;

import neuralmath.notebook.Notebook;
import java.util.List;

/** The HTML course site: an index of the chapters and one page per chapter with previous/next links. */
final class SitePages {

    private static final String STYLE = "course/site.css";

    private final String courseTitle;
    private final List<Chapter> chapters;

    SitePages(String courseTitle, List<Chapter> chapters) {
        this.courseTitle = courseTitle;
        this.chapters = List.copyOf(chapters);
    }

    String index() {
        StringBuilder html = new StringBuilder(PageParts.head(courseTitle, "site index", STYLE));
        html.append(header(""));
        html.append("<main>\n<h1>").append(HtmlEscape.escape(courseTitle)).append("</h1>\n<ol class=\"chapters\">\n");
        for (Chapter chapter : chapters) {
            html.append("<li>\n<a class=\"chapter-title\" href=\"").append(HtmlEscape.escape(chapter.pageFile()))
                    .append("\">").append(chapter.titleHtml()).append("</a>\n");
            if (!chapter.summaryHtml().isEmpty()) {
                html.append("<p class=\"summary\">").append(chapter.summaryHtml()).append("</p>\n");
            }
            html.append("<p class=\"formats\">").append(formats(chapter)).append("</p>\n</li>\n");
        }
        html.append("</ol>\n</main>\n");
        return html.append(PageParts.scripts()).append("</body>\n</html>\n").toString();
    }

    String chapter(int index) {
        Chapter chapter = chapters.get(index);
        StringBuilder html = new StringBuilder(PageParts.head(chapter.titleText() + " · " + courseTitle,
                "site chapter", STYLE));
        html.append(header("<span class=\"position\">Chapter " + (index + 1) + " of " + chapters.size()
                + "</span> " + formats(chapter)));
        html.append("<main>\n");
        if (!chapter.opensWithTitle()) {
            html.append("<h1>").append(chapter.titleHtml()).append("</h1>\n");
        }
        for (Notebook.Cell cell : chapter.notebook().cells()) {
            if (!cell.isRemoved() && !SlideDeck.isSpeakerNotes(cell)) {
                html.append(CellHtml.of(cell, chapter.notebook().language()));
            }
        }
        html.append("</main>\n<nav class=\"pager\">\n");
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
        html.append("</nav>\n");
        return html.append(PageParts.scripts()).append("</body>\n</html>\n").toString();
    }

    private String header(String right) {
        return "<header class=\"site-header\">\n<a class=\"course\" href=\"index.html\">" + HtmlEscape.escape(courseTitle)
                + "</a>\n<span class=\"links\">" + right + "</span>\n</header>\n";
    }

    private static String formats(Chapter chapter) {
        return "<a href=\"../slides/" + HtmlEscape.escape(chapter.pageFile()) + "\">Slides</a> · <a href=\"../notebooks/"
                + HtmlEscape.escape(chapter.notebookFile()) + "\">Notebook</a>";
    }
}
