package neuralmath.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import neuralmath.la.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small IDX files written here: three 2×2 images. */
class FashionMnistTest {

    @TempDir
    Path dir;

    static final byte[] PIXELS = {0, 1, 2, 3, 10, 20, (byte) 200, (byte) 255, 4, 4, 4, 4};

    void writeIdx(String name, int magic, int[] sizes, byte[] data) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(Files.newOutputStream(
                dir.resolve(name))))) {
            out.writeInt(magic);
            for (int size : sizes) {
                out.writeInt(size);
            }
            out.write(data);
        }
    }

    void writeTest(int labelCount, byte... labels) throws IOException {
        writeIdx("t10k-images-idx3-ubyte.gz", 0x803, new int[] {3, 2, 2}, PIXELS);
        writeIdx("t10k-labels-idx1-ubyte.gz", 0x801, new int[] {labelCount}, labels);
    }

    String failure() {
        return assertThrows(DataFileException.class, () -> FashionMnist.test(dir)).getMessage();
    }

    @Test
    void readsImagesAsRowsOfPixelsAndTheirLabels() throws IOException {
        writeTest(3, (byte) 9, (byte) 0, (byte) 3);
        Dataset data = FashionMnist.test(dir);
        assertEquals(Matrix.of(new double[][] {{0, 1, 2, 3}, {10, 20, 200, 255}, {4, 4, 4, 4}}), data.inputs());
        assertArrayEquals(new int[] {9, 0, 3}, data.labels());
        assertEquals("Ankle boot", FashionMnist.CLASS_NAMES.get(data.labels()[0]));
    }

    @Test
    void aLimitReadsOnlyTheFirstImages() throws IOException {
        writeTest(3, (byte) 9, (byte) 0, (byte) 3);
        Dataset data = FashionMnist.test(dir, 2);
        assertEquals(2, data.size());
        assertEquals(Matrix.rowVector(10, 20, 200, 255), data.inputs().row(1));
    }

    @Test
    void missingFilesSayHowToGetThem() {
        FashionMnistFiles onlyHere = new FashionMnistFiles(java.util.List.of(dir), dir.resolve("cache"),
                FashionMnist.SOURCE, FashionMnist.SHA256, false, null);
        String message = assertThrows(DataFileException.class, () -> FashionMnist.read(onlyHere, "t10k", 10))
                .getMessage();
        assertTrue(message.contains("t10k-images-idx3-ubyte.gz is in none of the folders looked in (" + dir), message);
        assertTrue(message.contains("apt-get install dataset-fashion-mnist"), message);
    }

    @Test
    void aWrongMagicNumberIsNamed() throws IOException {
        writeTest(3, (byte) 1, (byte) 2, (byte) 3);
        writeIdx("t10k-images-idx3-ubyte.gz", 0x801, new int[] {3}, new byte[3]);
        String message = failure();
        assertTrue(message.contains("t10k-images-idx3-ubyte.gz: magic number 0x00000801, but an image file"),
                message);
    }

    @Test
    void truncatedImagesAreNamed() throws IOException {
        writeTest(3, (byte) 1, (byte) 2, (byte) 3);
        writeIdx("t10k-images-idx3-ubyte.gz", 0x803, new int[] {3, 2, 2}, new byte[9]);
        String message = failure();
        assertTrue(message.contains("t10k-images-idx3-ubyte.gz: truncated: the header declares 3 items of 4 bytes"),
                message);
    }

    @Test
    void aHeaderDeclaringMoreThanTheFileHoldsIsTruncationNotAHugeAllocation() throws IOException {
        writeTest(3, (byte) 1, (byte) 2, (byte) 3);
        writeIdx("t10k-images-idx3-ubyte.gz", 0x803, new int[] {2_000_000, 28, 28}, PIXELS);
        String message = failure();
        assertTrue(message.contains("truncated: the header declares 2000000 items of 784 bytes, but the data ends "
                + "inside item 1"), message);
        writeIdx("t10k-images-idx3-ubyte.gz", 0x803, new int[] {3, 65536, 65536}, PIXELS);
        assertTrue(failure().contains("more than one array holds"));
    }

    @Test
    void aCutGzipStreamIsNamed() throws IOException {
        writeTest(3, (byte) 1, (byte) 2, (byte) 3);
        Path images = dir.resolve("t10k-images-idx3-ubyte.gz");
        byte[] whole = Files.readAllBytes(images);
        Files.write(images, java.util.Arrays.copyOf(whole, whole.length - 12));
        String message = failure();
        assertTrue(message.contains("t10k-images-idx3-ubyte.gz: truncated"), message);
    }

    @Test
    void bytesBeyondWhatTheHeaderDeclaresAreNamed() throws IOException {
        writeTest(3, (byte) 1, (byte) 2, (byte) 3);
        writeIdx("t10k-labels-idx1-ubyte.gz", 0x801, new int[] {3}, new byte[] {1, 2, 3, 4});
        assertTrue(failure().contains("t10k-labels-idx1-ubyte.gz: more data after the 3 items"));
    }

    @Test
    void aTruncatedHeaderIsNamed() throws IOException {
        writeTest(3, (byte) 1, (byte) 2, (byte) 3);
        writeIdx("t10k-labels-idx1-ubyte.gz", 0x801, new int[0], new byte[0]);
        String message = failure();
        assertTrue(message.contains("t10k-labels-idx1-ubyte.gz: truncated: the file ends inside its header"),
                message);
    }

    @Test
    void aLabelCountThatDiffersFromTheImageCountIsNamed() throws IOException {
        writeTest(2, (byte) 1, (byte) 2);
        String message = failure();
        assertTrue(message.contains("t10k-labels-idx1-ubyte.gz: 2 labels, but ") && message.contains("has 3 images"),
                message);
    }

    @Test
    void aLabelOutsideTheTenClassesIsNamed() throws IOException {
        writeTest(3, (byte) 1, (byte) 10, (byte) 3);
        assertTrue(failure().contains("label 10 of image 1 is outside 0..9"));
    }

    @Test
    void aFileThatIsNotGzippedIsNamed() throws IOException {
        writeTest(3, (byte) 1, (byte) 2, (byte) 3);
        try (OutputStream out = Files.newOutputStream(dir.resolve("t10k-images-idx3-ubyte.gz"))) {
            out.write(new byte[] {0, 0, 8, 3});
        }
        assertTrue(failure().contains("t10k-images-idx3-ubyte.gz: not a gzipped IDX file"));
    }
}
