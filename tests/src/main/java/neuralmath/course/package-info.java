/**
 * The course export: executed notebooks in, an offline course out. {@link neuralmath.course.CourseSite#build} (and
 * the {@code export-course} command, {@link neuralmath.course.ExportCourseCommand}) writes the notebooks, an HTML
 * site with typeset maths, highlighted Java, embedded plots and folded solutions, and a reveal.js deck per chapter.
 * Markdown goes through CommonMark with its LaTeX protected by {@link neuralmath.course.MathSpans}; KaTeX typesets it
 * in the browser.
 */
package neuralmath.course;
