package neuralmath.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notebooks that try to put scripts into the published site, through Markdown cells, outputs, titles and file names:
 * every site page and slide deck runs only the course's own scripts, while the harmless content around each attempt
 * is still shown.
 */
class HostileNotebookTest {

    private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert('svg')\">"
            + "<circle r=\"4\"/></svg>";
    private static final String FILE_NAME = "04-x\"onmouseover=\"alert('file')";

    @TempDir
    static Path dir;
    private static CourseSite.Exported course;

    @BeforeAll
    static void exportTheHostileNotebooks() throws IOException {
        Path in = dir.resolve("in");
        new NotebookJson()
                .markdown("# Markdown\n\n**kept bold**\n\n<script>alert('md-script')</script>\n")
                .markdown("<img src=\"x.png\" onerror=\"alert('md-onerror')\">\n\nThe sum $w_i x_i$ stays maths.")
                .markdown("[click me](javascript:alert('md-link')) and <a href=\" JaVaScRiPt:alert('md-a')\">me</a>")
                .markdown("[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) and <a href=\"java&#x09;script:"
                        + "alert('md-tab')\">tab</a> and <a href=\"&#106;avascript:alert('md-entity')\">entity</a>")
                .markdown("<details><summary>Hint</summary>\n\nkept hint\n\n</details>\n\n```java\nint a = 1;\n```")
                .writeTo(in.resolve("01-markdown.ipynb"));
        new NotebookJson().title("<script>alert('title')</script>Outputs")
                .display("text/html", "<b>kept html</b><script>alert('html')</script>"
                        + "<img src=x onerror=\"alert('html-onerror')\"><iframe src=\"javascript:alert('frame')\">")
                .display("image/svg+xml", SVG)
                .display("text/markdown", "<script>alert('markdown-output')</script>\n\n*kept markdown*")
                .display("image/png", "iVBORw0KGgo\" onerror=\"alert('png')")
                .writeTo(in.resolve("02-outputs.ipynb"));
        new NotebookJson().markdown("# Third\n\nplain").writeTo(in.resolve("03-third.ipynb"));
        new NotebookJson().markdown("# Fourth\n\nplain").writeTo(in.resolve(FILE_NAME + ".ipynb"));
        course = CourseSite.build(in, dir.resolve("out"));
    }

    private static Document page(String relative) throws IOException {
        return Jsoup.parse(course.root().resolve(relative).toFile(), "UTF-8");
    }

    @TestFactory
    Stream<DynamicTest> noPageOrDeckRunsAScriptOfTheNotebooks() {
        return Stream.concat(course.sitePages().stream(), course.slideDecks().stream())
                .map(file -> DynamicTest.dynamicTest(course.root().relativize(file).toString(),
                        () -> assertRunsOnlyTheCoursesScripts(Jsoup.parse(file.toFile(), "UTF-8"))));
    }

    @Test
    void searchIndexIsDataOnly() throws IOException {
        String script = java.nio.file.Files.readString(course.root().resolve("site/" + SearchIndex.FILE));
        String prefix = "window.courseSearchSections = ";
        int start = script.indexOf(prefix) + prefix.length();
        assertTrue(start > prefix.length() && script.endsWith(";\n"), script);
        com.fasterxml.jackson.databind.JsonNode sections = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(script.substring(start, script.length() - 2));
        assertTrue(sections.isArray() && sections.size() > 0, "the sections are one JSON array: " + script);
        assertTrue(script.substring(0, start).lines().allMatch(line -> line.startsWith("//") || line.equals(prefix)),
                script);
    }

    @Test
    void notebookFileScriptsAreDataOnly() throws IOException {
        Path folder = course.root().resolve("site/" + NotebookFileScript.FOLDER);
        List<Path> scripts;
        try (Stream<Path> list = java.nio.file.Files.list(folder)) {
            scripts = list.sorted().toList();
        }
        assertFalse(scripts.isEmpty(), "no notebook scripts in " + folder);
        String prefix = "window.courseNotebookFile = ";
        for (Path file : scripts) {
            String script = java.nio.file.Files.readString(file);
            int start = script.indexOf(prefix) + prefix.length();
            assertTrue(start > prefix.length() && script.endsWith(";\n"), script);
            assertTrue(script.substring(0, start).lines().allMatch(line -> line.startsWith("//") || line.equals(prefix)),
                    script);
            com.fasterxml.jackson.databind.JsonNode notebook = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(script.substring(start, script.length() - 2));
            String name = notebook.get("name").asText();
            assertEquals(file.getFileName().toString(), name + ".js");
            assertEquals(java.nio.file.Files.readString(course.root().resolve("notebooks/" + name)),
                    notebook.get("text").asText(), "the notebook's text, as one JSON string");
        }
    }

    private static void assertRunsOnlyTheCoursesScripts(Document page) {
        for (Element script : page.select("script")) {
            boolean asset = script.attr("src").startsWith(PageParts.ASSETS)
                    || script.attr("src").equals(SearchIndex.FILE); // data only: see searchIndexIsDataOnly
            boolean revealSetUp = !script.hasAttr("src") && script.data().strip().startsWith("Reveal.initialize(");
            assertTrue(asset || revealSetUp, "a script the course did not write: " + script);
        }
        assertTrue(page.select("svg, iframe, object, embed, form, style, base, meta[http-equiv]").isEmpty(),
                page.select("svg, iframe, object, embed, form, style, base, meta[http-equiv]").toString());
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertFalse(attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on"),
                        "an event handler: " + element);
                String url = attribute.getValue().replaceAll("\\s", "").toLowerCase(Locale.ROOT);
                assertFalse(url.startsWith("javascript:"), "a javascript: link: " + element);
                assertFalse(attribute.getKey().equals("href") && url.startsWith("data:"), "a data: link: " + element);
            }
        }
        for (Element image : page.select("img")) {
            assertTrue(image.attr("src").isEmpty() || SafeHtml.DATA_IMAGE.matcher(image.attr("src")).matches()
                    || !image.attr("src").contains(":"), "an image from outside the page: " + image);
        }
    }

    @Test
    void markdownKeepsItsTextMathsFoldsAndCode() throws IOException {
        for (String file : List.of("site/01-markdown.html", "slides/01-markdown.html")) {
            Document page = page(file);
            assertEquals("kept bold", page.selectFirst("strong").text(), file);
            assertEquals("w_i x_i", page.selectFirst("span.math.inline").text(), file);
            assertEquals("Hint", page.selectFirst("details summary").text(), file);
            assertEquals("int a = 1;", page.selectFirst("pre code.language-java").text(), file);
            assertEquals("click me", page.selectFirst("a:contains(click me)").text(), file);
            assertFalse(page.selectFirst("a:contains(click me)").hasAttr("href"), file);
        }
    }

    @Test
    void outputsKeepWhatIsHarmlessAndShowTheSvgAsAnImage() throws IOException {
        for (String file : List.of("site/02-outputs.html", "slides/02-outputs.html")) {
            Document page = page(file);
            assertEquals("kept html", page.selectFirst("div.output b").text(), file);
            assertEquals("kept markdown", page.selectFirst("div.output em").text(), file);
            String svg = page.selectFirst("img[src^=data:image/svg+xml;base64,]").attr("src");
            assertEquals(SVG, new String(Base64.getDecoder().decode(svg.substring(svg.indexOf(',') + 1)),
                    StandardCharsets.UTF_8), "drawn as an image, where its onload never runs");
            assertEquals("image/png output left out: it is not valid base64",
                    page.selectFirst("div.output pre.text").text(), file);
        }
    }

    @Test
    void aTitleWithAScriptIsShownAsItsText() throws IOException {
        assertEquals("Outputs", page("site/index.html").select("a.chapter-title").get(1).text());
        assertEquals("Outputs →", page("site/01-markdown.html").selectFirst("a[rel=next]").text());
        assertEquals("← Outputs", page("site/03-third.html").selectFirst("a[rel=prev]").text());
        assertEquals("Outputs", page("slides/02-outputs.html").selectFirst("div.slides h1").text());
    }

    @Test
    void aFileNameWithQuotesStaysInsideItsLink() throws IOException {
        Element next = page("site/03-third.html").selectFirst("a[rel=next]");
        assertEquals(FILE_NAME + ".html", next.attr("href"));
        assertEquals(List.of("rel", "href"), next.attributes().asList().stream().map(Attribute::getKey).toList());
    }
}
