#!/usr/bin/env bash
# Benchmarks: the library against numpy, side by side. See README.md, "Benchmarks".
# usage: bench/run.sh [ROUNDS] [digits] [matmul] [fashion] [cnn]    (default: 5 rounds of digits, matmul, fashion)
# Needs: the repository alone, a JDK, and python3 with numpy (apt-get install python3-numpy); for the Fashion-MNIST
# and cnn parts /usr/share/datasets/fashion-mnist (apt-get install dataset-fashion-mnist), which is left out, saying so, without.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -ntp -pl lib -am test-compile
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load $(cut -d' ' -f1-3 /proc/loadavg)"
java -version 2>&1 | head -1
python3 bench/compare.py "$@"
echo "load afterwards: $(cut -d' ' -f1-3 /proc/loadavg)"
