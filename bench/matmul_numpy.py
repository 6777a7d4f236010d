"""Matrix product C = A @ B of n x n float64 matrices in numpy, in GFLOP/s (2 n^3 operations per product),
timed as neuralmath.bench.MatmulBenchmark times the Java kernels: about a second of warm-up, then REPEATS
rounds of about half a second; prints the best and the median round, and the median by the CPU time of the
calling thread (meaningful with OPENBLAS_NUM_THREADS=1). Also prints which OpenBLAS kernel
(core type) and how many threads numpy's BLAS uses.

usage: OPENBLAS_NUM_THREADS=1 python3 matmul_numpy.py [REPEATS] [SIZES...]
"""
import ctypes
import glob
import os
import sys
import time

import numpy as np

repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 5
sizes = [int(s) for s in sys.argv[2:]] or [64, 256, 512, 1024]


def blas():
    """Core type and threads of the OpenBLAS that numpy's wheel ships (threadpoolctl 3.1 does not see it)."""
    libs = glob.glob(os.path.join(os.path.dirname(np.__file__), "..", "numpy.libs", "libscipy_openblas*"))
    if not libs:
        return "unknown BLAS"
    lib = ctypes.CDLL(libs[0])
    for suffix in ("64_", ""):
        core = getattr(lib, f"scipy_openblas_get_corename{suffix}", None)
        threads = getattr(lib, f"scipy_openblas_get_num_threads{suffix}", None)
        if core and threads:
            core.restype = ctypes.c_char_p
            return f"OpenBLAS {core().decode()}, {threads()} thread(s)"
    return "OpenBLAS"


for n in sizes:
    rng = np.random.default_rng(n)
    a, b = rng.standard_normal((n, n)), rng.standard_normal((n, n))
    flops = 2.0 * n ** 3
    per_round = max(1, int(1.5e10 / flops / 30))
    for _ in range(2 * per_round):
        a @ b
    rates, cpu_rates = [], []
    for _ in range(repeats):
        t, c = time.perf_counter(), time.thread_time()
        for _ in range(per_round):
            a @ b
        rates.append(flops * per_round / (time.perf_counter() - t) / 1e9)
        cpu_rates.append(flops * per_round / (time.thread_time() - c) / 1e9)
    rates.sort()
    cpu_rates.sort()
    print(f"matmul n={n} best_gflops={rates[-1]:.1f} median_gflops={rates[len(rates) // 2]:.1f} "
          f"cpu_gflops={cpu_rates[len(cpu_rates) // 2]:.1f} (numpy {np.__version__}, {blas()})")
