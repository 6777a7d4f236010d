package neuralmath.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import neuralmath.testing.RequiredTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reads the real files when Debian's dataset-fashion-mnist is installed; each test is reported as skipped, saying
 * so, where it is not, or fails where CI requires every check.
 */
class FashionMnistRealFilesTest {

    @RegisterExtension
    static final RequiredTool FILES = new RequiredTool("Fashion-MNIST", "apt-get install dataset-fashion-mnist",
            () -> {
                Path file = FashionMnist.DEBIAN_DIRECTORY.resolve("t10k-images-idx3-ubyte.gz");
                return Files.isRegularFile(file) ? Optional.empty() : Optional.of("no file " + file);
            });

    @Test
    void theTestSetHas10000ImagesOf784PixelsAThousandPerClass() {
        Dataset test = FashionMnist.test(FashionMnist.DEBIAN_DIRECTORY);
        assertEquals(10000, test.size());
        assertEquals(784, test.inputs().cols());
        assertEquals(0.0, test.inputs().min());
        assertEquals(255.0, test.inputs().max());
        int[] counts = new int[10];
        for (int label : test.labels()) {
            counts[label]++;
        }
        assertArrayEquals(new int[] {1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000}, counts);
    }

    @Test
    void theTrainingSetHeadersAgreeAndItsFirstImagesRead() {
        Dataset train = FashionMnist.train(FashionMnist.DEBIAN_DIRECTORY, 1000);
        assertEquals(1000, train.size());
        assertEquals(784, train.inputs().cols());
        assertEquals(9, train.labels()[0], "the first training image is an ankle boot");
    }
}
