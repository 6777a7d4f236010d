package neuralmath.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import neuralmath.activations.Activation;
import neuralmath.data.Dataset;
import neuralmath.data.FashionMnist;
import neuralmath.data.OneHot;
import neuralmath.la.Kernels;
import neuralmath.la.Matrix;
import neuralmath.losses.Loss;
import neuralmath.network.Convolution2D;
import neuralmath.network.Convolution2D.Padding;
import neuralmath.network.Dense;
import neuralmath.network.Flatten;
import neuralmath.network.ImageShape;
import neuralmath.network.Initializer;
import neuralmath.network.MaxPooling;
import neuralmath.network.Network;
import neuralmath.optimizers.Adam;
import neuralmath.training.History;
import neuralmath.training.Trainer;

/**
 * One epoch of chapter 15's convolutional network on Fashion-MNIST, as {@code bench/cnn_numpy.py} runs it in numpy:
 * 60,000 images scaled to [0, 1]; 3×3 convolution with 8 filters, "same", ReLU → 2×2 max pooling → 3×3 convolution
 * with 16 filters, "same", ReLU → 2×2 max pooling → flatten (784) → dense 10, softmax; categorical cross-entropy,
 * He-initialized filters, a Xavier-initialized dense layer, Adam (η = 0.001), mini-batches of 64 in a shuffled order;
 * the loss and the accuracy of every batch are computed as it trains.
 *
 * <p>usage: {@code CnnEpoch [FOLDER]}, default Debian's {@code /usr/share/datasets/fashion-mnist}. Prints the seconds
 * of the epoch alone (data loading excluded), the training loss and accuracy, and which kernels ran.
 */
public final class CnnEpoch {

    private CnnEpoch() {
    }

    public static void main(String[] args) {
        Path folder = args.length > 0 ? Path.of(args[0]) : FashionMnist.DEBIAN_DIRECTORY;
        Dataset train = FashionMnist.train(folder);
        Matrix x = train.inputs().divide(255.0);
        Matrix y = OneHot.encode(train.labels(), 10);
        Random random = new Random(0);
        Convolution2D conv1 = new Convolution2D(new ImageShape(28, 28, 1), 8, 3, Padding.SAME, Activation.relu(),
                Initializer.HE, random, 1);
        MaxPooling pool1 = new MaxPooling(conv1.outputShape(), 2, 2);
        Convolution2D conv2 = new Convolution2D(pool1.outputShape(), 16, 3, Padding.SAME, Activation.relu(),
                Initializer.HE, random, 3);
        MaxPooling pool2 = new MaxPooling(conv2.outputShape(), 2, 4);
        Flatten flatten = new Flatten(pool2.outputShape());
        Network network = new Network(List.of(conv1, pool1, conv2, pool2, flatten),
                List.of(new Dense(flatten.outputs(), 10, Activation.softmax(), Initializer.XAVIER, random, 5)));
        long start = System.nanoTime();
        History history = new Trainer(network, Loss.categoricalCrossEntropy(), new Adam(0.001))
                .epochs(1)
                .batchSize(64)
                .shuffleSeed(0)
                .fit(x, y);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("cnn epoch_s=%.3f train_loss=%.4f train_acc=%.4f | %s%n", seconds,
                history.last().trainLoss(), history.last().trainAccuracy(), Kernels.description());
    }
}
