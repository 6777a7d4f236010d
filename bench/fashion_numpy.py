"""One epoch of Fashion-MNIST in numpy, the same work as neuralmath.bench.FashionEpoch does in Java: one epoch of
the training run of chapter 14 (notebooks/14-fashion-mnist.ipynb), the same network and recipe.

60,000 training images scaled to [0, 1], 784-256-10, ReLU hidden layer, softmax output, categorical
cross-entropy (mean over the batch), He initialization (randn * sqrt(2 / n_in)), zero biases, Adam
(lr 0.001, beta1 0.9, beta2 0.999, eps 1e-8), mini-batches of 128 in a shuffled order; the loss and the
number of right answers of every batch are computed as it trains, as the Java trainer does.

usage: python3 fashion_numpy.py [FOLDER]   (default /usr/share/datasets/fashion-mnist)
prints one line: fashion epoch_s=.. train_loss=.. train_acc=..
"""
import gzip
import sys
import time

import numpy as np

folder = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/datasets/fashion-mnist"


def idx(name, offset):
    with gzip.open(f"{folder}/{name}") as f:
        return np.frombuffer(f.read(), dtype=np.uint8, offset=offset)


X = idx("train-images-idx3-ubyte.gz", 16).reshape(-1, 784) / 255.0
labels = idx("train-labels-idx1-ubyte.gz", 8).astype(int)
Y = np.eye(10)[labels]
m = len(X)

rng = np.random.default_rng(0)
params = [rng.standard_normal((784, 256)) * np.sqrt(2 / 784), np.zeros((1, 256)),
          rng.standard_normal((256, 10)) * np.sqrt(2 / 256), np.zeros((1, 10))]
moments = [(np.zeros_like(p), np.zeros_like(p)) for p in params]
lr, b1, b2, eps = 0.001, 0.9, 0.999, 1e-8

t0 = time.perf_counter()
order = rng.permutation(m)
loss_sum, right, t = 0.0, 0, 0
for start in range(0, m, 128):
    idx_b = order[start:start + 128]
    xb, yb = X[idx_b], Y[idx_b]
    W1, c1, W2, c2 = params
    z1 = xb @ W1 + c1
    h = np.maximum(z1, 0)
    z2 = h @ W2 + c2
    e = np.exp(z2 - z2.max(1, keepdims=True))
    out = e / e.sum(1, keepdims=True)
    n = len(xb)
    loss_sum += -np.sum(yb * np.log(np.clip(out, 1e-15, 1 - 1e-15)))
    right += int((out.argmax(1) == yb.argmax(1)).sum())
    d2 = (out - yb) / n
    dh = (d2 @ W2.T) * (z1 > 0)
    grads = [xb.T @ dh, dh.sum(0, keepdims=True), h.T @ d2, d2.sum(0, keepdims=True)]
    t += 1
    for p, g, (mo, v) in zip(params, grads, moments):
        mo *= b1
        mo += (1 - b1) * g
        v *= b2
        v += (1 - b2) * g * g
        p -= lr * (mo / (1 - b1 ** t)) / (np.sqrt(v / (1 - b2 ** t)) + eps)
elapsed = time.perf_counter() - t0
print(f"fashion epoch_s={elapsed:.3f} train_loss={loss_sum / m:.4f} train_acc={right / m:.4f}")
