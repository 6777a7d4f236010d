"""The digits experiment in numpy, the same work as neuralmath.bench.DigitsExperiment does in Java.

The 1797 8x8 digits (the library's own copy, lib/src/main/resources/neuralmath/data/digits.csv.gz: 64 pixels and
the label per line), each pixel min-max scaled to 0..1 over the set, labels one-hot; scikit-learn's
train_test_split(test_size=0.2, random_state=42): RandomState(42) permutes the indices, the first 360 are the
test set. A 64-64-10 network: sigmoid hidden layer, softmax output, weights np.random.randn after
np.random.seed(SEED) (hidden layer first), zero biases. Full-batch gradient descent, learning rate 0.1, 1000
epochs; every epoch: forward pass on the training set, its cross-entropy, backward pass and update, forward pass
and cross-entropy on the test set, as the Java trainer does.

usage: python3 digits_numpy.py [SEED] [DIGITS.csv.gz]
prints one line: seed=.. train_s=.. acc=.. final_train_loss=..  (the loss is the mean over examples and
classes, so the Java trainer's loss, a sum over classes, is ten times it)
"""
import gzip
import os
import sys
import time

import numpy as np

LIBRARY_DIGITS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                              "lib", "src", "main", "resources", "neuralmath", "data", "digits.csv.gz")
EPOCHS, LEARNING_RATE, HIDDEN, CLASSES, TEST_SIZE = 1000, 0.1, 64, 10, 360


def load(path):
    """(pixels scaled to 0..1 per pixel, one-hot labels) of every image in the file."""
    with gzip.open(path, "rt") as f:
        table = np.loadtxt(f, delimiter=",")
    pixels, labels = table[:, :-1], table[:, -1].astype(int)
    low, high = pixels.min(axis=0), pixels.max(axis=0)
    width = np.where(high > low, high - low, 1.0)
    return (pixels - low) / width, np.eye(CLASSES)[labels]


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def softmax(z):
    shifted = np.exp(z - z.max(axis=1, keepdims=True))
    return shifted / shifted.sum(axis=1, keepdims=True)


def cross_entropy(y_hat, y):
    return -np.mean(y * np.log(y_hat))


def main():
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    x, y = load(sys.argv[2] if len(sys.argv) > 2 else LIBRARY_DIGITS)
    order = np.random.RandomState(42).permutation(len(x))
    x_test, y_test = x[order[:TEST_SIZE]], y[order[:TEST_SIZE]]
    x_train, y_train = x[order[TEST_SIZE:]], y[order[TEST_SIZE:]]

    np.random.seed(seed)
    layers = [[np.random.randn(x.shape[1], HIDDEN), np.zeros((1, HIDDEN))],
              [np.random.randn(HIDDEN, CLASSES), np.zeros((1, CLASSES))]]

    def forward(inputs):
        (w1, b1), (w2, b2) = layers
        hidden = sigmoid(inputs @ w1 + b1)
        return hidden, softmax(hidden @ w2 + b2)

    start = time.perf_counter()
    for _ in range(EPOCHS):
        hidden, y_hat = forward(x_train)
        train_loss = cross_entropy(y_hat, y_train)
        (w1, _), (w2, _) = layers
        delta2 = (y_hat - y_train) / len(x_train)         # dL/dz2 of softmax with cross-entropy, mean over the batch
        delta1 = (delta2 @ w2.T) * hidden * (1.0 - hidden)  # back through W2 and the sigmoid
        for (weights, bias), inputs, delta in ((layers[1], hidden, delta2), (layers[0], x_train, delta1)):
            weights -= LEARNING_RATE * (inputs.T @ delta)
            bias -= LEARNING_RATE * delta.sum(axis=0, keepdims=True)
        cross_entropy(forward(x_test)[1], y_test)
    seconds = time.perf_counter() - start

    accuracy = np.mean(forward(x_test)[1].argmax(axis=1) == y_test.argmax(axis=1))
    print(f"seed={seed} train_s={seconds:.3f} acc={accuracy:.4f} final_train_loss={train_loss:.4f}")


if __name__ == "__main__":
    main()
