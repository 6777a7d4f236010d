package neuralmath.tool;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import neuralmath.notebook.Notebook;

/**
 * What a notebook's run depends on, as one SHA-256, the key of its entry in the {@link ExecutionCache} (as Jupyter
 * Book's execution cache keys a notebook by its code): the same key, the same outputs.
 * <pre>
 * key = SHA-256( "course-cache key 1"
 *              , runner:  SHA-256 of every file on the tool's class path, which the notebook's JVM gets (the runner,
 *                         the library, their dependencies), the Java version and whether jdk.incubator.vector is on
 *              , options: cell time limit, heap of the notebook's JVM, stop at the first failing cell
 *              , jars:    name and SHA-256 of each file in the notebook's jars/ folder, which %classpath loads
 *              , cells:   the notebook's language, then each code cell in order: whether it is tagged
 *                         raises-exception, and the SHA-256 of its source )
 * </pre>
 * Not in the key, because a run does not read them: Markdown and raw cells, outputs and execution counts, any other
 * metadata. A file a cell reads by itself (other than the jars) is not in the key either; {@code --no-cache} runs
 * such a notebook anew.
 */
final class ExecutionKey {

    private static final String VERSION = "course-cache key 1";
    private static final String RAISES_EXCEPTION = "raises-exception";

    private final String runner;
    private final String options;
    private final Map<Path, String> jarFolders = new ConcurrentHashMap<>();

    /** The keys of runs with this cell time limit and heap, by a runner on this JVM's class path. */
    ExecutionKey(Duration cellTimeLimit, long maxHeapBytes) {
        this.runner = Runner.FINGERPRINT;
        this.options = "cell-time-limit-ms " + cellTimeLimit.toMillis() + "\nmax-heap-bytes " + maxHeapBytes
                + "\nstop-at-first-failure true\n";
    }

    /** The key of {@code notebook}'s run, read from its file. */
    String of(Notebook notebook) {
        Path folder = notebook.path().toAbsolutePath().normalize().getParent();
        String jars = jarFolders.computeIfAbsent(folder.resolve("jars"), ExecutionKey::jarsFingerprint);
        StringBuilder text = new StringBuilder(VERSION).append('\n')
                .append("runner ").append(runner).append('\n')
                .append(options)
                .append(jars)
                .append("language ").append(notebook.language()).append('\n');
        for (Notebook.Cell cell : notebook.cells()) {
            if (cell.isCode()) {
                text.append("code ").append(cell.tags().contains(RAISES_EXCEPTION) ? RAISES_EXCEPTION : "-")
                        .append(' ').append(sha256(cell.source())).append('\n');
            }
        }
        return sha256(text.toString());
    }

    /** The SHA-256 of a text's UTF-8 bytes, in hexadecimal. */
    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The SHA-256 of bytes, in hexadecimal. */
    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /** The SHA-256 of a file's bytes, in hexadecimal. */
    static String sha256(Path file) throws IOException {
        MessageDigest digest = digest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }

    /** One line per regular file of the folder: {@code jar NAME SHA-256}, by name; nothing when there is no folder. */
    private static String jarsFingerprint(Path folder) {
        StringBuilder text = new StringBuilder();
        if (!Files.isDirectory(folder)) {
            return "jars none\n";
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)
                    || Files.isSymbolicLink(f)).sorted().toList()) {
                text.append("jar ").append(file.getFileName()).append(' ')
                        .append(Files.isRegularFile(file) ? sha256(file) : "dangling").append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the notebooks' jars in " + folder + ": " + e.getMessage(), e);
        }
        return text.toString();
    }

    /** The runner's own version: computed once per JVM, whose class path does not change while it runs. */
    private static final class Runner {
        static final String FINGERPRINT = fingerprint();

        private static String fingerprint() {
            StringBuilder text = new StringBuilder("java ").append(Runtime.version()).append(' ')
                    .append(System.getProperty("java.vendor")).append(' ').append(System.getProperty("os.arch"))
                    .append("\nvector ").append(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent())
                    .append('\n');
            for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
                if (!entry.isEmpty()) {
                    classPathEntry(Path.of(entry).toAbsolutePath(), text);
                }
            }
            return sha256(text.toString());
        }

        /** A jar by its SHA-256; a folder of classes by each file's path and SHA-256. */
        private static void classPathEntry(Path entry, StringBuilder text) {
            try {
                if (Files.isRegularFile(entry)) {
                    text.append("classpath ").append(entry.getFileName()).append(' ').append(sha256(entry)).append('\n');
                } else if (Files.isDirectory(entry)) {
                    List<Path> files;
                    try (Stream<Path> walk = Files.walk(entry)) {
                        files = walk.filter(Files::isRegularFile).sorted().toList();
                    }
                    for (Path file : files) {
                        text.append("classpath ").append(entry.relativize(file).toString().replace('\\', '/'))
                                .append(' ').append(sha256(file)).append('\n');
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the class path entry " + entry + ": " + e.getMessage(), e);
            }
        }
    }
}
