#!/usr/bin/env bash
# Remakes the texts in this folder: each document printed to PDF in a
# proportional font (Arial 11 pt, A4, by LibreOffice from the HTML that
# to_html.py writes: labels, hanging indents, bullets as •, a header table
# as a table) and converted back by pdftotext, plain and -layout. The
# texts are committed; the tests read them and do not run this.
#   bash tests/pdf/make.sh   (needs libreoffice-writer-nogui and poppler-utils)
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
for source in ../../samples/direction-barnet-2018-01.txt \
              ../../samples/direction-northamptonshire-2018-11.txt \
              ../../samples/direction-buckinghamshire-2018-07.txt \
              ../../samples/committee-report-barnet-2018-06.txt \
              ../detect/direction-lettered.txt ../detect/direction-capital-recitals.txt \
              ../detect/direction-deadline-forms.txt ../detect/committee-asked-to.txt \
              ../detect/committee-numbered-sections.txt ../detect/committee-point-zero.txt \
              ../detect/commissioner-introduction.txt ../detect/commissioner-signed.txt \
              ../detect/commissioner-govuk-page.txt ../detect/commissioner-whole-report.txt \
              ../detect/direction-annex-headings.txt ../detect/direction-paragraphs.txt \
              ../detect/committee-sign-off.txt ../detect/committee-capitals.txt; do
  name=$(basename "$source" .txt)
  python3 to_html.py "$source" > "$work/$name.html"
  soffice --headless --convert-to pdf:writer_pdf_Export --outdir "$work" "$work/$name.html" > /dev/null 2>&1
  pdftotext "$work/$name.pdf" "$name.pdftotext.txt"
  pdftotext -layout "$work/$name.pdf" "$name.pdftotext-layout.txt"
done
rm -rf "$work"
