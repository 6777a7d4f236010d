package neuralmath.site;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * HTML from a notebook (Markdown cells, HTML and Markdown outputs, titles) made safe to publish, as JupyterLab
 * sanitises untrusted output: jsoup's {@link Cleaner} keeps text, tables, lists, headings, links, images, code and
 * note and warning boxes ({@code aside} with exactly the class {@code callout note} or {@code callout warning},
 * see {@link Callouts}), {@code details}/{@code summary} folds (always closed: {@code open} is dropped, so a solution never shows unfolded),
 * and drops scripts, event handlers, forms, frames and {@code javascript:} links. What the course's own outputs need stays: the class names of maths spans ({@code span.math}, typeset by
 * KaTeX from their text) and code ({@code language-java}), images as {@code data:image/…} URIs, and the plain CSS
 * of the library's tables ({@code text-align}, {@code padding}, {@code border…}, {@code font…}, {@code margin},
 * colours).
 */
final class SafeHtml {

    /** Relative links resolve against this base only to be checked; they are published as written. */
    private static final String BASE = "https://course.invalid/site/";

    /** The elements the library's tables style: only these keep a {@code style}, and only its plain declarations. */
    private static final String[] STYLED = {"div", "span", "p", "table", "thead", "tbody", "tr", "th", "td"};

    private static final Safelist SAFELIST = safelist();

    /** CSS properties a table or a caption may set; any other declaration is dropped. */
    private static final Set<String> CSS_PROPERTIES = Set.of("text-align", "vertical-align", "padding",
            "padding-left", "padding-right", "padding-top", "padding-bottom", "margin", "margin-left", "margin-right",
            "margin-top", "margin-bottom", "border", "border-top", "border-bottom", "border-left", "border-right",
            "border-collapse", "border-spacing", "font-weight", "font-style", "font-size", "font-variant-numeric",
            "white-space", "color", "background", "background-color", "width", "min-width", "max-width");

    /** A CSS value of words, numbers and colours, rgb(…) the only function: no url(…), quotes, escapes or comments. */
    private static final Pattern PLAIN_CSS_VALUE = Pattern.compile("(?:[-#%.,\\w\\s]|rgba?\\([\\d.,%\\s]+\\))+");

    /** Longer CSS declarations are dropped unread; the library's longest is some 40 characters. */
    private static final int MAX_DECLARATION = 200;

    /** An image embedded as base64 data of a picture type. */
    static final Pattern DATA_IMAGE = Pattern.compile("data:image/(png|jpeg|gif|webp|svg\\+xml);base64,"
            + "[A-Za-z0-9+/]*={0,2}");

    private SafeHtml() {
    }

    private static Safelist safelist() {
        Safelist safelist = Safelist.relaxed()
                .addTags("details", "summary", "hr", "del", "s", "kbd", "var", "samp", "figure", "figcaption", "aside")
                .addAttributes(":all", "class", "title")
                .addAttributes("th", "align")
                .addAttributes("td", "align")
                .addProtocols("a", "href", "#")
                .addProtocols("img", "src", "data")
                .preserveRelativeLinks(true);
        for (String tag : STYLED) {
            safelist.addAttributes(tag, "style");
        }
        return safelist;
    }

    static String clean(String html) {
        Document clean = new Cleaner(SAFELIST).clean(Jsoup.parseBodyFragment(html, BASE));
        for (Element styled : clean.select(String.join(",", STYLED)).select("[style]")) {
            String style = plainCss(styled.attr("style"));
            if (style.isEmpty()) {
                styled.removeAttr("style");
            } else {
                styled.attr("style", style);
            }
        }
        for (Element aside : clean.select("aside")) {
            if (!Callouts.CLASSES.contains(aside.className())) {
                aside.unwrap();
            }
        }
        for (Element image : clean.select("img[src^=data:]")) {
            if (!DATA_IMAGE.matcher(image.attr("src")).matches()) {
                image.removeAttr("src");
            }
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    private static String plainCss(String style) {
        return Arrays.stream(style.split(";"))
                .map(String::strip)
                .filter(declaration -> {
                    int colon = declaration.indexOf(':');
                    return colon > 0 && declaration.length() <= MAX_DECLARATION
                            && CSS_PROPERTIES.contains(declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT))
                            && PLAIN_CSS_VALUE.matcher(declaration.substring(colon + 1)).matches();
                })
                .collect(Collectors.joining(";"));
    }
}
