package neuralmath.runner;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The magics of IJava and JJava that the runner understands: {@code %classpath} and {@code %jars}, each on a line
 * of its own, with paths or globs relative to the notebook's folder (a kernel's working directory). Any other magic
 * fails its cell, naming it.
 *
 * <p>Line magics are found as the kernels find them: {@code %name} at the start of a line (blanks allowed before
 * it) or after {@code =}, not inside a string literal. The runner is stricter than the kernels in three ways, each
 * failing the cell where a kernel would go wrong later or differently: {@code %%name} at the start of any line is a
 * cell magic (none is supported), a line magic used as a value ({@code var jars = %jars *.jar}) is rejected, and so
 * is a path or glob that matches nothing, which the kernels pass over in silence. JJava marks {@code %jars} deprecated in favour of
 * {@code %classpath}; both kernels know {@code %classpath}, so notebooks should use it.
 */
final class Magics {

    /** The kernels' patterns: {@code (?<=(?:^|=))\s*%} then the name, per line. */
    private static final Pattern LINE_MAGIC = Pattern.compile("(?<=(?:^|=))[ \\t]*%(?<args>\\w.*?)$", Pattern.MULTILINE);
    private static final Pattern CELL_MAGIC = Pattern.compile("^[ \\t]*%%(?<name>\\w\\S*)", Pattern.MULTILINE);
    private static final Pattern UNESCAPED_QUOTE = Pattern.compile("(?<!\\\\)\"");
    private static final List<String> KNOWN = List.of("classpath", "jars");

    private Magics() {
    }

    /** A piece of a cell: Java code, or one line magic; offset is where it starts in the cell. */
    record Part(int offset, String code, String magic, List<String> args) {
        boolean isMagic() {
            return magic != null;
        }
    }

    /** A magic the runner cannot run, at a 1-based line of the cell. */
    static final class UnsupportedMagic extends Exception {
        private final int line;

        UnsupportedMagic(int line, String message) {
            super(message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    /** Splits a cell into code and line magics, in order; fails on any magic other than %classpath and %jars. */
    static List<Part> split(String cell) throws UnsupportedMagic {
        Matcher cellMagic = CELL_MAGIC.matcher(cell);
        if (cellMagic.find()) {
            throw new UnsupportedMagic(CellFailure.lineOf(cell, cellMagic.start()),
                    "cell magic %%" + cellMagic.group("name") + " is not supported: the runner (like IJava) knows no"
                            + " cell magics, only the line magics %classpath and %jars");
        }
        List<Part> parts = new ArrayList<>();
        Matcher m = LINE_MAGIC.matcher(cell);
        int codeStart = 0;
        while (m.find()) {
            String prefix = cell.substring(cell.lastIndexOf('\n', m.start() - 1) + 1, m.start());
            if (insideString(prefix)) {
                continue;
            }
            List<String> words = words(m.group("args"));
            String name = words.get(0);
            int line = CellFailure.lineOf(cell, m.start());
            if (!KNOWN.contains(name)) {
                throw new UnsupportedMagic(line, "%" + name + " is not a magic the runner knows: it runs only"
                        + " %classpath and %jars (the magics that load the library in both IJava and JJava)");
            }
            if (!prefix.isBlank()) {
                throw new UnsupportedMagic(line, "%" + name + " must stand on a line of its own, not be used as a value");
            }
            parts.add(new Part(codeStart, cell.substring(codeStart, m.start()), null, List.of()));
            parts.add(new Part(m.start(), null, name, words.subList(1, words.size())));
            codeStart = m.end();
        }
        parts.add(new Part(codeStart, cell.substring(codeStart), null, List.of()));
        return parts;
    }

    /**
     * The files (for %jars) or files and folders (for %classpath) that the magic's arguments name, relative to the
     * notebook's folder; every argument must match something.
     */
    static List<Path> resolve(Part magic, Path folder) throws IOException {
        List<Path> found = new ArrayList<>();
        for (String argument : magic.args()) {
            List<Path> matches = glob(folder, argument).stream()
                    .filter(p -> !magic.magic().equals("jars") || Files.isRegularFile(p))
                    .collect(Collectors.toList());
            if (matches.isEmpty()) {
                throw new IOException("%" + magic.magic() + " " + argument + ": nothing matches "
                        + folder.resolve(argument).normalize());
            }
            found.addAll(matches);
        }
        return found;
    }

    private static List<Path> glob(Path folder, String pattern) throws IOException {
        Path path = folder.resolve(pattern.replace('\\', '/')).normalize();
        int firstGlob = indexOfGlob(path.toString());
        if (firstGlob < 0) {
            return Files.exists(path) ? List.of(path) : List.of();
        }
        int slash = path.toString().lastIndexOf('/', firstGlob);
        Path base = Path.of(slash <= 0 ? "/" : path.toString().substring(0, slash));
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + path);
        int depth = pattern.contains("**") ? Integer.MAX_VALUE : path.getNameCount() - base.getNameCount();
        try (Stream<Path> candidates = Files.walk(base, depth)) {
            return candidates.filter(matcher::matches).sorted().collect(Collectors.toList());
        }
    }

    private static int indexOfGlob(String path) {
        for (int i = 0; i < path.length(); i++) {
            if ("*?[{".indexOf(path.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** As the kernels do: a magic after an odd number of unescaped quotes on its line is inside a string. */
    private static boolean insideString(String linePrefix) {
        Matcher quotes = UNESCAPED_QUOTE.matcher(linePrefix);
        int count = 0;
        while (quotes.find()) {
            count++;
        }
        return count % 2 == 1;
    }

    /** The kernels' argument split: words separated by blanks, double quotes group, backslash escapes a quote. */
    static List<String> words(String arguments) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean escaped = false;
        for (char c : arguments.trim().toCharArray()) {
            if (escaped) {
                word.append(c);
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                quoted = !quoted;
            } else if ((c == ' ' || c == '\t') && !quoted) {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }
}
