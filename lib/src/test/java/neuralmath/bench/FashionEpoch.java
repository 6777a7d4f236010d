package neuralmath.bench;

import java.nio.file.Path;
import neuralmath.activations.Activation;
import neuralmath.la.Kernels;
import neuralmath.losses.Loss;
import neuralmath.network.Initializer;
import neuralmath.network.Network;
import neuralmath.optimizers.Adam;
import neuralmath.training.History;
import neuralmath.training.Trainer;

/**
 * One epoch of Fashion-MNIST, as {@code bench/fashion_numpy.py} runs it in numpy: 60,000 images, 784-256-10,
 * ReLU hidden layer, softmax output, categorical cross-entropy, He initialization, Adam (η = 0.001),
 * mini-batches of 128 in a shuffled order; the loss and the accuracy of every batch are computed as it trains.
 *
 * <p>usage: {@code FashionEpoch [FOLDER]}, default {@code /usr/share/datasets/fashion-mnist}. Prints the
 * seconds of the epoch alone (data loading excluded), the training loss and accuracy.
 */
public final class FashionEpoch {

    private FashionEpoch() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "/usr/share/datasets/fashion-mnist");
        FashionData data = FashionData.load(folder);
        Network network = Network.of(new int[] {784, 256, 10}, Activation.relu(), Activation.softmax(),
                Initializer.HE, 0);
        long start = System.nanoTime();
        History history = new Trainer(network, Loss.categoricalCrossEntropy(), new Adam(0.001))
                .epochs(1)
                .batchSize(128)
                .shuffleSeed(0)
                .fit(data.x(), data.y());
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("fashion epoch_s=%.3f train_loss=%.4f train_acc=%.4f (%s)%n", seconds,
                history.last().trainLoss(), history.last().trainAccuracy(), Kernels.description());
    }
}
