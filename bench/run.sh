#!/usr/bin/env bash
# The batch benchmark: MB/s of whereas against one grep pass over the same
# files, at -j 1 and -j 2, and the peak memory on a small and a large corpus.
#
#   bash bench/run.sh [BUILD_DIR]      (default: build)
#
# Environment: SIZES="50 200" (corpus sizes in MB; the first is timed, all
# are measured for peak RSS), RUNS=3 (the best of RUNS runs counts),
# BENCH_DIR (where corpora are written; default a temporary directory).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
whereas="$build/cli/whereas"
[ -x "$whereas" ] || { echo "bench: build first: $whereas not found" >&2; exit 2; }
read -r -a sizes <<< "${SIZES:-50 200}"
runs=${RUNS:-3}
dir=${BENCH_DIR:-$(mktemp -d)}
pattern='^\s*-?\s*([0-9]+(\.[0-9]+)*\.?|[a-z]\.|[ivx]+\.)\s'

for size in "${sizes[@]}"; do
  [ -d "$dir/corpus-$size" ] || python3 bench/make_corpus.py "$size" "$dir/corpus-$size" >&2
done
corpus="$dir/corpus-${sizes[0]}"
bytes=$(find "$corpus" -name '*.txt' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
files=$(find "$corpus" -name '*.txt' | wc -l)
cat "$(find "$corpus" -name '*.txt' | head -1)" > /dev/null
find "$corpus" -name '*.txt' -exec cat {} + > /dev/null  # warm the page cache

# Best wall-clock seconds of $runs runs of a command.
best() {
  local best=""
  for _ in $(seq "$runs"); do
    local start end t
    start=$(date +%s.%N)
    "$@" > /dev/null 2>&1 || true
    end=$(date +%s.%N)
    t=$(echo "$end - $start" | bc -l)
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
  done
  echo "$best"
}

grep_s=$(best grep -rcE "$pattern" "$corpus")
echo "corpus: $files documents, $(echo "scale=1; $bytes / 1000000" | bc) MB ($corpus)"
echo "machine: $(nproc) cores; $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo
echo "| command | -j | seconds | MB/s | time / grep |"
echo "|---|---|---|---|---|"
printf '| grep -rcE (one pass, the floor) | 1 | %.3f | %.0f | 1.0 |\n' "$grep_s" "$(echo "$bytes / 1000000 / $grep_s" | bc -l)"
declare -A seconds
for cmd in "parse" "parse --format ndjson" "check" "deadlines"; do
  for j in 1 2; do
    # shellcheck disable=SC2086
    t=$(best "$whereas" $cmd -j "$j" --no-progress "$corpus")
    seconds["$cmd/$j"]=$t
    printf '| whereas %s | %d | %.3f | %.1f | %.1f |\n' "$cmd" "$j" "$t" \
      "$(echo "$bytes / 1000000 / $t" | bc -l)" "$(echo "$t / $grep_s" | bc -l)"
  done
done
echo
printf 'parse -j 2 speed-up over -j 1: %.2f\n' \
  "$(echo "${seconds[parse/1]} / ${seconds[parse/2]}" | bc -l)"
echo
echo "| corpus | peak RSS, parse -j 2 (YAML to /dev/null) |"
echo "|---|---|"
for size in "${sizes[@]}"; do
  /usr/bin/time -o "$dir/rss" -f '%M' "$whereas" parse -j 2 --no-progress "$dir/corpus-$size" > /dev/null 2>&1 || true
  rss=$(tail -1 "$dir/rss")
  printf '| %s MB | %.1f MB |\n' "$size" "$(echo "$rss / 1024" | bc -l)"
done
