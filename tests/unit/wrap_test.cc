// What PDF converters make of a document reads as the same records as the
// document itself: text wrapped at a width, a header table printed one cell
// a line or two rows a line, a direction's labels alone on their lines.
#include <doctest/doctest.h>
#include <re2/re2.h>
#include <yaml-cpp/yaml.h>

#include <sstream>

#include "str_util.h"
#include "test_util.h"
#include "layout.h"
#include "text.h"

using whereas::internal::EndsInConnective;
using whereas::internal::FillsWidth;
using whereas::internal::RunsOnInto;
using whereas::internal::WrapWidth;

namespace {

size_t Chars(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// `text` as a PDF converter prints it: each line longer than `width`
// characters broken before the first word that would not fit, the lines
// after it flush left or (`hanging`) indented under the words after the
// line's label. Table rows and HTML lines are left whole.
std::string Rewrap(const std::string& text, size_t width, bool hanging) {
  static const RE2 kLead(R"(^(\s*(?:-\s+)?(?:\(?[0-9A-Za-z]{1,6}(?:\.[0-9]+)*[.)]\s+)?))");
  std::istringstream in(text);
  std::string line;
  std::string out;
  while (std::getline(in, line)) {
    const size_t start = line.find_first_not_of(" \t");
    if (Chars(line) <= width || start == std::string::npos || line[start] == '|' ||
        line[start] == '<') {
      out += line + "\n";
      continue;
    }
    std::string lead;
    RE2::PartialMatch(line, kLead, &lead);
    const std::string hang = hanging ? std::string(Chars(lead), ' ') : "";
    std::string current = line.substr(0, start);
    bool has_word = false;
    std::istringstream words(line.substr(start));
    std::string word;
    while (std::getline(words, word, ' ')) {
      if (word.empty()) continue;
      if (has_word && Chars(current) + 1 + Chars(word) > width) {
        out += current + "\n";
        current = hang;
        has_word = false;
      }
      current += (has_word ? " " : "") + word;
      has_word = true;
    }
    out += current + "\n";
  }
  return out;
}

// A document's records as one canonical text: what the JSON output holds
// but line and page numbers, columns, the file name and the detection's confidence
// (its rules read lines), white space squeezed.
void Canonical(const YAML::Node& node, std::string* out) {
  if (node.IsMap()) {
    *out += "{";
    for (const auto& kv : node) {
      const std::string key = kv.first.as<std::string>();
      if (key == "line" || key == "page" || key == "column" || key == "source" || key == "confidence") continue;
      *out += key + ":";
      Canonical(kv.second, out);
      *out += ",";
    }
    *out += "}";
  } else if (node.IsSequence()) {
    *out += "[";
    for (const auto& item : node) {
      Canonical(item, out);
      *out += ",\n";
    }
    *out += "]";
  } else if (node.IsScalar()) {
    std::istringstream words(node.as<std::string>());
    std::string word;
    bool first = true;
    while (words >> word) *out += (first ? "" : " ") + word, first = false;
  } else {
    *out += "~";
  }
}

std::string Records(const std::string& text) {
  const whereas::Document doc = whereas::ParseDetected(whereas::test::AllBuiltins(), text, "x");
  std::string json;
  whereas::AppendJson(doc, &json);
  std::string out;
  Canonical(YAML::Load(json), &out);
  // WRAP_DUMP=DIR: each text and its records, to compare by hand.
  if (const char* dir = std::getenv("WRAP_DUMP")) {
    static int n = 0;
    std::ofstream(std::string(dir) + "/" + std::to_string(n) + ".txt") << text;
    std::ofstream(std::string(dir) + "/" + std::to_string(n++) + ".records") << out;
  }
  return out;
}

// WrapWidth() of `text`, split into lines as the pipeline splits them.
int WidthOf(const std::string& text) {
  const whereas::internal::Text normal = whereas::internal::NormalizeText(text);
  return WrapWidth(whereas::internal::SplitLines(normal));
}

std::string Sample(const std::string& name) {
  return whereas::test::ReadFile(whereas::test::SourcePath("samples/" + name));
}

// Each document at `paths` (from the source tree) reads as the same records
// as `print` prints it, with its flag false and true. `print` must change
// every document: a layout that leaves one alone tests nothing there.
void CheckPrintedAlike(std::initializer_list<const char*> paths,
                       std::string (*print)(const std::string&, bool)) {
  for (const char* path : paths) {
    const std::string text = whereas::test::ReadFile(whereas::test::SourcePath(path));
    const std::string expected = Records(text);
    for (bool flag : {false, true}) {
      CAPTURE(path);
      CAPTURE(flag);
      const std::string printed = print(text, flag);
      REQUIRE(printed != text);
      CHECK(Records(printed) == expected);
    }
  }
}

}  // namespace

TEST_CASE("the width a text is wrapped at is found; text with a paragraph per line has none") {
  const std::string sample = Sample("direction-barnet-2018-01.txt");
  CHECK(WidthOf(sample) == 0);
  for (size_t width : {60, 72, 80, 100}) {
    CAPTURE(width);
    const std::string wrapped = Rewrap(sample, width, false);
    const int found = WidthOf(wrapped);
    CHECK(found <= static_cast<int>(width));
    CHECK(found >= static_cast<int>(width) - 3);
  }
  // Eight short lines in a row are a list, not a wrapped paragraph.
  CHECK(WidthOf("a. one\nb. two\nc. three\nd. four\ne. five\nf. six\ng. seven\n"
               "h. eight\ni. nine\nj. ten\n") == 0);
  // Too few lines to tell: one paragraph over five lines.
  std::string paragraph;
  for (int i = 0; i < 60; ++i) paragraph += "word ";
  const std::string five = Rewrap(paragraph + "\n", 64, false);
  CHECK(std::count(five.begin(), five.end(), '\n') == 5);
  CHECK(WidthOf(five) == 0);
}

TEST_CASE("a full line is one the next word would not have fitted on") {
  CHECK(FillsWidth("the improvement of the", "Council's services", 30));
  CHECK_FALSE(FillsWidth("the improvement", "Council's services", 30));
  CHECK(FillsWidth("  résumé of the", "Commissioner", 26));  // characters, not bytes
  CHECK_FALSE(FillsWidth("résumé of the", "Council", 22));
  CHECK_FALSE(FillsWidth("anything", "", 10));
  CHECK_FALSE(FillsWidth("anything at all", "x", 0));  // not wrapped
}

TEST_CASE("a line whose phrase runs on into the next") {
  CHECK(EndsInConnective("under section 15 (5) and"));
  CHECK(EndsInConnective("the terms of reference (\"the"));
  CHECK(EndsInConnective("set out in, the"));
  CHECK(EndsInConnective("the report \u201cthe"));
  CHECK_FALSE(EndsInConnective("the Children Act 1989; and"));
  CHECK_FALSE(EndsInConnective("the first report, or"));
  CHECK_FALSE(EndsInConnective("and"));
  CHECK(EndsInConnective("of"));
  CHECK_FALSE(EndsInConnective("the Council."));
  CHECK_FALSE(EndsInConnective("Landor"));
  // A letter that names an annex is no article; an article is.
  CHECK_FALSE(EndsInConnective("ANNEX A"));
  CHECK_FALSE(EndsInConnective("as set out in Appendix A"));
  CHECK(EndsInConnective("The Secretary of State has appointed A"));
  CHECK(EndsInConnective("as set out in a"));
  CHECK(RunsOnInto("as set out in Appendix", "2."));
  CHECK(RunsOnInto("not falling within paragraph", "a. above); and"));
  CHECK(RunsOnInto("under section", "(6) of the Act"));
  CHECK(RunsOnInto("under section 15", "(5) and (6) of the Act"));
  CHECK_FALSE(RunsOnInto("in the year 2015", "(5) and (6) of the Act"));
  CHECK_FALSE(RunsOnInto("under section 15", "5. The Council"));
  CHECK_FALSE(RunsOnInto("as set out in Appendix", "Two"));
  CHECK_FALSE(RunsOnInto("see the last section.", "2. Background"));
  CHECK_FALSE(RunsOnInto("the Council shall", "Report"));  // "shall" is no connective
  CHECK(RunsOnInto("These Directions followed the Report", "dated 15 March 2018 of the"));
  CHECK_FALSE(RunsOnInto("to any premises of the Council", "ii. to any document"));
  CHECK_FALSE(RunsOnInto("to any premises of the Council", "a) to any document"));
  CHECK_FALSE(RunsOnInto("as follows:", "to comply with any instructions"));
  CHECK(RunsOnInto("the Children, Young People and Family Hubs", "\u2013 Outline Business Case"));
  CHECK_FALSE(RunsOnInto("the following themes:", "- leadership"));
  CHECK_FALSE(RunsOnInto("to any document of the Council", " \u2013 iii. to any employee"));
  CHECK_FALSE(RunsOnInto(" - an effective reporting system,", " \u2013 continuing evaluation"));
  CHECK_FALSE(RunsOnInto("Reviewing Officers; and", " \u2013 Develops a plan"));
  CHECK_FALSE(RunsOnInto("where people can further their quality of life", "- Where people"));
  CHECK(RunsOnInto("the plan for the Council", "\u2014 in particular \u2014 its services"));
}

TEST_CASE("directions wrapped at any width read as the same records") {
  for (const char* name : {"direction-barnet-2018-01.txt", "direction-buckinghamshire-2018-07.txt",
                           "direction-northamptonshire-2018-11.txt"}) {
    const std::string sample = Sample(name);
    const std::string expected = Records(sample);
    for (size_t width : {60, 66, 72, 78, 85, 92, 100}) {
      for (bool hanging : {false, true}) {
        CAPTURE(name);
        CAPTURE(width);
        CAPTURE(hanging);
        CHECK(Records(Rewrap(sample, width, hanging)) == expected);
      }
    }
  }
}

TEST_CASE("a committee report wrapped at any width reads as the same records") {
  // Its Markdown emphasis left out: the clean rules read it line by line, and
  // a PDF converter prints none.
  std::string sample = Sample("committee-report-barnet-2018-06.txt");
  sample.erase(std::remove(sample.begin(), sample.end(), '*'), sample.end());
  const std::string expected = Records(sample);
  for (size_t width : {66, 78, 92, 100}) {
    for (bool hanging : {false, true}) {
      CAPTURE(width);
      CAPTURE(hanging);
      CHECK(Records(Rewrap(sample, width, hanging)) == expected);
    }
  }
}

TEST_CASE("commissioners' reports wrapped read as the same records") {
  // One paragraph per line (`wrap: paragraphs`): after a full line, or one
  // ending in "of", "my", "a", the paragraph goes on.
  for (const char* name : {"commissioner-signed.txt", "commissioner-introduction.txt",
                           "commissioner-whole-report.txt"}) {
    const std::string text = whereas::test::ReadFile(whereas::test::SourcePath(
        std::string("tests/detect/") + name));
    const std::string expected = Records(text);
    for (size_t width : {50, 60, 72}) {
      for (bool hanging : {false, true}) {
        if (hanging && width == 50) continue;  // too few full lines to know the width
        CAPTURE(name);
        CAPTURE(width);
        CAPTURE(hanging);
        CHECK(Records(Rewrap(text, width, hanging)) == expected);
      }
    }
  }
}

namespace {

// `text` with each header row ("Title<TAB>...", "Report of:   ...") printed
// as a PDF converter prints a table's cells: the label on a line of its
// own, the value on the next (`blank`: a blank line after each cell, not
// inside a value that wraps onto an indented line).
std::string Cells(const std::string& text, bool blank) {
  static const RE2 kRow(R"(^([A-Z][^\t:]{0,40}?)(\s*\t\s*|\s{2,}|\s*:\s*)(\S.*)$)");
  std::istringstream in(text);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  std::string out;
  const std::string gap = blank ? "\n" : "";
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string label, separator, value;
    if (!RE2::FullMatch(lines[i], kRow, &label, &separator, &value)) {
      out += lines[i] + "\n";
      continue;
    }
    while (!label.empty() && label.back() == ' ') label.pop_back();
    if (separator.find(':') != std::string::npos) label += ':';
    const bool wraps = i + 1 < lines.size() && RE2::PartialMatch(lines[i + 1], R"(^\s+\S)");
    out += label + "\n" + gap + value + "\n" + (wraps ? "" : gap);
  }
  return out;
}

}  // namespace

TEST_CASE("a header table printed one cell a line reads as the same records") {
  CheckPrintedAlike(
      {"samples/committee-report-barnet-2018-06.txt", "tests/detect/committee-wrapped-rows.txt",
       "tests/detect/committee-colons.txt", "tests/detect/committee-numbered-sections.txt",
       "tests/detect/committee-pdf-bullets.txt", "tests/detect/committee-layout.txt",
       "tests/detect/committee-headings-run.txt"},
      Cells);
}

namespace {

// `text` with each item's label on a line of its own above its words, as a
// converter prints a list set with hanging indents (`blank`: a blank line
// between them). A "- " list marker is left out.
std::string LabelsAlone(const std::string& text, bool blank) {
  static const RE2 kItem(
      R"(^\s*(?:-\s+)?(\d{1,3}\.|[a-z]\.|[ivx]{2,5}\.|\(\d{1,3}\)|\(?[a-z]\))\s+(\S.*)$)");
  std::istringstream in(text);
  std::string out;
  for (std::string line; std::getline(in, line);) {
    std::string label, words;
    if (RE2::FullMatch(line, kItem, &label, &words)) {
      out += label + "\n" + (blank ? "\n" : "") + words + "\n";
    } else {
      out += line + "\n";
    }
  }
  return out;
}

}  // namespace

TEST_CASE("a direction whose labels stand alone on their lines reads as the same records") {
  // Not the two other samples: a sub-item's line there holds words glued on
  // after it ("...Council; which appears ...", moved to the parent's tail
  // only when read on the label's line), and "8. NOW THEREFORE:" is a
  // heading only with its number on its line.
  CheckPrintedAlike(
      {"samples/direction-barnet-2018-01.txt", "tests/detect/direction-lettered.txt",
       "tests/detect/direction-variant.txt", "tests/detect/direction-form-feed.txt",
       "tests/detect/direction-variant-inline.txt", "tests/detect/direction-capital-recitals.txt"},
      LabelsAlone);
}

namespace {

// `text` with each two header rows in a row printed on one line, as a
// converter's layout mode prints a table of two columns: the second after a
// tab, or (`tab` false) at column 56 or two spaces after the first. Rows
// whose value wraps onto an indented line are left alone.
std::string TwoColumns(const std::string& text, bool tab) {
  static const RE2 kRow(R"(^[A-Z][^\t:]{0,40}?(?:\s*\t\s*|\s{2,}|\s*:\s*)\S.*$)");
  static const RE2 kIndented(R"(^\s+\S)");
  std::istringstream in(text);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  std::string out;
  for (size_t i = 0; i < lines.size(); ++i) {
    const bool pair = i + 1 < lines.size() && RE2::FullMatch(lines[i], kRow) &&
                      RE2::FullMatch(lines[i + 1], kRow) &&
                      !(i + 2 < lines.size() && RE2::PartialMatch(lines[i + 2], kIndented));
    if (!pair) {
      out += lines[i] + "\n";
      continue;
    }
    std::string first = lines[i];
    if (tab) {
      first += '\t';
    } else {
      first.resize(std::max(first.size() + 2, size_t{56}), ' ');
    }
    out += first + lines[i + 1] + "\n";
    ++i;
  }
  return out;
}

}  // namespace

TEST_CASE("a header table printed two rows a line reads as the same records") {
  CheckPrintedAlike(
      {"samples/committee-report-barnet-2018-06.txt", "tests/detect/committee-colons.txt",
       "tests/detect/committee-layout.txt", "tests/detect/committee-numbered-sections.txt",
       "tests/detect/committee-pdf-bullets.txt", "tests/detect/committee-variant.txt",
       "tests/detect/committee-point-zero.txt", "tests/detect/committee-asked-to.txt"},
      TwoColumns);
  // Two spaces before words that are no row a rule names are the value's,
  // though they look like a row of any label ("Children and Families
  // <2 spaces> Directorate").
  const whereas::Document doc = whereas::Parse(
      whereas::test::Builtin("committee-report"),
      "Report to:  Cabinet\n"
      "Contact officer:  Jo Bloggs, Director  01234 567890\n"
      "Report of:  Corporate Director  Children and Families  Directorate\n",
      "x");
  CHECK(doc.metadata.Find("officer_contact")->as_string() == "Jo Bloggs, Director  01234 567890");
  CHECK(doc.metadata.Find("report_of")->as_string() ==
        "Corporate Director  Children and Families  Directorate");
  // Three columns and more: each row ends where the next begins.
  const whereas::Document three = whereas::Parse(
      whereas::test::Builtin("committee-report"),
      "Report to:  Cabinet  Date:  1 May 2025  Wards:  All  Status:  Public\n"
      "Report of:\tDirector\tKey decision:\tNo\tUrgent:\tYes\n",
      "x");
  CHECK(three.metadata.Find("committee")->as_string() == "Cabinet");
  CHECK(three.metadata.Find("meeting_date")->as_string() == "2025-05-01");
  CHECK(three.metadata.Find("wards")->as_string() == "All");
  CHECK(three.metadata.Find("status")->as_string() == "Public");
  CHECK(three.metadata.Find("report_of")->as_string() == "Director");
  CHECK(three.metadata.Find("key")->as_bool() == false);
  CHECK(three.metadata.Find("urgent")->as_bool() == true);
  CHECK(three.metadata.Find("header_rows")->items().empty());
  CHECK(three.unplaced.empty());
}

// What the samples become printed to PDF in a proportional font and read
// back by pdftotext (tests/pdf/make.sh): lines broken at a width that
// characters only approximate, no blank line between paragraphs, form
// feeds, a header table's cells one a line (plain) or side by side with
// labels beside the middle of their values (-layout).
TEST_CASE("directions printed to PDF and read back by pdftotext read as the same records") {
  for (const char* name : {"direction-barnet-2018-01", "direction-northamptonshire-2018-11",
                           "direction-buckinghamshire-2018-07"}) {
    const std::string expected = Records(Sample(std::string(name) + ".txt"));
    for (const char* mode : {".pdftotext.txt", ".pdftotext-layout.txt"}) {
      CAPTURE(name);
      CAPTURE(mode);
      const std::string printed = whereas::test::ReadFile(
          whereas::test::SourcePath(std::string("tests/pdf/") + name + mode));
      CHECK(WidthOf(printed) > 0);  // wrapped at a width, in a proportional font
      CHECK(Records(printed) == expected);
    }
  }
}

TEST_CASE("test documents printed to PDF and read back by pdftotext read as the same records") {
  // Headings with no blank line around them (after a sentence, after a
  // heading a rule reads), a page's wrapped lines of context, "; and"
  // broken before its "and".
  for (const char* name :
       {"direction-lettered", "direction-capital-recitals", "direction-deadline-forms",
        "committee-asked-to", "committee-numbered-sections", "committee-point-zero",
        "commissioner-introduction", "commissioner-signed", "commissioner-govuk-page",
        "commissioner-whole-report", "direction-annex-headings", "direction-paragraphs",
        "committee-sign-off", "committee-capitals"}) {
    const std::string expected = Records(
        whereas::test::ReadFile(whereas::test::SourcePath(std::string("tests/detect/") + name + ".txt")));
    for (const char* mode : {".pdftotext.txt", ".pdftotext-layout.txt"}) {
      CAPTURE(name);
      CAPTURE(mode);
      CHECK(Records(whereas::test::ReadFile(whereas::test::SourcePath(
                std::string("tests/pdf/") + name + mode))) == expected);
    }
  }
}

namespace {

// Each item's path and heading, depth first; not under `skip`.
void Outline(const std::vector<whereas::Item>& items, const std::string& skip, std::string* out) {
  for (const whereas::Item& item : items) {
    if (item.path == skip) continue;
    *out += item.path + (item.heading ? " [" + *item.heading + "]" : "") + "\n";
    Outline(item.items, skip, out);
  }
}

std::string Canonical(const whereas::Document& doc, const std::string& key) {
  std::string json;
  whereas::AppendJson(doc, &json);
  std::string out;
  Canonical(YAML::Load(json)[key], &out);
  return out;
}

}  // namespace

TEST_CASE("a committee report printed to PDF and read back by pdftotext keeps its header and outline") {
  const whereas::Document expected = whereas::ParseDetected(
      whereas::test::AllBuiltins(), Sample("committee-report-barnet-2018-06.txt"), "x");
  std::string expected_outline;
  // 1.52's events are a table, which the converters break into cells.
  Outline(expected.clauses, "1.52", &expected_outline);
  // "5.2 **Resources (...)**" is a heading within its asterisks; printed
  // without them, the 89 characters are too long a line to be one.
  const std::string long_heading =
      " [Resources (Finance & Value for Money, Procurement, Staffing, IT, Property, "
      "Sustainability)]";
  const size_t at = expected_outline.find("5.2" + long_heading);
  REQUIRE(at != std::string::npos);
  expected_outline.erase(at + 3, long_heading.size());
  for (const char* mode : {".pdftotext.txt", ".pdftotext-layout.txt"}) {
    CAPTURE(mode);
    const whereas::Document doc = whereas::ParseDetected(
        whereas::test::AllBuiltins(),
        whereas::test::ReadFile(
            whereas::test::SourcePath(std::string("tests/pdf/committee-report-barnet-2018-06") + mode)),
        "x");
    CHECK(doc.title == expected.title);
    CHECK(doc.date == expected.date);
    // "Officer Contact" over "Details": a label its cell wrapped; a title
    // whose label stands beside the middle of its two lines.
    CHECK(Canonical(doc, "metadata") == Canonical(expected, "metadata"));
    CHECK(Canonical(doc, "recommendations") == Canonical(expected, "recommendations"));
    std::string outline;
    Outline(doc.clauses, "1.52", &outline);
    // Sub-headings with no blank line around them ("Care Quality Commission
    // (CQC) inspection" over 1.27) head their paragraphs; bullets under
    // "Regarding ...:" lead-ins nest under them.
    CHECK(outline == expected_outline);
    CHECK(doc.unplaced.empty());
  }
}
