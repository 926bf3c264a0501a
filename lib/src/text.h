// Stage 1, normalise: bytes -> normalised UTF-8 Text -> Lines.
#ifndef WHEREAS_SRC_TEXT_H_
#define WHEREAS_SRC_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

#include "whereas/read.h"

namespace whereas::internal {

// A change NormalizeText() made that a reader should know of.
struct Repair {
  int line = 0;    // 1-based
  int column = 0;  // 1-based byte column in the original line
  std::string message;
};

// The text of a document as valid UTF-8 with "\n" line ends. Line numbers are
// those of the original input (CRLF and lone CR both end one line), so they
// need no map; columns shift where a character changed size, recorded in
// `shifts` so diagnostics can point at the original bytes.
struct Text {
  struct Shift {
    int line;        // 1-based
    int column;      // 0-based byte offset in the normalised line
    int delta;       // original bytes minus normalised bytes, from here on
    int total;       // the deltas of this shift and all before it
  };
  std::string utf8;
  std::vector<Repair> repairs;
  std::vector<Shift> shifts;  // in text order
  // Lines (1-based) where a form feed broke the page, in order: a new
  // page begins on each. The form feeds themselves are dropped.
  std::vector<int> page_breaks;
  // Per line (0-based), what a PDF or HTML reader knew it to be; empty for
  // text, whose lines the layout stage reads from their words alone.
  std::vector<LineRole> roles;

  // Maps a 0-based byte offset in normalised line `line` to the 1-based byte
  // column in the original input. O(log shifts).
  int OriginalColumn(int line, int offset) const;
  // Records a shift at `column` of `line`, after every shift recorded.
  void AddShift(int line, int column, int delta);
};

// Normalises raw bytes: drops a UTF-8 BOM, decodes UTF-16 with a BOM and
// text that is not UTF-8 but reads as Windows-1252 (each noted once),
// turns CRLF and lone CR into "\n", no-break and other fixed-width spaces
// into " ", drops form feeds, and replaces invalid UTF-8 and control bytes
// with U+FFFD, recording each replacement in `repairs`. Curly quotes and
// dashes are kept as printed.
Text NormalizeText(std::string_view bytes);

struct Line {
  int number = 0;         // 1-based, original input
  std::string_view text;  // without "\n"; points into Text::utf8
};

// Splits `text` into lines. The views point into text.utf8, which must
// outlive them. A final line without "\n" is a line; an empty input has none.
std::vector<Line> SplitLines(const Text& text);

}  // namespace whereas::internal

#endif  // WHEREAS_SRC_TEXT_H_
