#!/usr/bin/env bash
# PDF input: pages per second of whereas reading PDFs (`whereas text`, the
# reader alone, and `whereas parse`, the whole pipeline) next to poppler's
# own pdftotext (plain and -layout) on the same files, one process each as a
# shell loop runs it, and whereas given them all at once (-j 1 and -j 2).
#
#   bash bench/pdf.sh [BUILD_DIR]     (default: build; RUNS=5)
#
# The files are the checked-in PDFs of tests/read/fixtures (LibreOffice and
# groff), each copied COPIES times (default 5) so that a run lasts long
# enough to time.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
whereas="$PWD/$build/cli/whereas"
[ -x "$whereas" ] || { echo "bench: build first: $whereas not found" >&2; exit 2; }
runs=${RUNS:-5}
copies=${COPIES:-5}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
for ((c = 0; c < copies; c++)); do
  for f in tests/read/fixtures/*.pdf; do cp "$f" "$dir/$c-$(basename "$f")"; done
done
files=$(ls "$dir"/*.pdf | wc -l)
pages=0
for f in "$dir"/*.pdf; do pages=$((pages + $(pdfinfo "$f" | sed -n 's/^Pages: *//p'))); done
echo "$files PDFs, $pages pages ($(du -sh "$dir" | cut -f1)); best of $runs runs"
hyperfine -N -w 1 -r "$runs" --export-json "$dir/times.json" -i \
  -n "pdftotext (one process a file)" "bash -c 'for f in $dir/*.pdf; do pdftotext \$f - > /dev/null; done'" \
  -n "pdftotext -layout (one process a file)" "bash -c 'for f in $dir/*.pdf; do pdftotext -layout \$f - > /dev/null; done'" \
  -n "whereas text (one process a file)" "bash -c 'for f in $dir/*.pdf; do $whereas text --no-progress \$f > /dev/null; done'" \
  -n "whereas text -j 1" "$whereas text --no-progress -j 1 $dir" \
  -n "whereas parse -j 1" "$whereas parse --no-progress -j 1 -o /dev/null $dir" \
  -n "whereas parse -j 2" "$whereas parse --no-progress -j 2 -o /dev/null $dir" > /dev/null
python3 - "$dir/times.json" "$pages" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
pages = int(sys.argv[2])
print(f"{'command':42} {'best s':>8} {'pages/s':>9}")
for r in results:
    best = min(r["times"])
    print(f"{r['command']:42} {best:8.3f} {pages / best:9.0f}")
PY
