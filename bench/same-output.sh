#!/usr/bin/env bash
# Shows that a change (a speed-up, a refactoring) leaves every output as it
# was: builds REV in a temporary worktree, then runs parse (YAML and NDJSON),
# check (notes enabled), deadlines and detect of both builds over a corpus
# made by bench/make_corpus.py, and compares the outputs byte for byte.
#
#   bash bench/same-output.sh [REV] [BUILD_DIR]   (defaults: HEAD~1, build)
#
# Environment: SIZE (corpus MB, default 20), BENCH_DIR (where the corpus and
# the other build go; default a temporary directory). Exit 0: all the same.
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:-HEAD~1}
build=${2:-build}
new="$build/cli/whereas"
[ -x "$new" ] || { echo "same-output: build first: $new not found" >&2; exit 2; }
dir=${BENCH_DIR:-$(mktemp -d)}
size=${SIZE:-20}
corpus="$dir/corpus-$size"
[ -d "$corpus" ] || python3 bench/make_corpus.py "$size" "$corpus" >&2

short=$(git rev-parse --short "$rev")
old="$dir/whereas-$short"  # kept between runs: the next one needs no build
if [ ! -x "$old" ]; then
  old_src="$dir/rev-$short"
  rm -rf "$old_src"
  git worktree add --detach "$old_src" "$rev" > /dev/null
  { cmake -S "$old_src" -B "$old_src/build" -DCMAKE_BUILD_TYPE=Release -DWHEREAS_BUILD_TESTS=OFF &&
    cmake --build "$old_src/build" -j"$(nproc)" --target whereas; } > "$dir/build.log" 2>&1 ||
    { cat "$dir/build.log" >&2; echo "same-output: $rev does not build" >&2; exit 2; }
  cp "$old_src/build/cli/whereas" "$old"
  git worktree remove --force "$old_src" > /dev/null 2>&1 || true
fi

same=1
run() {  # run NAME ARGS...: the same command with both builds
  local name=$1
  shift
  "$old" "$@" "$corpus" > "$dir/old.$name" 2>&1 || true
  "$new" "$@" "$corpus" > "$dir/new.$name" 2>&1 || true
  if cmp -s "$dir/old.$name" "$dir/new.$name"; then
    echo "same: $name ($(wc -c < "$dir/new.$name") bytes)"
  else
    echo "DIFFERENT: $name (diff $dir/old.$name $dir/new.$name)"
    same=0
  fi
}
run parse.yaml parse --no-progress
run parse.ndjson parse --no-progress --format ndjson
run check check --no-progress --enable text-repair --enable unreadable-date
run deadlines deadlines --no-progress
run detect detect --no-progress
[ "$same" = 1 ] && echo "same-output: every output of $rev and $new is the same" && exit 0
exit 1
