package neuralmath.data;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import neuralmath.la.Matrix;

/**
 * Fashion-MNIST: 28×28 grey images of clothing in 10 classes, 60,000 to train and 10,000 to test, by Zalando
 * Research (H. Xiao, K. Rasul, R. Vollgraf, 2017; MIT licence). It is too large to ship inside the library, so each
 * of its four gzipped IDX files is looked for, in this order:
 * <ol>
 *   <li>in the folder you pass, if you pass one ({@code FashionMnist.train(Path.of("my-data"))});</li>
 *   <li>in {@link #DEBIAN_DIRECTORY}, where Debian's package {@code dataset-fashion-mnist} installs them;</li>
 *   <li>in the cache folder {@code ~/.cache/neural-math/fashion-mnist} (the system property
 *       {@value #CACHE_PROPERTY} moves {@code ~/.cache/neural-math});</li>
 *   <li>and where none has it, it is downloaded from {@link #SOURCE}, the data set's published location, into the
 *       cache folder, with a progress bar, and kept only if its SHA-256 is the published file's. The system property
 *       {@value #DOWNLOAD_PROPERTY}{@code =off} turns downloading off (the course's tests and tools set it).</li>
 * </ol>
 *
 * <p>Each image is one row of 784 pixel values 0..255 (row by row), as the file stores them: scale them yourself,
 * e.g. with {@link MinMaxScaler}. As doubles, the whole training set takes 376 MB: pass a limit to read fewer.
 */
public final class FashionMnist {

    /** Where {@code apt-get install dataset-fashion-mnist} puts the files. */
    public static final Path DEBIAN_DIRECTORY = Path.of("/usr/share/datasets/fashion-mnist");

    /** Where the Fashion-MNIST project publishes the files (the "Get the data" table of its README). */
    public static final URI SOURCE = URI.create("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/");

    /** The system property naming the cache's root folder, {@code ~/.cache/neural-math} unless set. */
    public static final String CACHE_PROPERTY = "neuralmath.cache";

    /** The system property that turns downloading off: {@code -Dneuralmath.download=off}. */
    public static final String DOWNLOAD_PROPERTY = "neuralmath.download";

    /** The command that installs the files on Debian or Ubuntu. */
    static final String APT_GET = "apt-get install dataset-fashion-mnist";

    /** What each label 0..9 means. */
    public static final List<String> CLASS_NAMES = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
            "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");

    /**
     * The SHA-256 of each file as the project publishes it. The project publishes MD5 values (its README, "Get the
     * data": https://github.com/zalandoresearch/fashion-mnist#get-the-data, also in Debian's
     * /usr/share/doc/dataset-fashion-mnist/README.md.gz): 8d4fb7e6c68d591d4c3dfef9ec88bf0d,
     * 25c81989df183df01b3e8a0aad5dffbe, bef4ecab320f06d8554ea6380940ec79, bb300cfdad3c16e7a12a480ee83cd310 in
     * this order. The SHA-256 values below were computed from the copies in Debian's source package
     * (dataset-fashion-mnist_0.0~git20200523.55506a9.orig.tar.xz, data/fashion/), after checking that their MD5
     * values are those. (Debian's binary package recompresses the files: other bytes, the same images, so its
     * copies have other checksums; they are read, never downloaded, so they are not checked against these.)
     */
    static final Map<String, String> SHA256 = Map.of(
            "train-images-idx3-ubyte.gz", "3aede38d61863908ad78613f6a32ed271626dd12800ba2636569512369268a84",
            "train-labels-idx1-ubyte.gz", "a04f17134ac03560a47e3764e11b92fc97de4d1bfaf8ba1a3aa29af54cc90845",
            "t10k-images-idx3-ubyte.gz", "346e55b948d973a97e58d2351dde16a484bd415d4595297633bb08f03db6a073",
            "t10k-labels-idx1-ubyte.gz", "67da17c76eaffca5446c3361aaab5c3cd6d1c2608764d35dfb1850b086bf8dd5");

    private FashionMnist() {
    }

    /** The 60,000 training images, from Debian's folder, the cache, or downloaded. */
    public static Dataset train() {
        return train(Integer.MAX_VALUE);
    }

    /** The first {@code limit} training images (the headers of both files are still checked in full). */
    public static Dataset train(int limit) {
        return read(FashionMnistFiles.standard(), "train", limit);
    }

    /** The 10,000 test images, from Debian's folder, the cache, or downloaded. */
    public static Dataset test() {
        return test(Integer.MAX_VALUE);
    }

    /** The first {@code limit} test images. */
    public static Dataset test(int limit) {
        return read(FashionMnistFiles.standard(), "t10k", limit);
    }

    /** The 60,000 training images, from {@code directory} first, then as {@link #train()} finds them. */
    public static Dataset train(Path directory) {
        return train(directory, Integer.MAX_VALUE);
    }

    /** The first {@code limit} training images, from {@code directory} first. */
    public static Dataset train(Path directory, int limit) {
        return read(FashionMnistFiles.standard().from(directory), "train", limit);
    }

    /** The 10,000 test images, from {@code directory} first, then as {@link #test()} finds them. */
    public static Dataset test(Path directory) {
        return test(directory, Integer.MAX_VALUE);
    }

    /** The first {@code limit} test images, from {@code directory} first. */
    public static Dataset test(Path directory, int limit) {
        return read(FashionMnistFiles.standard().from(directory), "t10k", limit);
    }

    /** Reads part "train" or "t10k": its images and labels, each file found (or fetched) by {@code files}. */
    static Dataset read(FashionMnistFiles files, String part, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("Fashion-MNIST: limit " + limit + "; needs at least 1 image");
        }
        IdxFile images = IdxFile.read(files.find(part + "-images-idx3-ubyte.gz"), IdxFile.IMAGES, limit);
        IdxFile labels = IdxFile.read(files.find(part + "-labels-idx1-ubyte.gz"), IdxFile.LABELS, limit);
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
}
