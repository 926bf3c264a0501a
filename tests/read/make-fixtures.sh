#!/usr/bin/env bash
# Prints documents to PDF and saves them as HTML, as publishers' tools do, for
# the tests of reading PDF and HTML (tests/read/README.md). Not run by the
# tests: its output is checked in, so the tests need no producer.
#   make-fixtures.sh OUTDIR TEXT...
# Needs LibreOffice (libreoffice-writer-nogui) and groff (gropdf).
set -euo pipefail
out=$1; shift
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for text in "$@"; do
  name=$(basename "$text" .txt)
  # LibreOffice: the text imported as it is (a paragraph a line), printed
  # on A4, and saved as HTML.
  cp "$text" "$work/$name.txt"
  (cd "$work" && soffice --headless --convert-to pdf "$name.txt" >/dev/null 2>&1 &&
     soffice --headless --convert-to "html:XHTML Writer File:UTF8" "$name.txt" >/dev/null 2>&1)
  mv "$work/$name.pdf" "$out/$name.libreoffice.pdf"
  mv "$work/$name.html" "$out/$name.libreoffice.html"
  # groff with the ms macros: each line of the text a paragraph filled,
  # justified and hyphenated in Times, a page number at the head of each
  # page after the first.
  python3 "$(dirname "$0")/to-groff.py" "$text" > "$work/$name.ms"
  groff -ms -Kutf8 -Tpdf -P-pa4 "$work/$name.ms" > "$out/$name.groff.pdf"
done
