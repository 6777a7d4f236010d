package neuralmath.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import neuralmath.la.Matrix;

/**
 * Fashion-MNIST: 28×28 grey images of clothing in 10 classes, 60,000 to train and 10,000 to test, by Zalando
 * Research (H. Xiao, K. Rasul, R. Vollgraf, 2017; MIT licence). It is too large to ship inside the library: read
 * it from the directory that holds its four gzipped IDX files, e.g. {@link #DEBIAN_DIRECTORY}, where Debian's
 * package {@code dataset-fashion-mnist} installs them.
 *
 * <p>Each image is one row of 784 pixel values 0..255 (row by row), as the file stores them: scale them yourself,
 * e.g. with {@link MinMaxScaler}. As doubles, the whole training set takes 376 MB: pass a limit to read fewer.
 */
public final class FashionMnist {

    /** Where {@code apt-get install dataset-fashion-mnist} puts the files. */
    public static final Path DEBIAN_DIRECTORY = Path.of("/usr/share/datasets/fashion-mnist");

    /** What each label 0..9 means. */
    public static final List<String> CLASS_NAMES = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
            "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");

    private FashionMnist() {
    }

    /** The 60,000 training images, read from {@code directory}. */
    public static Dataset train(Path directory) {
        return train(directory, Integer.MAX_VALUE);
    }

    /** The first {@code limit} training images (the headers of both files are still checked in full). */
    public static Dataset train(Path directory, int limit) {
        return read(directory, "train", limit);
    }

    /** The 10,000 test images, read from {@code directory}. */
    public static Dataset test(Path directory) {
        return test(directory, Integer.MAX_VALUE);
    }

    /** The first {@code limit} test images. */
    public static Dataset test(Path directory, int limit) {
        return read(directory, "t10k", limit);
    }

    private static Dataset read(Path directory, String part, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("Fashion-MNIST: limit " + limit + "; needs at least 1 image");
        }
        IdxFile images = IdxFile.read(existing(directory, part + "-images-idx3-ubyte.gz"), IdxFile.IMAGES, limit);
        IdxFile labels = IdxFile.read(existing(directory, part + "-labels-idx1-ubyte.gz"), IdxFile.LABELS, limit);
        if (images.count() != labels.count()) {
            throw new DataFileException(labels.file() + ": " + labels.count() + " labels, but " + images.file()
                    + " has " + images.count() + " images");
        }
        int m = images.itemsRead();
        double[] pixels = new double[m * images.itemSize()];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = Byte.toUnsignedInt(images.bytes()[i]);
        }
        Matrix x = Matrix.wrap(m, images.itemSize(), pixels);
        int[] y = new int[m];
        for (int i = 0; i < m; i++) {
            y[i] = Byte.toUnsignedInt(labels.bytes()[i]);
            if (y[i] >= CLASS_NAMES.size()) {
                throw new DataFileException(labels.file() + ": label " + y[i] + " of image " + i
                        + " is outside 0.." + (CLASS_NAMES.size() - 1));
            }
        }
        return new Dataset(x, y);
    }

    private static Path existing(Path directory, String name) {
        Path file = directory.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new DataFileException(file + " not found. Fashion-MNIST is not shipped with the library: on "
                    + "Debian or Ubuntu, `apt-get install dataset-fashion-mnist` puts its four files in "
                    + DEBIAN_DIRECTORY + "; or download train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz, "
                    + "t10k-images-idx3-ubyte.gz and t10k-labels-idx1-ubyte.gz from "
                    + "https://github.com/zalandoresearch/fashion-mnist into " + directory);
        }
        return file;
    }
}
