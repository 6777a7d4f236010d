package neuralmath.site;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/**
 * The slide fixtures exported once per test run: two executed notebooks in src/test/resources/neuralmath/site/slides
 * whose slides hold more than a slide shows (a long list, long and wide code, a tall chart, a long table, a wide
 * formula), plumbing cells, an exercise and speaker notes; into target/slide-fixtures.
 */
final class SlideFixtures {

    static final Path OUT = Path.of("target", "slide-fixtures");

    private static CourseSite.Exported exported;

    private SlideFixtures() {
    }

    static synchronized CourseSite.Exported course() throws IOException {
        if (exported == null) {
            URL url = SlideFixtures.class.getResource("slides");
            if (url == null) {
                throw new IllegalStateException("Slide fixtures missing: neuralmath/site/slides on the test class path");
            }
            try {
                exported = CourseSite.build(Path.of(url.toURI()), OUT);
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return exported;
    }
}
