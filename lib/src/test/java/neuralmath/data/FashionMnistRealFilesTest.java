package neuralmath.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads the real files when Debian's dataset-fashion-mnist is installed; skipped otherwise. */
class FashionMnistRealFilesTest {

    @BeforeAll
    static void filesArePresent() {
        assumeTrue(Files.isRegularFile(FashionMnist.DEBIAN_DIRECTORY.resolve("t10k-images-idx3-ubyte.gz")),
                "apt-get install dataset-fashion-mnist to run this test");
    }

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
