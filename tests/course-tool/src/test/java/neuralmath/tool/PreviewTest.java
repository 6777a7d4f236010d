package neuralmath.tool;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import static neuralmath.tool.BuildCommandTest.writeNotebook;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code course preview}: serves the built course on the loopback address only, never a file outside it; adds its
 * reload script to the pages it serves and to no file; tells an open page when a saved notebook changed it, with a
 * failing cell's error in the page; reports a change of the library with the command to run.
 */
class PreviewTest {

    /** How long a test waits for a rebuild it caused: generous, as the machine may be busy; no timing is asserted. */
    private static final Duration PATIENCE = Duration.ofMinutes(5);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final ByteArrayOutputStream reported = new ByteArrayOutputStream();
    private final ByteArrayOutputStream problems = new ByteArrayOutputStream();
    private PreviewCommand.Preview preview;
    private Thread watching;

    /** Starts a preview of {@code dir/notebooks} into {@code dir/course}, watching in a thread of its own. */
    private InetSocketAddress start(Path dir) throws Exception {
        Files.createDirectories(dir.resolve("lib/src"));
        preview = new PreviewCommand.Preview(dir.resolve("notebooks"), dir.resolve("lib"), dir.resolve("course"), 1,
                Duration.ofSeconds(60), 512L << 20, new CacheOptions(),
                new PrintStream(reported, true, StandardCharsets.UTF_8),
                new PrintStream(problems, true, StandardCharsets.UTF_8));
        InetSocketAddress address = preview.start(0);
        watching = new Thread(() -> {
            try {
                preview.watch();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, "preview-watch");
        watching.start();
        return address;
    }

    @AfterEach
    void stop() throws Exception {
        if (watching != null) {
            watching.interrupt();
            watching.join(PATIENCE.toMillis());
        }
        if (preview != null) {
            preview.close();
        }
    }

    private static HttpResponse<String> get(InetSocketAddress at, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + at.getPort() + path))
                .timeout(Duration.ofSeconds(PreviewServer.WAIT_SECONDS * 3L)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The page's version once it is not {@code since}, asking (each question waits up to 20 s) within the patience. */
    private static String versionAfter(InetSocketAddress at, String page, String since) throws Exception {
        long end = System.nanoTime() + PATIENCE.toNanos();
        String version = since;
        while (version.equals(since) && System.nanoTime() < end) {
            version = get(at, PreviewServer.CHANGES + "?path=" + URLEncoder.encode(page, StandardCharsets.UTF_8)
                    + "&since=" + since).body();
        }
        return version;
    }

    /** Waits, within the patience, until {@code text} holds {@code expected}. */
    private static boolean waitFor(Supplier<String> text, String expected) throws InterruptedException {
        long end = System.nanoTime() + PATIENCE.toNanos();
        while (!text.get().contains(expected) && System.nanoTime() < end) {
            Thread.sleep(100);
        }
        return text.get().contains(expected);
    }

    /** A request sent as it is written, so no client can tidy its path first; returns the whole response. */
    private static String raw(InetSocketAddress at, String path) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), at.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void itServesThePagesWithTheReloadScriptWhichTheFilesDoNotHold(@TempDir Path dir) throws Exception {
        writeNotebook(dir.resolve("notebooks/01-a.ipynb"), "System.out.println(\"served \" + 6 * 7);");

        InetSocketAddress at = start(dir);

        HttpResponse<String> page = get(at, "/site/01-a.html");
        assertEquals(200, page.statusCode(), page::body);
        assertTrue(page.body().contains("served 42"), page::body);
        assertTrue(page.body().contains(PreviewServer.CHANGES), "the reload script: " + page.body());
        assertEquals(200, get(at, "/site/").statusCode(), "a folder serves its index.html");
        assertEquals(301, get(at, "/").statusCode(), "the root sends the browser to /site/");
        assertEquals(200, get(at, "/assets/course/site.css").statusCode());
        HttpResponse<String> missing = get(at, "/site/no-such-page.html");
        assertEquals(404, missing.statusCode());
        assertEquals("not built (yet): /site/no-such-page.html", missing.body().strip());
        for (Path file : List.of(dir.resolve("course/site/01-a.html"), dir.resolve("course/site/index.html"),
                dir.resolve("course/slides/01-a.html"))) {
            assertFalse(Files.readString(file).contains("__preview"), file + " holds no reload script");
        }
        assertTrue(reported.toString(StandardCharsets.UTF_8).contains("http://127.0.0.1:" + at.getPort()
                + "/site/index.html"), reported::toString);
    }

    @Test
    void itRefusesEveryPathThatLeavesTheCourseFolder(@TempDir Path dir) throws Exception {
        writeNotebook(dir.resolve("notebooks/01-a.ipynb"), "1");
        Files.writeString(dir.resolve("secret.txt"), "not for the browser");
        InetSocketAddress at = start(dir);

        for (String path : List.of("/../secret.txt", "/site/../../secret.txt", "/%2e%2e/secret.txt",
                "/site/%2E%2E/%2E%2E/secret.txt", "/..%2fsecret.txt")) {
            String response = raw(at, path);

            assertTrue(response.startsWith("HTTP/1.1 403"), path + ": " + response);
            assertTrue(response.contains("refused: the path leaves the course folder"), path + ": " + response);
            assertFalse(response.contains("not for the browser"), path + ": " + response);
        }
        assertTrue(raw(at, "/site/index.html").startsWith("HTTP/1.1 200"), "the check above can fail");
    }

    @Test
    void itListensOnTheLoopbackAddressOnly(@TempDir Path dir) throws Exception {
        writeNotebook(dir.resolve("notebooks/01-a.ipynb"), "1");

        InetSocketAddress at = start(dir);

        assertTrue(at.getAddress().isLoopbackAddress(), at::toString);
        List<InetAddress> others = new ArrayList<>();
        for (NetworkInterface face : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            face.inetAddresses().filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).forEach(others::add);
        }
        for (InetAddress other : others) {
            assertThrows(ConnectException.class, () -> new Socket(other, at.getPort()).close(),
                    "reachable on " + other);
        }
    }

    @Test
    void aSavedNotebookChangesItsPageAndAFailingCellShowsInItAndTheTerminal(@TempDir Path dir) throws Exception {
        Path notebook = dir.resolve("notebooks/01-a.ipynb");
        writeNotebook(notebook, "System.out.println(\"before \" + 6 * 7);");
        InetSocketAddress at = start(dir);
        String first = versionAfter(at, "/site/01-a.html", "unknown");

        writeNotebook(notebook, "System.out.println(\"after \" + 6 * 7);");

        String second = versionAfter(at, "/site/01-a.html", first);
        assertNotEquals(first, second, "a change within " + PATIENCE);
        assertTrue(get(at, "/site/01-a.html").body().contains("after 42"));

        writeNotebook(notebook, "throw new IllegalStateException(\"broken while writing\");");

        String third = versionAfter(at, "/site/01-a.html", second);
        assertNotEquals(second, third, "a change within " + PATIENCE);
        String page = get(at, "/site/01-a.html").body();
        assertTrue(page.contains("IllegalStateException: broken while writing"), page);
        String failed = "course preview: 1 notebook(s) failed; their pages show the error. Save a fix and the page reloads.";
        assertTrue(waitFor(() -> problems.toString(StandardCharsets.UTF_8), failed), problems::toString);
        assertTrue(problems.toString(StandardCharsets.UTF_8).contains("broken while writing"), problems::toString);
        assertTrue(watching.isAlive(), "the preview goes on");
    }

    @Test
    void aChangeOfTheLibraryIsReportedWithTheCommandToRun(@TempDir Path dir) throws Exception {
        writeNotebook(dir.resolve("notebooks/01-a.ipynb"), "1");
        start(dir);

        Files.writeString(dir.resolve("lib/src/Neuron.java"), "class Neuron {}");

        String what = "). The notebooks' JVMs load the library from the course tool's class path, which a running preview cannot change: stop the preview (Ctrl-C), run ./mvnw -B -ntp -o -q install -DskipTests -Dexec.skip and start it again;";
        String expected = "course preview: the library changed (" + dir.resolve("lib/src/Neuron.java") + what;
        assertTrue(waitFor(() -> problems.toString(StandardCharsets.UTF_8), expected), problems::toString);
    }

    @Test
    void aNotebookThatDoesNotParseKeepsTheLastGoodSiteAndThePreviewGoesOn(@TempDir Path dir) throws Exception {
        Path notebook = dir.resolve("notebooks/01-a.ipynb");
        writeNotebook(notebook, "System.out.println(\"good \" + 6 * 7);");
        InetSocketAddress at = start(dir);

        Files.writeString(notebook, "{ \"cells\": [ half saved");

        String kept = "; the site is as the last good build left it. Save a fix and it rebuilds.";
        assertTrue(waitFor(() -> problems.toString(StandardCharsets.UTF_8), kept), problems::toString);
        assertTrue(problems.toString(StandardCharsets.UTF_8).contains("course preview: " + notebook
                + ": not a notebook, its JSON does not parse"), problems::toString);
        assertTrue(get(at, "/site/01-a.html").body().contains("good 42"), "the last good page");
        assertTrue(watching.isAlive(), "the preview goes on");
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        java.io.StringWriter err = new java.io.StringWriter();

        int status = CourseTool.commandLine().setErr(new java.io.PrintWriter(err, true))
                .execute("preview", "--port", "70000");

        assertEquals(2, status, err::toString);
        assertTrue(err.toString().startsWith("--port must be 0 to 65535, got 70000"), err::toString);
    }
}
