#!/usr/bin/env bash
# One optimizer step on a 784-256-10 network's parameters (OptimizerStep), timed on several versions of the
# library side by side: each version's sources are compiled alike with javac, then the versions take turns, round
# after round, so that all see the same load on a shared machine.
# usage: bench/optimizer-step.sh ROUNDS VERSION... [-- JAVA-OPTION...]
#   VERSION: a commit, or "work" for the working tree; JAVA-OPTION e.g. -Dneuralmath.threads=1 -Dneuralmath.kernels=plain
# Prints every run's line (OptimizerStep times Adam, RMSProp and AdaGrad, each alone in its JVM and all three in one).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=$1
shift
versions=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do versions+=("$1"); shift; done
[ $# -gt 0 ] && shift
build=$(mktemp -d)
trap 'rm -rf "$build"' EXIT
for v in "${versions[@]}"; do
  mkdir -p "$build/$v/src" "$build/$v/classes"
  if [ "$v" = work ]; then
    cp -r lib/src/main/java/. "$build/$v/src"
  else
    git archive "$v" lib/src/main/java | tar -x -C "$build/$v/src" --strip-components=4
  fi
  javac -nowarn -XDsuppressNotes --add-modules jdk.incubator.vector -sourcepath "$build/$v/src" -d "$build/$v/classes" \
    lib/src/test/java/neuralmath/bench/OptimizerStep.java 2>&1 | grep -v "^warning\|incubator" || true
done
echo "machine: $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg); options: $*"
for r in $(seq 1 "$rounds"); do
  for set in Adam RMSProp AdaGrad "Adam RMSProp AdaGrad"; do
    for v in "${versions[@]}"; do
      # shellcheck disable=SC2086
      java --add-modules jdk.incubator.vector "$@" -cp "$build/$v/classes" neuralmath.bench.OptimizerStep 7 $set 2>/dev/null \
        | sed "s/^/round $r [$set] $v: /"
    done
  done
done
echo "load afterwards: $(cut -d' ' -f1-3 /proc/loadavg)"
