package neuralmath.course.table;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.stream.IntStream;
import neuralmath.la.Matrix;
import neuralmath.training.EpochResult;
import neuralmath.training.History;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/**
 * The course's tables, built with Tablesaw. Each returns a {@link TableView}: HTML when a notebook cell ends
 * with it, aligned text when printed, and the Tablesaw {@link Table} behind it through {@link TableView#table()}.
 */
public final class Tables {

    private Tables() {
    }

    /** A matrix, one table row per matrix row, numbered from 0; columns are named by their index. */
    public static TableView of(Matrix m) {
        Table table = Table.create("Matrix " + m.shape(), IntColumn.indexColumn("row", m.rows(), 0));
        for (int j = 0; j < m.cols(); j++) {
            table.addColumns(numbers(String.valueOf(j), m.column(j).toFlatArray()));
        }
        return new TableView(table);
    }

    /**
     * Any Tablesaw table, e.g. one a notebook builds from columns of its own results, shown as the course shows
     * its tables (HTML in a notebook). Numbers print with up to 4 decimals, as in the other tables.
     */
    public static TableView of(Table table) {
        for (Column<?> column : table.columns()) {
            if (column instanceof DoubleColumn numbers) {
                decimals(numbers);
            }
        }
        return new TableView(table);
    }

    /** A vector as a column of numbers next to their index i. */
    public static TableView of(String name, double[] vector) {
        return new TableView(Table.create(name, IntColumn.indexColumn("i", vector.length, 0), numbers(name, vector)));
    }

    /**
     * The pixels of one digit in their 8x8 grid (any square number of pixels works): the numbers the network
     * reads, laid out as the image it came from. In HTML each cell is shaded by its value, like ink.
     */
    public static TableView pixels(Matrix digit) {
        if (digit.rows() != 1) {
            throw new IllegalArgumentException("pixels: needs one row of pixels, got " + digit.shape());
        }
        int side = (int) Math.round(Math.sqrt(digit.cols()));
        if (side * side != digit.cols()) {
            throw new IllegalArgumentException("pixels: " + digit.cols() + " pixels do not make a square image");
        }
        Table table = Table.create("Pixels, row by row", IntColumn.indexColumn("row", side, 0));
        for (int c = 0; c < side; c++) {
            final int column = c;
            table.addColumns(numbers(String.valueOf(c),
                    IntStream.range(0, side).mapToDouble(r -> digit.get(0, r * side + column)).toArray()));
        }
        double min = Math.min(0.0, digit.min());
        double max = digit.max();
        return new TableView(table, side, v -> ink(v, min, max));
    }

    /** One row per epoch: the losses and accuracies a training run recorded, and its time. */
    public static TableView history(History history) {
        Table table = Table.create("Training history", IntColumn.create("epoch",
                history.epochs().stream().mapToInt(EpochResult::epoch).toArray()));
        table.addColumns(numbers("train loss", history.trainLoss()), numbers("train accuracy", history.trainAccuracy()));
        if (history.size() > 0 && history.last().hasTest()) {
            table.addColumns(numbers("test loss", history.testLoss()), numbers("test accuracy", history.testAccuracy()));
        }
        table.addColumns(numbers("seconds", history.epochs().stream().mapToDouble(EpochResult::seconds).toArray()));
        return new TableView(table);
    }

    /** Precision, recall, F1 and support (the number of examples) of each class. */
    public static TableView perClass(String[] classes, double[] precision, double[] recall, double[] f1,
                                     int[] support) {
        int n = classes.length;
        if (precision.length != n || recall.length != n || f1.length != n || support.length != n) {
            throw new IllegalArgumentException("perClass: " + n + " classes but " + precision.length
                    + " precisions, " + recall.length + " recalls, " + f1.length + " F1 scores and "
                    + support.length + " supports: needs one of each per class");
        }
        return new TableView(Table.create("Per-class metrics", StringColumn.create("class", classes),
                numbers("precision", precision), numbers("recall", recall), numbers("F1", f1),
                IntColumn.create("support", support)));
    }

    /** A column of numbers, printed with up to 4 decimals (whole numbers without any). */
    static DoubleColumn numbers(String name, double[] values) {
        return decimals(DoubleColumn.create(name, values));
    }

    /** Sets the column to print with up to 4 decimals (whole numbers without any). */
    private static DoubleColumn decimals(DoubleColumn column) {
        column.setPrintFormatter(new NumberColumnFormatter(new DecimalFormat("0.####",
                DecimalFormatSymbols.getInstance(Locale.ROOT))));
        return column;
    }

    /** Inline CSS for a cell holding v: white paper for the minimum, black ink for the maximum. */
    private static String ink(double v, double min, double max) {
        double t = max > min ? (v - min) / (max - min) : 0.0;
        int level = (int) Math.round(255 * (1 - t));
        return String.format(Locale.ROOT, "background:rgb(%d,%d,%d);color:%s", level, level, level,
                t > 0.5 ? "white" : "black");
    }
}
