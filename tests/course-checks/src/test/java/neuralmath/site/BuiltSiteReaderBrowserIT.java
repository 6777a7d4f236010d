package neuralmath.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The reader's checks of {@link SiteReaderBrowserTest} on the real course the build wrote to target/course: no page
 * scrolls sideways on a phone, a search for "Adam" finds the optimizer chapter, anchors, copy buttons, the notebook
 * download, the phone menu and contrast in light and dark mode.
 */
class BuiltSiteReaderBrowserIT extends SiteReaderBrowserTest {

    @Override
    CourseSite.Exported course() throws IOException {
        return BuiltCourseBrowserIT.builtCourse();
    }

    @Override
    List<String> searchForAndFind() {
        return List.of("Adam", "08-optimizers.html");
    }

    @Override
    String chapterShown() {
        return "07-backpropagation.html";
    }

    @Override
    Path screenshots() {
        return Path.of("target", "site-screenshots-built");
    }
}
