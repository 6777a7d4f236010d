package neuralmath.bench;

import java.nio.file.Path;
import neuralmath.activations.Activation;
import neuralmath.data.Dataset;
import neuralmath.data.FashionMnist;
import neuralmath.data.OneHot;
import neuralmath.la.Kernels;
import neuralmath.la.Matrix;
import neuralmath.losses.Loss;
import neuralmath.network.Initializer;
import neuralmath.network.Network;
import neuralmath.optimizers.Adam;
import neuralmath.training.History;
import neuralmath.training.Trainer;

/**
 * One epoch of chapter 14's training run (notebooks/14-fashion-mnist.ipynb trains the same network with the same
 * recipe for 10 epochs), as {@code bench/fashion_numpy.py} runs it in numpy: 60,000 images scaled to
 * [0, 1], 784-256-10, ReLU hidden layer, softmax output, categorical cross-entropy, He initialization, Adam
 * (η = 0.001), mini-batches of 128 in a shuffled order; the loss and the accuracy of every batch are computed as
 * it trains.
 *
 * <p>usage: {@code FashionEpoch [FOLDER]}, default Debian's {@code /usr/share/datasets/fashion-mnist}. Prints the
 * seconds of the epoch alone (data loading excluded), the training loss and accuracy, and which kernels ran.
 */
public final class FashionEpoch {

    private FashionEpoch() {
    }

    public static void main(String[] args) {
        Path folder = args.length > 0 ? Path.of(args[0]) : FashionMnist.DEBIAN_DIRECTORY;
        Dataset train = FashionMnist.train(folder);
        Matrix x = train.inputs().divide(255.0);
        Matrix y = OneHot.encode(train.labels(), 10);
        Network network = Network.of(new int[] {784, 256, 10}, Activation.relu(), Activation.softmax(),
                Initializer.HE, 0);
        long start = System.nanoTime();
        History history = new Trainer(network, Loss.categoricalCrossEntropy(), new Adam(0.001))
                .epochs(1)
                .batchSize(128)
                .shuffleSeed(0)
                .fit(x, y);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("fashion epoch_s=%.3f train_loss=%.4f train_acc=%.4f | %s%n", seconds,
                history.last().trainLoss(), history.last().trainAccuracy(), Kernels.description());
    }
}
