package neuralmath.course.table;

import java.util.function.DoubleFunction;
import neuralmath.course.display.HtmlRenderable;
import neuralmath.course.display.NotebookDisplay;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A Tablesaw table as a notebook shows it: HTML in a notebook, aligned text elsewhere ({@link #toString()}), both
 * cut after the first {@link #DEFAULT_ROWS} rows with a note of how many were left out. {@link #table()} gives the
 * Tablesaw table itself, to sort, filter or summarise.
 */
public final class TableView implements HtmlRenderable {

    /** Rows shown unless {@link #showing(int)} says otherwise. */
    public static final int DEFAULT_ROWS = 20;

    static {
        NotebookDisplay.enableHtml();
    }

    private final Table table;
    private final int rowsShown;
    private final DoubleFunction<String> cellStyle;

    TableView(Table table, int rowsShown, DoubleFunction<String> cellStyle) {
        if (rowsShown < 1) {
            throw new IllegalArgumentException("a table shows at least one row, asked for " + rowsShown);
        }
        this.table = table;
        this.rowsShown = rowsShown;
        this.cellStyle = cellStyle;
    }

    TableView(Table table) {
        this(table, DEFAULT_ROWS, null);
    }

    /** The Tablesaw table behind the view. */
    public Table table() {
        return table;
    }

    /** The same table showing its first {@code rows} rows. */
    public TableView showing(int rows) {
        return new TableView(table, rows, cellStyle);
    }

    /** How many rows the HTML and the text show. */
    public int rowsShown() {
        return Math.min(rowsShown, table.rowCount());
    }

    /** The note under a cut table, e.g. "… 1777 more rows (1797 in all)", or "" if every row is shown. */
    public String cutNote() {
        int left = table.rowCount() - rowsShown();
        return left == 0 ? "" : "… " + left + " more row" + (left == 1 ? "" : "s") + " (" + table.rowCount() + " in all)";
    }

    @Override
    public String toHtml() {
        StringBuilder html = new StringBuilder("<div class=\"neuralmath-table\">");
        if (!table.name().isEmpty()) {
            html.append("<div style=\"font-weight:bold;margin:4px 0\">").append(escape(table.name())).append("</div>");
        }
        html.append("<table style=\"border-collapse:collapse;font-variant-numeric:tabular-nums\"><thead><tr>");
        for (Column<?> column : table.columns()) {
            html.append("<th style=\"text-align:right;padding:2px 8px;border-bottom:1px solid #888\">")
                    .append(escape(column.name())).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (int r = 0; r < rowsShown(); r++) {
            html.append("<tr>");
            for (Column<?> column : table.columns()) {
                html.append("<td style=\"text-align:right;padding:2px 8px").append(style(column, r)).append("\">")
                        .append(escape(column.getString(r))).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
        if (!cutNote().isEmpty()) {
            html.append("<div style=\"color:#555;margin-top:4px\">").append(escape(cutNote())).append("</div>");
        }
        return html.append("</div>").toString();
    }

    /** The first rows as aligned text, as Tablesaw prints them, with the note of what was left out. */
    @Override
    public String toString() {
        String text = table.first(rowsShown()).printAll();
        return cutNote().isEmpty() ? text : text + "\n" + cutNote();
    }

    private String style(Column<?> column, int row) {
        if (cellStyle == null || !(column.get(row) instanceof Number) || column == table.column(0)) {
            return "";
        }
        return ";" + cellStyle.apply(((Number) column.get(row)).doubleValue());
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
