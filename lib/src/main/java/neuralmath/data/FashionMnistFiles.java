package neuralmath.data;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import neuralmath.course.progress.DownloadProgress;

/**
 * Where {@link FashionMnist} finds each of its four files: the first of {@code folders} that holds it, else the
 * {@code cache} folder, else a download from {@code source} into the cache (when {@code downloads} is on).
 *
 * @param folders   the folders looked in first, in order
 * @param cache     the folder a download goes to, looked in last
 * @param source    the URL the file names are resolved against
 * @param sha256    the SHA-256 each downloaded file must have, by name
 * @param downloads whether a missing file is downloaded
 * @param listener  what shows the download's progress
 */
record FashionMnistFiles(List<Path> folders, Path cache, URI source, Map<String, String> sha256, boolean downloads,
                         DownloadListener listener) {

    static final List<String> NAMES = List.of("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
            "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz");

    /** Debian's folder, then the cache under the user's home; downloads unless -Dneuralmath.download=off. */
    static FashionMnistFiles standard() {
        Path cacheRoot = Path.of(System.getProperty(FashionMnist.CACHE_PROPERTY,
                Path.of(System.getProperty("user.home"), ".cache", "neural-math").toString()));
        boolean downloads = !"off".equals(System.getProperty(FashionMnist.DOWNLOAD_PROPERTY));
        return new FashionMnistFiles(List.of(FashionMnist.DEBIAN_DIRECTORY), cacheRoot.resolve("fashion-mnist"),
                FashionMnist.SOURCE, FashionMnist.SHA256, downloads, new DownloadProgress());
    }

    /** The same, with {@code folder} looked in before the others. */
    FashionMnistFiles from(Path folder) {
        List<Path> first = new ArrayList<>();
        first.add(folder);
        first.addAll(folders);
        return new FashionMnistFiles(first, cache, source, sha256, downloads, listener);
    }

    /** The file {@code name}: found in a folder, or downloaded into the cache. */
    Path find(String name) {
        for (Path folder : lookedIn()) {
            if (Files.isRegularFile(folder.resolve(name))) {
                return folder.resolve(name);
            }
        }
        String notFound = "Fashion-MNIST's " + name + " is in none of the folders looked in ("
                + lookedIn().stream().map(Path::toString).collect(Collectors.joining(", ")) + ")";
        if (!downloads) {
            throw new DataFileException(notFound + ", and downloading is off (-D" + FashionMnist.DOWNLOAD_PROPERTY
                    + "=off). " + howToGetThem());
        }
        Path target = cache.resolve(name);
        try {
            Download.file(source.resolve(name), target, sha256.get(name), listener);
        } catch (DataFileException e) {
            throw new DataFileException(notFound + ", and downloading it failed: " + e.getMessage() + ". "
                    + howToGetThem(), e);
        }
        return target;
    }

    private List<Path> lookedIn() {
        List<Path> all = new ArrayList<>(folders);
        all.add(cache);
        return all;
    }

    private String howToGetThem() {
        return "To get the files without a network: on Debian or Ubuntu, `" + FashionMnist.APT_GET + "` puts them in "
                + FashionMnist.DEBIAN_DIRECTORY + "; or, on a machine with a network, download "
                + String.join(", ", NAMES.subList(0, 3)) + " and " + NAMES.get(3) + " from " + source
                + " and copy them into " + cache
                + " (or into a folder you pass to FashionMnist.train and FashionMnist.test)";
    }
}
