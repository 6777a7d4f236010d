package neuralmath.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Writes a file all or nothing: the content goes to a temporary file in the same directory, which is flushed to
 * disk and then renamed over the target in one atomic step. A crash or an error while writing leaves the old file
 * as it was, never a half-written one.
 *
 * <p>What it replaces stays what it was: a symbolic link is written through, to the file it points at, and the new
 * file keeps the old one's permissions (a new file gets the usual ones, 0666 less the umask, e.g. 0644). The
 * temporary file is named {@code .<name>.saving-<16 hex digits>.tmp} (earlier versions: {@code .<name>.<digits>.tmp});
 * one left behind by a save that was killed is removed by the next save of the same file once it is a minute old,
 * unless a save still holds its lock. Errors name the caller's path.
 */
public final class AtomicFile {

    private static final int MAX_LINKS = 40;
    /** A temporary file younger than this may be one that a save has created but not locked yet. */
    private static final Duration STALE_AFTER = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What to write. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /**
     * Replaces {@code target} (or the file it links to) with what {@code content} writes, or leaves it untouched if
     * writing fails. An exception that {@code content} throws passes through as it is.
     */
    public static void write(Path target, Content content) throws IOException {
        Path destination = followLinks(target);
        Path directory = destination.toAbsolutePath().getParent();
        if (!Files.isDirectory(directory)) {
            throw new NoSuchFileException(target.toString(), null,
                    "cannot save: the directory " + directory + " does not exist");
        }
        String name = destination.getFileName().toString();
        removeStaleTemporaries(directory, name);
        Path temporary = directory.resolve("." + name + ".saving-" + HexFormat.of().toHexDigits(RANDOM.nextLong())
                + ".tmp");
        FileChannel opened;
        try {
            opened = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw saveFailure(target, directory, e);
        }
        try (FileChannel channel = opened) {
            lock(channel, target, directory);
            content.writeTo(Channels.newOutputStream(channel));
            try {
                channel.force(true);
                keepPermissions(destination, temporary);
                Files.move(temporary, destination, StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw saveFailure(target, directory, e);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    /** Locks the temporary file until its channel closes, so that no other save takes it for a stale one. */
    private static void lock(FileChannel channel, Path target, Path directory) throws IOException {
        try {
            channel.lock();
        } catch (IOException e) {
            throw saveFailure(target, directory, e);
        }
    }

    /** The file a chain of symbolic links ends at, or {@code target} itself if it is not a link. */
    private static Path followLinks(Path target) throws IOException {
        Path path = target;
        for (int links = 0; Files.isSymbolicLink(path); links++) {
            if (links == MAX_LINKS) {
                throw new FileSystemException(target.toString(), null,
                        "cannot save: more than " + MAX_LINKS + " symbolic links in a row");
            }
            Path next = Files.readSymbolicLink(path);
            path = path.getParent() == null ? next : path.getParent().resolve(next);
        }
        return path;
    }

    /** Gives the new file the permissions of the one it replaces, if there is one and the system has them. */
    private static void keepPermissions(Path destination, Path temporary) throws IOException {
        if (Files.exists(destination) && FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(destination));
        }
    }

    /**
     * Removes this library's temporary files of {@code name} that are older than {@link #STALE_AFTER} and that no
     * save holds a lock on.
     */
    private static void removeStaleTemporaries(Path directory, String name) {
        Instant staleBefore = Instant.now().minus(STALE_AFTER);
        // .<name>.saving-<16 hex>.tmp now; .<name>.<digits>.tmp from versions that used Files.createTempFile
        Pattern ours = Pattern.compile("\\." + Pattern.quote(name) + "\\.(saving-[0-9a-f]{16}|[0-9]{1,20})\\.tmp");
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory,
                p -> ours.matcher(p.getFileName().toString()).matches()
                        && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))) {
            for (Path file : files) {
                if (!Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(staleBefore)) {
                    continue;
                }
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE,
                        LinkOption.NOFOLLOW_LINKS)) {
                    if (channel.tryLock() != null) {
                        Files.delete(file);
                    }
                } catch (OverlappingFileLockException | IOException stillWrittenOrNotOurs) {
                    // a save in this JVM holds it, or it cannot be opened: leave it
                }
            }
        } catch (IOException unreadableDirectory) {
            // nothing to clean that we could see; the save itself reports what is wrong with the directory
        }
    }

    /**
     * {@code <target>: cannot save: <reason>}, with {@code e}, which may name the temporary file, as the cause:
     * the message names the caller's path only.
     */
    static IOException saveFailure(Path target, Path directory, IOException e) {
        String reason = e instanceof AccessDeniedException
                ? "permission denied to write in " + directory
                : e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                : e.getClass().getSimpleName();
        FileSystemException failure = new FileSystemException(target.toString(), null, "cannot save: " + reason);
        failure.initCause(e);
        return failure;
    }
}
