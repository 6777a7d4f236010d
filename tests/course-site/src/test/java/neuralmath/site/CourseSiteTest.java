package neuralmath.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exported course's structure, read from the HTML files; CourseBrowserTest checks how it shows in Chromium. */
class CourseSiteTest {

    private static Document page(String relative) throws IOException {
        Path file = CourseFixtures.course().root().resolve(relative);
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    @Test
    void indexListsEveryChapterWithTitleAndSummaryInFileOrder() throws IOException {
        List<Element> entries = page("site/index.html").select("ol.chapters > li");

        assertEquals(3, entries.size());
        assertEquals("01-neuron.html", entries.get(0).selectFirst("a.chapter-title").attr("href"));
        assertEquals("A single neuron", entries.get(0).selectFirst("a.chapter-title").text());
        assertTrue(entries.get(0).selectFirst("p.summary").text().startsWith("A neuron weighs its inputs x_i"));
        assertEquals("Gradient descent", entries.get(1).selectFirst("a.chapter-title").text());
        assertEquals("Outlook: from one neuron to a network", entries.get(2).selectFirst("a.chapter-title").text(),
                "notebook metadata title wins");
        assertEquals("\\partial L / \\partial w",
                entries.get(2).selectFirst("p.summary span.math.inline").text(), "metadata summary keeps its maths");
    }

    @Test
    void aNotebookWithoutItsOwnHeadingGetsItsTitleOnPageAndDeck() throws IOException {
        assertEquals("Outlook: from one neuron to a network", page("site/03-outlook.html").selectFirst("main h1").text());
        assertEquals("Outlook: from one neuron to a network",
                page("slides/03-outlook.html").selectFirst("div.slides > section h1").text());
        assertEquals(1, page("site/01-neuron.html").select("main h1").size(), "a notebook's own title is not repeated");
    }

    @Test
    void chapterPagesLinkToPreviousAndNext() throws IOException {
        assertTrue(page("site/01-neuron.html").select("a[rel=prev]").isEmpty());
        assertEquals("02-gradient.html", page("site/01-neuron.html").selectFirst("a[rel=next]").attr("href"));
        assertEquals("01-neuron.html", page("site/02-gradient.html").selectFirst("a[rel=prev]").attr("href"));
        assertEquals("03-outlook.html", page("site/02-gradient.html").selectFirst("a[rel=next]").attr("href"));
        assertTrue(page("site/03-outlook.html").select("a[rel=next]").isEmpty());
    }

    @Test
    void outputsBecomeImagesTablesAndText() throws IOException {
        Document neuron = page("site/01-neuron.html");

        Element plot = neuron.selectFirst("div.output img");
        assertTrue(plot.attr("src").startsWith("data:image/png;base64,iVBOR"), "the PNG is embedded");
        assertEquals("sigmoid curve", plot.attr("alt"));
        assertEquals(4, neuron.select("div.output table tr").size(), "the text/html table, header and 3 rows");
        assertEquals("z = 0.1", neuron.selectFirst("pre.output.stream.stdout").text());
        assertTrue(neuron.selectFirst("pre.output.stream.stderr").text().contains("learning rate"));
        String error = neuron.selectFirst("pre.output.error").text();
        assertTrue(error.startsWith("java.lang.IllegalArgumentException: Cannot multiply a 1x2 matrix"), error);
        assertFalse(error.contains("\u001B"), "terminal colour codes are stripped");
        assertTrue(neuron.selectFirst("pre.input code.language-java").text().contains("z += w[i] * x[i];"));
    }

    @Test
    void solutionsAreFoldedAway() throws IOException {
        Element solution = page("site/01-neuron.html").selectFirst("details.solution");

        assertFalse(solution.hasAttr("open"));
        assertEquals("Solution", solution.selectFirst("summary").text());
        assertTrue(solution.selectFirst("code").text().contains("Math.exp(-0.0)"));
        assertEquals("0.5", solution.selectFirst("pre.output").text());
        assertEquals(1, page("site/02-gradient.html").select("details.solution div.cell.markdown").size());
    }

    @Test
    void slidesFollowTheSlideshowMetadata() throws IOException {
        Element slides = page("slides/02-gradient.html").selectFirst("div.reveal > div.slides");

        List<Element> stacks = slides.children();
        assertEquals(4, stacks.size(), "three cells start a slide, then the slide with the links onward");
        assertEquals(2, stacks.get(0).select("> section").size(), "the subslide sits below the first slide");
        assertEquals(2, stacks.get(1).select("> section").size());
        assertTrue(stacks.get(0).select("div.fragment span.math").size() == 2);
        assertTrue(stacks.get(0).selectFirst("aside.notes").text().contains("bowl-shaped"));
        assertFalse(slides.html().contains("import neuralmath.la.Matrix"), "the skipped cell is left out");
    }

    @Test
    void slidesWithoutMetadataSplitAtHeadingsAndCode() throws IOException {
        List<Element> stacks = page("slides/01-neuron.html").selectFirst("div.slides").children();

        assertEquals(List.of("A single neuron", "The weighted sum", "The sigmoid", "Up next"),
                stacks.stream().map(slide -> slide.selectFirst("h1, h2").text()).toList());
        List<Element> sigmoid = stacks.get(2).select("> section");
        assertEquals(6, sigmoid.size(), "each further code cell, the exercise and its solution get a subslide");
        for (Element slide : sigmoid) {
            assertTrue(slide.select("pre.input").size() <= 1, "one piece of code per slide: " + slide.text());
        }
        assertEquals("Exercise", sigmoid.get(4).selectFirst("h3").text());
        assertEquals("Solution", sigmoid.get(5).selectFirst("h3").text(), "the solution follows its exercise");
        assertTrue(sigmoid.get(5).select("details").isEmpty(), "shown, not folded, on a slide");
    }

    @Test
    void pagesLoadOnlyCopiedAssets() throws IOException {
        CourseSite.Exported course = CourseFixtures.course();
        for (Path file : concat(course.sitePages(), course.slideDecks())) {
            Document document = Jsoup.parse(file.toFile(), "UTF-8");
            for (Element asset : document.select("script[src], link[href]")) {
                String url = asset.hasAttr("src") ? asset.attr("src") : asset.attr("href");
                assertFalse(url.contains("//"), file + " loads " + url + " from the network");
                assertTrue(Files.isRegularFile(file.getParent().resolve(url)), file + " loads missing " + url);
            }
        }
    }

    @Test
    void notebooksAreCopiedUnchanged() throws IOException {
        CourseSite.Exported course = CourseFixtures.course();

        assertEquals(3, course.notebooks().size());
        for (Path copy : course.notebooks()) {
            Path original = CourseFixtures.executedNotebooks().resolve(copy.getFileName().toString());
            assertArrayEquals(Files.readAllBytes(original), Files.readAllBytes(copy), copy.toString());
        }
    }

    @Test
    void exportingTwiceWritesTheSameFiles(@TempDir Path dir) throws IOException {
        CourseSite.Exported first = CourseSite.build(CourseFixtures.executedNotebooks(), dir.resolve("first"));
        CourseSite.Exported second = CourseSite.build(CourseFixtures.executedNotebooks(), dir.resolve("second"));

        List<Path> files;
        try (java.util.stream.Stream<Path> walk = Files.walk(first.root())) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertTrue(files.size() > 20, "pages, decks, notebooks and assets: " + files.size());
        for (Path file : files) {
            Path twin = second.root().resolve(first.root().relativize(file));
            assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(twin), twin.toString());
        }
    }

    @Test
    void jupyterBookRemoveTagsLeaveOutACellItsSourceOrItsOutputsOnPagesAndSlides(@TempDir Path dir) throws IOException {
        new NotebookJson().markdown("# Tags\n\nWhat a reader sees.")
                .tagged("double taught = 0.5;", "taught printed")
                .tagged("Claim.between(\"checked\", taught, 0, 1);", "claim printed", "remove-cell")
                .tagged("neuralmath.Course.start();", "start printed", "setup", "remove-input")
                .tagged("var chart = plot();", "chart printed", "remove-output")
                .writeTo(dir.resolve("in/01-tags.ipynb"));
        CourseSite.Exported course = CourseSite.build(dir.resolve("in"), dir.resolve("out"));

        for (String deck : List.of("site/01-tags.html", "slides/01-tags.html")) {
            String html = Files.readString(course.root().resolve(deck));
            Document page = Jsoup.parse(html);
            String code = page.select("pre.input").text();
            String printed = page.select("pre.output").text();
            assertTrue(code.contains("double taught = 0.5;") && printed.contains("taught printed"), deck + ": " + html);
            assertFalse(html.contains("Claim.between") || html.contains("claim printed"), deck + " shows a remove-cell");
            assertFalse(code.contains("Course.start"), deck + " shows a remove-input cell's source");
            assertEquals(deck.startsWith("site/"), printed.contains("start printed"),
                    deck + ": the page shows a remove-input cell's output, the slides no setup cell at all");
            assertTrue(code.contains("var chart = plot();"), deck + " drops a remove-output cell's source");
            assertFalse(printed.contains("chart printed"), deck + " shows a remove-output cell's output");
        }
    }

    @Test
    void badNotebooksAreReportedWithTheirFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("01-broken.ipynb"), "{\"nbformat\": 4, \"cells\": [\n  {\"cell_type\": ");
        IOException broken = assertThrows(IOException.class, () -> CourseSite.build(dir, dir.resolve("out")));
        assertTrue(broken.getMessage().contains("01-broken.ipynb: not a notebook, its JSON does not parse at line 2"),
                broken.getMessage());

        Files.writeString(dir.resolve("01-broken.ipynb"), "{\"nbformat\": 3, \"worksheets\": []}");
        IOException old = assertThrows(IOException.class, () -> CourseSite.build(dir, dir.resolve("out")));
        assertTrue(old.getMessage().contains("01-broken.ipynb: nbformat 3 is not supported, only 4"), old.getMessage());

        Files.delete(dir.resolve("01-broken.ipynb"));
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> CourseSite.build(dir, dir.resolve("out")));
        assertTrue(empty.getMessage().startsWith("No .ipynb notebooks in"), empty.getMessage());
    }

    private static List<Path> concat(List<Path> a, List<Path> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
