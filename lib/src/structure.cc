// The low-structure warning: a document of a known kind of which little
// could be placed is reported, never passed off as read.
#include "structure.h"

#include <re2/re2.h>

#include <string>
#include <string_view>

#include "str_util.h"

namespace whereas::internal {
namespace {

// Below this share of placed words a document is reported; and one with no
// item at all once this share is unplaced (a page that quotes a report has
// no item, but every word of it is placed in the metadata).
constexpr double kLeastPlaced = 0.5;
constexpr double kMostUnplacedWithoutItems = 0.1;

size_t Words(std::string_view s) {
  size_t n = 0;
  bool in_word = false;
  for (const char c : s) {
    const bool space = c == ' ' || c == '\t';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

size_t CountItems(const std::vector<Item>& items) {
  size_t n = 0;
  for (const Item& item : items) n += 1 + CountItems(item.items);
  return n;
}

// "1.", "(a)", "iv)" alone on a line: plain pdftotext prints a label in its
// own column, apart from its words, which then read as no item at all.
bool IsLabelAlone(std::string_view line) {
  static const RE2 kLabelAlone(R"(^\s*\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-zA-Z]|[ivxIVX]{1,5})[.)]?\)?\s*$)");
  return line.size() < 24 && RE2::FullMatch(line, kLabelAlone);
}

// Why so little was placed.
std::string LikelyCause(const Document& doc, size_t labels_alone) {
  if (labels_alone >= 3) {
    return std::to_string(labels_alone) +
           " lines hold a label alone, apart from its words, as plain pdftotext prints them; "
           "convert the PDF with pdftotext -layout";
  }
  return "its layout is not one the " + doc.kind +
         " grammar knows: check the kind (--kind), or write a grammar for it";
}

}  // namespace

std::optional<Diagnostic> CheckStructure(const Document& doc, const std::vector<Line>& lines) {
  if (doc.kind == "unknown") return std::nullopt;  // reported as unknown-kind
  size_t total = 0, labels_alone = 0;
  for (const Line& line : lines) {
    total += Words(line.text);
    labels_alone += IsLabelAlone(line.text) ? 1 : 0;
  }
  size_t unplaced = 0;
  for (const Unplaced& u : doc.unplaced) unplaced += Words(u.text);
  size_t items = CountItems(doc.recitals) + CountItems(doc.clauses) + CountItems(doc.recommendations);
  for (const Annex& annex : doc.annexes) items += CountItems(annex.items);
  if (total == 0) return std::nullopt;
  const double placed_share = static_cast<double>(total - unplaced) / static_cast<double>(total);
  // With no item, labels printed apart from their words are the fault even
  // when the words went somewhere (a quoted report's context).
  const bool few_placed = placed_share < kLeastPlaced;
  const bool no_items = items == 0 && (1 - placed_share >= kMostUnplacedWithoutItems || labels_alone >= 3);
  if (!few_placed && !no_items) return std::nullopt;
  Diagnostic d;
  d.severity = Severity::kWarning;
  d.rule = "low-structure";
  d.line = doc.unplaced.empty() ? 1 : doc.unplaced.front().line;
  d.column = 1;
  const std::string share = std::to_string((total - unplaced) * 100 / total) + "% of the words (" +
                            std::to_string(total - unplaced) + " of " + std::to_string(total) + ")";
  d.message = (items == 0 ? "no item was found, and " + share + " were placed"
                          : "only " + share + " were placed") +
              (unplaced > 0 ? "; the rest is under 'unplaced': " : ": ") + LikelyCause(doc, labels_alone);
  return d;
}

}  // namespace whereas::internal
