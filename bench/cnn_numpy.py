"""One epoch of a small convolutional network on Fashion-MNIST in numpy, im2col style: the same work as
neuralmath.bench.CnnEpoch does in Java.

60,000 training images scaled to [0, 1], stored one image per row, channels last (N, H, W, C). The network:
3x3 convolution, 8 filters, "same" padding, ReLU -> 2x2 max pooling -> 3x3 convolution, 16 filters, "same", ReLU ->
2x2 max pooling -> flatten (7*7*16 = 784) -> dense 10, softmax; categorical cross-entropy (mean over the batch).
Filters He-initialized (randn * sqrt(2 / (3*3*C))), the dense layer Xavier (randn * sqrt(2 / (784 + 10))), biases
zero; Adam (lr 0.001, beta1 0.9, beta2 0.999, eps 1e-8), mini-batches of 64 in a shuffled order; the loss and the
number of right answers of every batch are computed as it trains, as the Java trainer does. A convolution is
im2col (the patches P, one row per image and position) and one product Z = P K + b; backward dK = P^T d,
dP = d K^T, and col2im adds dP back onto the pixels. Max pooling sends each window's gradient to its first maximum.

usage: python3 cnn_numpy.py [FOLDER]   (default /usr/share/datasets/fashion-mnist)
prints one line: cnn epoch_s=.. train_loss=.. train_acc=..
"""
import gzip
import sys
import time

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

folder = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/datasets/fashion-mnist"


def idx(name, offset):
    with gzip.open(f"{folder}/{name}") as f:
        return np.frombuffer(f.read(), dtype=np.uint8, offset=offset)


X = (idx("train-images-idx3-ubyte.gz", 16).reshape(-1, 28, 28, 1) / 255.0)
labels = idx("train-labels-idx1-ubyte.gz", 8).astype(int)
Y = np.eye(10)[labels]
m = len(X)
BATCH, K = 64, 3


def patches(x):
    """im2col with "same" padding: (n, h, w, c) -> (n*h*w, 3*3*c), columns in the order (u, v, c)."""
    n, h, w, c = x.shape
    padded = np.pad(x, ((0, 0), (1, 1), (1, 1), (0, 0)))
    windows = sliding_window_view(padded, (K, K), axis=(1, 2))        # (n, h, w, c, u, v)
    return windows.transpose(0, 1, 2, 4, 5, 3).reshape(n * h * w, K * K * c)


def add_patches_back(dp, shape):
    """col2im: the adjoint of patches, (n*h*w, 3*3*c) -> (n, h, w, c)."""
    n, h, w, c = shape
    dp = dp.reshape(n, h, w, K, K, c)
    padded = np.zeros((n, h + 2, w + 2, c))
    for u in range(K):
        for v in range(K):
            padded[:, u:u + h, v:v + w, :] += dp[:, :, :, u, v, :]
    return padded[:, 1:h + 1, 1:w + 1, :]


def pool(a):
    """2x2 max pooling, stride 2: the maxima and, per window, which of its 4 inputs won (the first maximum)."""
    n, h, w, c = a.shape
    windows = a.reshape(n, h // 2, 2, w // 2, 2, c).transpose(0, 1, 3, 5, 2, 4).reshape(n, h // 2, w // 2, c, 4)
    winner = windows.argmax(axis=4)
    return np.take_along_axis(windows, winner[..., None], axis=4)[..., 0], winner


def pool_backward(dy, winner, shape):
    n, h, w, c = shape
    dwindows = np.zeros((n, h // 2, w // 2, c, 4))
    np.put_along_axis(dwindows, winner[..., None], dy[..., None], axis=4)
    return dwindows.reshape(n, h // 2, w // 2, c, 2, 2).transpose(0, 1, 4, 2, 5, 3).reshape(shape)


rng = np.random.default_rng(0)
params = [rng.standard_normal((9 * 1, 8)) * np.sqrt(2 / 9), np.zeros((1, 8)),
          rng.standard_normal((9 * 8, 16)) * np.sqrt(2 / 72), np.zeros((1, 16)),
          rng.standard_normal((784, 10)) * np.sqrt(2 / (784 + 10)), np.zeros((1, 10))]
moments = [(np.zeros_like(p), np.zeros_like(p)) for p in params]
lr, b1, b2, eps = 0.001, 0.9, 0.999, 1e-8

t0 = time.perf_counter()
order = rng.permutation(m)
loss_sum, right, t = 0.0, 0, 0
for start in range(0, m, BATCH):
    idx_b = order[start:start + BATCH]
    xb, yb = X[idx_b], Y[idx_b]
    n = len(xb)
    K1, c1, K2, c2, W, c3 = params
    p1 = patches(xb)                                        # (n*784, 9)
    z1 = p1 @ K1 + c1
    a1 = np.maximum(z1, 0).reshape(n, 28, 28, 8)
    y1, win1 = pool(a1)                                     # (n, 14, 14, 8)
    p2 = patches(y1)                                        # (n*196, 72)
    z2 = p2 @ K2 + c2
    a2 = np.maximum(z2, 0).reshape(n, 14, 14, 16)
    y2, win2 = pool(a2)                                     # (n, 7, 7, 16)
    f = y2.reshape(n, 784)
    z3 = f @ W + c3
    e = np.exp(z3 - z3.max(1, keepdims=True))
    out = e / e.sum(1, keepdims=True)
    loss_sum += -np.sum(yb * np.log(np.clip(out, 1e-15, 1 - 1e-15)))
    right += int((out.argmax(1) == yb.argmax(1)).sum())
    d3 = (out - yb) / n
    df = d3 @ W.T
    da2 = pool_backward(df.reshape(n, 7, 7, 16), win2, a2.shape)
    d2 = da2.reshape(n * 196, 16) * (z2 > 0)
    dp2 = d2 @ K2.T
    dy1 = add_patches_back(dp2, y1.shape)
    da1 = pool_backward(dy1, win1, a1.shape)
    d1 = da1.reshape(n * 784, 8) * (z1 > 0)
    grads = [p1.T @ d1, d1.sum(0, keepdims=True), p2.T @ d2, d2.sum(0, keepdims=True), f.T @ d3,
             d3.sum(0, keepdims=True)]
    t += 1
    for p, g, (mo, v) in zip(params, grads, moments):
        mo *= b1
        mo += (1 - b1) * g
        v *= b2
        v += (1 - b2) * g * g
        p -= lr * (mo / (1 - b1 ** t)) / (np.sqrt(v / (1 - b2 ** t)) + eps)
elapsed = time.perf_counter() - t0
print(f"cnn epoch_s={elapsed:.3f} train_loss={loss_sum / m:.4f} train_acc={right / m:.4f}")
