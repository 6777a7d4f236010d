package neuralmath.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MathSpansTest {

    @Test
    void underscoresAndAsterisksInsideMathsAreNotEmphasis() {
        String html = Markdown.toHtml("Each $w_i x_i$ and $a*b*c$ counts, as does $x_{i}^{*}$.");

        assertEquals("<p>Each <span class=\"math inline\">w_i x_i</span> and <span class=\"math inline\">a*b*c</span>"
                + " counts, as does <span class=\"math inline\">x_{i}^{*}</span>.</p>\n", html);
    }

    @Test
    void displayMathsKeepsBackslashesAndSpansLines() {
        String html = Markdown.toHtml("Sum:\n\n$$\\sum_{i} w_i x_i + b\n  \\quad \\frac{1}{2}\\,\\|w\\|^2$$\n");

        assertTrue(html.contains("<span class=\"math display\">\\sum_{i} w_i x_i + b\n  \\quad \\frac{1}{2}\\,\\|w\\|^2"
                + "</span>"), html);
    }

    @Test
    void latexEnvironmentsAreDisplayMaths() {
        String html = Markdown.toHtml("\\begin{align}\na_1 &= b_1 \\\\\nc &= d*e\n\\end{align}");

        assertTrue(html.contains("<span class=\"math display\">\\begin{align}\na_1 &amp;= b_1 \\\\\nc &amp;= d*e\n"
                + "\\end{align}</span>"), html);
    }

    @Test
    void htmlSpecialCharactersInMathsAreEscapedNotLost() {
        assertEquals("<p><span class=\"math inline\">a &lt; b &amp;&amp; c &gt; d</span></p>\n",
                Markdown.toHtml("$a < b && c > d$"));
    }

    @Test
    void dollarsThatOpenNoMathsStayText() {
        assertEquals("<p>Costs like $5 and $10, or $ 3 $ with spaces.</p>\n",
                Markdown.toHtml("Costs like $5 and $10, or $ 3 $ with spaces."));
        assertEquals("<p>An escaped $x$ dollar.</p>\n", Markdown.toHtml("An escaped \\$x\\$ dollar."));
    }

    @Test
    void inlineMathsDoesNotCrossABlankLine() {
        String html = Markdown.toHtml("Open $a_1\n\nclose b_2$ here.");

        assertFalse(html.contains("class=\"math"), html);
    }

    @Test
    void codeSpansAndFencedCodeKeepTheirDollars() {
        String html = Markdown.toHtml("Call `f(\"$x_1$\")` then\n\n```java\nString s = \"$a_b$\";\n```\n\nand $y_1$.");

        assertTrue(html.contains("<code>f(\"$x_1$\")</code>"), html);
        assertTrue(html.contains("String s = \"$a_b$\";"), html);
        assertTrue(html.contains("<span class=\"math inline\">y_1</span>"), html);
        assertEquals(1, html.split("class=\"math").length - 1, html);
    }

    @Test
    void mathsInsideATableCellStaysInItsCell() {
        String html = Markdown.toHtml("| a | b |\n|---|---|\n| $x_i$ | $w_i*x_i$ |\n");

        assertTrue(html.contains("<td><span class=\"math inline\">x_i</span></td>"), html);
        assertTrue(html.contains("<td><span class=\"math inline\">w_i*x_i</span></td>"), html);
    }

    @Test
    void titleTextKeepsTheTexSource() {
        Markdown.TitleAndSummary heading = Markdown.firstHeading("# The $\\sigma_1$ function\n\nIt maps $z$ to $(0, 1)$.")
                .orElseThrow();

        assertEquals("The \\sigma_1 function", heading.titleText());
        assertEquals("The <span class=\"math inline\">\\sigma_1</span> function", heading.titleHtml());
        assertEquals("It maps <span class=\"math inline\">z</span> to <span class=\"math inline\">(0, 1)</span>.",
                heading.summaryHtml());
    }
}
