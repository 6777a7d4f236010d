package neuralmath.site;

import neuralmath.notebook.Notebook;
import java.util.List;

/**
 * One chapter of the course: an executed notebook with the title and one-line summary the index shows. Both come
 * from the notebook's metadata ({@code title}, {@code summary}) when it has them, else from its first Markdown
 * heading and the first paragraph after that heading.
 *
 * @param notebook the executed notebook
 * @param slug its file name without ".ipynb", the name of its page, its deck and its copy
 * @param titleText the title as plain text (maths as TeX), for {@code <title>}
 * @param titleHtml the title as HTML
 * @param summaryHtml the summary as HTML, empty when the notebook has none
 */
public record Chapter(Notebook notebook, String slug, String titleText, String titleHtml, String summaryHtml) {

    static Chapter of(Notebook notebook) {
        String file = notebook.path().getFileName().toString();
        String slug = file.substring(0, file.length() - ".ipynb".length());
        Markdown.TitleAndSummary heading = notebook.cells().stream()
                .filter(Notebook.Cell::isMarkdown)
                .flatMap(cell -> Markdown.firstHeading(cell.source()).stream())
                .findFirst()
                .orElse(new Markdown.TitleAndSummary(slug, HtmlEscape.escape(slug), ""));
        String title = notebook.metadata().path("title").asText("");
        String summary = notebook.metadata().path("summary").asText("");
        return new Chapter(notebook, slug,
                title.isEmpty() ? heading.titleText() : title,
                title.isEmpty() ? heading.titleHtml() : Markdown.inlineHtml(title),
                summary.isEmpty() ? heading.summaryHtml() : Markdown.inlineHtml(summary));
    }

    /** Whether the notebook opens with its own level 1 heading; if not, pages and decks put the title first. */
    boolean opensWithTitle() {
        List<Notebook.Cell> cells = notebook.cells();
        return !cells.isEmpty() && cells.get(0).isMarkdown() && Markdown.startsWithHeading(cells.get(0).source(), 1);
    }

    String pageFile() {
        return slug + ".html";
    }

    String notebookFile() {
        return slug + ".ipynb";
    }
}
