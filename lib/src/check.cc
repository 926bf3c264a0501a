// Numbering checks over the item tree.
#include "whereas/check.h"

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <tuple>

#include "labels.h"

namespace whereas {
namespace {

using internal::LabelAt;
using internal::LabelValue;

const std::vector<CheckRule> kRules = {
    {"numbering-gap", Severity::kError, true,
     "a number or letter is skipped (1, 2, 4), a list does not start at its first label, "
     "or the clauses do not continue the recitals"},
    {"numbering-duplicate", Severity::kError, true, "a number or letter is repeated (4, 4)"},
    {"numbering-order", Severity::kError, true, "numbers or letters are out of order (2, 1, 3)"},
    {"numbering-parent", Severity::kError, true,
     "a sub-paragraph's number does not extend its parent's (5.8.1 under 5.9)"},
    {"numbering-case", Severity::kWarning, true,
     "a letter or numeral in the wrong case among its siblings (I. among a.-h.)"},
    {"numbering-missing-label", Severity::kWarning, true,
     "an unlabelled item among labelled siblings: its label was lost"},
    {"numbering-style", Severity::kWarning, true,
     "siblings numbered in different styles (a. b. c))"},
    {"numbered-heading", Severity::kWarning, true,
     "a heading numbered like a paragraph (8. NOW THEREFORE:)"},
    {"merged-items", Severity::kWarning, true,
     "a label found inside the previous item's line: two items glued together"},
    {"empty-item", Severity::kWarning, true,
     "a numbered item with no words, no heading and no sub-items"},
    {"impossible-date", Severity::kWarning, true,
     "a day, month and year that are no date in the calendar (29 February 2013)"},
    {"depth-limit", Severity::kWarning, true,
     "items nested deeper than 64 levels; the deeper ones are kept at level 64"},
    {"unknown-kind", Severity::kError, true, "no grammar recognises the document"},
    {"low-structure", Severity::kWarning, true,
     "a document of a known kind with half its words or more unplaced, or with no item "
     "and a tenth unplaced or labels alone on their lines"},
    {"text-repair", Severity::kNote, false,
     "a repair of the text: invalid bytes replaced, words moved to their item, "
     "a page number dropped"},
    {"unreadable-date", Severity::kNote, false,
     "a date line or date field whose date cannot be read"},
    {"unreadable-value", Severity::kNote, false, "a yes/no field whose value cannot be read"},
};

// The label an item is addressed by: the last part of its path, which holds
// the inferred label of a lost one and the list's case for a case fault.
std::string PathLabel(const Item& item) {
  if (item.style == ItemStyle::kMultilevel) return item.label.value_or("");
  const size_t dot = item.path.rfind('.');
  return dot == std::string::npos ? item.path : item.path.substr(dot + 1);
}

bool Numbered(const Item& item) {
  return item.style != ItemStyle::kBullet && item.style != ItemStyle::kParagraph &&
         item.style != ItemStyle::kTable;
}

// The position of an item in its list (the last part of a multilevel label),
// or 0 when it has none (a multilevel label the source lost, whose place the
// outline reported).
int ValueOf(const Item& item) {
  if (item.style == ItemStyle::kMultilevel) {
    if (!item.label) return 0;
    const std::string_view label = internal::SectionNumber(*item.label);
    const size_t dot = label.rfind('.');
    return LabelValue(dot == std::string_view::npos ? label : label.substr(dot + 1),
                      ItemStyle::kDecimal);
  }
  return LabelValue(PathLabel(item), item.style);
}

// `value` printed as `like` prints its label; `like` has a value (ValueOf).
std::string Shown(const Item& like, int value) {
  if (like.style == ItemStyle::kMultilevel && like.label) {
    const std::string& label = *like.label;
    if (internal::SectionNumber(label) != label) return std::to_string(value) + ".0";  // "2.0"
    return label.substr(0, label.rfind('.') + 1) + std::to_string(value);
  }
  return LabelAt(value, like.style);
}

class Checker {
 public:
  void Add(Severity severity, std::string_view rule, const Item& item,
           std::string message) {
    Diagnostic d;
    d.severity = severity;
    d.rule = std::string(rule);
    d.path = item.path;
    d.line = item.line;
    d.column = item.column;
    d.message = std::move(message);
    out_.push_back(std::move(d));
  }

  // Checks one list of siblings. `expected` is the value its first item
  // should have, when known.
  void CheckList(const std::vector<Item>& items, const Item* parent,
                 std::optional<int> expected) {
    std::vector<const Item*> seq;
    for (const Item& item : items) {
      if (!Numbered(item)) continue;
      if (item.label && item.text.empty() && !item.heading && item.items.empty() &&
          item.rows.empty() && !item.tail) {
        Add(Severity::kWarning, "empty-item", item,
            "item '" + *item.label + "' has no text");
      }
      if (item.style == ItemStyle::kMultilevel && item.label && parent && parent->label &&
          (parent->style == ItemStyle::kMultilevel || parent->style == ItemStyle::kDecimal)) {
        const std::string prefix = item.label->substr(0, item.label->rfind('.'));
        const std::string section(internal::SectionNumber(*parent->label));
        if (prefix != section) {
          // Reported once: its last number still holds its place below.
          Add(Severity::kError, "numbering-parent", item,
              "'" + *item.label + "' stands under '" + *parent->label +
                  "'; expected a number starting '" + section + ".'");
        }
      }
      if (ValueOf(item) > 0) seq.push_back(&item);
    }
    if (seq.empty()) return;

    const ItemStyle style = seq[0]->style;
    for (const Item* item : seq) {
      if (item->style != style) {
        Add(Severity::kWarning, "numbering-style", *item,
            "'" + PathLabel(*item) + "' is " + std::string(ToString(item->style)) +
                " among " + std::string(ToString(style)) + " siblings");
      }
    }

    // A list that holds exactly the right numbers in the wrong order is an
    // order fault, not a run of gaps.
    std::vector<int> values;
    values.reserve(seq.size());
    for (const Item* item : seq) values.push_back(ValueOf(*item));
    std::vector<int> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    const int start = expected.value_or(sorted.front());
    bool permutation = true;
    for (size_t i = 0; i < sorted.size(); ++i) {
      permutation &= sorted[i] == start + static_cast<int>(i);
    }
    if (permutation && sorted != values) {
      for (size_t i = 1; i < seq.size(); ++i) {
        if (values[i] < values[i - 1]) {
          Add(Severity::kError, "numbering-order", *seq[i],
              "'" + Shown(*seq[i], values[i]) + "' comes after '" +
                  Shown(*seq[i - 1], values[i - 1]) + "'");
        }
      }
      return;
    }

    if (expected && values[0] > *expected) {
      Add(Severity::kError, "numbering-gap", *seq[0],
          "expected '" + Shown(*seq[0], *expected) + "' first, found '" +
              Shown(*seq[0], values[0]) + "'");
    }
    for (size_t i = 1; i < seq.size(); ++i) {
      const int prev = values[i - 1];
      const int v = values[i];
      const std::string found = Shown(*seq[i], v);
      const std::string before = Shown(*seq[i - 1], prev);
      if (v == prev) {
        Add(Severity::kError, "numbering-duplicate", *seq[i],
            "'" + found + "' repeats the label before it");
      } else if (v < prev) {
        Add(Severity::kError, "numbering-order", *seq[i],
            "'" + found + "' comes after '" + before + "'");
      } else if (v > prev + 1) {
        Add(Severity::kError, "numbering-gap", *seq[i],
            "expected '" + Shown(*seq[i], prev + 1) + "' after '" + before + "', found '" +
                found + "'");
      }
    }
  }

  // Checks `roots` and every list below them, without recursion.
  void CheckTree(const std::vector<Item>& roots, std::optional<int> expected) {
    CheckList(roots, nullptr, expected);
    std::vector<const Item*> stack;
    stack.reserve(roots.size());
    for (const Item& item : roots) stack.push_back(&item);
    while (!stack.empty()) {
      const Item* item = stack.back();
      stack.pop_back();
      if (!item->items.empty()) {
        CheckList(item->items, item, 1);
        for (const Item& child : item->items) stack.push_back(&child);
      }
    }
  }

  std::vector<Diagnostic> Finish() {
    std::stable_sort(out_.begin(), out_.end(), [](const Diagnostic& a, const Diagnostic& b) {
      return std::tie(a.line, a.column) < std::tie(b.line, b.column);
    });
    // Recommendations copied from clauses would report each fault twice.
    std::set<std::tuple<std::string, int, int>> seen;
    std::vector<Diagnostic> unique;
    for (Diagnostic& d : out_) {
      if (seen.insert({d.rule, d.line, d.column}).second) unique.push_back(std::move(d));
    }
    return unique;
  }

 private:
  std::vector<Diagnostic> out_;
};

// The last line of an item and everything below it.
int LastLine(const Item& item) {
  const Item* last = &item;
  while (!last->items.empty()) last = &last->items.back();
  return last->line;
}

bool IsFirstStyle(const std::vector<Item>& roots) {
  for (const Item& i : roots) {
    if (Numbered(i)) return i.style != ItemStyle::kMultilevel;
  }
  return false;
}

// Clauses continue the recitals' numbers (8 after 7), or start again at 1;
// a heading numbered like a paragraph between them used its number.
std::optional<int> ClausesStart(const Document& doc) {
  if (doc.recitals.empty() || doc.clauses.empty() ||
      doc.recitals.back().style != ItemStyle::kDecimal ||
      doc.clauses.front().style != ItemStyle::kDecimal || doc.clauses.front().label == "1") {
    return std::nullopt;
  }
  int next = ValueOf(doc.recitals.back()) + 1;
  const int from = LastLine(doc.recitals.back());
  for (const Diagnostic& d : doc.diagnostics) {
    if (d.rule == "numbered-heading" && d.line > from && d.line < doc.clauses.front().line) {
      ++next;
    }
  }
  return next;
}

// Recommendations printed after the body continue its numbers ("4." after
// "3.") or start again at 1.
std::optional<int> RecommendationsStart(const Document& doc) {
  if (!IsFirstStyle(doc.recommendations)) return std::nullopt;
  if (!doc.clauses.empty() && doc.clauses.back().style == ItemStyle::kDecimal &&
      doc.recommendations.front().style == ItemStyle::kDecimal &&
      doc.recommendations.front().label != "1" &&
      doc.recommendations.front().line > LastLine(doc.clauses.back())) {
    return ValueOf(doc.clauses.back()) + 1;
  }
  return 1;
}

// The body's paragraphs and the recommendations numbered in one run, the
// recommendations printed among the paragraphs ("1." the purpose, "2." the
// recommendations, "3." the reasons): their roots in document order, when
// the numbers rise through them all (a gap in the run is then reported as
// one). Empty otherwise: two lists numbered on their own.
std::vector<Item> OneRun(const std::vector<Item>& clauses, const std::vector<Item>& recs) {
  if (clauses.empty() || recs.empty()) return {};
  // The recommendations start among the paragraphs, not before or after.
  if (recs.front().line < clauses.front().line || recs.front().line > LastLine(clauses.back())) {
    return {};
  }
  // Decided on pointers; the items are copied only for a run.
  std::vector<const Item*> order;
  order.reserve(clauses.size() + recs.size());
  for (const Item& item : clauses) order.push_back(&item);
  for (const Item& item : recs) order.push_back(&item);
  std::stable_sort(order.begin(), order.end(),
                   [](const Item* a, const Item* b) { return a->line < b->line; });
  int last = 0;
  for (const Item* item : order) {
    if (item->style != ItemStyle::kDecimal || ValueOf(*item) <= last) return {};
    last = ValueOf(*item);
  }
  std::vector<Item> run;
  run.reserve(order.size());
  for (const Item* item : order) run.push_back(*item);
  return run;
}

}  // namespace

const std::vector<CheckRule>& CheckRules() { return kRules; }

const CheckRule* FindCheckRule(std::string_view id) {
  for (const CheckRule& r : kRules) {
    if (r.id == id) return &r;
  }
  return nullptr;
}

std::string FormatDiagnostic(std::string_view file, const Diagnostic& d) {
  std::string out(file);
  out += ':' + std::to_string(d.line) + ':' + std::to_string(d.column) + ": ";
  out += ToString(d.severity);
  out += ": " + d.message + " [" + d.rule + ']';
  return out;
}

// The recommendations are items of the clauses, copied (a grammar's
// `select`): their numbering is checked where they stand. As a list of
// their own they may mix levels ("5.2.a", "5.2.b", then "5.3").
bool CopiedFromClauses(const Document& doc) {
  if (doc.recommendations.empty()) return false;
  std::set<std::pair<int, std::string_view>> clauses;
  std::vector<const Item*> stack;
  stack.reserve(doc.clauses.size());
  for (const Item& item : doc.clauses) stack.push_back(&item);
  while (!stack.empty()) {
    const Item* item = stack.back();
    stack.pop_back();
    clauses.insert({item->line, item->path});
    for (const Item& child : item->items) stack.push_back(&child);
  }
  return std::all_of(doc.recommendations.begin(), doc.recommendations.end(),
                     [&](const Item& r) { return clauses.count({r.line, r.path}) > 0; });
}

std::vector<Diagnostic> CheckNumbering(const Document& doc) {
  Checker checker;
  checker.CheckTree(doc.recitals, IsFirstStyle(doc.recitals) ? std::optional<int>(1)
                                                             : std::nullopt);
  const std::vector<Item> run =
      doc.recitals.empty() ? OneRun(doc.clauses, doc.recommendations) : std::vector<Item>{};
  if (!run.empty()) {
    checker.CheckTree(run, 1);
  } else {
    checker.CheckTree(doc.clauses, ClausesStart(doc));
    if (!CopiedFromClauses(doc)) checker.CheckTree(doc.recommendations, RecommendationsStart(doc));
  }
  for (const Annex& annex : doc.annexes) {
    checker.CheckTree(annex.items,
                      IsFirstStyle(annex.items) ? std::optional<int>(1) : std::nullopt);
  }
  return checker.Finish();
}

}  // namespace whereas
