package neuralmath.site;

import neuralmath.notebook.Notebook;
import java.util.ArrayList;
import java.util.List;

/**
 * A chapter as a reveal.js deck. Cells follow Jupyter's slideshow metadata ({@code metadata.slideshow.slide_type}):
 * "slide" starts a slide, "subslide" a vertical slide below it, "fragment" appears on the next step, "notes" goes to
 * the speaker notes, "skip" is left out (and so is a cell tagged {@code remove-cell}), "-" (or none) continues the current slide. A notebook without any such
 * metadata is split by default: a Markdown cell opening with a level 1 or 2 heading starts a slide, one opening with
 * a level 3 heading starts a subslide, and so does a code cell when the current slide already shows code, so that
 * each slide holds one piece of code with its output.
 */
final class SlideDeck {

    private final List<List<StringBuilder>> stacks = new ArrayList<>();
    private boolean currentShowsCode;

    private SlideDeck() {
    }

    static String of(Chapter chapter, String courseTitle) {
        Notebook notebook = chapter.notebook();
        SlideDeck deck = new SlideDeck();
        boolean marked = notebook.hasSlideMarks();
        if (!chapter.opensWithTitle()) {
            deck.add("slide", "<h1>" + chapter.titleHtml() + "</h1>\n");
        }
        for (Notebook.Cell cell : notebook.cells()) {
            if (cell.isRemoved()) {
                continue;
            }
            String type = marked ? cell.slideType().orElse("-") : deck.defaultType(cell);
            deck.add(type, CellHtml.of(cell, notebook.language()));
            deck.currentShowsCode |= cell.isCode() && !type.equals("skip");
        }
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
            case "notes" -> current().append("<aside class=\"notes\">\n").append(cellHtml).append("</aside>\n");
            default -> current().append(cellHtml);
        }
    }

    private StringBuilder newSlide() {
        currentShowsCode = false;
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
        html.append("""
                <script>
                Reveal.initialize({ hash: true, center: false, width: 1280, height: 800, margin: 0.04,
                  plugins: [ RevealNotes ] });
                </script>
                """);
        return html.append("</body>\n</html>\n").toString();
    }
}
