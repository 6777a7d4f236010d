package neuralmath.la;


/**
 * The operation a convolutional layer is named after: a small filter K slides over an image and, at each position,
 * gives the weighted sum of the pixels under it.
 *
 * <p>Like every deep-learning library, this computes what mathematicians call a cross-correlation (the filter is
 * not flipped); a network learns its filters, so the flip makes no difference to what it can learn.
 */
public final class Convolution {

    private Convolution() {
    }

    /**
     * The "valid" convolution of an image I (r×c) with a filter K (k×l): only positions where K lies wholly inside
     * I, so the result is (r−k+1)×(c−l+1), and
     * <pre>    out[i][j] = Σ_u Σ_v K[u][v] · I[i+u][j+v]</pre>
     */
    public static Matrix convolve(Matrix image, Matrix kernel) {
        if (kernel.rows() > image.rows() || kernel.cols() > image.cols()) {
            throw new IllegalArgumentException("convolve: the filter " + kernel.shape()
                    + " is larger than the image " + image.shape());
        }
        Matrix out = Matrix.zeros(image.rows() - kernel.rows() + 1, image.cols() - kernel.cols() + 1);
        for (int i = 0; i < out.rows(); i++) {
            for (int j = 0; j < out.cols(); j++) {
                double sum = 0;
                for (int u = 0; u < kernel.rows(); u++) {
                    for (int v = 0; v < kernel.cols(); v++) {
                        sum += kernel.get(u, v) * image.get(i + u, j + v);
                    }
                }
                out.set(i, j, sum);
            }
        }
        return out;
    }

    /**
     * The image inside a border of {@code width} zeros on every side: (r+2p)×(c+2p). Convolving a padded image with a
     * (2p+1)×(2p+1) filter gives an answer of the image's own size, lined up with it pixel for pixel.
     */
    public static Matrix pad(Matrix image, int width) {
        if (width < 0) {
            throw new IllegalArgumentException("pad: the border width must not be negative, got " + width);
        }
        Matrix out = Matrix.zeros(image.rows() + 2 * width, image.cols() + 2 * width);
        for (int i = 0; i < image.rows(); i++) {
            for (int j = 0; j < image.cols(); j++) {
                out.set(i + width, j + width, image.get(i, j));
            }
        }
        return out;
    }

    /** A 1×n² row of pixels (a digit as the data set stores it) laid out as the n×n image it came from. */
    public static Matrix square(Matrix pixels) {
        int side = (int) Math.round(Math.sqrt(pixels.cols()));
        if (pixels.rows() != 1 || side * side != pixels.cols()) {
            throw new IllegalArgumentException("square: needs one row of n² pixels, got " + pixels.shape());
        }
        return Matrix.wrap(side, side, pixels.toFlatArray());
    }

    /** An image as one row of pixels, row after row: the form the plots and the network take. */
    public static Matrix flatten(Matrix image) {
        return Matrix.wrap(1, image.size(), image.toFlatArray());
    }
}
