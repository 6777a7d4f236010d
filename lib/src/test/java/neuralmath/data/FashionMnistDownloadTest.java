package neuralmath.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where FashionMnist looks for its files, and its download, against an HTTP server on the loopback address started
 * here (the JDK's): the tests never reach the internet.
 */
class FashionMnistDownloadTest {

    @TempDir
    Path temp;

    HttpServer server;
    /** What the server sends for each file name; a name it does not know gets HTTP 404. */
    final Map<String, byte[]> served = new ConcurrentHashMap<>();
    /** Names it answers with HTTP 500, and names whose answer announces more bytes than it sends. */
    final Map<String, String> misbehaving = new ConcurrentHashMap<>();
    final List<String> requested = new ArrayList<>();
    final List<String> heard = new ArrayList<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String name = exchange.getRequestURI().getPath().substring(1);
            synchronized (requested) {
                requested.add(name);
            }
            byte[] body = served.get(name);
            String fault = misbehaving.getOrDefault(name, "");
            if (fault.equals("error") || body == null) {
                exchange.sendResponseHeaders(body == null ? 404 : 500, -1);
            } else if (fault.equals("truncated")) {
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body, 0, body.length / 2);
            } else {
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    URI source() {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/");
    }

    /** Files looked up in {@code folders}, then in temp/cache, downloading from the test's server. */
    FashionMnistFiles files(boolean downloads, Path... folders) throws NoSuchAlgorithmException {
        return new FashionMnistFiles(List.of(folders), temp.resolve("cache"), source(),
                Map.of("t10k-images-idx3-ubyte.gz", sha256(IMAGES), "t10k-labels-idx1-ubyte.gz", sha256(LABELS)),
                downloads, listener());
    }

    DownloadListener listener() {
        return new DownloadListener() {
            @Override
            public void started(String file, long totalBytes) {
                heard.add("started " + file + " " + totalBytes);
            }

            @Override
            public void advanced(long bytesSoFar) {
                heard.add("advanced " + bytesSoFar);
            }

            @Override
            public void ended() {
                heard.add("ended");
            }
        };
    }

    static byte[] idx(int magic, int[] sizes, byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
            out.writeInt(magic);
            for (int size : sizes) {
                out.writeInt(size);
            }
            out.write(data);
        }
        return bytes.toByteArray();
    }

    /** Two 2×2 test images, labels 7 and 3, as the server holds them. */
    static final byte[] IMAGES;
    static final byte[] LABELS;

    static {
        try {
            IMAGES = idx(0x803, new int[] {2, 2, 2}, new byte[] {0, 1, 2, 3, 4, 5, 6, 7});
            LABELS = idx(0x801, new int[] {2}, new byte[] {7, 3});
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    void write(Path folder, String name, byte[] bytes) throws IOException {
        Files.createDirectories(folder);
        Files.write(folder.resolve(name), bytes);
    }

    List<String> cacheFiles() throws IOException {
        Path cache = temp.resolve("cache");
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theFileIsDownloadedIntoTheCacheWithProgressAndKeptWhenItsSha256IsRight() throws Exception {
        served.put("t10k-images-idx3-ubyte.gz", IMAGES);
        Path file = temp.resolve("file.gz");
        Download.file(source().resolve("t10k-images-idx3-ubyte.gz"), file, sha256(IMAGES), listener());
        assertArrayEquals(IMAGES, Files.readAllBytes(file));
        assertEquals("started file.gz " + IMAGES.length, heard.get(0));
        assertEquals(List.of("advanced " + IMAGES.length, "ended"), heard.subList(heard.size() - 2, heard.size()));
        try (Stream<Path> left = Files.list(temp)) {
            assertEquals(List.of(file), left.toList(), "no temporary file is left beside it");
        }
    }

    @Test
    void aFileWithAnotherSha256IsNotKeptAndTheMessageNamesTheFileAndBothHashes() throws Exception {
        served.put("t10k-images-idx3-ubyte.gz", IMAGES);
        Path file = temp.resolve("cache/t10k-images-idx3-ubyte.gz");
        String expected = "0".repeat(64);
        String message = assertThrows(DataFileException.class, () -> Download.file(
                source().resolve("t10k-images-idx3-ubyte.gz"), file, expected, listener())).getMessage();
        assertTrue(message.contains("t10k-images-idx3-ubyte.gz: the downloaded file's SHA-256 is " + sha256(IMAGES)
                + ", but t10k-images-idx3-ubyte.gz must have SHA-256 " + expected + "; it was not kept"), message);
        assertEquals(List.of(), cacheFiles(), "neither the file nor a temporary file is kept");
    }

    @Test
    void theCourseChecksumsAreThoseOfThePublishedFiles() {
        assertEquals(FashionMnistFiles.NAMES.stream().sorted().toList(),
                FashionMnist.SHA256.keySet().stream().sorted().toList());
        assertEquals(URI.create("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/t10k-images-idx3-ubyte.gz"),
                FashionMnist.SOURCE.resolve("t10k-images-idx3-ubyte.gz"));
    }

    @Test
    void aServerErrorIsNamedAndNothingIsKept() throws Exception {
        served.put("t10k-images-idx3-ubyte.gz", IMAGES);
        misbehaving.put("t10k-images-idx3-ubyte.gz", "error");
        String message = assertThrows(DataFileException.class, () -> FashionMnist.read(files(true), "t10k", 10))
                .getMessage();
        assertTrue(message.contains("images-idx3-ubyte.gz: the server answered HTTP 500 instead of sending the file"),
                message);
        assertTrue(message.contains("To get the files without a network: on Debian or Ubuntu, `apt-get install "
                + "dataset-fashion-mnist`"), message);
        assertTrue(cacheFiles().isEmpty(), cacheFiles().toString());
    }

    @Test
    void aTruncatedDownloadIsNamedAndNotKept() throws Exception {
        served.put("t10k-images-idx3-ubyte.gz", IMAGES);
        misbehaving.put("t10k-images-idx3-ubyte.gz", "truncated");
        Path file = temp.resolve("cache/t10k-images-idx3-ubyte.gz");
        String message = assertThrows(DataFileException.class, () -> Download.file(
                source().resolve("t10k-images-idx3-ubyte.gz"), file, sha256(IMAGES), listener())).getMessage();
        assertTrue(message.contains("t10k-images-idx3-ubyte.gz: the download broke off after "), message);
        assertTrue(message.contains(" of " + IMAGES.length + " bytes"), message);
        assertEquals(List.of(), cacheFiles());
        assertEquals("ended", heard.get(heard.size() - 1), "the progress bar is closed");
    }

    @Test
    void withoutAServerTheMessageNamesTheFoldersLookedInTheUrlAndTheAptGetCommand() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        URI nowhere = URI.create("http://127.0.0.1:" + closedPort + "/");
        Path given = temp.resolve("given");
        FashionMnistFiles files = new FashionMnistFiles(List.of(given), temp.resolve("cache"), nowhere,
                FashionMnist.SHA256, true, listener());
        String message = assertThrows(DataFileException.class, () -> files.find("t10k-labels-idx1-ubyte.gz"))
                .getMessage();
        assertTrue(message.startsWith("Fashion-MNIST's t10k-labels-idx1-ubyte.gz is in none of the folders looked in ("
                + given + ", " + temp.resolve("cache") + "), and downloading it failed: could not download "
                + nowhere + "t10k-labels-idx1-ubyte.gz: no connection to 127.0.0.1 (java.net.ConnectException"),
                message);
        assertTrue(message.contains("To get the files without a network: on Debian or Ubuntu, `apt-get install "
                + "dataset-fashion-mnist` puts them in /usr/share/datasets/fashion-mnist; or, on a machine with a "
                + "network, download train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz, t10k-images-idx3-ubyte.gz"
                + " and t10k-labels-idx1-ubyte.gz from " + nowhere + " and copy them into " + temp.resolve("cache")),
                message);
        assertEquals(List.of(), cacheFiles());
    }

    @Test
    void withDownloadingOffAMissingFileIsNamedAndTheServerIsNotAsked() throws Exception {
        served.put("t10k-images-idx3-ubyte.gz", IMAGES);
        Path given = temp.resolve("given");
        String message = assertThrows(DataFileException.class, () -> FashionMnist.read(files(false, given), "t10k", 10))
                .getMessage();
        assertTrue(message.startsWith("Fashion-MNIST's t10k-images-idx3-ubyte.gz is in none of the folders looked in ("
                + given + ", " + temp.resolve("cache") + "), and downloading is off (-Dneuralmath.download=off)."),
                message);
        assertTrue(message.contains("To get the files without a network: on Debian or Ubuntu, `apt-get install "
                + "dataset-fashion-mnist`"), message);
        assertEquals(List.of(), requested);
    }

    @Test
    void eachFileComesFromTheFirstFolderThatHasItThenTheCacheThenTheServer() throws Exception {
        Path given = temp.resolve("given");
        Path debian = temp.resolve("debian");
        byte[] otherImages = idx(0x803, new int[] {1, 2, 2}, new byte[] {9, 9, 9, 9});
        byte[] otherLabels = idx(0x801, new int[] {1}, new byte[] {1});
        write(given, "t10k-images-idx3-ubyte.gz", IMAGES);
        write(debian, "t10k-images-idx3-ubyte.gz", otherImages);
        write(debian, "t10k-labels-idx1-ubyte.gz", LABELS);
        write(temp.resolve("cache"), "t10k-labels-idx1-ubyte.gz", otherLabels);
        FashionMnistFiles files = files(true, debian).from(given);
        assertEquals(given.resolve("t10k-images-idx3-ubyte.gz"), files.find("t10k-images-idx3-ubyte.gz"));
        assertEquals(debian.resolve("t10k-labels-idx1-ubyte.gz"), files.find("t10k-labels-idx1-ubyte.gz"));
        Dataset test = FashionMnist.read(files, "t10k", 10);
        assertArrayEquals(new int[] {7, 3}, test.labels());

        Files.delete(debian.resolve("t10k-labels-idx1-ubyte.gz"));
        assertEquals(temp.resolve("cache/t10k-labels-idx1-ubyte.gz"), files.find("t10k-labels-idx1-ubyte.gz"));
        assertEquals(List.of(), requested, "a file some folder holds is never downloaded");
    }

    @Test
    void aMissingFileIsDownloadedIntoTheCacheAndReadFromThereNextTime() throws Exception {
        Path debian = temp.resolve("debian");
        write(debian, "t10k-images-idx3-ubyte.gz", IMAGES);
        served.put("t10k-labels-idx1-ubyte.gz", LABELS);
        FashionMnistFiles files = files(true, debian);
        Dataset first = FashionMnist.read(files, "t10k", 10);
        assertArrayEquals(new int[] {7, 3}, first.labels());
        assertEquals(List.of("t10k-labels-idx1-ubyte.gz"), cacheFiles());
        FashionMnist.read(files, "t10k", 10);
        assertEquals(List.of("t10k-labels-idx1-ubyte.gz"), requested, "downloaded once, then read from the cache");
        assertFalse(heard.isEmpty());
    }
}
