package neuralmath.tool;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import neuralmath.notebook.Notebook;
import neuralmath.runner.ExecutedNotebook;
import neuralmath.runner.NotebookRunner;

import static neuralmath.tool.BuildCommandTest.writeNotebook;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The execution cache: its key changes with each part of what a run depends on and with nothing else, and its
 * entries are untrusted (a damaged, missing or foreign entry is a miss with a note, never a crash or a stale hit);
 * a failed run is never kept.
 */
class ExecutionCacheTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(300);
    private static final long HEAP = 2048L << 20;

    private static String key(Path notebook) throws IOException {
        return new ExecutionKey(TIMEOUT, HEAP).of(Notebook.read(notebook));
    }

    /** Sets a cell's field in the notebook's file, as an editor would. */
    private static void edit(Path notebook, int cell, String field, Object value) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(notebook.toFile());
        ObjectNode c = (ObjectNode) root.get("cells").get(cell);
        c.set(field, JSON.valueToTree(value));
        JSON.writeValue(notebook.toFile(), root);
    }

    @Test
    void changingACellsCodeChangesTheKey(@TempDir Path dir) throws IOException {
        Path notebook = dir.resolve("01-a.ipynb");
        writeNotebook(notebook, "int x = 1;", "x + 1");
        String before = key(notebook);

        edit(notebook, 1, "source", "x + 2");

        assertNotEquals(before, key(notebook));
    }

    @Test
    void changingOnlyOutputsOrMarkdownKeepsTheKey(@TempDir Path dir) throws IOException {
        Path notebook = dir.resolve("01-a.ipynb");
        writeNotebook(notebook, "int x = 1;", "x + 1");
        String before = key(notebook);

        edit(notebook, 1, "outputs", List.of(java.util.Map.of("output_type", "stream", "name", "stdout",
                "text", "left from another run\n")));
        edit(notebook, 1, "execution_count", 7);
        ObjectNode root = (ObjectNode) JSON.readTree(notebook.toFile());
        ((ArrayNode) root.get("cells")).insertObject(0).put("cell_type", "markdown").put("source", "# New prose")
                .putObject("metadata");
        JSON.writeValue(notebook.toFile(), root);

        assertEquals(before, key(notebook));
    }

    @Test
    void taggingACellRaisesExceptionChangesTheKey(@TempDir Path dir) throws IOException {
        Path notebook = dir.resolve("01-a.ipynb");
        writeNotebook(notebook, "int x = 1;");
        String before = key(notebook);

        edit(notebook, 0, "metadata", java.util.Map.of("tags", List.of("raises-exception")));

        assertNotEquals(before, key(notebook));
    }

    @Test
    void changingAJarChangesTheKey(@TempDir Path dir) throws IOException {
        Path notebook = dir.resolve("01-a.ipynb");
        writeNotebook(notebook, "int x = 1;");
        Files.createDirectories(dir.resolve("jars"));
        Files.writeString(dir.resolve("jars/library.jar"), "the library, first build");
        String before = key(notebook);

        Files.writeString(dir.resolve("jars/library.jar"), "the library, second build");

        assertNotEquals(before, key(notebook));
    }

    @Test
    void changingTheCellTimeoutOrTheHeapChangesTheKey(@TempDir Path dir) throws IOException {
        Path notebook = dir.resolve("01-a.ipynb");
        writeNotebook(notebook, "int x = 1;");
        Notebook read = Notebook.read(notebook);

        String usual = new ExecutionKey(TIMEOUT, HEAP).of(read);

        assertEquals(usual, new ExecutionKey(TIMEOUT, HEAP).of(read), "the same options, the same key");
        assertNotEquals(usual, new ExecutionKey(Duration.ofSeconds(30), HEAP).of(read));
        assertNotEquals(usual, new ExecutionKey(TIMEOUT, 512L << 20).of(read));
    }

    /** Runs a notebook here, and keeps its run in the cache; returns the key. */
    private static String runAndStore(ExecutionCache cache, Path notebook) throws IOException {
        ExecutedNotebook run = new NotebookRunner().run(notebook);
        assertTrue(run.passed(), run.failureReport());
        String key = key(notebook);
        assertEquals(Optional.empty(), cache.store(key, run));
        return key;
    }

    @Test
    void aStoredRunComesBackAsTheSameExecutedNotebook(@TempDir Path dir) throws IOException {
        Path notebook = dir.resolve("notebooks/01-a.ipynb");
        writeNotebook(notebook, "System.out.println(\"printed\");", "", "6 * 7");
        ExecutionCache cache = ExecutionCache.open(dir.resolve("cache"), ExecutionCache.DEFAULT_MAX_BYTES);
        ExecutedNotebook run = new NotebookRunner().run(notebook);
        run.write(dir.resolve("ran.ipynb"));
        cache.store(key(notebook), run);

        ExecutionCache.Lookup found = cache.lookup(key(notebook), Notebook.read(notebook));

        assertEquals(Optional.empty(), found.note());
        found.executed().orElseThrow().write(dir.resolve("cached.ipynb"));
        assertEquals(Files.readString(dir.resolve("ran.ipynb")), Files.readString(dir.resolve("cached.ipynb")));
        assertTrue(Files.readString(dir.resolve("cached.ipynb")).contains("printed"));
    }

    @Test
    void aDamagedEntryIsAMissWithANoteAndTheNextRunReplacesIt(@TempDir Path dir) throws IOException {
        Path notebook = dir.resolve("notebooks/01-a.ipynb");
        writeNotebook(notebook, "\"the true output\"");
        ExecutionCache cache = ExecutionCache.open(dir.resolve("cache"), ExecutionCache.DEFAULT_MAX_BYTES);
        String key = runAndStore(cache, notebook);
        Path entry = dir.resolve("cache/entries/" + key + ".json");
        Files.writeString(entry, Files.readString(entry).replace("the true output", "the fake output"));

        ExecutionCache.Lookup found = cache.lookup(key, Notebook.read(notebook));

        assertTrue(found.executed().isEmpty(), "never a stale or forged hit");
        String damaged = " does not match the SHA-256 the manifest lists (damaged, or changed by hand); the notebook runs again";
        assertEquals("cache entry for 01-a.ipynb not used: its file " + entry + damaged, found.note().orElseThrow());
        runAndStore(cache, notebook);
        assertTrue(cache.lookup(key, Notebook.read(notebook)).executed().isPresent(), "replaced by the new run");
    }

    @Test
    void aMissingOrUnparsableEntryIsAMissWithANote(@TempDir Path dir) throws IOException {
        Path notebook = dir.resolve("notebooks/01-a.ipynb");
        writeNotebook(notebook, "1 + 1");
        ExecutionCache cache = ExecutionCache.open(dir.resolve("cache"), ExecutionCache.DEFAULT_MAX_BYTES);
        String key = runAndStore(cache, notebook);
        Path entry = dir.resolve("cache/entries/" + key + ".json");
        Files.delete(entry);

        assertEquals("cache entry for 01-a.ipynb not used: its file " + entry + " is missing; the notebook runs again",
                cache.lookup(key, Notebook.read(notebook)).note().orElseThrow());

        Files.writeString(entry, "{ not json");
        String note = cache.lookup(key, Notebook.read(notebook)).note().orElseThrow();
        assertTrue(note.startsWith("cache entry for 01-a.ipynb not used: its file " + entry + " has 10 bytes"), note);
        assertTrue(note.contains(" bytes, the manifest lists "), note);
    }

    @Test
    void aForeignEntryListedWithItsOwnHashIsAMissWithANote(@TempDir Path dir) throws IOException {
        Path first = dir.resolve("notebooks/01-a.ipynb");
        Path second = dir.resolve("notebooks/02-b.ipynb");
        writeNotebook(first, "\"first\"");
        writeNotebook(second, "\"second\"");
        Path folder = dir.resolve("cache");
        ExecutionCache cache = ExecutionCache.open(folder, ExecutionCache.DEFAULT_MAX_BYTES);
        String firstKey = runAndStore(cache, first);
        String secondKey = runAndStore(cache, second);
        // The second entry's file copied over the first's, and the manifest made to agree: a consistent forgery.
        byte[] foreign = Files.readAllBytes(folder.resolve("entries/" + secondKey + ".json"));
        Files.write(folder.resolve("entries/" + firstKey + ".json"), foreign);
        ObjectNode manifest = (ObjectNode) JSON.readTree(folder.resolve("manifest.json").toFile());
        for (var entry : manifest.get("entries")) {
            if (entry.get("key").asText().equals(firstKey)) {
                ((ObjectNode) entry).put("bytes", foreign.length).put("sha256", ExecutionKey.sha256(foreign));
            }
        }
        JSON.writeValue(folder.resolve("manifest.json").toFile(), manifest);

        ExecutionCache.Lookup found = cache.lookup(firstKey, Notebook.read(first));

        assertTrue(found.executed().isEmpty());
        assertTrue(found.note().orElseThrow().startsWith(
                "cache entry for 01-a.ipynb not used: its file is an entry for another run"), found::toString);
    }

    @Test
    void aFileNotListedAtAnEntrysPlaceIsLeftAloneAndTheRunNotCached(@TempDir Path dir) throws IOException {
        Path notebook = dir.resolve("notebooks/01-a.ipynb");
        writeNotebook(notebook, "1 + 1");
        ExecutionCache cache = ExecutionCache.open(dir.resolve("cache"), ExecutionCache.DEFAULT_MAX_BYTES);
        Path stranger = dir.resolve("cache/entries/" + key(notebook) + ".json");
        Files.writeString(stranger, "someone else's file");

        Optional<String> note = cache.store(key(notebook), new NotebookRunner().run(notebook));

        assertEquals("the run of 01-a.ipynb was not cached: " + stranger + " is not listed in the manifest; it is left as it is",
                note.orElseThrow());
        assertEquals("someone else's file", Files.readString(stranger));
        assertTrue(cache.lookup(key(notebook), Notebook.read(notebook)).executed().isEmpty());
    }

    @Test
    void aFailedRunIsNeverCached(@TempDir Path dir) throws IOException {
        Path notebook = dir.resolve("notebooks/01-fails.ipynb");
        writeNotebook(notebook, "throw new IllegalStateException(\"fails\");");
        ExecutionCache cache = ExecutionCache.open(dir.resolve("cache"), ExecutionCache.DEFAULT_MAX_BYTES);
        ExecutedNotebook run = new NotebookRunner().run(notebook);
        assertFalse(run.passed());

        cache.store(key(notebook), run);

        assertEquals(new ExecutionCache.Lookup(Optional.empty(), Optional.empty()),
                cache.lookup(key(notebook), Notebook.read(notebook)));
        try (var entries = Files.list(dir.resolve("cache/entries"))) {
            assertEquals(0, entries.count(), "no entry file");
        }
    }

    @Test
    void theCacheKeepsItsBoundDroppingTheEntryUsedLongestAgo(@TempDir Path dir) throws IOException {
        Path first = dir.resolve("notebooks/01-a.ipynb");
        Path second = dir.resolve("notebooks/02-b.ipynb");
        writeNotebook(first, "\"a\".repeat(3000)");
        writeNotebook(second, "\"b\".repeat(3000)");
        ExecutionCache cache = ExecutionCache.open(dir.resolve("cache"), 5000);

        String firstKey = runAndStore(cache, first);
        String secondKey = runAndStore(cache, second);

        assertFalse(Files.exists(dir.resolve("cache/entries/" + firstKey + ".json")), "dropped");
        assertTrue(cache.lookup(firstKey, Notebook.read(first)).executed().isEmpty());
        assertTrue(cache.lookup(secondKey, Notebook.read(second)).executed().isPresent());
    }

    @Test
    void aFolderWithFilesButNoManifestIsLeftAloneAndNotUsed(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("cache"));
        Files.writeString(dir.resolve("cache/mynotes.txt"), "mine");

        ExecutionCache.CacheTrouble trouble = assertThrows(ExecutionCache.CacheTrouble.class,
                () -> ExecutionCache.open(dir.resolve("cache"), ExecutionCache.DEFAULT_MAX_BYTES));

        String why = " holds files but no manifest.json; it is left as it is and not used. Remove it to start a new cache";
        assertEquals("the cache folder " + dir.resolve("cache") + why, trouble.getMessage());
        assertEquals("mine", Files.readString(dir.resolve("cache/mynotes.txt")));
    }

    @Test
    void aBuildWithADamagedManifestRunsEveryNotebookAndSaysWhy(@TempDir Path dir) throws IOException {
        Path notebooks = dir.resolve("notebooks");
        writeNotebook(notebooks.resolve("01-a.ipynb"), "1");
        Files.createDirectories(dir.resolve("course-cache"));
        Files.writeString(dir.resolve("course-cache/manifest.json"), "{ damaged");

        BuildCommandTest.Run run = BuildCommandTest.build("--notebooks", notebooks.toString(),
                "--out", dir.resolve("course").toString());

        assertEquals(0, run.status(), run::all);
        assertTrue(run.err().contains("note: " + dir.resolve("course-cache/manifest.json") + " does not parse as JSON: "),
                run::all);
        assertTrue(run.err().contains("the cache folder is left as it is and not used. Remove "
                + dir.resolve("course-cache") + " to start a new cache; every notebook runs"), run::all);
        assertEquals("{ damaged", Files.readString(dir.resolve("course-cache/manifest.json")));
    }
}
