#!/usr/bin/env bash
# Benchmarks: the library against numpy, side by side. See README.md, "Benchmarks".
# usage: bench/run.sh [ROUNDS] [digits] [matmul] [fashion]    (default: 5 rounds of all three)
# Needs: python3 with numpy; /usr/share/datasets/fashion-mnist (apt-get install dataset-fashion-mnist);
# shared/data/digits.csv.gz and shared/bench/seed_numpy.py beside the repository (or DIGITS=... SEED_NUMPY=...).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -ntp -pl lib test-compile
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load $(cut -d' ' -f1-3 /proc/loadavg)"
java -version 2>&1 | head -1
python3 bench/compare.py "$@"
echo "load afterwards: $(cut -d' ' -f1-3 /proc/loadavg)"
