#!/usr/bin/env bash
# Runs each libFuzzer target for SECONDS on its seeds, and fails if one finds
# an input that crashes, leaks, times out or runs out of memory (it is kept,
# and named, in the printed directory: make it a seed and a test).
#   bash scripts/fuzz.sh BUILD_DIR [SECONDS] [TARGET...]
# MAX_LEN=BYTES overrides each target's largest input (e.g. 1048576 for 1 MB).
# The build needs -DWHEREAS_FUZZ=ON (clang). The parse targets are seeded
# with every sample, test document and PDF text, and their regression seeds;
# html with the HTML test pages; word_boxes with its own (structured) seeds.
# Prints, per target, executions, executions per second and the time.
set -euo pipefail
cd "$(dirname "$0")/.."
build=$1
seconds=${2:-60}
shift $(( $# > 1 ? 2 : 1 ))
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(parse_fast parse grammar html word_boxes)
status=0
for target in "${targets[@]}"; do
  case $target in
    # Documents up to 256 KB: the shapes that cost most are long ones.
    parse_fast) max_len=262144; seeds=(samples tests/detect tests/pdf tests/fuzz/seeds/parse); dict=parse ;;
    parse) max_len=65536; seeds=(samples tests/detect tests/pdf tests/fuzz/seeds/parse); dict=parse ;;
    grammar) max_len=16384; seeds=(tests/fuzz/seeds/grammar); dict=grammar ;;
    html) max_len=65536; seeds=(tests/read/html tests/read/fixtures tests/cli/bad-pdf-html); dict=html ;;
    # Structured: the bytes are word boxes (word_boxes_fuzzer.cc).
    word_boxes) max_len=16384; seeds=(tests/fuzz/seeds/word_boxes); dict="" ;;
    *) echo "fuzz: unknown target $target" >&2; exit 2 ;;
  esac
  max_len=${MAX_LEN:-$max_len}
  corpus=$(mktemp -d)
  log="$corpus/log"
  start=$(date +%s)
  "$build/tests/fuzz/${target}_fuzzer" -max_total_time="$seconds" -max_len="$max_len" \
    -timeout=60 -rss_limit_mb=4096 ${dict:+-dict="tests/fuzz/$dict.dict"} -artifact_prefix="$corpus/" \
    -print_final_stats=1 "$corpus" "${seeds[@]}" > "$log" 2>&1 || true
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  took=$(( $(date +%s) - start ))
  echo "fuzz: $target: ${runs:-?} executions in ${took} s ($(( ${runs:-0} / (took > 0 ? took : 1) ))/s), max_len $max_len"
  grep -E "^==[0-9]+==ERROR|^SUMMARY" "$log" || true
  # One listing of every kind of finding (ls of several globs fails when any
  # one of them matches nothing, and would hide a crash).
  found=$(find "$corpus" -maxdepth 1 \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' \
          -o -name 'oom-*' \))
  if [ -n "$found" ] || grep -q "^SUMMARY:" "$log"; then
    echo "fuzz: $target found a failing input, kept in $corpus:"
    echo "$found"
    status=1
    continue
  fi
  rm -rf "$corpus"
done
exit $status
