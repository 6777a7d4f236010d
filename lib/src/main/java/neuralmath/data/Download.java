package neuralmath.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * One file fetched over HTTP, kept only when it is whole and its SHA-256 is the one expected.
 *
 * <p>The bytes go to a temporary file beside the target while their SHA-256 is computed; only when the count of
 * bytes is the one the server announced and the SHA-256 matches is the temporary file renamed to the target, in one
 * atomic step. So the target is either absent or right: an interrupted or corrupted download leaves nothing behind
 * that a later run could mistake for the data.
 */
final class Download {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(60);
    private static final int BUFFER = 1 << 16;

    private Download() {
    }

    /**
     * Downloads {@code source} to {@code target}.
     *
     * @throws DataFileException naming the URL and what went wrong: no answer, an HTTP error, fewer bytes than
     *                           announced, or a SHA-256 other than {@code expectedSha256} (then it names both)
     */
    static void file(URI source, Path target, String expectedSha256, DownloadListener listener) {
        Path temporary = null;
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            temporary = Files.createTempFile(target.toAbsolutePath().getParent(), target.getFileName() + ".", ".part");
            String sha256 = fetch(source, temporary, target.getFileName().toString(), listener);
            if (!sha256.equals(expectedSha256)) {
                throw new DataFileException(source + ": the downloaded file's SHA-256 is " + sha256 + ", but "
                        + target.getFileName() + " must have SHA-256 " + expectedSha256 + "; it was not kept");
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (ConnectException | UnknownHostException | HttpConnectTimeoutException e) {
            throw new DataFileException("could not download " + source + ": no connection to " + source.getHost()
                    + " (" + e + ")", e);
        } catch (IOException e) {
            throw new DataFileException("could not download " + source + " to " + target + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataFileException(source + ": the download was interrupted", e);
        } finally {
            deleteIfLeft(temporary);
        }
    }

    /** Streams the answer to {@code source} into {@code file}; returns the SHA-256 of what arrived, in hex. */
    private static String fetch(URI source, Path file, String name, DownloadListener listener)
            throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(CONNECT_TIMEOUT).build();
        HttpRequest request = HttpRequest.newBuilder(source).timeout(ANSWER_TIMEOUT).GET().build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body(); OutputStream out = Files.newOutputStream(file)) {
            if (response.statusCode() != 200) {
                throw new DataFileException(source + ": the server answered HTTP " + response.statusCode()
                        + " instead of sending the file");
            }
            long announced = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            MessageDigest sha256 = sha256();
            long received = 0;
            listener.started(name, announced);
            try {
                byte[] buffer = new byte[BUFFER];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    out.write(buffer, 0, n);
                    sha256.update(buffer, 0, n);
                    received += n;
                    listener.advanced(received);
                }
            } catch (IOException e) {
                throw new DataFileException(source + ": the download broke off after " + received + " of "
                        + (announced < 0 ? "?" : announced) + " bytes (" + e.getMessage() + ")", e);
            } finally {
                listener.ended();
            }
            if (announced >= 0 && received != announced) {
                throw new DataFileException(source + ": the download broke off after " + received + " of "
                        + announced + " bytes");
            }
            return HexFormat.of().formatHex(sha256.digest());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void deleteIfLeft(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            System.err.println("neural-math: could not delete the unfinished download " + temporary + ": " + e);
        }
    }
}
