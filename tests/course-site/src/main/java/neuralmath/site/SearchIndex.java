package neuralmath.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * What the site's offline search reads: every section of every chapter (its link, chapter, title and prose) as a
 * script, {@code site/search-index.js}, that assigns them to {@code window.courseSearchSections}, because a page
 * opened from {@code file://} cannot fetch a JSON file. {@code course/site.js} builds a lunr index from them when
 * the reader first searches, and links each result to its section's anchor.
 */
final class SearchIndex {

    static final String FILE = "search-index.js";

    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchIndex() {
    }

    /** The script for these chapters, each with the outline of its page. */
    static String script(List<Chapter> chapters, List<PageOutline> outlines) {
        ArrayNode sections = JSON.createArrayNode();
        for (int i = 0; i < chapters.size(); i++) {
            Chapter chapter = chapters.get(i);
            for (PageOutline.Section section : outlines.get(i).sections()) {
                sections.addObject()
                        .put("url", chapter.pageFile() + (section.id().isEmpty() ? "" : "#" + section.id()))
                        .put("chapter", chapter.titleText())
                        .put("title", section.title().isEmpty() ? chapter.titleText() : section.title())
                        .put("text", section.text());
            }
        }
        try {
            return "// The course's sections for the offline search (course/site.js); written by the course export.\n"
                    + "window.courseSearchSections = " + JSON.writeValueAsString(sections) + ";\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
