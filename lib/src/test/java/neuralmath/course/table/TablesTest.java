package neuralmath.course.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import neuralmath.la.Matrix;
import neuralmath.training.EpochResult;
import neuralmath.training.History;
import org.junit.jupiter.api.Test;

class TablesTest {

    /** The text of every cell of every body row of an HTML table, row by row. */
    private static List<List<String>> bodyCells(String html) {
        String body = html.substring(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
        Pattern row = Pattern.compile("<tr>(.*?)</tr>");
        Pattern cell = Pattern.compile("<td[^>]*>(.*?)</td>");
        List<List<String>> rows = new java.util.ArrayList<>();
        Matcher r = row.matcher(body);
        while (r.find()) {
            List<String> cells = new java.util.ArrayList<>();
            Matcher c = cell.matcher(r.group(1));
            while (c.find()) {
                cells.add(c.group(1));
            }
            rows.add(cells);
        }
        return rows;
    }

    @Test
    void aMatrixTableHoldsEveryValueNumberedByRowAndColumn() {
        Matrix m = Matrix.of(new double[][] {{1, 2.5, -3}, {0.125, 5, 6}});
        TableView view = Tables.of(m);
        assertEquals(List.of("row", "0", "1", "2"), view.table().columnNames());
        List<List<String>> cells = bodyCells(view.toHtml());
        assertEquals(List.of(List.of("0", "1", "2.5", "-3"), List.of("1", "0.125", "5", "6")), cells);
        assertEquals("", view.cutNote());
        assertTrue(view.toString().contains("0.125"), view.toString());
    }

    @Test
    void aLargeTableShowsItsFirstRowsAndSaysHowManyWereLeftOut() {
        Matrix m = Matrix.randn(1797, 4, 3);
        TableView view = Tables.of(m);
        List<List<String>> cells = bodyCells(view.toHtml());
        assertEquals(TableView.DEFAULT_ROWS, cells.size());
        assertEquals(String.valueOf(TableView.DEFAULT_ROWS - 1), cells.get(TableView.DEFAULT_ROWS - 1).get(0));
        String note = "… " + (1797 - TableView.DEFAULT_ROWS) + " more rows (1797 in all)";
        assertTrue(view.toHtml().contains(note), view.toHtml());
        assertTrue(view.toString().endsWith(note), view.toString());
        assertEquals(TableView.DEFAULT_ROWS + 4, view.toString().lines().count(), "title, header, rule, rows, note");

        TableView five = view.showing(5);
        assertEquals(5, bodyCells(five.toHtml()).size());
        assertTrue(five.cutNote().startsWith("… 1792 more rows"));
        assertEquals(1797, five.table().rowCount(), "the table itself is whole");
        assertThrows(IllegalArgumentException.class, () -> view.showing(0));
    }

    @Test
    void aVectorIsAColumnNextToItsIndex() {
        TableView view = Tables.of("b", new double[] {0.5, -1});
        assertEquals(List.of(List.of("0", "0.5"), List.of("1", "-1")), bodyCells(view.toHtml()));
    }

    @Test
    void anyTablesawTableIsShownWithItsNumbersToFourDecimals() {
        tech.tablesaw.api.Table results = tech.tablesaw.api.Table.create("Runs",
                tech.tablesaw.api.StringColumn.create("setup", "source", "linear"),
                tech.tablesaw.api.DoubleColumn.create("accuracy", 0.930555555, 0.9666),
                tech.tablesaw.api.IntColumn.create("epochs", 1000, 1000));
        TableView view = Tables.of(results);
        assertEquals(List.of(List.of("source", "0.9306", "1000"), List.of("linear", "0.9666", "1000")),
                bodyCells(view.toHtml()));
        assertTrue(view.table() == results, "the view shows the table it was given");
    }

    @Test
    void theEightByEightPixelTableLaysOutADigitRowByRowWithInkShading() {
        double[] pixels = new double[64];
        for (int p = 0; p < 64; p++) {
            pixels[p] = p % 17;
        }
        TableView view = Tables.pixels(Matrix.rowVector(pixels));
        List<List<String>> cells = bodyCells(view.toHtml());
        assertEquals(8, cells.size());
        for (int r = 0; r < 8; r++) {
            assertEquals(String.valueOf(r), cells.get(r).get(0));
            for (int c = 0; c < 8; c++) {
                assertEquals(String.valueOf(pixels[r * 8 + c]).replace(".0", ""), cells.get(r).get(c + 1));
            }
        }
        assertEquals("", view.cutNote());
        assertTrue(view.toHtml().contains("background:rgb(0,0,0);color:white"), "16 is black ink");
        assertTrue(view.toHtml().contains("background:rgb(255,255,255);color:black"), "0 is white paper");
        assertThrows(IllegalArgumentException.class, () -> Tables.pixels(Matrix.zeros(2, 64)));
    }

    @Test
    void aHistoryTableHasOneRowPerEpochAndTestColumnsOnlyWithATestSet() {
        History h = new History();
        h.add(new EpochResult(1, 0.9, 0.6, 1.0, 0.55, 0.25));
        h.add(new EpochResult(2, 0.4, 0.8, 0.5, 0.75, 0.5));
        TableView view = Tables.history(h);
        assertEquals(List.of("epoch", "train loss", "train accuracy", "test loss", "test accuracy", "seconds"),
                view.table().columnNames());
        assertEquals(List.of("2", "0.4", "0.8", "0.5", "0.75", "0.5"), bodyCells(view.toHtml()).get(1));

        History trainOnly = new History();
        trainOnly.add(new EpochResult(1, 0.9, 0.6, Double.NaN, Double.NaN, 0.25));
        assertFalse(Tables.history(trainOnly).table().columnNames().contains("test loss"));
    }

    @Test
    void perClassMetricsTakeArraysOfOneValuePerClass() {
        TableView view = Tables.perClass(new String[] {"0", "1"}, new double[] {0.9, 0.8},
                new double[] {0.85, 0.95}, new double[] {0.8743, 0.8686}, new int[] {178, 182});
        assertEquals(List.of(List.of("0", "0.9", "0.85", "0.8743", "178"), List.of("1", "0.8", "0.95", "0.8686", "182")),
                bodyCells(view.toHtml()));
        var e = assertThrows(IllegalArgumentException.class, () -> Tables.perClass(new String[] {"0", "1"},
                new double[] {0.9}, new double[] {0.85, 0.95}, new double[] {0.8, 0.8}, new int[] {1, 2}));
        assertTrue(e.getMessage().contains("1 precisions"), e.getMessage());
    }

    @Test
    void htmlEscapesWhatItShows() {
        TableView view = Tables.perClass(new String[] {"<b>cat</b>"}, new double[] {1}, new double[] {1},
                new double[] {1}, new int[] {1});
        assertTrue(view.toHtml().contains("&lt;b&gt;cat&lt;/b&gt;"));
        assertFalse(view.toHtml().contains("<b>cat"));
    }
}
