package neuralmath.course.display;

/**
 * Something a notebook shows as HTML (a table, say). Its {@link Object#toString()} is the plain-text form used
 * everywhere else, so each implementation gives both.
 */
public interface HtmlRenderable {

    /** A self-contained HTML fragment: no scripts, inline styles only, so that it survives export to a web page. */
    String toHtml();
}
