"""Runs the Java benchmarks and their numpy counterparts side by side, round after round (interleaved, so
that both see the same load on a shared machine), and prints the ratios per round with their median and
spread. Called by run.sh, which builds the classes first.

usage: python3 compare.py ROUNDS [digits] [matmul] [fashion] [cnn]

With BENCH_BASELINE_CP (the classes and test classes of an older version, as run.sh --baseline REV builds them)
and BENCH_BASELINE_NAME set, the digits, Fashion-MNIST and cnn parts also run that version's Java (where it has
the part's benchmark), on both paths, in
the same rounds, and print this version's time over the baseline's per round: before and after, side by side.

Needs only the repository: the numpy counterparts are beside this file, the digits are the library's own copy
(lib/src/main/resources/neuralmath/data/digits.csv.gz); Fashion-MNIST comes from Debian's dataset-fashion-mnist
(its part says so and is left out where that is not installed). numpy runs in the Python that runs this script.
"""
import os
import re
import resource
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CP = os.pathsep.join([os.path.join(ROOT, "lib", "target", "classes"),
                      os.path.join(ROOT, "lib", "target", "test-classes")])
JAVA = ["java", "--add-modules", "jdk.incubator.vector", "-cp", CP]
PYTHON = sys.executable
BASELINE_CP = os.environ.get("BENCH_BASELINE_CP")
BASELINE_NAME = os.environ.get("BENCH_BASELINE_NAME", "baseline")
FASHION = "/usr/share/datasets/fashion-mnist"


def numpy_env(threads=None):
    """numpy's environment: OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset together (they slow a current
    OpenBLAS), and the thread count if given."""
    env = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")}
    if threads:
        env["OPENBLAS_NUM_THREADS"] = str(threads)
    return env


def run(cmd, env=None):
    """(wall seconds of the whole process, its CPU seconds (user + system, all its threads), its output)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    out = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True).stdout
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), out


def spread(values):
    return f"{statistics.median(values):.2f} (min {min(values):.2f}, max {max(values):.2f})"


def baseline_has(java_main):
    """Whether a baseline is given and has this benchmark main (an older commit may predate it: then the part runs
    without the baseline, saying so)."""
    if not BASELINE_CP:
        return False
    path = java_main.replace(".", os.sep) + ".class"
    if any(os.path.isfile(os.path.join(d, path)) for d in BASELINE_CP.split(os.pathsep)):
        return True
    print(f"  {BASELINE_NAME} has no {java_main}: this part runs without it")
    return False


def side_by_side(java_main, java_args, numpy_script, numpy_args, rounds):
    """Runs the Java main on both paths and the numpy script with its default BLAS threads and with one,
    interleaved; returns {name: [(wall s, CPU s, output) per round]}."""
    commands = {
        "Java, Vector API": JAVA + [java_main] + java_args,
        "Java, plain": JAVA[:1] + ["-Dneuralmath.kernels=plain"] + JAVA[1:] + [java_main] + java_args,
        "numpy": [PYTHON, numpy_script] + numpy_args,
        "numpy, 1 BLAS thread": [PYTHON, numpy_script] + numpy_args,
    }
    if baseline_has(java_main):
        baseline = ["java", "--add-modules", "jdk.incubator.vector", "-cp", BASELINE_CP]
        commands[f"Java, Vector API @{BASELINE_NAME}"] = baseline + [java_main] + java_args
        commands[f"Java, plain @{BASELINE_NAME}"] = (baseline[:1] + ["-Dneuralmath.kernels=plain"] + baseline[1:]
                                                     + [java_main] + java_args)
    results = {name: [] for name in commands}
    for r in range(rounds):
        for name, cmd in commands.items():
            env = numpy_env(1 if name == "numpy, 1 BLAS thread" else None) if name.startswith("numpy") else None
            wall, cpu, out = run(cmd, env)
            results[name].append((wall, cpu, out))
            print(f"  round {r + 1} {name}: {wall:.2f} s wall, {cpu:.2f} s CPU  {out.strip()}", flush=True)
    return results


def print_ratios(times, what):
    """numpy's time (the faster of its two runs in each round) over each Java path's time, per round."""
    for name in ("Java, Vector API", "Java, plain"):
        ratios = [min(n, n1) / j for n, n1, j in zip(times["numpy"], times["numpy, 1 BLAS thread"], times[name])]
        print(f"  numpy {what} (the faster of its two runs) / {name} {what}, per round: {spread(ratios)}")
    if f"Java, plain @{BASELINE_NAME}" in times:
        for name in ("Java, Vector API", "Java, plain"):
            before = times[f"{name} @{BASELINE_NAME}"]
            print(f"  numpy / {name} @{BASELINE_NAME}, per round: "
                  f"{spread([min(n, n1) / j for n, n1, j in zip(times['numpy'], times['numpy, 1 BLAS thread'], before)])}")
            print(f"  {name}: this version's {what} / {BASELINE_NAME}'s, per round: "
                  f"{spread([j / b for j, b in zip(times[name], before)])}")


def digits(rounds):
    results = side_by_side("neuralmath.bench.DigitsExperiment", ["0"], os.path.join(ROOT, "bench", "digits_numpy.py"),
                           ["0"], rounds)
    print("\nDigits experiment, whole process, median (min, max) over", rounds, "rounds:")
    for name, runs in results.items():
        print(f"  {name}: wall {spread([w for w, _, _ in runs])} s, CPU {spread([c for _, c, _ in runs])} s")
    print_ratios({name: [w for w, _, _ in runs] for name, runs in results.items()}, "wall time")


def matmul(rounds):
    pattern = re.compile(r"matmul n=(\d+) best_gflops=([\d.]+) median_gflops=([\d.]+) cpu_gflops=([\d.]+) \((.*)\)")
    for threads in (1, 2):
        java = JAVA[:1] + [f"-Dneuralmath.threads={threads}"] + JAVA[1:] + ["neuralmath.bench.MatmulBenchmark", "5"]
        numpy = [PYTHON, os.path.join(ROOT, "bench", "matmul_numpy.py"), "5"]
        ratios, rates, labels = {}, {}, {}
        for r in range(rounds):
            for name, cmd, env in (("Java", java, None), ("numpy", numpy, numpy_env(threads))):
                _, _, out = run(cmd, env)
                for n, best, median, cpu_rate, label in pattern.findall(out):
                    rates.setdefault((name, int(n)), []).append(float(median))
                    rates.setdefault((name + " CPU", int(n)), []).append(float(cpu_rate))
                    labels[name] = label
                print(f"  round {r + 1} {threads} thread(s) {name}: " + ", ".join(
                    f"n={n} {median} (CPU {cpu_rate})" for n, _, median, cpu_rate, _ in pattern.findall(out)),
                    flush=True)
            for n in sorted({n for (_, n) in rates}):
                ratios.setdefault(n, []).append(rates[("Java", n)][-1] / rates[("numpy", n)][-1])
                ratios.setdefault(("CPU", n), []).append(rates[("Java CPU", n)][-1] / rates[("numpy CPU", n)][-1])
        print(f"\nMatrix product GFLOP/s on {threads} thread(s), median round of each run; median (min, max) over",
              rounds, "runs (by wall time; by the CPU time of the calling thread on one thread):")
        for name, label in labels.items():
            print(f"  {name}: {label}")
        for n in sorted(k for k in ratios if isinstance(k, int)):
            line = (f"  n={n}: Java {spread(rates[('Java', n)])}, numpy {spread(rates[('numpy', n)])}, "
                    f"Java/numpy {spread(ratios[n])}")
            if threads == 1:
                line += f"; by CPU time Java/numpy {spread(ratios[('CPU', n)])}"
            print(line)


def fashion(rounds):
    one_epoch(rounds, "neuralmath.bench.FashionEpoch", "fashion_numpy.py", "Fashion-MNIST, one epoch")


def cnn(rounds):
    one_epoch(rounds, "neuralmath.bench.CnnEpoch", "cnn_numpy.py", "Fashion-MNIST, one epoch of chapter 15's CNN")


def one_epoch(rounds, java_main, numpy_script, title):
    """One training epoch on Fashion-MNIST in Java and in numpy, side by side, by the epoch_s each prints."""
    if not os.path.isfile(os.path.join(FASHION, "train-images-idx3-ubyte.gz")):
        print(f"  not run: no Fashion-MNIST in {FASHION}; install: apt-get install dataset-fashion-mnist")
        return
    pattern = re.compile(r"epoch_s=([\d.]+)")
    results = side_by_side(java_main, [], os.path.join(ROOT, "bench", numpy_script), [], rounds)
    times = {name: [float(pattern.search(out).group(1)) for _, _, out in runs] for name, runs in results.items()}
    print(f"\n{title} (s, data loading excluded), median (min, max) over", rounds, "rounds:")
    for name in times:
        print(f"  {name}: {spread(times[name])}")
    print_ratios(times, "epoch time")


if __name__ == "__main__":
    try:
        import numpy  # noqa: F401  (only the numpy scripts use it; asked here to say what is missing up front)
    except ImportError:
        sys.exit(f"numpy is missing for {PYTHON}: apt-get install python3-numpy (for /usr/bin/python3)")
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    parts = sys.argv[2:] or ["digits", "matmul", "fashion"]
    for part in parts:
        print(f"== {part}", flush=True)
        {"digits": digits, "matmul": matmul, "fashion": fashion, "cnn": cnn}[part](rounds)
        print(flush=True)
