package neuralmath.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import neuralmath.la.Matrix;
import neuralmath.course.table.MatrixTables;
import neuralmath.course.table.Tables;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** What the sanitiser keeps: everything the library's own outputs use. What it drops: see HostileNotebookTest. */
class SafeHtmlTest {

    /** The HTML as jsoup writes it back unchanged, to compare markup rather than spelling. */
    private static String asParsed(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        return document.body().html();
    }

    @Test
    void theLibrarysTablesKeepEveryTagAttributeAndStyle() {
        double[][] ink = new double[1][64];
        for (int i = 0; i < 64; i++) {
            ink[0][i] = i % 17;
        }
        Matrix weights = Matrix.of(new double[][] {{0.5, -1.25}, {2, 0}});
        for (String html : new String[] {
                Tables.pixels(Matrix.of(ink)).toHtml(),
                Tables.of(weights).toHtml(),
                MatrixTables.sideBySide("W and W", Map.of("W", weights)).toHtml(),
                Tables.perClass(new String[] {"0", "<1>"}, new double[] {1, 0.5}, new double[] {0.5, 1},
                        new double[] {0.6, 0.6}, new int[] {3, 4}).toHtml()}) {
            assertEquals(asParsed(html), SafeHtml.clean(html));
        }
    }

    @Test
    void stylesKeepPlainDeclarationsOnly() {
        String html = "<td style=\"color:#555;background:url(https://example.org/t.png);position:fixed;"
                + "background-color:rgb(1, 2, 3);width:expression(alert(1))\">x</td>";

        assertEquals("<table><tbody><tr><td style=\"color:#555;background-color:rgb(1, 2, 3)\">x</td></tr></tbody>"
                + "</table>", SafeHtml.clean("<table>" + html + "</table>"));
    }

    @Test
    void imagesMayBeEmbeddedPicturesButNotOtherData() {
        assertEquals("<img src=\"data:image/png;base64,iVBORw0KGgo=\">",
                SafeHtml.clean("<img src=\"data:image/png;base64,iVBORw0KGgo=\">"));
        assertEquals("<img>", SafeHtml.clean("<img src=\"data:text/html;base64,PHNjcmlwdD4=\">"));
    }

    @Test
    void linksWithinTheCourseStayAsWritten() {
        assertEquals("<a href=\"02-gradient.html#the-rule\">next</a> <a href=\"#top\">top</a>",
                SafeHtml.clean("<a href=\"02-gradient.html#the-rule\">next</a> <a href=\"#top\">top</a>"));
    }
}
