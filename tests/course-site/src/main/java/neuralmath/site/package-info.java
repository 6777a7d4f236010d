/**
 * The course export: executed notebooks in, an offline course out. {@link neuralmath.site.CourseSite#build} (and
 * {@code course export}, {@link neuralmath.site.ExportCommand}) writes the notebooks, an HTML site with typeset
 * maths, highlighted Java, embedded plots and folded solutions, and a reveal.js deck per chapter, replacing only
 * what it wrote before ({@link neuralmath.site.OutputFolder}) and publishing notebook HTML only once sanitised
 * ({@link neuralmath.site.SafeHtml}). Markdown goes through CommonMark with its LaTeX protected by
 * {@link neuralmath.site.MathSpans}; KaTeX typesets it in the browser.
 */
package neuralmath.site;
