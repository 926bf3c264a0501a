// CheckNumbering over item trees built by hand: each rule, and no false alarm.
#include <doctest/doctest.h>

#include <set>

#include "test_util.h"

using whereas::Document;
using whereas::Item;
using whereas::ItemStyle;

namespace {

Item Make(const std::string& label, ItemStyle style, int line, std::vector<Item> items = {},
          const std::string& path = "") {
  Item i;
  i.label = label;
  i.path = path.empty() ? label : path;
  i.style = style;
  i.text = "text";
  i.line = line;
  i.column = 1;
  i.items = std::move(items);
  return i;
}

std::vector<std::string> Rules(const Document& doc) {
  std::vector<std::string> out;
  for (const auto& d : whereas::CheckNumbering(doc)) out.push_back(d.rule + "@" + std::to_string(d.line));
  return out;
}

}  // namespace

TEST_CASE("gaps, duplicates and order in a list") {
  Document doc;
  doc.recitals = {Make("1", ItemStyle::kDecimal, 1), Make("2", ItemStyle::kDecimal, 2),
                  Make("4", ItemStyle::kDecimal, 3), Make("4", ItemStyle::kDecimal, 4),
                  Make("3", ItemStyle::kDecimal, 5)};
  CHECK(Rules(doc) == std::vector<std::string>{"numbering-gap@3", "numbering-duplicate@4",
                                               "numbering-order@5"});
}

TEST_CASE("a permutation is an order fault only") {
  Document doc;
  doc.recitals = {Make("2", ItemStyle::kDecimal, 1), Make("1", ItemStyle::kDecimal, 2),
                  Make("3", ItemStyle::kDecimal, 3)};
  CHECK(Rules(doc) == std::vector<std::string>{"numbering-order@2"});
}

TEST_CASE("sub-lists restart, under each parent, at their first label") {
  Document doc;
  doc.clauses = {
      Make("1", ItemStyle::kDecimal, 1, {Make("a", ItemStyle::kAlpha, 2, {}, "1.a")}),
      Make("2", ItemStyle::kDecimal, 3,
           {Make("b", ItemStyle::kAlpha, 4, {}, "2.b"), Make("c", ItemStyle::kAlpha, 5, {}, "2.c")})};
  CHECK(Rules(doc) == std::vector<std::string>{"numbering-gap@4"});
}

TEST_CASE("a multilevel number under the wrong parent is reported once") {
  Document doc;
  doc.clauses = {Make("5", ItemStyle::kDecimal, 1,
                      {Make("5.8", ItemStyle::kMultilevel, 2),
                       Make("5.9", ItemStyle::kMultilevel, 3, {Make("5.8.1", ItemStyle::kMultilevel, 4)})})};
  doc.clauses[0].items.front().path = "5.8";
  // 5.1 to 5.7 are missing: a gap at 5.8, and the parent fault at line 4.
  CHECK(Rules(doc) == std::vector<std::string>{"numbering-gap@2", "numbering-parent@4"});
}

TEST_CASE("clauses continue the recitals, or start again at 1") {
  Document doc;
  doc.recitals = {Make("1", ItemStyle::kDecimal, 1), Make("2", ItemStyle::kDecimal, 2)};
  doc.clauses = {Make("3", ItemStyle::kDecimal, 4)};
  CHECK(Rules(doc).empty());
  doc.clauses = {Make("1", ItemStyle::kDecimal, 4)};
  CHECK(Rules(doc).empty());
  doc.clauses = {Make("5", ItemStyle::kDecimal, 4)};
  CHECK(Rules(doc) == std::vector<std::string>{"numbering-gap@4"});
}

TEST_CASE("recommendations numbered among the body's paragraphs are one run with them") {
  Document doc;
  doc.clauses = {Make("1", ItemStyle::kDecimal, 1), Make("3", ItemStyle::kDecimal, 5),
                 Make("4", ItemStyle::kDecimal, 7)};
  doc.recommendations = {Make("2", ItemStyle::kDecimal, 3)};
  CHECK(Rules(doc).empty());
  // A gap in the run is one gap.
  doc.clauses[2] = Make("5", ItemStyle::kDecimal, 7);
  CHECK(Rules(doc) == std::vector<std::string>{"numbering-gap@7"});
  // Numbers that do not rise through both: each list is checked on its own.
  doc.recommendations = {Make("1", ItemStyle::kDecimal, 3), Make("2", ItemStyle::kDecimal, 4)};
  CHECK(Rules(doc) == std::vector<std::string>{"numbering-gap@5", "numbering-gap@7"});
  // Recommendations after the body continue it; they are not merged.
  doc.clauses = {Make("1", ItemStyle::kDecimal, 1)};
  doc.recommendations = {Make("2", ItemStyle::kDecimal, 3)};
  CHECK(Rules(doc).empty());
}

TEST_CASE("mixed styles and empty items are warnings") {
  Document doc;
  Item empty = Make("2", ItemStyle::kDecimal, 2);
  empty.text.clear();
  doc.recitals = {Make("1", ItemStyle::kDecimal, 1), empty, Make("c", ItemStyle::kAlphaParen, 3)};
  const auto found = whereas::CheckNumbering(doc);
  std::vector<std::string> rules;
  for (const auto& d : found) rules.push_back(d.rule);
  CHECK(rules == std::vector<std::string>{"empty-item", "numbering-style"});
}

TEST_CASE("every rule is listed once, with a summary, and can be found") {
  std::set<std::string> ids;
  for (const auto& r : whereas::CheckRules()) {
    CHECK(ids.insert(std::string(r.id)).second);
    CHECK(!r.summary.empty());
    CHECK(whereas::FindCheckRule(r.id) == &r);
  }
  CHECK(whereas::FindCheckRule("no-such-rule") == nullptr);
  CHECK(whereas::FormatDiagnostic("f.txt", {whereas::Severity::kError, "numbering-gap", "3", 7, 2, "m"}) ==
        "f.txt:7:2: error: m [numbering-gap]");
}
