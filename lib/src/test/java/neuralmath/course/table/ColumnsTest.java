package neuralmath.course.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnsTest {

    @Test
    void columnsKeepTheirNamesOrderAndValues() {
        TableView view = Columns.titled("One neuron").labels("i", "1", "2", "sum")
                .numbers("x", 0.5, -2, Double.NaN).numbers("w·x", 0.125, 3, 3.125).view();
        assertEquals("One neuron", view.table().name());
        assertEquals(List.of("i", "x", "w·x"), view.table().columnNames());
        String html = view.toHtml();
        assertTrue(html.contains(">0.125<") && html.contains(">3.125<") && html.contains(">-2<"), html);
        assertEquals("", view.table().column("x").getString(2), "NaN shows as an empty cell");
    }

    @Test
    void scientificColumnsShowTinyErrorsThatFourDecimalsWouldRoundToZero() {
        TableView view = Columns.titled("errors").labels("f", "a", "b").scientific("max error", 2.3456e-11, 0.5)
                .view();
        assertEquals("2.35E-11", view.table().column("max error").getString(0));
        assertEquals("5.00E-1", view.table().column("max error").getString(1));
    }

    @Test
    void aColumnOfTheWrongLengthIsRefusedNamingBothCounts() {
        Columns columns = Columns.titled("t").labels("i", "1", "2");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> columns.numbers("x", 1, 2, 3));
        assertTrue(e.getMessage().contains("x has 3 values") && e.getMessage().contains("2 rows"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Columns.titled("empty").view());
    }

    @Test
    void theViewIsACopyThatLaterColumnsDoNotChange() {
        Columns columns = Columns.titled("t").numbers("a", 1, 2);
        TableView first = columns.view();
        columns.numbers("b", 3, 4);
        assertEquals(1, first.table().columnCount());
        assertEquals(2, columns.view().table().columnCount());
    }
}
