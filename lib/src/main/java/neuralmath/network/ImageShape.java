package neuralmath.network;

/**
 * The shape of one example's feature maps: h×w pixels in each of C channels (a grey image has C = 1; a convolution
 * with F filters gives C = F). A batch stores each example as one row of h·w·C numbers, channels last: pixel (i, j)
 * of channel c is entry (i·w + j)·C + c.
 */
public record ImageShape(int height, int width, int channels) {

    public ImageShape {
        if (height <= 0 || width <= 0 || channels <= 0) {
            throw new IllegalArgumentException("image shape: height, width and channels must be positive, got "
                    + height + "x" + width + "x" + channels);
        }
        if ((long) height * width * channels > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("image shape " + height + "x" + width + "x" + channels
                    + ": more values than a row can hold");
        }
    }

    /** h·w·C, the length of one example's row. */
    public int size() {
        return height * width * channels;
    }

    @Override
    public String toString() {
        return height + "x" + width + "x" + channels;
    }
}
