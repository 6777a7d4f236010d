package neuralmath.la;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Prints a matrix the way numpy does: in full when small, with "..." for the middle when large. */
final class MatrixFormat {

    /** Rows or columns up to this many are printed in full. */
    static final int FULL = 10;
    /** A larger dimension shows this many at each end. */
    static final int EDGE = 3;

    private MatrixFormat() {
    }

    static String format(Matrix m) {
        List<Integer> rows = shown(m.rows());
        List<Integer> cols = shown(m.cols());
        List<List<String>> cells = new ArrayList<>();
        int width = 1;
        for (int i : rows) {
            List<String> line = new ArrayList<>();
            for (int j : cols) {
                String s = (i < 0 || j < 0) ? "..." : number(m.get(i, j));
                width = Math.max(width, s.length());
                line.add(s);
            }
            cells.add(line);
        }
        StringBuilder out = new StringBuilder("Matrix ").append(m.shape()).append('\n');
        for (List<String> line : cells) {
            out.append("  [");
            for (int c = 0; c < line.size(); c++) {
                if (c > 0) {
                    out.append(", ");
                }
                out.append(" ".repeat(width - line.get(c).length())).append(line.get(c));
            }
            out.append("]\n");
        }
        return out.toString().stripTrailing();
    }

    /** The indices to print along one dimension; -1 stands for the "..." in the middle. */
    private static List<Integer> shown(int n) {
        List<Integer> out = new ArrayList<>();
        if (n <= FULL) {
            for (int i = 0; i < n; i++) {
                out.add(i);
            }
            return out;
        }
        for (int i = 0; i < EDGE; i++) {
            out.add(i);
        }
        out.add(-1);
        for (int i = n - EDGE; i < n; i++) {
            out.add(i);
        }
        return out;
    }

    private static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e6) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        double a = Math.abs(v);
        return (a >= 1e-3 && a < 1e6) ? String.format(Locale.ROOT, "%.4f", v)
                : String.format(Locale.ROOT, "%.3e", v);
    }
}
