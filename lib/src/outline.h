// Stage 4, outline: classified lines -> zones, the item tree, annexes and
// fields (walker.h, outline.cc and the parts they name).
#ifndef WHEREAS_SRC_OUTLINE_H_
#define WHEREAS_SRC_OUTLINE_H_

#include <optional>
#include <string>
#include <vector>

#include "grammar_internal.h"
#include "layout.h"
#include "text.h"
#include "whereas/document.h"

namespace whereas::internal {

// A value a line rule captured for a metadata field.
struct FieldValue {
  int field = 0;    // index into GrammarData::fields
  std::string key;  // key inside a map or records field, or ""
  std::string value;
  Transform transform = Transform::kNone;
  int line = 0;
  bool new_record = false;  // starts a new record of a records field
};

// A paragraph of a zone's text field (a summary, the page around an
// extract): metadata, yet words whose deadlines and dates count too.
struct Passage {
  std::string field;  // the metadata field's name
  std::string text;
  int line = 0;       // of its first words
  std::vector<std::pair<int, int>> text_lines;  // (offset in text, line) after the first
};

struct Outline {
  std::optional<std::string> title;
  std::optional<Date> date;
  std::vector<Item> recitals;
  std::vector<Item> clauses;
  std::vector<Item> recommendations;
  std::vector<Annex> annexes;
  std::vector<FieldValue> fields;  // in line order
  std::vector<Passage> passages;   // the text fields' paragraphs, in line order
  std::vector<Unplaced> unplaced;
  std::vector<PageFurniture> page_furniture;
  std::vector<Footnote> footnotes;
  std::vector<Diagnostic> diagnostics;
};

// Walks the lines once, in order, with an explicit stack of open lists (no
// recursion, so nesting depth cannot overflow the call stack). Labels are
// placed by sequence: a label continues the nearest open list whose next
// label it is; a first label ("a", "i", "1") opens a list under the item
// before it. Indentation is ignored: PDF conversions do not keep it.
// `masks` holds Classify() of `lines`, `layout` their layout with its page
// furniture found; `text` maps columns. Footnotes are the layout's.
Outline BuildOutline(const GrammarData& grammar, const Text& text, const std::vector<Line>& lines,
                     const Layout& layout, const std::vector<RuleMask>& masks);

}  // namespace whereas::internal

#endif  // WHEREAS_SRC_OUTLINE_H_
