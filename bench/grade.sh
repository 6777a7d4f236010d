#!/usr/bin/env bash
# Benchmark of `course grade`: grades SUBMISSIONS generated notebooks (default 100) with JOBS JVMs at once (default:
# every core) and prints the wall time. See README.md, "Benchmarks". Needs the repository alone and a JDK.
# usage: bench/grade.sh [SUBMISSIONS] [JOBS]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -ntp -pl tests/course-grader -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load $(cut -d' ' -f1-3 /proc/loadavg)"
java -version 2>&1 | head -1
grader=tests/course-grader/target
java --add-modules jdk.incubator.vector -Djava.awt.headless=true \
    -cp "$grader/test-classes:$grader/classes:$(cat $grader/bench-classpath.txt)" \
    neuralmath.grader.GradingBenchmark "$@"
echo "load afterwards: $(cut -d' ' -f1-3 /proc/loadavg)"
