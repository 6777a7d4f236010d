#!/usr/bin/env bash
# Benchmarks: the library against numpy, side by side. See README.md, "Benchmarks".
# usage: bench/run.sh [--baseline REV] [ROUNDS] [digits] [matmul] [fashion] [cnn]
#   (default: 5 rounds of digits, matmul, fashion)
#   --baseline REV: also builds the library of commit REV (in a temporary folder) and runs its Java in the same
#   rounds as this version's, for the digits, Fashion-MNIST and cnn parts: before and after a change, side by side.
# Needs: the repository alone, a JDK, and python3 with numpy (apt-get install python3-numpy); for the Fashion-MNIST
# and cnn parts /usr/share/datasets/fashion-mnist (apt-get install dataset-fashion-mnist), which is left out, saying so, without.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--baseline" ]; then
  baseline=$(mktemp -d)
  trap 'rm -rf "$baseline"' EXIT
  git archive "$2" | tar -x -C "$baseline"
  (cd "$baseline" && ./mvnw -B -q -ntp -pl lib -am test-compile)
  export BENCH_BASELINE_CP="$baseline/lib/target/classes:$baseline/lib/target/test-classes"
  BENCH_BASELINE_NAME=$(git rev-parse --short "$2")
  export BENCH_BASELINE_NAME
  shift 2
fi
./mvnw -B -q -ntp -pl lib -am test-compile
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load $(cut -d' ' -f1-3 /proc/loadavg)"
java -version 2>&1 | head -1
python3 bench/compare.py "$@"
echo "load afterwards: $(cut -d' ' -f1-3 /proc/loadavg)"
