package neuralmath.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The scripts, styles and fonts every exported page loads, copied next to the pages so that they open offline.
 * The build puts them on the class path under {@code neuralmath/site/assets}: KaTeX and highlight.js unpacked from
 * their WebJars, reveal.js from npm, and the course's own CSS and render script (see tests/pom.xml).
 */
final class Assets {

    private static final String ROOT = "neuralmath/site/assets";

    private Assets() {
    }

    /** Copies the assets into {@code folder} of {@code out}. */
    static void copyTo(OutputFolder out, String folder) throws IOException {
        URL url = Assets.class.getClassLoader().getResource(ROOT);
        if (url == null) {
            throw new IllegalStateException("The course assets are not on the class path (" + ROOT
                    + "); build the tests module with Maven, which unpacks KaTeX, highlight.js and reveal.js");
        }
        URI uri = toUri(url);
        if (uri.getScheme().equals("jar")) {
            try (FileSystem jar = openJar(uri)) {
                copyTree(jar.provider().getPath(uri), out, folder);
            } catch (FileSystemAlreadyExistsException alreadyOpen) {
                copyTree(FileSystems.getFileSystem(uri).provider().getPath(uri), out, folder);
            }
        } else {
            copyTree(Path.of(uri), out, folder);
        }
    }

    private static FileSystem openJar(URI uri) throws IOException {
        return FileSystems.newFileSystem(uri, Map.of());
    }

    private static URI toUri(URL url) {
        try {
            return url.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Bad class path location of the course assets: " + url, e);
        }
    }

    private static void copyTree(Path from, OutputFolder out, String folder) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            Path copy = out.file(folder + "/" + from.relativize(file));
            try {
                Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot copy course asset " + file + " to " + copy, e);
            }
        }
    }
}
