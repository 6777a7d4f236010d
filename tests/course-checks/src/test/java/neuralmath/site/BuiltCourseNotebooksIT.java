package neuralmath.site;

import java.io.IOException;

/** The executed notebooks of the real course, in target/course/notebooks, pass nbformat's own validator. */
class BuiltCourseNotebooksIT extends NotebookValidationTest {

    @Override
    CourseSite.Exported course() throws IOException {
        return BuiltCourseBrowserIT.builtCourse();
    }
}
