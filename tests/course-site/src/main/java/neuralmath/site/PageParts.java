package neuralmath.site;

/**
 * What every site page and every slide deck loads: the copied KaTeX, highlight.js and course styles in the head, and
 * the scripts that typeset maths and highlight code ({@code assets/course/render.js}) at the end of the body. Pages
 * live one folder below the course root, so assets are at {@code ../assets/}.
 */
final class PageParts {

    static final String ASSETS = "../assets/";

    private PageParts() {
    }

    /**
     * The document up to and including {@code <body>}: {@code frameworkStyles} first, then KaTeX, highlight.js and the
     * cell styles every page shares, then {@code courseStyle}, which lays out this kind of page (paths relative to
     * the assets folder).
     */
    static String head(String title, String bodyClass, String courseStyle, String... frameworkStyles) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                """);
        html.append("<title>").append(HtmlEscape.escape(title)).append("</title>\n");
        for (String style : frameworkStyles) {
            stylesheet(html, style);
        }
        stylesheet(html, "katex/katex.min.css");
        stylesheet(html, "highlight/styles/github.min.css");
        stylesheet(html, "course/cells.css");
        stylesheet(html, courseStyle);
        return html.append("</head>\n<body class=\"").append(bodyClass).append("\">\n").toString();
    }

    private static void stylesheet(StringBuilder html, String path) {
        html.append("<link rel=\"stylesheet\" href=\"").append(ASSETS).append(path).append("\">\n");
    }

    /** Scripts that typeset maths and highlight code; {@code extra} scripts (relative to assets) come first. */
    static String scripts(String... extra) {
        StringBuilder html = new StringBuilder();
        for (String script : extra) {
            script(html, script);
        }
        script(html, "katex/katex.min.js");
        script(html, "highlight/highlight.min.js");
        script(html, "highlight/languages/java.min.js");
        script(html, "course/render.js");
        return html.toString();
    }

    private static void script(StringBuilder html, String path) {
        html.append("<script src=\"").append(ASSETS).append(path).append("\"></script>\n");
    }
}
