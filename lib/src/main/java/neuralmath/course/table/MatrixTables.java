package neuralmath.course.table;

import java.util.List;
import java.util.Map;
import neuralmath.la.Matrix;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Matrices as tables with the names the text gives them: one matrix under its own name ({@code "Z¹"}), or several
 * matrices with one row per example laid side by side, so that a learner follows an example through a layer along
 * one row (X, then Z¹ = X·W¹ + b¹, then A¹ = σ(Z¹)).
 */
public final class MatrixTables {

    private MatrixTables() {
    }

    /** The matrix titled "name (rows x cols)", rows numbered from 0, columns named by their index. */
    public static TableView named(String name, Matrix m) {
        Table table = Tables.of(Matrix.wrap(m.rows(), m.cols(), withoutNegativeZero(m))).table();
        table.setName(name + " " + m.shape());
        return new TableView(table);
    }

    /**
     * The matrices side by side, in the map's order (use a LinkedHashMap); column j of the matrix named N is
     * headed "N[j]". Every matrix needs the same number of rows, one per example.
     */
    public static TableView sideBySide(String title, Map<String, Matrix> matrices) {
        if (matrices.isEmpty()) {
            throw new IllegalArgumentException("sideBySide: give at least one matrix");
        }
        Map.Entry<String, Matrix> first = matrices.entrySet().iterator().next();
        int rows = first.getValue().rows();
        Table table = Table.create(title, IntColumn.indexColumn("example", rows, 0));
        for (Map.Entry<String, Matrix> entry : matrices.entrySet()) {
            Matrix m = entry.getValue();
            if (m.rows() != rows) {
                throw new IllegalArgumentException("sideBySide: " + entry.getKey() + " " + m.shape() + " has "
                        + m.rows() + " rows but " + first.getKey() + " " + first.getValue().shape() + " has " + rows
                        + ": each needs one row per example");
            }
            for (int j = 0; j < m.cols(); j++) {
                table.addColumns(Tables.numbers(entry.getKey() + "[" + j + "]", withoutNegativeZero(m.column(j))));
            }
        }
        return new TableView(table);
    }

    /**
     * A table with one row per name (e.g. one per optimizer) and one column of numbers per entry of
     * {@code columns}, in the map's order (use a LinkedHashMap). A NaN shows as an empty cell: "no value".
     */
    public static TableView labelled(String title, String rowHeader, List<String> rowNames,
                                     Map<String, double[]> columns) {
        Table table = Table.create(title, StringColumn.create(rowHeader, rowNames));
        for (Map.Entry<String, double[]> column : columns.entrySet()) {
            if (column.getValue().length != rowNames.size()) {
                throw new IllegalArgumentException("labelled: column " + column.getKey() + " has "
                        + column.getValue().length + " values but there are " + rowNames.size() + " rows "
                        + rowNames);
            }
            table.addColumns(Tables.numbers(column.getKey(), column.getValue()));
        }
        return new TableView(table);
    }

    /** The values of m with −0.0 (e.g. from −y/ŷ where y = 0) turned into 0.0, so that no cell shows "-0". */
    private static double[] withoutNegativeZero(Matrix m) {
        double[] values = m.toFlatArray();
        for (int i = 0; i < values.length; i++) {
            values[i] += 0.0;
        }
        return values;
    }
}
