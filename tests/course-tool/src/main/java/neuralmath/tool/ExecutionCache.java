package neuralmath.tool;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import neuralmath.notebook.Notebook;
import neuralmath.runner.ExecutedNotebook;

/**
 * The outputs of notebooks that passed, kept by the {@link ExecutionKey} of their run, so that a build runs again
 * only the notebooks whose code, jars, runner or options changed (as Jupyter Book's execution cache does).
 * <pre>
 * DIR/manifest.json          format, a use counter, and each entry: key, notebook, bytes, SHA-256, last use
 * DIR/entries/KEY.json       the entry: its key, and each code cell's source SHA-256, execution count and outputs
 * </pre>
 * Entries are untrusted: one whose file is missing, of another size or SHA-256 than the manifest lists, unreadable,
 * made for another key or for other cells is not used; the note says why, and the notebook runs again. Only a run
 * that passed is kept, after it finished, and the manifest lists an entry before its file is written (each by
 * writing a new file and moving it into place), so no unfinished or failed run is ever taken for a passed one. The
 * cache holds at most {@code maxBytes} of entries, dropping those used longest ago; it deletes only files its
 * manifest lists. Builds in other processes may share the folder: each change of the manifest holds a file lock.
 */
final class ExecutionCache {

    /** The default bound on the entries' total size: 512 MiB, some hundred runs of the whole course. */
    static final long DEFAULT_MAX_BYTES = 512L << 20;
    static final String MANIFEST = "manifest.json";
    private static final String ENTRIES = "entries";
    private static final String LOCK = ".lock";
    private static final String FORMAT = "course-cache 1";
    private static final String ENTRY_FORMAT = "course-cache entry 1";
    private static final long MAX_MANIFEST_BYTES = 16L << 20;
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength((int) Notebook.MAX_FILE_BYTES)
                    .maxDocumentLength(Notebook.MAX_FILE_BYTES)
                    .maxNestingDepth(Notebook.MAX_DEPTH)
                    .build())
            .build());
    /** One change of a cache at a time in this JVM: a file lock guards against other processes only. */
    private static final Object IN_THIS_JVM = new Object();

    private final Path folder;
    private final long maxBytes;

    private ExecutionCache(Path folder, long maxBytes) {
        this.folder = folder;
        this.maxBytes = maxBytes;
    }

    /** The result of a look-up: the notebook with its cached outputs, or none and perhaps a note why not. */
    record Lookup(Optional<Notebook> executed, Optional<String> note) {
        static Lookup miss(String note) {
            return new Lookup(Optional.empty(), Optional.ofNullable(note));
        }
    }

    /**
     * The cache in {@code folder}, made when the folder does not exist or is empty; a {@link CacheTrouble} when the
     * folder holds files but no manifest this tool can read (it is then left as it is).
     */
    static ExecutionCache open(Path folder, long maxBytes) throws IOException {
        ExecutionCache cache = new ExecutionCache(folder.toAbsolutePath().normalize(), maxBytes);
        synchronized (IN_THIS_JVM) {
            Path manifest = cache.folder.resolve(MANIFEST);
            if (!Files.exists(manifest, LinkOption.NOFOLLOW_LINKS)) {
                if (Files.isDirectory(cache.folder) && !isEmpty(cache.folder)) {
                    throw new CacheTrouble("the cache folder " + cache.folder + " holds files but no " + MANIFEST
                            + "; it is left as it is and not used. Remove it to start a new cache");
                }
                Files.createDirectories(cache.folder.resolve(ENTRIES));
                cache.writeManifest(emptyManifest());
            } else {
                try {
                    cache.readManifest();
                } catch (CacheTrouble e) {
                    throw new CacheTrouble(e.getMessage() + "; the cache folder is left as it is and not used."
                            + " Remove " + cache.folder + " to start a new cache");
                }
            }
        }
        return cache;
    }

    Path folder() {
        return folder;
    }

    /** The notebook {@code source} with the outputs its run with {@code key} had, when a sound entry has them. */
    Lookup lookup(String key, Notebook source) {
        String name = source.path().getFileName().toString();
        try {
            byte[] bytes;
            synchronized (IN_THIS_JVM) {
                try (Held lock = lock()) {
                    ObjectNode manifest = readManifest();
                    ObjectNode listed = find(manifest, key);
                    if (listed == null) {
                        return Lookup.miss(null);
                    }
                    bytes = readEntry(listed);
                    listed.put("used", manifest.get("clock").asLong() + 1);
                    manifest.put("clock", manifest.get("clock").asLong() + 1);
                    writeManifest(manifest);
                }
            }
            return new Lookup(Optional.of(withOutputs(source, key, JSON.readTree(bytes), name)), Optional.empty());
        } catch (IOException | RuntimeException e) {
            return Lookup.miss("cache entry for " + name + " not used: " + e.getMessage() + "; the notebook runs again");
        }
    }

    /**
     * Keeps the outputs of {@code run}, which had {@code key}, if it passed; a run that failed is never kept. Returns
     * a note when the entry could not be kept, empty when it was (or when the run failed).
     */
    Optional<String> store(String key, ExecutedNotebook run) {
        if (!run.passed()) {
            return Optional.empty();
        }
        String name = run.source().getFileName().toString();
        try {
            byte[] entry = JSON.writeValueAsBytes(entry(key, run.notebook()));
            synchronized (IN_THIS_JVM) {
                try (Held lock = lock()) {
                    ObjectNode manifest = readManifest();
                    Path file = entryFile(key);
                    ObjectNode listed = find(manifest, key);
                    if (listed == null && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                        throw new CacheTrouble(file + " is not listed in the manifest; it is left as it is");
                    }
                    if (listed == null) {
                        listed = ((ArrayNode) manifest.get("entries")).addObject();
                    }
                    long clock = manifest.get("clock").asLong() + 1;
                    listed.put("key", key).put("notebook", name).put("bytes", entry.length)
                            .put("sha256", ExecutionKey.sha256(entry)).put("used", clock);
                    manifest.put("clock", clock);
                    List<Path> dropped = dropLeastUsed(manifest);
                    writeManifest(manifest);
                    for (Path old : dropped) {
                        Files.deleteIfExists(old);
                    }
                    if (!dropped.contains(file)) {
                        writeAtomically(file, entry);
                    }
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("the run of " + name + " was not cached: " + e.getMessage());
        }
    }

    /** The last build's fingerprint and what it wrote ({@link UpToDate}), as the manifest keeps it; null if none. */
    JsonNode lastBuild() {
        try {
            synchronized (IN_THIS_JVM) {
                try (Held lock = lock()) {
                    JsonNode last = readManifest().get("lastBuild");
                    return last == null || !last.isObject() ? null : last;
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Records the last build (null: none, after a build that changed something and did not finish). */
    void recordBuild(JsonNode build) throws IOException {
        synchronized (IN_THIS_JVM) {
            try (Held lock = lock()) {
                ObjectNode manifest = readManifest();
                if (build == null) {
                    manifest.remove("lastBuild");
                } else {
                    manifest.set("lastBuild", build);
                }
                writeManifest(manifest);
            }
        }
    }

    private static ObjectNode entry(String key, Notebook executed) {
        ObjectNode entry = JSON.createObjectNode().put("format", ENTRY_FORMAT).put("key", key)
                .put("notebook", executed.path().getFileName().toString());
        ArrayNode cells = entry.putArray("cells");
        for (Notebook.Cell cell : executed.cells()) {
            if (cell.isCode()) {
                ObjectNode c = cells.addObject().put("source_sha256", ExecutionKey.sha256(cell.source()));
                cell.executionCount().ifPresentOrElse(n -> c.put("execution_count", n),
                        () -> c.putNull("execution_count"));
                cell.outputs().forEach(c.putArray("outputs")::add);
            }
        }
        return entry;
    }

    /** The source with each code cell given its cached outputs, after checking the entry is for these cells. */
    private static Notebook withOutputs(Notebook source, String key, JsonNode entry, String name) throws CacheTrouble {
        if (!ENTRY_FORMAT.equals(entry.path("format").asText()) || !key.equals(entry.path("key").asText())) {
            throw new CacheTrouble("its file is an entry for another run (format "
                    + entry.path("format") + ", key " + abbreviated(entry.path("key").asText()) + ")");
        }
        List<Notebook.Cell> code = source.cells().stream().filter(Notebook.Cell::isCode).toList();
        JsonNode cells = entry.path("cells");
        if (!cells.isArray() || cells.size() != code.size()) {
            throw new CacheTrouble("its file holds " + cells.size() + " code cells, the notebook " + code.size());
        }
        List<List<ObjectNode>> outputs = new ArrayList<>();
        for (int i = 0; i < code.size(); i++) {
            JsonNode cell = cells.get(i);
            if (!ExecutionKey.sha256(code.get(i).source()).equals(cell.path("source_sha256").asText())) {
                throw new CacheTrouble("its code cell " + (i + 1) + " was made from another source");
            }
            List<ObjectNode> list = new ArrayList<>();
            for (JsonNode output : cell.path("outputs")) {
                if (!output.isObject() || !output.path("output_type").isTextual()) {
                    throw new CacheTrouble("code cell " + (i + 1) + " has an output that is not an nbformat output");
                }
                list.add((ObjectNode) output);
            }
            if (!cell.path("outputs").isArray() || !(cell.path("execution_count").isNull()
                    || cell.path("execution_count").canConvertToInt())) {
                throw new CacheTrouble("code cell " + (i + 1) + " has no list of outputs or no execution count");
            }
            outputs.add(list);
        }
        for (int i = 0; i < code.size(); i++) {
            JsonNode count = cells.get(i).get("execution_count");
            code.get(i).setOutputs(outputs.get(i), count.isNull() ? null : count.asInt());
        }
        return source;
    }

    private byte[] readEntry(JsonNode listed) throws IOException {
        Path file = entryFile(listed.get("key").asText());
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new CacheTrouble("its file " + file + " is missing");
        }
        long size = Files.size(file);
        if (size != listed.path("bytes").asLong(-1) || size > Notebook.MAX_FILE_BYTES) {
            throw new CacheTrouble("its file " + file + " has " + size + " bytes, the manifest lists "
                    + listed.path("bytes").asLong(-1));
        }
        byte[] bytes = Files.readAllBytes(file);
        if (!ExecutionKey.sha256(bytes).equals(listed.path("sha256").asText())) {
            throw new CacheTrouble("its file " + file + " does not match the SHA-256 the manifest lists"
                    + " (damaged, or changed by hand)");
        }
        return bytes;
    }

    /** Drops the entries used longest ago until the rest fit in {@code maxBytes}; returns their files. */
    private List<Path> dropLeastUsed(ObjectNode manifest) {
        ArrayNode entries = (ArrayNode) manifest.get("entries");
        List<JsonNode> byUse = new ArrayList<>();
        entries.forEach(byUse::add);
        byUse.sort(Comparator.comparingLong(e -> e.path("used").asLong()));
        long total = byUse.stream().mapToLong(e -> e.path("bytes").asLong()).sum();
        List<Path> dropped = new ArrayList<>();
        for (JsonNode oldest : byUse) {
            if (total <= maxBytes) {
                break;
            }
            total -= oldest.path("bytes").asLong();
            dropped.add(entryFile(oldest.get("key").asText()));
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i) == oldest) {
                    entries.remove(i);
                    break;
                }
            }
        }
        return dropped;
    }

    private static ObjectNode find(ObjectNode manifest, String key) {
        for (JsonNode entry : manifest.get("entries")) {
            if (key.equals(entry.path("key").asText())) {
                return (ObjectNode) entry;
            }
        }
        return null;
    }

    private Path entryFile(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a cache key: " + key);
        }
        return folder.resolve(ENTRIES).resolve(key + ".json");
    }

    /** The manifest, checked: a manifest this tool did not write is a {@link CacheTrouble}. */
    private ObjectNode readManifest() throws IOException {
        Path manifest = folder.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS) || Files.size(manifest) > MAX_MANIFEST_BYTES) {
            throw new CacheTrouble(manifest + " is not a cache manifest (missing, a link or a folder, or over "
                    + (MAX_MANIFEST_BYTES >> 20) + " MiB)");
        }
        JsonNode root;
        try {
            root = JSON.readTree(manifest.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new CacheTrouble(manifest + " does not parse as JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())
                || !root.path("entries").isArray() || !root.path("clock").canConvertToLong()) {
            throw new CacheTrouble(manifest + " is not a manifest of format \"" + FORMAT + "\"");
        }
        ArrayNode sound = JSON.createArrayNode();
        for (JsonNode entry : root.get("entries")) {
            if (entry.isObject() && KEY.matcher(entry.path("key").asText()).matches()) {
                sound.add(entry);
            }
        }
        ((ObjectNode) root).set("entries", sound);
        return (ObjectNode) root;
    }

    private static ObjectNode emptyManifest() {
        ObjectNode manifest = JSON.createObjectNode().put("format", FORMAT).put("clock", 0);
        manifest.putArray("entries");
        return manifest;
    }

    private void writeManifest(ObjectNode manifest) throws IOException {
        writeAtomically(folder.resolve(MANIFEST), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
    }

    /** Writes a new file beside {@code file} and moves it into place, so no reader sees half a file. */
    private static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Path part = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
        try {
            Files.write(part, bytes);
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** Holds the cache's file lock until closed: other processes that share the folder wait. */
    private Held lock() throws IOException {
        FileChannel channel = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        try {
            channel.lock();
            return new Held(channel);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Closing the channel releases its lock. */
    private record Held(FileChannel channel) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static String abbreviated(String key) {
        return key.length() > 12 ? key.substring(0, 12) + "…" : key;
    }

    /** Why the cache, or one entry, cannot be used: said in the note, never a crash of the build. */
    static final class CacheTrouble extends IOException {
        CacheTrouble(String message) {
            super(message);
        }
    }
}
