package neuralmath.site;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/**
 * The course exported once per test run from the executed fixture notebooks in
 * src/test/resources/neuralmath/course/executed, into target/course-fixtures.
 */
final class CourseFixtures {

    static final Path OUT = Path.of("target", "course-fixtures");

    private static CourseSite.Exported exported;
    private static long buildMillis;

    private CourseFixtures() {
    }

    static Path executedNotebooks() {
        URL url = CourseFixtures.class.getResource("executed");
        if (url == null) {
            throw new IllegalStateException("Fixture notebooks missing: neuralmath/course/executed on the test class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static synchronized CourseSite.Exported course() throws IOException {
        if (exported == null) {
            long start = System.nanoTime();
            exported = CourseSite.build(executedNotebooks(), OUT);
            buildMillis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("Course export of the fixtures took %d ms (%s)%n", buildMillis, OUT.toAbsolutePath());
        }
        return exported;
    }
}
