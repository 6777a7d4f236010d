package neuralmath.site;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The same browser checks as {@link CourseBrowserTest}, on the real course: the site and slides that the build
 * wrote to target/course from the executed notebooks (an integration test: it runs after {@code package}).
 */
class BuiltCourseBrowserIT extends CourseBrowserTest {

    /** target/course at the repository's root, where {@code course build} writes the course. */
    static final Path BUILT = Path.of("..", "..", "target", "course");

    @Override
    CourseSite.Exported course() throws IOException {
        return builtCourse();
    }

    /** The course the build wrote: its site pages, slide decks and executed notebooks. */
    static CourseSite.Exported builtCourse() throws IOException {
        List<Path> pages = htmlFiles(BUILT.resolve("site"));
        List<Path> decks = htmlFiles(BUILT.resolve("slides"));
        assertFalse(pages.isEmpty() || decks.isEmpty(), "no course built in " + BUILT.toAbsolutePath()
                + ": run ./mvnw -B package first");
        return new CourseSite.Exported(BUILT, pages, decks, htmlFiles(BUILT.resolve("notebooks")));
    }

    @Override
    Path screenshots() {
        return Path.of("target", "course-screenshots-built");
    }

    private static List<Path> htmlFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".ipynb"))
                    .sorted().toList();
        }
    }
}
