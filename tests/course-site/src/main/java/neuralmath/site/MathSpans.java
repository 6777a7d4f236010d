package neuralmath.site;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps LaTeX out of the Markdown parser's reach. {@link #protect} swaps every {@code $...$}, {@code $$...$$} and
 * {@code \begin{env}...\end{env}} outside code for an inert placeholder, so that {@code $w_i x_i$} or {@code $a*b$}
 * never turn into emphasis; after parsing, {@link #restoreHtml} puts the untouched TeX back, wrapped in an element
 * the browser's KaTeX renders ({@code span.math.inline} or {@code span.math.display}).
 *
 * <p>Rules, as in Jupyter and pandoc: an inline {@code $} opens maths only when the next character is not a space, and
 * closes only after a non-space and before a non-digit (so "costs $5 and $10" stays text); {@code \$} is a literal
 * dollar; maths never crosses a blank line, except display maths; code spans and fenced code are left alone.
 */
final class MathSpans {

    /** One maths span: its TeX without delimiters, and whether it is display maths. */
    record Span(String tex, boolean display) {
    }

    /** Markdown with placeholders, and the spans they stand for (placeholder i stands for spans.get(i)). */
    record Protected(String markdown, List<Span> spans) {

        String restoreHtml(String html) {
            return restore(html, spans, true);
        }

        /** Puts each span back as TeX source, for plain text such as a page title. */
        String restoreText(String text) {
            return restore(text, spans, false);
        }
    }

    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';

    private MathSpans() {
    }

    static Protected protect(String markdown) {
        List<Span> spans = new ArrayList<>();
        StringBuilder out = new StringBuilder(markdown.length());
        int i = 0;
        int n = markdown.length();
        while (i < n) {
            boolean lineStart = i == 0 || markdown.charAt(i - 1) == '\n';
            int end = lineStart ? fencedCodeEnd(markdown, i) : -1;
            if (end > i) {
                out.append(markdown, i, end);
                i = end;
                continue;
            }
            char c = markdown.charAt(i);
            if (c == '\\' && markdown.startsWith("\\begin{", i)) {
                int close = environmentEnd(markdown, i);
                if (close > 0) {
                    i = placeholder(out, spans, markdown.substring(i, close), true, close);
                    continue;
                }
            }
            if (c == '\\' && i + 1 < n) {
                out.append(markdown, i, i + 2);
                i += 2;
            } else if (c == '`') {
                i = copyCodeSpan(markdown, i, out);
            } else if (markdown.startsWith("$$", i)) {
                int close = markdown.indexOf("$$", i + 2);
                if (close < 0) {
                    out.append("$$");
                    i += 2;
                } else {
                    i = placeholder(out, spans, markdown.substring(i + 2, close).strip(), true, close + 2);
                }
            } else if (c == '$') {
                int close = inlineEnd(markdown, i);
                if (close < 0) {
                    out.append(c);
                    i++;
                } else {
                    i = placeholder(out, spans, markdown.substring(i + 1, close), false, close + 1);
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return new Protected(out.toString(), List.copyOf(spans));
    }

    private static int placeholder(StringBuilder out, List<Span> spans, String tex, boolean display, int next) {
        out.append(OPEN).append(spans.size()).append(CLOSE);
        spans.add(new Span(tex, display));
        return next;
    }

    /** Where the closing {@code $} of inline maths opened at {@code open} is, or -1 when this dollar opens none. */
    private static int inlineEnd(String s, int open) {
        int n = s.length();
        if (open + 1 >= n || Character.isWhitespace(s.charAt(open + 1))) {
            return -1;
        }
        for (int j = open + 1; j < n; j++) {
            char c = s.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '\n' && isBlankLineAhead(s, j + 1)) {
                return -1;
            } else if (c == '$') {
                boolean closes = !Character.isWhitespace(s.charAt(j - 1))
                        && (j + 1 >= n || !Character.isDigit(s.charAt(j + 1)));
                return closes ? j : -1;
            }
        }
        return -1;
    }

    private static boolean isBlankLineAhead(String s, int from) {
        int j = from;
        while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
            j++;
        }
        return j >= s.length() || s.charAt(j) == '\n';
    }

    /** The index just after {@code \end{env}} matching the {@code \begin{env}} at {@code begin}, or -1. */
    private static int environmentEnd(String s, int begin) {
        int nameEnd = s.indexOf('}', begin);
        if (nameEnd < 0) {
            return -1;
        }
        String end = "\\end{" + s.substring(begin + "\\begin{".length(), nameEnd) + "}";
        int at = s.indexOf(end, nameEnd);
        return at < 0 ? -1 : at + end.length();
    }

    /** Copies a code span opened by a run of backticks at {@code i}, untouched; returns where scanning goes on. */
    private static int copyCodeSpan(String s, int i, StringBuilder out) {
        int run = 0;
        while (i + run < s.length() && s.charAt(i + run) == '`') {
            run++;
        }
        String fence = "`".repeat(run);
        int close = i + run;
        while ((close = s.indexOf(fence, close)) >= 0) {
            boolean longer = close + run < s.length() && s.charAt(close + run) == '`';
            if (!longer) {
                out.append(s, i, close + run);
                return close + run;
            }
            while (close < s.length() && s.charAt(close) == '`') {
                close++;
            }
        }
        out.append(fence);
        return i + run;
    }

    /** If a fenced code block (``` or ~~~) opens at line start {@code i}, the index after its closing fence line. */
    private static int fencedCodeEnd(String s, int i) {
        int j = i;
        while (j < s.length() && j - i < 3 && s.charAt(j) == ' ') {
            j++;
        }
        if (j >= s.length() || (s.charAt(j) != '`' && s.charAt(j) != '~')) {
            return -1;
        }
        char mark = s.charAt(j);
        int run = 0;
        while (j + run < s.length() && s.charAt(j + run) == mark) {
            run++;
        }
        if (run < 3) {
            return -1;
        }
        int line = s.indexOf('\n', j);
        while (line >= 0) {
            int start = line + 1;
            int k = start;
            while (k < s.length() && k - start < 3 && s.charAt(k) == ' ') {
                k++;
            }
            int closing = 0;
            while (k + closing < s.length() && s.charAt(k + closing) == mark) {
                closing++;
            }
            int next = s.indexOf('\n', start);
            if (closing >= run) {
                return next < 0 ? s.length() : next + 1;
            }
            line = next;
        }
        return s.length();
    }

    private static String restore(String text, List<Span> spans, boolean html) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf(OPEN, i);
            int close = open < 0 ? -1 : text.indexOf(CLOSE, open);
            if (close < 0) {
                out.append(text, i, text.length());
                break;
            }
            out.append(text, i, open);
            Span span = spans.get(Integer.parseInt(text.substring(open + 1, close)));
            if (html) {
                out.append("<span class=\"math ").append(span.display() ? "display" : "inline").append("\">")
                        .append(HtmlEscape.escape(span.tex())).append("</span>");
            } else {
                out.append(span.tex());
            }
            i = close + 1;
        }
        return out.toString();
    }
}
