// The records a document becomes: the value types of docs/output.md.
#ifndef WHEREAS_DOCUMENT_H_
#define WHEREAS_DOCUMENT_H_

#include <optional>
#include <utility>
#include <string>
#include <string_view>
#include <vector>

#include "whereas/date.h"
#include "whereas/value.h"

namespace whereas {

// How an enumerator is printed. ToString() spells the contract's names.
enum class ItemStyle {
  kDecimal,     // 1.  10.
  kAlpha,       // a.  b.
  kAlphaUpper,  // A.  B.
  kRoman,       // i.  iv.
  kRomanUpper,  // I.  IV.
  kAlphaParen,  // a)  (a)
  kRomanParen,  // (ii)  iii)
  kDecimalParen,  // (1)
  kAlphaUpperParen,  // (A)  A)
  kRomanUpperParen,  // (IV)
  kMultilevel,  // 1.21  6.3.1
  kBullet,      // - or a lost label
  kParagraph,   // an unnumbered paragraph that is an item of its own
  kTable,       // a pipe table; its cells are in Item::rows
};
std::string_view ToString(ItemStyle style);

enum class Severity { kError, kWarning, kNote };
std::string_view ToString(Severity severity);

// One numbered (or bulleted) paragraph and the items nested under it.
struct Item {
  // The enumerator without punctuation ("8", "b", "ii", "1.21"), or nullopt
  // for a bullet or a label the source lost.
  std::optional<std::string> label;
  // The full address: "8.b.ii", "A.2.b.3". An item that lost its label
  // between labelled siblings takes the label its place implies; a bullet
  // takes its 1-based position.
  std::string path;
  ItemStyle style = ItemStyle::kBullet;
  std::optional<std::string> heading;
  // The item's own words, wrapped lines joined by a space and separate
  // paragraphs by a newline; the children's words are not included.
  std::string text;
  // Words after the children that continue this item's sentence ("...access:
  // <children> which appears to ... to be necessary"), or nullopt.
  std::optional<std::string> tail;
  int line = 0;  // 1-based line of the label in the original input
  // 1-based page of `line`, when the text has pages (form feeds, as a PDF
  // read or printed by pdftotext has); 0 when it has none. Emitted when > 0.
  int page = 0;
  // 1-based byte column of the label (of the text, for an unlabelled item)
  // in the original line. For diagnostics; not part of the emitted tree.
  int column = 0;
  // Where source lines start inside `text` (byte offset, line), for records
  // found inside the text; the first entry is (0, line). Not emitted.
  std::vector<std::pair<int, int>> text_lines;
  int tail_line = 0;           // line where `tail` starts; not emitted
  std::vector<int> row_lines;  // line of each of `rows`; not emitted
  // The rows of a table item (style kTable), each a list of cells; empty
  // for every other item.
  std::vector<std::vector<std::string>> rows;
  std::vector<Item> items;
};

struct Annex {
  std::optional<std::string> id;        // "A", "B", nullopt for a bare ANNEX
  std::optional<std::string> heading;   // the heading as printed: "ANNEX B"
  std::optional<std::string> title;     // "Improvement Advisers"
  std::optional<std::string> addressee; // a line naming whom it concerns
  std::optional<std::string> subtitle;  // "Terms of Reference - January 2018"
  std::optional<std::string> intro;     // unnumbered text before the items
  int line = 0;
  std::vector<Item> items;
  int page = 0;  // of `line`, as Item::page
};

// A date the text mentions, for a timeline.
struct DateMention {
  std::string text;          // as printed: "7 July 2017", "May 2018"
  std::optional<Date> date;  // null when no year can be found for it
  std::string precision;     // "day", or "month" (date is the 1st)
  std::string path;          // the item holding it, "" for the title
  int line = 0;
  int page = 0;  // of `line`, as Item::page
};

struct Definition {
  std::string term;                  // "the Council"
  std::optional<std::string> means;  // "Borsetshire County Council"
  int line = 0;
  int page = 0;  // of `line`, as Item::page
};

enum class DeadlineType { kBy, kWithin, kAfter, kOn, kRecurring };
std::string_view ToString(DeadlineType type);

struct Deadline {
  std::string text;
  DeadlineType type = DeadlineType::kBy;
  std::optional<Date> due;
  std::optional<Date> end;
  std::optional<std::string> period;  // ISO 8601 duration: "P3M"
  std::optional<std::string> anchor;  // "document-date" or the anchor's words
  std::string path;
  int line = 0;
  int page = 0;  // of `line`, as Item::page
};

// A finding about the document itself: a numbering fault or a text repair.
struct Diagnostic {
  Severity severity = Severity::kNote;
  std::string rule;  // stable id: "numbering-gap", "text-repair", ...
  std::string path;  // the item concerned, or "" for the document
  int line = 0;      // 1-based, original input
  int column = 0;    // 1-based byte column in the original line
  std::string message;
  int page = 0;  // of `line`, as Item::page
};

// Text that no grammar rule placed in a record, kept so no word is lost.
struct Unplaced {
  int line = 0;
  std::string text;
  int page = 0;  // of `line`, as Item::page
};

// A line a PDF conversion printed between the words: a page number, a
// running header or footer. Not part of any record, kept with its line.
struct PageFurniture {
  int line = 0;
  std::string text;
  int page = 0;  // of `line`, as Item::page
};

// A note a PDF conversion printed at a page's foot ("1 Direction issued
// under section 497A(4B) ..."): its mark as printed, its words, its line.
struct Footnote {
  std::string mark;
  std::string text;
  int line = 0;
  int page = 0;  // of `line`, as Item::page
};

struct GrammarInfo {
  std::string name;
  int version = 0;
  std::string file;
  double confidence = 0;
};

struct Document {
  static constexpr int kSchemaVersion = 1;

  std::string source;  // the path as given, "-" for standard input
  std::string kind;    // grammar name, or "unknown"
  GrammarInfo grammar;
  std::optional<std::string> title;
  std::optional<Date> date;
  Value metadata = Value::Map();
  std::vector<Item> recitals;
  std::vector<Item> clauses;
  std::vector<Item> recommendations;
  std::vector<Annex> annexes;
  std::vector<Deadline> deadlines;
  std::vector<DateMention> dates;
  std::vector<Definition> definitions;
  std::vector<Diagnostic> diagnostics;
  std::vector<Unplaced> unplaced;
  std::vector<PageFurniture> page_furniture;
  std::vector<Footnote> footnotes;
};

}  // namespace whereas

#endif  // WHEREAS_DOCUMENT_H_
