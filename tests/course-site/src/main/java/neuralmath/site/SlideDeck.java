package neuralmath.site;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import neuralmath.notebook.Notebook;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A chapter as a reveal.js deck. Cells follow Jupyter's slideshow metadata ({@code metadata.slideshow.slide_type}):
 * "slide" starts a slide, "subslide" a vertical slide below it, "fragment" appears on the next step, "notes" goes to
 * the speaker notes of the slide it follows (and never onto a slide), "skip" is left out, "-" (or none) continues the
 * current slide. A notebook without any such metadata is split by default: a Markdown cell opening with a level 1 or
 * 2 heading starts a slide, one opening with a level 3 heading starts a subslide, and so does a code cell when the
 * current slide already shows code, so that each slide holds one piece of code with its output.
 * <p>
 * What a lecture does not show: a cell tagged {@code setup}, {@code imports} or {@code remove-cell} is never on a
 * slide; one tagged {@code hide-input} shows only its outputs; an exercise's check cell shows its call without the
 * "✘ Not yet" it printed when the course was executed; an exercise's solution (tag {@code solution}) gets a subslide
 * of its own below its exercise, its code shown rather than folded. The title slide links to the chapter's page and
 * the next deck, and so does a last slide. {@code assets/course/slides.js} fits every slide to reveal.js's slide size
 * in the browser, splitting tall content onto subslides, and starts reveal.js.
 */
final class SlideDeck {

    /** Tags of the cells that only set up the kernel: the slides never show them. */
    private static final Set<String> PLUMBING = Set.of("setup", "imports", Notebook.Cell.REMOVE_CELL_TAG);

    /** Jupyter Book's tag for a cell whose source is folded away: a slide shows only its outputs. */
    private static final String HIDE_INPUT_TAG = "hide-input";

    /** The tag of an exercise's check cell: its printed verdict is the executed stub's, so slides leave it out. */
    private static final String CHECK_TAG = "check";

    /** Jupyter's slide type of a speaker-notes cell. */
    static final String NOTES = "notes";

    private final List<List<StringBuilder>> stacks = new ArrayList<>();
    private boolean currentShowsCode;
    private boolean currentIsSolution;

    private SlideDeck() {
    }

    /** Whether the cell holds speaker notes: they belong to the slides, and the site pages leave them out. */
    static boolean isSpeakerNotes(Notebook.Cell cell) {
        return cell.slideType().filter(NOTES::equals).isPresent();
    }

    /** The deck of {@code chapter}; {@code next} is the chapter after it, or null for the last one. */
    static String of(Chapter chapter, Chapter next, String courseTitle) {
        Notebook notebook = chapter.notebook();
        SlideDeck deck = new SlideDeck();
        boolean marked = notebook.hasSlideMarks();
        if (!chapter.opensWithTitle()) {
            deck.add("slide", "<h1>" + chapter.titleHtml() + "</h1>\n");
        }
        for (Notebook.Cell cell : notebook.cells()) {
            if (cell.tags().stream().anyMatch(PLUMBING::contains)) {
                continue;
            }
            if (cell.isSolution()) {
                deck.add("subslide", solution(notebook, cell));
                deck.currentIsSolution = true;
                continue;
            }
            String type = isSpeakerNotes(cell) ? NOTES : marked ? cell.slideType().orElse("-") : deck.defaultType(cell);
            if (deck.currentIsSolution && (type.equals("-") || type.equals("fragment"))) {
                type = "subslide";
            }
            deck.add(type, CellHtml.of(asShown(notebook, cell), notebook.language()));
            deck.currentShowsCode |= cell.isCode() && !type.equals("skip") && !type.equals(NOTES);
        }
        deck.links(chapter, next);
        return deck.html(chapter, courseTitle);
    }

    private String defaultType(Notebook.Cell cell) {
        if (cell.isMarkdown() && Markdown.startsWithHeading(cell.source(), 2)) {
            return "slide";
        }
        if (cell.isMarkdown() && Markdown.startsWithHeading(cell.source(), 3)) {
            return "subslide";
        }
        return cell.isCode() && currentShowsCode ? "subslide" : "-";
    }

    /**
     * The cell as a slide shows it: a {@code hide-input} cell as if tagged {@code remove-input}, a check cell as if
     * tagged {@code remove-output}; any other cell as it is.
     */
    private static Notebook.Cell asShown(Notebook notebook, Notebook.Cell cell) {
        if (cell.tags().contains(HIDE_INPUT_TAG)) {
            return retagged(notebook, cell, null, Notebook.Cell.REMOVE_INPUT_TAG);
        }
        if (cell.isCode() && cell.tags().contains(CHECK_TAG)) {
            return retagged(notebook, cell, null, Notebook.Cell.REMOVE_OUTPUT_TAG);
        }
        return cell;
    }

    /** A copy of the cell with the tag {@code removed} (if not null) taken off and {@code added} (if not null) put on. */
    private static Notebook.Cell retagged(Notebook notebook, Notebook.Cell cell, String removed, String added) {
        ObjectNode json = cell.json();
        ObjectNode metadata = json.get("metadata") instanceof ObjectNode own ? own : json.putObject("metadata");
        ArrayNode tags = metadata.putArray("tags");
        cell.tags().stream().filter(tag -> !tag.equals(removed)).forEach(tags::add);
        if (added != null) {
            tags.add(added);
        }
        return notebook.withCells(notebook.path(), List.of(json)).cells().get(0);
    }

    /**
     * A solution as a slide: headed "Solution", its code shown. A Markdown solution in the course's form folds its
     * code into {@code <details>}; the slide unfolds it (the summary goes, the code stays).
     */
    private static String solution(Notebook notebook, Notebook.Cell cell) {
        String html;
        if (cell.isMarkdown()) {
            Document fragment = Jsoup.parseBodyFragment(Markdown.toHtml(cell.source()));
            fragment.select("details > summary").remove();
            fragment.select("details").forEach(Element::unwrap);
            fragment.outputSettings().prettyPrint(false);
            html = "<div class=\"cell markdown\">\n" + fragment.body().html() + "</div>\n";
        } else {
            html = CellHtml.of(retagged(notebook, cell, Notebook.Cell.SOLUTION_TAG, null), notebook.language());
        }
        return "<div class=\"solution-slide\">\n<h3>Solution</h3>\n" + html + "</div>\n";
    }

    /** Links to the chapter's page and the next deck, on the title slide and on a last slide of their own. */
    private void links(Chapter chapter, Chapter next) {
        String page = "<a class=\"chapter-page\" href=\"../site/" + HtmlEscape.escape(chapter.pageFile())
                + "\">Read the chapter</a>";
        String onward = next == null
                ? "<a class=\"contents\" href=\"../site/index.html\">Contents of the course</a>"
                : "<a class=\"next-deck\" rel=\"next\" href=\"" + HtmlEscape.escape(next.pageFile()) + "\">Next deck: "
                        + next.titleHtml() + " →</a>";
        String nav = "<nav class=\"deck-links\">" + page + " · " + onward + "</nav>\n";
        if (!stacks.isEmpty()) {
            stacks.get(0).get(0).append(nav);
        }
        add("slide", "<h2>" + (next == null ? "End of the course" : "Up next") + "</h2>\n"
                + (next == null ? "" : "<p class=\"up-next\">" + next.titleHtml() + "</p>\n") + nav);
    }

    private void add(String type, String cellHtml) {
        switch (type) {
            case "skip" -> {
            }
            case "slide" -> {
                stacks.add(new ArrayList<>());
                newSlide().append(cellHtml);
            }
            case "subslide" -> newSlide().append(cellHtml);
            case "fragment" -> current().append("<div class=\"fragment\">\n").append(cellHtml).append("</div>\n");
            case NOTES -> current().append("<aside class=\"notes\">\n").append(cellHtml).append("</aside>\n");
            default -> current().append(cellHtml);
        }
    }

    private StringBuilder newSlide() {
        currentShowsCode = false;
        currentIsSolution = false;
        if (stacks.isEmpty()) {
            stacks.add(new ArrayList<>());
        }
        StringBuilder slide = new StringBuilder();
        stacks.get(stacks.size() - 1).add(slide);
        return slide;
    }

    private StringBuilder current() {
        if (stacks.isEmpty() || stacks.get(stacks.size() - 1).isEmpty()) {
            return newSlide();
        }
        List<StringBuilder> stack = stacks.get(stacks.size() - 1);
        return stack.get(stack.size() - 1);
    }

    private String html(Chapter chapter, String courseTitle) {
        StringBuilder html = new StringBuilder(PageParts.head(chapter.titleText() + " · slides · " + courseTitle,
                "slides", "course/slides.css", "reveal/dist/reveal.css", "reveal/dist/theme/white.css"));
        html.append("<div class=\"reveal\">\n<div class=\"slides\">\n");
        for (List<StringBuilder> stack : stacks) {
            if (stack.size() > 1) {
                html.append("<section>\n");
            }
            for (StringBuilder slide : stack) {
                html.append("<section>\n").append(slide).append("</section>\n");
            }
            if (stack.size() > 1) {
                html.append("</section>\n");
            }
        }
        html.append("</div>\n</div>\n");
        html.append(PageParts.scripts("reveal/dist/reveal.js", "reveal/plugin/notes/notes.js"));
        html.append("<script src=\"").append(PageParts.ASSETS).append("course/slides.js\"></script>\n");
        return html.append("</body>\n</html>\n").toString();
    }
}
