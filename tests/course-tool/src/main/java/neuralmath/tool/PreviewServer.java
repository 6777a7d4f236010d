package neuralmath.tool;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * Serves a built course to the author's browser on 127.0.0.1 only, with the JDK's HTTP server: files under the
 * course folder, nothing outside it (a path that leaves it, through {@code ..} or a link, is refused with 403).
 * Each HTML page is served with a small script added before {@code </body>} (only here: the files on disk, the
 * exported site, never hold it) that asks {@value #CHANGES} whether its page changed, and reloads it when it did.
 *
 * <p>{@code GET /__preview/changes?path=/site/01-a.html&since=VERSION} answers at once with the page's version
 * (the SHA-256 of its bytes at the last {@link #publish}) when it is not {@code since}, else waits for a
 * {@link #publish} that changes it, up to {@value #WAIT_SECONDS} s, and answers with the version then.
 */
final class PreviewServer implements AutoCloseable {

    static final String CHANGES = "/__preview/changes";
    static final int WAIT_SECONDS = 20;
    private static final String NONE = "none";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"), Map.entry("ttf", "font/ttf"), Map.entry("ipynb", "application/x-ipynb+json"));
    private static final String RELOAD = """
            <script>/* course preview: reloads this page when it is rebuilt; not part of the exported site */
            (function () {
              var since = "%s";
              function ask() {
                fetch("%s?path=" + encodeURIComponent(location.pathname) + "&since=" + since)
                  .then(function (r) { return r.text(); })
                  .then(function (v) { if (v !== since) { location.reload(); } else { ask(); } })
                  .catch(function () { setTimeout(ask, 2000); });
              }
              ask();
            })();
            </script>
            """;

    private final Path root;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(32);
    private final Map<String, String> versions = new HashMap<>();
    /** While a rebuild writes the course, pages wait for its {@link #publish} rather than reload half a build. */
    private boolean rebuilding;

    /** Serves {@code root} on 127.0.0.1:{@code port} (0: any free port). */
    PreviewServer(Path root, int port) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", this::serve);
        server.setExecutor(threads);
        server.start();
    }

    /** Where it listens: 127.0.0.1 and the port. */
    InetSocketAddress address() {
        return server.getAddress();
    }

    /** Says a rebuild has started: no page is told of a change until it is published. */
    void rebuilding() {
        synchronized (versions) {
            rebuilding = true;
        }
    }

    /**
     * Records each page's version as it is now, after a rebuild, and wakes the pages waiting for a change; returns
     * the pages that changed (or came or went) since the last time.
     */
    List<String> publish() throws IOException {
        Map<String, String> now = new HashMap<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".html") && Files.isRegularFile(f)).toList()) {
                    now.put("/" + root.relativize(file).toString().replace('\\', '/'),
                            ExecutionKey.sha256(Files.readAllBytes(file)));
                }
            }
        }
        synchronized (versions) {
            java.util.TreeSet<String> changed = new java.util.TreeSet<>(now.keySet());
            changed.addAll(versions.keySet());
            changed.removeIf(page -> java.util.Objects.equals(now.get(page), versions.get(page)));
            versions.clear();
            versions.putAll(now);
            rebuilding = false;
            versions.notifyAll();
            return List.copyOf(changed);
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!List.of("GET", "HEAD").contains(exchange.getRequestMethod())) {
                send(exchange, 405, "text/plain; charset=utf-8", "only GET and HEAD\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            URI uri = exchange.getRequestURI();
            String path = uri.getPath();
            if (CHANGES.equals(path)) {
                Map<String, String> query = query(uri.getRawQuery());
                String version = awaitChange(query.getOrDefault("path", ""), query.getOrDefault("since", ""));
                send(exchange, 200, "text/plain; charset=utf-8", version.getBytes(StandardCharsets.UTF_8));
                return;
            }
            Path file = resolve(path);
            if (file == null) {
                send(exchange, 403, "text/plain; charset=utf-8",
                        "refused: the path leaves the course folder\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (path.equals("/") || Files.isDirectory(file) && !path.endsWith("/")) {
                exchange.getResponseHeaders().set("Location", path.equals("/") ? "/site/" : path + "/");
                send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
                return;
            }
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!Files.isRegularFile(file)) {
                send(exchange, 404, "text/plain; charset=utf-8", ("not built (yet): " + path + "\n")
                        .getBytes(StandardCharsets.UTF_8));
                return;
            }
            byte[] bytes = Files.readAllBytes(file);
            String type = TYPES.getOrDefault(extension(file), "application/octet-stream");
            if (type.startsWith("text/html")) {
                bytes = withReloadScript(bytes);
            }
            send(exchange, 200, type, bytes);
        }
    }

    /** The file a request path names, or null when it leaves the course folder (by {@code ..} or by a link). */
    Path resolve(String requestPath) throws IOException {
        if (requestPath == null || requestPath.indexOf('\0') >= 0) {
            return null;
        }
        Path file;
        try {
            file = root.resolve(requestPath.replaceFirst("^/+", "")).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
        if (!file.startsWith(root) || Stream.of(requestPath.split("/")).anyMatch(".."::equals)) {
            return null;
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(root)
                && !file.toRealPath().startsWith(root.toRealPath())) {
            return null;
        }
        return file;
    }

    /** The page's version once it is not {@code since}, or after {@value #WAIT_SECONDS} s whatever it is. */
    private String awaitChange(String page, String since) {
        long end = System.nanoTime() + WAIT_SECONDS * 1_000_000_000L;
        synchronized (versions) {
            String version = versions.getOrDefault(page, NONE);
            while ((rebuilding || version.equals(since)) && System.nanoTime() < end) {
                try {
                    versions.wait(Math.max(1, (end - System.nanoTime()) / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                version = versions.getOrDefault(page, NONE);
            }
            return rebuilding ? since : version;
        }
    }

    private byte[] withReloadScript(byte[] page) {
        String html = new String(page, StandardCharsets.UTF_8);
        String script = RELOAD.formatted(ExecutionKey.sha256(page), CHANGES);
        int end = html.lastIndexOf("</body>");
        html = end < 0 ? html + script : html.substring(0, end) + script + html.substring(end);
        return html.getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    query.put(java.net.URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return query;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
