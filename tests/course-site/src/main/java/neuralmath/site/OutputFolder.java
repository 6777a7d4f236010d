package neuralmath.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A folder the course export writes into, and its manifest {@code .course-export}: the files the export wrote there,
 * one relative path a line. The next export removes exactly the files its manifest lists and nothing else. It
 * refuses to start when the parts of the folder it writes ({@code site/}, {@code slides/} and so on) hold a file
 * the manifest does not list, such as a reader's notes or an export older than the manifest, so the export never
 * deletes or overwrites what it did not make.
 */
public final class OutputFolder {

    static final String MANIFEST = ".course-export";

    /** A manifest is a few lines per chapter; a larger file is not one the export wrote. */
    static final long MAX_MANIFEST_BYTES = 1L << 20;
    private static final String HEADER = "# The files the course export wrote here; the next export removes them.\n";

    private final Path root;
    private final List<Path> parts;
    private final Path manifest;

    private OutputFolder(Path root, List<Path> parts, String manifestName) {
        this.root = root;
        this.parts = parts;
        this.manifest = root.resolve(manifestName);
    }

    /**
     * Takes over {@code parts} of {@code root} (folder names; "." for the whole folder) for a new export: refuses if
     * they hold a file the last export's manifest does not list, else removes the files it lists and starts a new
     * manifest.
     */
    public static OutputFolder claim(Path root, List<String> parts) throws IOException {
        return claim(root, parts, MANIFEST);
    }

    /**
     * As {@link #claim(Path, List)}, keeping the list in the manifest {@code manifestName} of {@code root}: for a second
     * export into other parts of the same folder, whose claim must not start the first one's list anew.
     */
    public static OutputFolder claim(Path root, List<String> parts, String manifestName) throws IOException {
        OutputFolder folder = new OutputFolder(root, parts.stream().map(p -> Path.of(p).normalize()).toList(),
                manifestName);
        Set<Path> written = folder.lastExport();
        List<Path> foreign = folder.files().stream().filter(file -> !written.contains(file)).toList();
        if (!foreign.isEmpty()) {
            throw new IllegalArgumentException("refused: " + root + " holds " + foreign.size()
                    + " file(s) the export did not write (they are not listed in " + folder.manifest + "), such as "
                    + root.resolve(foreign.get(0)) + "; nothing was changed. Move them away or choose another --out");
        }
        for (Path file : written) {
            Path path = root.resolve(file);
            if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            Files.deleteIfExists(path);
            deleteEmptyFolders(path.getParent(), root);
        }
        Files.createDirectories(root);
        Files.writeString(folder.manifest, HEADER, StandardCharsets.UTF_8);
        return folder;
    }

    /**
     * Where to write {@code relative}, recorded in the manifest before anything is written there, so that a run that
     * stops half way leaves no file the next run would take for a stranger's.
     */
    public Path file(String relative) throws IOException {
        Path file = Path.of(relative).normalize();
        if (!owned(file)) {
            throw new IllegalStateException("The export writes only into " + parts + " of " + root + ", not " + file);
        }
        Files.writeString(manifest, file.toString().replace('\\', '/') + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        return path;
    }

    /**
     * Refuses an output folder that is or contains the input folder (writing it would overwrite or delete the
     * input), and, when the input is searched through all its subfolders, an input that contains the output (the
     * run would read its own output). Both are compared after following symbolic links.
     */
    public static void refuseOverlap(Path input, String inputName, Path output, boolean inputSearchedDeep) {
        Path in = real(input);
        Path out = real(output);
        if (out.equals(in)) {
            throw new IllegalArgumentException("refused: the output folder " + output + " is the " + inputName
                    + " folder " + input + "; the export would overwrite its own input. Choose another --out");
        }
        if (in.startsWith(out)) {
            throw new IllegalArgumentException("refused: the output folder " + output + " contains the " + inputName
                    + " folder " + input + "; the export would overwrite or delete its own input."
                    + " Choose an --out outside it");
        }
        if (inputSearchedDeep && out.startsWith(in)) {
            throw new IllegalArgumentException("refused: the " + inputName + " folder " + input
                    + " contains the output folder " + output + "; the build would read its own output as notebooks."
                    + " Choose an --out outside it");
        }
    }

    /** The absolute path with symbolic links followed as far as the path exists. */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot resolve " + existing, e);
        }
    }

    /** The files the manifest lists inside this export's parts; any other line is not taken as the export's. */
    private Set<Path> lastExport() throws IOException {
        Set<Path> written = new LinkedHashSet<>();
        if (!Files.exists(manifest, LinkOption.NOFOLLOW_LINKS)) {
            return written;
        }
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS) || Files.size(manifest) > MAX_MANIFEST_BYTES) {
            throw new IllegalArgumentException("refused: " + manifest
                    + " is not a manifest the export wrote (a link, a folder or over 1 MiB); nothing was changed. Remove it");
        }
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Path file;
            try {
                file = Path.of(line).normalize();
            } catch (java.nio.file.InvalidPathException notAPath) {
                continue;
            }
            if (owned(file)) {
                written.add(file);
            }
        }
        return written;
    }

    private boolean owned(Path relative) {
        if (relative.isAbsolute() || relative.startsWith("..") || relative.equals(root.relativize(manifest))
                || relative.toString().isEmpty()) {
            return false;
        }
        return parts.stream().anyMatch(part -> part.toString().isEmpty() || relative.startsWith(part));
    }

    /** Everything but folders inside this export's parts (files, links, devices), relative to the root. */
    private List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path part : parts) {
            Path folder = root.resolve(part);
            if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                try (Stream<Path> walk = Files.walk(folder)) {
                    walk.filter(path -> !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS))
                            .map(root::relativize)
                            .filter(file -> !file.equals(root.relativize(manifest)))
                            .forEach(files::add);
                }
            } else if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                files.add(root.relativize(folder));
            }
        }
        files.sort(Comparator.naturalOrder());
        return files;
    }

    /** Removes {@code folder} and its parents up to (not including) {@code root} while they are empty. */
    private static void deleteEmptyFolders(Path folder, Path root) throws IOException {
        for (Path f = folder; f != null && !f.equals(root) && f.startsWith(root); f = f.getParent()) {
            try (Stream<Path> entries = Files.list(f)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            } catch (java.nio.file.NoSuchFileException gone) {
                continue;
            }
            Files.delete(f);
        }
    }
}
