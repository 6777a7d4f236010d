package neuralmath.course.table;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/**
 * A small table built column by column, each column under the name the text gives it: the inputs xᵢ, the
 * weights wᵢ and the products wᵢxᵢ of one neuron, say. Every column needs the same number of rows. A NaN is
 * shown as an empty cell (a row that sums the others leaves the inputs blank).
 *
 * <pre>{@code
 * Columns.titled("One neuron").labels("i", "1", "2").numbers("x", 0.5, 2).numbers("w", 1, -1).view()
 * }</pre>
 */
public final class Columns {

    private final Table table;

    private Columns(String title) {
        this.table = Table.create(title);
    }

    /** An empty table with this title; add columns in the order they are shown. */
    public static Columns titled(String title) {
        return new Columns(title);
    }

    /** A column of text, such as the names of the rows. */
    public Columns labels(String name, String... labels) {
        return add(StringColumn.create(name, labels));
    }

    /** A column of numbers, printed with up to 4 decimals. */
    public Columns numbers(String name, double... values) {
        return add(Tables.numbers(name, values));
    }

    /** A column of numbers in scientific notation with 3 digits, e.g. 2.31E-11: for errors and tiny values. */
    public Columns scientific(String name, double... values) {
        DoubleColumn column = DoubleColumn.create(name, values);
        column.setPrintFormatter(new NumberColumnFormatter(new DecimalFormat("0.00E0",
                DecimalFormatSymbols.getInstance(Locale.ROOT))));
        return add(column);
    }

    /** The table as the notebook shows it. */
    public TableView view() {
        if (table.columnCount() == 0) {
            throw new IllegalArgumentException("Columns \"" + table.name() + "\": add at least one column first");
        }
        return new TableView(table.copy());
    }

    private Columns add(Column<?> column) {
        if (table.columnCount() > 0 && column.size() != table.rowCount()) {
            throw new IllegalArgumentException("Columns \"" + table.name() + "\": column " + column.name() + " has "
                    + column.size() + " values but the table has " + table.rowCount() + " rows ("
                    + table.column(0).name() + " has " + table.rowCount() + ")");
        }
        table.addColumns(column);
        return this;
    }
}
