package neuralmath.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * What a reader finds around a chapter's text: anchors on headings and numbered equations, the sidebar with the
 * page's table of contents, previous/next links above and below, the search's sections, the notebook as a download
 * and a Binder link, folded code, kernel magics, and note and warning boxes.
 */
class SiteReadingTest {

    @Test
    void everyHeadingHasAnIdUniqueOnItsPageAndTheContentsLinkToThem() throws IOException {
        CourseSite.Exported course = CourseFixtures.course();
        for (Path file : course.sitePages()) {
            Document page = Jsoup.parse(file.toFile());
            Set<String> ids = new HashSet<>();
            for (Element element : page.select("[id]")) {
                assertTrue(ids.add(element.id()), file + ": id \"" + element.id() + "\" twice");
            }
            for (Element heading : page.select("main h1, main h2, main h3, main h4, main h5, main h6")) {
                assertFalse(heading.id().isEmpty(), file + ": heading without id: " + heading.text());
                assertEquals("#" + heading.id(), heading.select("a.anchor").attr("href"), file.toString());
            }
            for (Element link : page.select("nav.toc a")) {
                assertFalse(page.select("[id=" + link.attr("href").substring(1) + "]").isEmpty(), file + ": " + link);
            }
        }
        Document chapter = Jsoup.parse(course.root().resolve("site/01-neuron.html").toFile());
        assertFalse(chapter.select("nav.sidebar li.current ol.toc a").isEmpty(), "no table of contents in the sidebar");
        assertEquals(course.sitePages().size() - 1, chapter.select("nav.sidebar ol.chapter-list > li").size());
    }

    @Test
    void idsComeFromTheHeadingsWordsAndRepeatsAreNumbered() {
        PageOutline outline = PageOutline.of("<h2>The chain rule, again</h2><p>one</p><h2>The chain rule, again</h2>"
                + "<h3>Équation σ′</h3><span class=\"math display\">a = b \\tag{7.3}</span>");

        List<String> ids = outline.sections().stream().map(PageOutline.Section::id).toList();
        assertEquals(List.of("the-chain-rule-again", "the-chain-rule-again-2", "equation-σ"), ids);
        assertTrue(outline.html().contains("<span class=\"math display\" id=\"eq-7.3\">"), outline.html());
        assertEquals("one", outline.sections().get(0).text());
    }

    @Test
    void previousAndNextLinksAreAboveAndBelowTheText() throws IOException {
        Document middle = Jsoup.parse(CourseFixtures.course().root().resolve("site/02-gradient.html").toFile());
        for (String where : List.of("nav.pager.top", "nav.pager.bottom")) {
            assertEquals("01-neuron.html", middle.select(where + " a[rel=prev]").attr("href"), where);
            assertEquals("03-outlook.html", middle.select(where + " a[rel=next]").attr("href"), where);
        }
    }

    @Test
    void theSearchIndexHoldsEverySectionWithItsAnchor() throws IOException {
        CourseSite.Exported course = CourseFixtures.course();
        String script = Files.readString(course.root().resolve("site/" + SearchIndex.FILE));
        assertTrue(script.contains("window.courseSearchSections = [{\"url\":\"01-neuron.html"), script);
        Document chapter = Jsoup.parse(course.root().resolve("site/02-gradient.html").toFile());
        for (Element heading : chapter.select("main h2")) {
            assertTrue(script.contains("\"url\":\"02-gradient.html#" + heading.id() + "\""), heading.id());
        }
        for (Path page : course.sitePages()) {
            Document html = Jsoup.parse(page.toFile());
            assertEquals(List.of("../assets/lunr/lunr.js", "search-index.js"), html.select("script[src]").stream()
                    .map(s -> s.attr("src")).filter(s -> s.contains("lunr") || s.contains("search-index")).toList());
            assertFalse(html.select("input#search[type=search]").isEmpty(), page.toString());
        }
    }

    @Test
    void theNotebookIsADownloadAndBinderIsLinkedOnlyWhenARepositoryIsGiven(@TempDir Path dir) throws IOException {
        Document plain = Jsoup.parse(CourseFixtures.course().root().resolve("site/01-neuron.html").toFile());
        assertEquals("01-neuron.ipynb", plain.select("a.notebook").attr("download"));
        assertEquals("../notebooks/01-neuron.ipynb", plain.select("a.notebook").attr("href"));
        assertTrue(plain.select("a.binder").isEmpty(), "a Binder link with no repository given");

        CourseSite.build(CourseFixtures.executedNotebooks(), dir, "Course",
                BinderRepo.parse("https://github.com/example/neural-math.git"));
        Document binder = Jsoup.parse(dir.resolve("site/01-neuron.html").toFile());
        assertEquals("https://mybinder.org/v2/gh/example/neural-math/HEAD?labpath=notebooks%2F01-neuron.ipynb",
                binder.select("a.binder").attr("href"));
    }

    @Test
    void aBadBinderRepositoryIsRefusedNamingTheFormItNeeds(@TempDir Path out) {
        for (String bad : List.of("github.com/example/repo", "https://gitlab.com/example/repo",
                "https://github.com/example", "https://github.com/example/repo/tree/main", "javascript:alert(1)")) {
            StringWriter err = new StringWriter();
            CommandLine command = ExportCommand.commandLine().setErr(new PrintWriter(err));
            int exit = command.execute("--notebooks", CourseFixtures.executedNotebooks().toString(), "--out",
                    out.toString(), "--binder-repo", bad);
            assertEquals(2, exit, bad);
            assertTrue(err.toString().contains("Invalid value for option '--binder-repo': \"" + bad
                    + "\" is not a GitHub repository URL of the form https://github.com/OWNER/REPO"), err.toString());
        }
        assertEquals(new BinderRepo("example", "repo"), BinderRepo.parse("https://github.com/example/repo/"));
        assertThrows(IllegalArgumentException.class, () -> BinderRepo.parse("https://github.com/example/.."));
    }

    @Test
    void hideInputFoldsTheSourceAndKeepsTheOutputAndMagicsAreNotJava(@TempDir Path dir) throws IOException {
        new NotebookJson().markdown("# Tags")
                .tagged("import java.util.List;", "imported", "imports", "hide-input")
                .tagged("%classpath jars/*.jar\n%maven a:b:1\nint x = 1;", "magic printed")
                .writeTo(dir.resolve("in/01-tags.ipynb"));
        CourseSite.build(dir.resolve("in"), dir.resolve("out"));
        Document page = Jsoup.parse(dir.resolve("out/site/01-tags.html").toFile());

        Element folded = page.selectFirst("details.hide-input");
        assertEquals("Show code", folded.selectFirst("summary").text());
        assertEquals("import java.util.List;", folded.select("pre.input code").text());
        assertTrue(folded.parent().select("> pre.output").text().contains("imported"), folded.parent().html());
        Element magic = page.select("pre.input").get(1);
        assertEquals("%classpath jars/*.jar\n%maven a:b:1\n", magic.selectFirst("span.magic").wholeText());
        assertEquals("int x = 1;", magic.selectFirst("code.language-java").wholeText());
    }

    @Test
    void noteAndWarningBlockquotesBecomeBoxesWithATitle() {
        Document html = Jsoup.parseBodyFragment(Markdown.toHtml("""
                > **Warning:** the source's $\\delta^1$ forgets σ′.

                > **Note:**
                > Two paragraphs.
                >
                > The second.

                > A plain quote with **Note:** inside."""));

        Element warning = html.selectFirst("aside.callout.warning");
        assertEquals("Warning", warning.selectFirst("p.callout-title").text());
        assertTrue(warning.select("p").get(1).text().startsWith("The source's \\delta^1 forgets"), warning.html());
        assertFalse(warning.select("span.math.inline").isEmpty(), warning.html());
        Element note = html.selectFirst("aside.callout.note");
        assertEquals(List.of("Note", "Two paragraphs.", "The second."), note.select("p").eachText());
        assertEquals(1, html.select("blockquote").size(), "a plain quote stays a quote");
    }

    @Test
    void theSanitiserKeepsAnAsideOnlyAsANoteOrWarningBox() {
        String clean = SafeHtml.clean("<aside class=\"callout note\">ok</aside><aside class=\"callout note x\">x</aside>"
                + "<aside onclick=\"alert(1)\">y</aside>");
        assertEquals("<aside class=\"callout note\">ok</aside>xy", clean);
    }
}
