package neuralmath.course.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import neuralmath.la.Matrix;
import org.junit.jupiter.api.Test;

class MatrixTablesTest {

    @Test
    void aNamedMatrixIsTitledWithItsNameAndShape() {
        Matrix z = Matrix.of(new double[][] {{1, -2.5, 3}, {0.25, 5, 6}});
        TableView view = MatrixTables.named("Z¹", z);
        assertEquals("Z¹ (2x3)", view.table().name());
        assertEquals(List.of("row", "0", "1", "2"), view.table().columnNames());
        assertEquals(-2.5, view.table().doubleColumn("1").get(0));
        assertTrue(view.toHtml().contains("Z¹ (2x3)"), view.toHtml());
    }

    @Test
    void matricesSideBySideKeepTheirOrderAndEveryValue() {
        Map<String, Matrix> m = new LinkedHashMap<>();
        m.put("X", Matrix.of(new double[][] {{1, 2}, {3, 4}}));
        m.put("ŷ", Matrix.of(new double[][] {{0.25}, {0.75}}));
        TableView view = MatrixTables.sideBySide("Forward pass", m);
        assertEquals("Forward pass", view.table().name());
        assertEquals(List.of("example", "X[0]", "X[1]", "ŷ[0]"), view.table().columnNames());
        assertEquals(4.0, view.table().doubleColumn("X[1]").get(1));
        assertEquals(0.75, view.table().doubleColumn("ŷ[0]").get(1));
    }

    @Test
    void aLabelledTableHasOneNamedRowPerNameAndShowsNaNAsEmpty() {
        Map<String, double[]> columns = new LinkedHashMap<>();
        columns.put("η", new double[] {0.05, 0.4});
        columns.put("steps", new double[] {73, Double.NaN});
        TableView view = MatrixTables.labelled("Steps", "optimizer", List.of("slow", "never"), columns);
        assertEquals(List.of("optimizer", "η", "steps"), view.table().columnNames());
        assertEquals("never", view.table().stringColumn("optimizer").get(1));
        assertEquals(73.0, view.table().doubleColumn("steps").get(0));
        assertTrue(view.toHtml().contains(">73<"), view.toHtml());
        assertTrue(!view.toHtml().contains("NaN"), view.toHtml());
        columns.put("short", new double[] {1});
        var e = assertThrows(IllegalArgumentException.class,
                () -> MatrixTables.labelled("Steps", "optimizer", List.of("slow", "never"), columns));
        assertTrue(e.getMessage().contains("short") && e.getMessage().contains("1 values"), e.getMessage());
    }

    @Test
    void negativeZeroIsShownAsZero() {
        Matrix minusZero = Matrix.rowVector(-0.0, -1.0);
        Map<String, Matrix> m = new LinkedHashMap<>();
        m.put("g", minusZero);
        for (TableView view : List.of(MatrixTables.named("g", minusZero), MatrixTables.sideBySide("g", m))) {
            assertTrue(view.toHtml().contains(">0<") && !view.toHtml().contains(">-0<"), view.toHtml());
            assertTrue(view.toHtml().contains(">-1<"), view.toHtml());
        }
    }

    @Test
    void matricesWithDifferentNumbersOfRowsAreRejectedByName() {
        Map<String, Matrix> m = new LinkedHashMap<>();
        m.put("X", Matrix.zeros(2, 2));
        m.put("W¹", Matrix.zeros(3, 2));
        var e = assertThrows(IllegalArgumentException.class, () -> MatrixTables.sideBySide("bad", m));
        assertTrue(e.getMessage().contains("W¹ (3x2)") && e.getMessage().contains("X (2x2)"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MatrixTables.sideBySide("none", Map.of()));
    }
}
