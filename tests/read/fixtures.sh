#!/usr/bin/env bash
# Every checked-in PDF and HTML page of a document (fixtures/NAME.PRODUCER.EXT,
# made by make-fixtures.sh from samples/NAME.txt, tests/detect/NAME.txt or
# tests/read/texts/NAME.txt: two documents written after the readers were
# tuned, and read only once they were),
# read directly, against the records of its text: compare.py's report for
# all of them, which must equal differences.expected (each difference there
# is explained in README.md).
#   fixtures.sh WHEREAS
set -u
whereas=$1
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"
for fixture in tests/read/fixtures/*.pdf tests/read/fixtures/*.html; do
  name=$(basename "$fixture"); name=${name%%.*}
  text=samples/$name.txt
  [ -f "$text" ] || text=tests/detect/$name.txt
  [ -f "$text" ] || text=tests/read/texts/$name.txt
  python3 tests/read/compare.py "$whereas" "$text" "$fixture"
done > /tmp/whereas-fixtures-$$
status=0
diff -u tests/read/differences.expected /tmp/whereas-fixtures-$$ || status=1
same=$(grep -c ': same records$' /tmp/whereas-fixtures-$$)
total=$(grep -c '^tests/read/fixtures/' /tmp/whereas-fixtures-$$)
echo "$same of $total read as their texts do"
rm -f /tmp/whereas-fixtures-$$
exit $status
