package neuralmath.data;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * One gzipped IDX file, the format of MNIST and Fashion-MNIST: a big-endian 32-bit magic number 0x0800 + d
 * (unsigned bytes, d dimensions), the d sizes as 32-bit integers (the first is the number of items), then the
 * bytes of the items.
 *
 * @param file     where it was read from, for messages
 * @param count    the number of items the header declares (images or labels)
 * @param itemSize bytes per item: rows·cols for an image, 1 for a label
 * @param bytes    the bytes of the first min(count, limit) items, in order
 */
record IdxFile(Path file, int count, int itemSize, byte[] bytes) {

    static final int LABELS = 0x00000801;
    static final int IMAGES = 0x00000803;

    /** The number of items read. */
    int itemsRead() {
        return bytes.length / itemSize;
    }

    /** Reads the header and the first {@code limit} items of {@code file}, which must start with {@code magic}. */
    static IdxFile read(Path file, int magic, int limit) {
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new GZIPInputStream(raw))) {
            int found = readHeaderInt(in, file, "magic number");
            if (found != magic) {
                throw new DataFileException(String.format("%s: magic number 0x%08x, but %s starts with 0x%08x", file,
                        found, magic == IMAGES ? "an image file (idx3-ubyte)" : "a label file (idx1-ubyte)", magic));
            }
            int count = readSize(in, file, "item count");
            int itemSize = 1;
            for (int d = 2; d <= (magic & 0xff); d++) {
                itemSize *= readSize(in, file, "size of dimension " + d);
            }
            int items = Math.min(count, limit);
            byte[] bytes = new byte[Math.multiplyExact(items, itemSize)];
            try {
                in.readFully(bytes);
            } catch (EOFException e) {
                throw new DataFileException(file + ": truncated: the header declares " + count + " items of "
                        + itemSize + " bytes, but the data ends before item " + items, e);
            }
            return new IdxFile(file, count, itemSize, bytes);
        } catch (ZipException e) {
            throw new DataFileException(file + ": not a gzipped IDX file (" + e.getMessage() + ")", e);
        } catch (EOFException e) {
            throw new DataFileException(file + ": truncated gzip data (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    private static int readSize(DataInputStream in, Path file, String what) throws IOException {
        int size = readHeaderInt(in, file, what);
        if (size <= 0) {
            throw new DataFileException(file + ": " + what + " is " + Integer.toUnsignedString(size)
                    + " in the header; needs a positive number below 2^31");
        }
        return size;
    }

    private static int readHeaderInt(DataInputStream in, Path file, String what) throws IOException {
        try {
            return in.readInt();
        } catch (EOFException e) {
            throw new DataFileException(file + ": truncated: the file ends inside its header, at the " + what, e);
        }
    }
}
