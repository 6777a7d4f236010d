package neuralmath.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The system tools the course's checks need, each a Debian package that {@code .ci/run} installs. Where each is
 * looked for can be moved with a system property (the tests that show how a missing tool is reported point it at
 * a file that does not exist).
 */
public final class SystemTools {

    private SystemTools() {
    }

    /** Headless Chromium: {@code -Dneuralmath.chromium=PATH}, default /usr/bin/chromium. */
    public static Path chromiumPath() {
        return Path.of(System.getProperty("neuralmath.chromium", "/usr/bin/chromium"));
    }

    /** ChromeDriver: {@code -Dneuralmath.chromedriver=PATH}, default /usr/bin/chromedriver. */
    public static Path chromedriverPath() {
        return Path.of(System.getProperty("neuralmath.chromedriver", "/usr/bin/chromedriver"));
    }

    /** The Python that runs nbformat's validator: {@code -Dneuralmath.python=PATH}, default /usr/bin/python3. */
    public static Path pythonPath() {
        return Path.of(System.getProperty("neuralmath.python", "/usr/bin/python3"));
    }

    /** The browser tests' need: Chromium and ChromeDriver. */
    public static RequiredTool chromium() {
        return new RequiredTool("Chromium and ChromeDriver", "apt-get install chromium chromium-driver", () -> {
            for (Path executable : new Path[] {chromiumPath(), chromedriverPath()}) {
                if (!Files.isExecutable(executable)) {
                    return Optional.of("no executable " + executable);
                }
            }
            return Optional.empty();
        });
    }

    /** The notebook validation's need: nbformat's validator in {@link #pythonPath()}. */
    public static RequiredTool nbformat() {
        return new RequiredTool("nbformat", "apt-get install python3-nbformat", () -> {
            Path python = pythonPath();
            if (!Files.isExecutable(python)) {
                return Optional.of("no executable " + python);
            }
            try {
                Process process = new ProcessBuilder(python.toString(), "-c", "import nbformat")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!process.waitFor(5, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    return Optional.of(python + " -c 'import nbformat' did not finish in 5 minutes");
                }
                return process.exitValue() == 0 ? Optional.empty()
                        : Optional.of(python + " cannot import nbformat");
            } catch (IOException e) {
                return Optional.of(python + " did not start: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.of("interrupted while asking " + python + " for nbformat");
            }
        });
    }

    /**
     * Where a notebook finds Fashion-MNIST without downloading it ({@code neuralmath.data.FashionMnist}): Debian's
     * /usr/share/datasets/fashion-mnist and the library's cache ~/.cache/neural-math/fashion-mnist; or only the
     * folder {@code -Dneuralmath.fashionMnist=DIR}.
     */
    public static List<Path> fashionMnistFolders() {
        String folder = System.getProperty("neuralmath.fashionMnist");
        return folder != null ? List.of(Path.of(folder)) : List.of(Path.of("/usr/share/datasets/fashion-mnist"),
                Path.of(System.getProperty("user.home"), ".cache", "neural-math", "fashion-mnist"));
    }

    /** The need of the chapters that read Fashion-MNIST: each of its four files in one of {@link #fashionMnistFolders()}. */
    public static RequiredTool fashionMnist() {
        return new RequiredTool("Fashion-MNIST", "apt-get install dataset-fashion-mnist", () -> {
            List<Path> folders = fashionMnistFolders();
            for (String file : List.of("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
                    "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz")) {
                if (folders.stream().noneMatch(folder -> Files.isRegularFile(folder.resolve(file)))) {
                    return Optional.of("no " + file + " in " + String.join(" or ",
                            folders.stream().map(Path::toString).toList()));
                }
            }
            return Optional.empty();
        });
    }
}
