package neuralmath.data;

import neuralmath.la.Matrix;

/**
 * The 8×8 handwritten digits: 1797 images of 64 pixels, each pixel an integer 0..16 (how many of the 16 points of a
 * 4×4 block of the 32×32 scan were ink), each image labelled 0..9.
 *
 * <p>Source: "Optical Recognition of Handwritten Digits", UCI Machine Learning Repository, E. Alpaydin and
 * C. Kaynak (1998), licensed CC BY 4.0. The
 * file is the data set's test part, as shipped by scikit-learn ({@code sklearn/datasets/data/digits.csv.gz},
 * what its {@code load_digits()} returns); it travels inside this library's jar, so loading it needs no network.
 */
public final class Digits {

    /** Where the file sits on the class path. */
    public static final String RESOURCE = "/neuralmath/data/digits.csv.gz";

    /** Pixels per image, 8×8. */
    public static final int PIXELS = 64;

    /** The digits 0..9. */
    public static final int CLASSES = 10;

    private Digits() {
    }

    /** All 1797 images: inputs (1797×64) of pixel values 0..16, labels 0..9. */
    public static Dataset load() {
        double[][] rows = NumericCsv.readResource(RESOURCE);
        Matrix images = Matrix.zeros(rows.length, PIXELS);
        int[] labels = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != PIXELS + 1) {
                throw new DataFileException(RESOURCE + " row " + (i + 1) + ": " + rows[i].length
                        + " values, expected " + (PIXELS + 1) + " (64 pixels and the label)");
            }
            for (int j = 0; j < PIXELS; j++) {
                images.set(i, j, rows[i][j]);
            }
            labels[i] = (int) rows[i][PIXELS];
            if (labels[i] != rows[i][PIXELS] || labels[i] < 0 || labels[i] >= CLASSES) {
                throw new DataFileException(RESOURCE + " row " + (i + 1) + ": label " + rows[i][PIXELS]
                        + " is not a digit 0..9");
            }
        }
        return new Dataset(images, labels);
    }
}
