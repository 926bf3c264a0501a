// What the parts of the outline walker share: the piece of a line being
// read, and where the walker stands.
#ifndef WHEREAS_SRC_WALK_H_
#define WHEREAS_SRC_WALK_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "grammar_internal.h"
#include "layout.h"
#include "text.h"

namespace whereas::internal {

// What the walker reads, as the stages before it left it; all of it must
// outlive the walk.
struct Inputs {
  const GrammarData& grammar;
  const Text& text;
  const std::vector<Line>& lines;
  const Layout& layout;
  const std::vector<RuleMask>& masks;  // Classify() of `lines`
};

// A piece of a line to place: a whole line, or the rest of a split one.
struct Piece {
  int line;               // 1-based, original input
  std::string_view text;  // a view into the line
  int offset;             // byte offset of `text` in the normalised line
};

// Where the walker stands: which line (by index), in which zone, and
// whether a blank line came before it.
struct Cursor {
  size_t line = 0;
  int zone = 0;
  bool blank_before = false;
  // Lines before this index were read with a line before them (a header
  // row's value below its label, a contents entry wrapped onto the next).
  size_t resume_at = 0;
};

}  // namespace whereas::internal

#endif  // WHEREAS_SRC_WALK_H_
