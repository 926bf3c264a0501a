// Stage 0, read: a PDF or an HTML page -> the text whereas parses, with what
// the reader knew of each line (geometry, markup) that plain text loses.
#ifndef WHEREAS_READ_H_
#define WHEREAS_READ_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "whereas/result.h"

namespace whereas {

enum class InputFormat;

// What the reader knew a line to be. The parser reads kText lines as it reads
// any text; the others go where their role says, whatever their words.
enum class LineRole : uint8_t {
  kText,       // the document's own words
  kFurniture,  // a running header or footer, a page number, a page's chrome
  kFootnote,   // a note at a page's foot, printed smaller
};

// A document as whereas reads it. `text` is what `whereas text` prints and
// what every record's `line` counts in: UTF-8, "\n" line ends, and for a PDF
// a form feed after each page (as pdftotext prints), so records carry their
// page. `roles` has one entry per line of `text` (empty: every line kText).
struct SourceText {
  std::string text;
  std::vector<LineRole> roles;
  int pages = 0;  // the PDF's pages; 0 for HTML and text
};

struct ReadLimits {
  int max_pages = 2000;  // a PDF with more pages is refused, not truncated
};

// Reads a PDF with poppler: words with their boxes and font sizes, lines
// rebuilt from positions (ReadWordBoxes()). Fails, with a message naming
// the cause, for an encrypted PDF, one with no text layer (a scan), a
// damaged or truncated one that poppler cannot open, and one of more than
// `limits.max_pages` pages.
Result<SourceText> ReadPdf(std::string_view bytes, const ReadLimits& limits = {});

// Reads an HTML page with an HTML5 parser (gumbo): block elements become
// lines, headings and paragraphs are set apart by blank lines, an <ol>'s
// items are numbered as the list numbers them, table rows become lines with
// their cells apart, and page chrome (nav, header, footer, breadcrumbs,
// cookie banners; everything outside <main> when there is one) is kFurniture.
// Script and style are not words and are dropped. Fails when the page has no
// main text.
Result<SourceText> ReadHtml(std::string_view bytes);

// A word as a PDF prints it, in points from the page's top left corner.
struct WordBox {
  std::string text;  // UTF-8, no white space
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double font_size = 0;
  bool space_after = false;  // the PDF prints a space after the word
};
struct PageWords {
  double width = 0, height = 0;
  std::vector<WordBox> words;  // in any order
};

// The geometry-to-text half of ReadPdf(), apart so that it can be tested and
// fuzzed without a PDF: lines rebuilt from word positions, indentation and
// columns as spaces, paragraph breaks at wide vertical gaps, running headers
// and footers by their place and repetition, footnotes by size and place,
// and a typesetter's line-end hyphen dropped inside a word the document
// prints whole elsewhere. Never fails; words with no finite box are dropped.
SourceText ReadWordBoxes(const std::vector<PageWords>& pages);

// Reads `bytes` as `format` says: kText passes through (no roles).
Result<SourceText> ReadAs(InputFormat format, std::string_view bytes,
                          const ReadLimits& limits = {});

}  // namespace whereas

#endif  // WHEREAS_READ_H_
