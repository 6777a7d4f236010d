#!/usr/bin/env bash
# Benchmark of `course build` and its execution cache, on a copy of the course's notebooks in target/bench-build/
# (the notebooks themselves are not touched). Prints the wall time of:
#   1. a full build from clean (no cache, no earlier output);
#   2. a rebuild after one notebook's code changed (NOTEBOOK, default 01-start-here.ipynb: a comment added to its
#      last code cell, so it runs again and the others come from the cache);
#   3. a rebuild after only that notebook's prose changed (a Markdown cell edited: nothing runs, the site is exported);
#   4. a rebuild after nothing changed;
# each with the load average before and after, as others may share the machine. See README.md, "Benchmarks".
# usage: bench/build.sh [JOBS] [NOTEBOOK]     JOBS: notebooks run at once (default: every core)
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=${1:-$(nproc)}
notebook=${2:-01-start-here.ipynb}
work=target/bench-build
[ -f "notebooks/$notebook" ] || { echo "no notebook notebooks/$notebook" >&2; exit 2; }

echo "building the course tool (the course build itself is skipped: -Dexec.skip)"
./mvnw -B -q -ntp -o install -DskipTests -Dexec.skip
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(java -version 2>&1 | head -1)"
echo "commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown), $jobs jobs, changed notebook: $notebook"

course() { java --add-modules jdk.incubator.vector -Djava.awt.headless=true -cp 'tests/course-tool/target/course-tool/*' neuralmath.tool.CourseTool "$@"; }

# Times `course build` on the copy; prints the step's name, wall time and load averages, and the build's summary.
step() {
    local name=$1 before start end log
    before=$(cut -d' ' -f1-3 /proc/loadavg)
    log=$work/$(echo "$name" | tr ' ,' '__').log
    start=$(date +%s.%N)
    if ! course build --jobs "$jobs" --notebooks "$work/notebooks" --out "$work/course" >"$log" 2>&1; then
        echo "FAILED: $name (see $log)" >&2
        tail -20 "$log" >&2
        exit 1
    fi
    end=$(date +%s.%N)
    printf '%-48s %7.1f s   load %s -> %s\n' "$name" "$(echo "$end - $start" | bc)" "$before" \
        "$(cut -d' ' -f1-3 /proc/loadavg)"
    grep -E '^(Built|Up to date)' "$log" | sed 's/^/    /'
}

# Edits the copy of the notebook: CODE appends a comment to its last code cell, PROSE to its first Markdown cell.
edit() {
    python3 - "$work/notebooks/$notebook" "$1" <<'EOF'
import json, sys, time
path, what = sys.argv[1], sys.argv[2]
with open(path, encoding="utf-8") as f:
    nb = json.load(f)
kind = "code" if what == "CODE" else "markdown"
cells = [c for c in nb["cells"] if c["cell_type"] == kind]
cell = cells[-1] if kind == "code" else cells[0]
src = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
stamp = str(time.time_ns())
cell["source"] = src + ("\n// bench edit " + stamp if kind == "code" else "\n\n<!-- bench edit " + stamp + " -->")
with open(path, "w", encoding="utf-8") as f:
    json.dump(nb, f, indent=1, ensure_ascii=False)
    f.write("\n")
EOF
}

rm -rf "$work"
mkdir -p "$work"
cp -r notebooks "$work/notebooks"
step "1. full build from clean"
edit CODE
step "2. one notebook's code changed"
edit PROSE
step "3. one notebook's prose changed"
step "4. nothing changed"
