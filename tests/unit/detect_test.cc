// Kind detection, and the facts of the two report samples.
#include <doctest/doctest.h>

#include <algorithm>

#include "test_util.h"

using whereas::Document;
using whereas::Item;
using whereas::test::Find;

namespace {

Document ParseFile(const std::string& relative) {
  const auto bytes = whereas::test::ReadFile(whereas::test::SourcePath(relative));
  return whereas::ParseDetected(whereas::test::AllBuiltins(), bytes, relative);
}

std::vector<std::string> Paths(const std::vector<Item>& items) {
  std::vector<std::string> out;
  for (const Item& i : items) out.push_back(i.path);
  return out;
}

}  // namespace

TEST_CASE("every sample is detected as its kind") {
  const std::pair<const char*, const char*> cases[] = {
      {"samples/direction-barnet-2018-01.txt", "direction"},
      {"samples/direction-buckinghamshire-2018-07.txt", "direction"},
      {"samples/direction-northamptonshire-2018-11.txt", "direction"},
      {"samples/committee-report-barnet-2018-06.txt", "committee-report"},
      {"samples/commissioner-extract-barnet-2018-01.txt", "commissioner-report"},
      // Variants written for this test: another council, another committee.
      {"tests/detect/direction-variant.txt", "direction"},
      {"tests/detect/committee-variant.txt", "committee-report"},
      {"tests/detect/direction-variant-inline.txt", "direction"},
      // Header tables laid out with spaces (pdftotext -layout) or colons.
      {"tests/detect/committee-layout.txt", "committee-report"},
      {"tests/detect/committee-colons.txt", "committee-report"},
      {"tests/detect/direction-pdf-layout.txt", "direction"},
      {"tests/detect/direction-lettered.txt", "direction"},
      {"tests/detect/commissioner-full-report.txt", "commissioner-report"},
      {"tests/detect/direction-letterhead.txt", "direction"},
      {"tests/detect/direction-unnumbered.txt", "direction"},
      {"tests/detect/committee-numbered-sections.txt", "committee-report"},
      {"tests/detect/direction-form-feed.txt", "direction"},
      {"tests/detect/committee-paper-layout.txt", "committee-report"},
      {"tests/detect/commissioner-blog.txt", "commissioner-report"},
      {"tests/detect/committee-point-zero.txt", "committee-report"},
      {"tests/detect/commissioner-whole-report.txt", "commissioner-report"},
      {"tests/detect/commissioner-contents.txt", "commissioner-report"},
      {"tests/detect/committee-headings-run.txt", "committee-report"},
      {"tests/detect/direction-deadline-forms.txt", "direction"},
      {"tests/detect/commissioner-govuk-page.txt", "commissioner-report"},
      {"tests/detect/direction-revocation.txt", "direction"},
      {"tests/detect/committee-wrapped-rows.txt", "committee-report"},
      {"tests/detect/direction-running-footer.txt", "direction"},
      {"tests/detect/committee-asked-to.txt", "committee-report"},
      {"tests/detect/direction-capital-recitals.txt", "direction"},
      // A header table printed one cell a line.
      {"tests/detect/committee-cells.txt", "committee-report"},
      // A news page quoting a commissioner's report.
      {"tests/detect/commissioner-news-quote.txt", "commissioner-report"},
      {"tests/detect/commissioner-introduction.txt", "commissioner-report"},
      {"tests/detect/committee-pdf-bullets.txt", "committee-report"},
      {"tests/detect/commissioner-signed.txt", "commissioner-report"},
      {"tests/detect/direction-paragraphs.txt", "direction"},
      {"tests/detect/direction-annex-headings.txt", "direction"},
      {"tests/detect/committee-sign-off.txt", "committee-report"},
      {"tests/detect/committee-capitals.txt", "committee-report"},
  };
  for (const auto& [file, kind] : cases) {
    const std::string_view named = file;  // clang 14 cannot capture a binding
    CAPTURE(named);
    const auto bytes = whereas::test::ReadFile(whereas::test::SourcePath(file));
    const whereas::Detection d = whereas::Detect(whereas::test::AllBuiltins(), bytes);
    REQUIRE(d.grammar != nullptr);
    CHECK(d.grammar->name() == kind);
    CHECK(d.confidence >= 0.5);
  }
}

TEST_CASE("a direction titled as a web page titles it, or addressed to a borough or city") {
  struct Case {
    const char* title;
    const char* addressee;
  };
  const Case cases[] = {
      {"Westbridge City Council: statutory direction", "Westbridge City Council"},
      {"Children's social care services: direction issued to the London Borough of Midsomer",
       "London Borough of Midsomer"},
      {"DIRECTION UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996 TO THE COUNCIL OF THE CITY OF "
       "WESTBRIDGE",
       "Council of the City of Westbridge"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.title);
    // Only WHEREAS and NOW THEREFORE besides the title: 0.4 without it.
    const std::string text = std::string(c.title) +
                             "\n\nWHEREAS:\n\n1. The Council is failing.\n\n"
                             "NOW THEREFORE:\n\n2. The Council shall comply.\n";
    const Document doc = whereas::ParseDetected(whereas::test::AllBuiltins(), text, "x");
    CHECK(doc.kind == "direction");
    CHECK(doc.title == c.title);
    REQUIRE(doc.metadata.Find("addressee") != nullptr);
    CHECK(doc.metadata.Find("addressee")->as_string() == c.addressee);
  }
}

TEST_CASE("a committee report headed as a memo: To, From, Date, Subject") {
  const Document doc = whereas::Parse(whereas::test::Builtin("committee-report"),
                                      "WESTBRIDGE CITY COUNCIL\n\n"
                                      "To:        Cabinet\n"
                                      "From:      Director of Children's Services\n"
                                      "Date:      12 March 2025\n"
                                      "Subject:   Children's Services Improvement Update\n\n"
                                      "1. Recommendations\n\n"
                                      "1.1 That Cabinet notes the progress made.\n",
                                      "x");
  CHECK(doc.metadata.Find("committee")->as_string() == "Cabinet");
  CHECK(doc.metadata.Find("report_of")->as_string() == "Director of Children's Services");
  CHECK(doc.title == "Children's Services Improvement Update");
  CHECK(doc.date->ToIso() == "2025-03-12");
  CHECK(doc.metadata.Find("header_rows")->items().empty());
}

TEST_CASE("a news page quoting a commissioner's report: the quotation's paragraphs, then the page") {
  const Document doc = ParseFile("tests/detect/commissioner-news-quote.txt");
  CHECK(doc.kind == "commissioner-report");
  CHECK(doc.date->ToIso() == "2025-03-03");
  // Each paragraph quoted on its own: the quotation closes after 4.1 and
  // opens again at 4.2.
  REQUIRE(doc.clauses.size() == 1);
  REQUIRE(doc.clauses[0].items.size() == 2);
  CHECK(doc.clauses[0].items[1].path == "4.2");
  REQUIRE(doc.recommendations.size() == 2);
  CHECK(doc.recommendations[1].text ==
        "the Council reports progress to the Department every three months.\"");
  // After the closing quotation mark, the page's words are the page's.
  const auto& context = doc.metadata.Find("context")->items();
  REQUIRE(context.size() == 7);
  CHECK(context[5].Find("line")->as_int() == 18);
  CHECK(context[6].Find("text")->as_string() == "Related stories");
  bool in_context = false;
  for (const auto& d : doc.deadlines) in_context = in_context || (d.path == "context" && d.due);
  CHECK(in_context);
  CHECK(doc.unplaced.empty());
}

TEST_CASE("a text of no known kind is unknown, its words unplaced, with an error") {
  const Document doc = ParseFile("tests/detect/not-a-document.txt");
  CHECK(doc.kind == "unknown");
  CHECK(doc.unplaced.size() == 4);
  REQUIRE(doc.diagnostics.size() == 1);
  CHECK(doc.diagnostics[0].rule == "unknown-kind");
}

TEST_CASE("variants parse with the same grammars") {
  const Document direction = ParseFile("tests/detect/direction-variant.txt");
  CHECK(direction.recitals.size() == 2);
  REQUIRE(direction.clauses.size() == 1);
  CHECK(direction.clauses[0].items.size() == 2);
  CHECK(direction.clauses[0].items[1].path == "3.b");
  CHECK(direction.date->ToIso() == "2021-02-01");
  CHECK(direction.metadata.Find("addressee")->as_string() == "London Borough of Midsomer");
  CHECK(direction.metadata.Find("signatory")->as_string() == "Jane Doe");
  CHECK(direction.metadata.Find("signatory_role")->as_string() ==
        "Deputy Director, Department for Education");
  CHECK(direction.unplaced.empty());

  const Document committee = ParseFile("tests/detect/committee-variant.txt");
  CHECK(committee.metadata.Find("committee")->as_string() == "ADULTS AND HEALTH SCRUTINY PANEL");
  CHECK(committee.date->ToIso() == "2019-03-14");
  CHECK(committee.metadata.Find("urgent")->as_bool() == true);
  CHECK(committee.recommendations.size() == 1);
  CHECK(Paths(committee.clauses) == std::vector<std::string>{"1", "2"});
  CHECK(committee.clauses[1].heading == "REASONS FOR RECOMMENDATIONS");
}

TEST_CASE("a header table laid out with spaces or with colons") {
  const Document spaces = ParseFile("tests/detect/committee-layout.txt");
  CHECK(spaces.title == "Children's Services Improvement Plan: progress report");
  CHECK(spaces.metadata.Find("committee")->as_string() ==
        "CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE");
  CHECK(spaces.metadata.Find("report_of")->as_string() ==
        "Executive Director of Children's Services");
  CHECK(spaces.metadata.Find("wards")->as_string() == "All");
  CHECK(spaces.metadata.Find("urgent")->as_bool() == false);
  CHECK(spaces.metadata.Find("key")->as_bool() == true);
  CHECK(spaces.metadata.Find("enclosures")->items().size() == 1);
  CHECK(spaces.metadata.Find("officer_contact")->as_string().rfind("Sam Lee, ", 0) == 0);
  CHECK(Paths(spaces.clauses) == std::vector<std::string>{"1", "2", "3", "4"});
  CHECK(spaces.recommendations.size() == 2);
  CHECK(spaces.unplaced.empty());

  const Document colons = ParseFile("tests/detect/committee-colons.txt");
  CHECK(colons.metadata.Find("committee")->as_string() == "Cabinet");
  CHECK(colons.date->ToIso() == "2024-03-07");
  CHECK(colons.title == "Response to the statutory direction");
  CHECK(colons.metadata.Find("wards")->as_string() == "All");
  CHECK(colons.metadata.Find("key")->as_bool() == false);
  CHECK(colons.unplaced.empty());
}

TEST_CASE("a direction as a PDF converter prints it") {
  // Parenthesised recitals, a NOW, THEREFORE sentence wrapped over two
  // lines, page numbers and a protective marking between the words, a
  // paragraph broken by a page end.
  const Document doc = ParseFile("tests/detect/direction-pdf-layout.txt");
  CHECK(Paths(doc.recitals) == std::vector<std::string>{"1", "2", "3"});
  CHECK(doc.recitals[1].text ==
        "The Secretary of State has appointed Jane Roe as Commissioner for Children\u2019s "
        "Services in Wessex (\u201cthe Commissioner\u201d) in accordance with the terms of "
        "reference set out in Annex A to this Direction.");
  CHECK(Paths(doc.clauses) == std::vector<std::string>{"1", "2", "3"});
  CHECK(doc.clauses[0].heading ==
        "the Secretary of State, in exercise of the powers conferred by section 497A(4B) of "
        "the Education Act 1996, directs the Council as follows:");
  CHECK(!doc.clauses[2].heading);
  REQUIRE(doc.annexes.size() == 1);
  CHECK(Paths(doc.annexes[0].items) == std::vector<std::string>{"A.1", "A.2"});
  CHECK(doc.annexes[0].items[1].text.find("Page") == std::string::npos);
  CHECK(doc.metadata.Find("signatory_role")->as_string() == "Director, Department for Education");
  CHECK(doc.date->ToIso() == "2022-03-25");
  REQUIRE(doc.page_furniture.size() == 4);
  CHECK(doc.page_furniture[0].line == 15);
  CHECK(doc.page_furniture[0].text == "1");
  CHECK(doc.page_furniture[1].text == "OFFICIAL");
  CHECK(doc.page_furniture[2].text == "Page 1 of 2");
  CHECK(doc.page_furniture[3].line == 57);
  CHECK(doc.unplaced.empty());
  CHECK(doc.diagnostics.empty());
}

TEST_CASE("a direction with recitals lettered (A), (B), (C)") {
  const Document doc = ParseFile("tests/detect/direction-lettered.txt");
  CHECK(Paths(doc.recitals) == std::vector<std::string>{"A", "B", "C"});
  CHECK(doc.recitals[0].style == whereas::ItemStyle::kAlphaUpperParen);
  CHECK(Paths(doc.clauses) == std::vector<std::string>{"1", "2"});
  CHECK(Paths(Find(doc.clauses, "1.b")->items) == std::vector<std::string>{"1.b.i", "1.b.ii"});
  CHECK(doc.metadata.Find("revokes")->as_string() ==
        "the direction given to the Council on 1 April 2020");
  CHECK(doc.metadata.Find("signatory")->as_string() == "A.B. Jones");
  CHECK(doc.date->ToIso() == "2023-07-03");
  REQUIRE(doc.annexes.size() == 1);
  CHECK(doc.annexes[0].heading == "Schedule");
  CHECK(doc.annexes[0].subtitle == "Terms of reference");
  // The role is printed over two lines.
  CHECK(doc.metadata.Find("signatory_role")->as_string() ==
        "Deputy Director, Children\u2019s Social Care Department for Education");
  CHECK(doc.unplaced.empty());
  CHECK(doc.diagnostics.empty());
}

TEST_CASE("a signatory's role reads on to a blank line, not into a repeat of itself") {
  const std::string head =
      "DIRECTION TO THE WESSEX COUNCIL\n\nWHEREAS:\n\n1. The Council fails.\n\n"
      "NOW, THEREFORE:\n\n1. The Council shall comply.\n\n"
      "Signed on behalf of the Secretary of State for Education\n\nA.B. Jones\n";
  const Document two = whereas::test::ParseDirection(
      head + "Deputy Director\nChildren's Services Improvement\nDepartment for Education\n\n"
             "Dated: 3 July 2023\n");
  CHECK(two.metadata.Find("signatory_role")->as_string() ==
        "Deputy Director Children's Services Improvement Department for Education");
  CHECK(two.unplaced.empty());
  const Document blank = whereas::test::ParseDirection(
      head + "Deputy Director\n\nDepartment for Education\n\nDated: 3 July 2023\n");
  CHECK(blank.metadata.Find("signatory_role")->as_string() == "Deputy Director");
  REQUIRE(blank.unplaced.size() == 1);
  CHECK(blank.unplaced[0].text == "Department for Education");
  const Document repeat = whereas::test::ParseDirection(
      head + "Deputy Director, Department for Education\n"
             "Deputy Director, Department for Education\n\nDated: 3 July 2023\n");
  CHECK(repeat.metadata.Find("signatory_role")->as_string() ==
        "Deputy Director, Department for Education");
  REQUIRE(repeat.unplaced.size() == 1);
}

TEST_CASE("a whole commissioner's report converted from PDF") {
  const Document doc = ParseFile("tests/detect/commissioner-full-report.txt");
  CHECK(Paths(doc.clauses) == std::vector<std::string>{"1", "2"});
  // A line that stops mid-sentence wraps, whatever case the next starts in.
  CHECK(Find(doc.clauses, "1.1")->text.find('\n') == std::string::npos);
  CHECK(Paths(doc.recommendations) == std::vector<std::string>{"2.2.1", "2.2.2"});
  // "March 2023" names no day: the document's date stays null, the line
  // stays in the page's context.
  CHECK(!doc.date);
  REQUIRE(doc.page_furniture.size() == 1);
  CHECK(doc.page_furniture[0].text == "Page 2 of 9");
  CHECK(doc.unplaced.empty());
}

TEST_CASE("a direction under a letterhead, its title over three lines") {
  const Document doc = ParseFile("tests/detect/direction-letterhead.txt");
  CHECK(doc.title ==
        "DIRECTION ISSUED TO WESSEX BOROUGH COUNCIL UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996");
  CHECK(doc.metadata.Find("addressee")->as_string() == "Wessex Borough Council");
  // The letterhead was read as the title until the title's own line came.
  REQUIRE(doc.unplaced.size() == 1);
  CHECK(doc.unplaced[0].line == 1);
  CHECK(doc.unplaced[0].text == "Department for Education");
  CHECK(Find(doc.recitals, "1")->text ==
        "The Council must secure improve-ment in its services and co-operate with the adviser.");
}

TEST_CASE("a direction whose recitals and clauses are unnumbered paragraphs") {
  const Document doc = ParseFile("tests/detect/direction-unnumbered.txt");
  CHECK(Paths(doc.recitals) == std::vector<std::string>{"1", "2"});
  CHECK(!doc.recitals[0].label);
  CHECK(doc.recitals[0].style == whereas::ItemStyle::kParagraph);
  CHECK(doc.recitals[0].line == 5);
  // A wrapped line, and a line after a blank that finishes the sentence,
  // continue the paragraph.
  CHECK(doc.recitals[1].text ==
        "The Secretary of State has considered representations made by the Council and by its "
        "partners.");
  CHECK(Paths(doc.clauses) == std::vector<std::string>{"1", "2"});
  CHECK(doc.clauses[0].heading == "the Secretary of State directs the Council as follows.");
  CHECK(Paths(doc.clauses[0].items) == std::vector<std::string>{"1.a", "1.b"});
  CHECK(doc.clauses[1].text == "This Direction remains in force until it is revoked.");
  REQUIRE(doc.deadlines.size() == 1);
  CHECK(doc.deadlines[0].path == "1.b");
  CHECK(doc.deadlines[0].due->ToIso() == "2024-12-01");
  CHECK(doc.unplaced.empty());
  CHECK(doc.diagnostics.empty());
}

TEST_CASE("facts: committee report") {
  const Document doc = ParseFile("samples/committee-report-barnet-2018-06.txt");
  CHECK(doc.kind == "committee-report");
  CHECK(doc.title == "Update report on progress of Barnet Children's Services Improvement Action Plan");
  CHECK(doc.date->ToIso() == "2018-06-06");
  CHECK(doc.metadata.Find("urgent")->kind() == whereas::Value::Kind::kBool);
  CHECK(doc.metadata.Find("urgent")->as_bool() == false);
  CHECK(doc.metadata.Find("key")->as_bool() == false);
  CHECK(doc.metadata.Find("enclosures")->items().size() == 2);
  CHECK(doc.metadata.Find("summary")->as_string().rfind("Children's services in Barnet", 0) == 0);
  CHECK(doc.recommendations.size() == 3);
  CHECK(Paths(doc.clauses) == std::vector<std::string>{"1", "2", "3", "4", "5", "6"});
  CHECK(doc.clauses[1].heading == "REASONS FOR RECOMMENDATIONS");
  CHECK(doc.clauses[5].heading == "BACKGROUND PAPERS");
  // Section 1: paragraphs 1.1 to 1.56 in order; theme headings are headings.
  std::vector<std::string> expected;
  for (int i = 1; i <= 56; ++i) expected.push_back("1." + std::to_string(i));
  CHECK(Paths(doc.clauses[0].items) == expected);
  CHECK(Find(doc.clauses, "1.21")->heading == "2. Governance Leadership, and Partnership");
  // 5.1 to 5.9 are sub-headings with their own paragraphs.
  const Item& five = doc.clauses[4];
  CHECK(Paths(five.items) == std::vector<std::string>{"5.1", "5.2", "5.3", "5.4", "5.5",
                                                      "5.6", "5.7", "5.8", "5.9"});
  CHECK(five.items[1].heading ==
        "Resources (Finance & Value for Money, Procurement, Staffing, IT, Property, Sustainability)");
  // 5.8.1 printed under 5.9 stays there.
  REQUIRE(five.items[8].items.size() == 1);
  CHECK(five.items[8].items[0].label == "5.8.1");
  CHECK(five.items[8].items[0].line == 315);
  // The seven principles: a numbered list inside 5.7.2.
  CHECK(Find(doc.clauses, "5.7.2")->items.size() == 7);
  // Bullets nested two deep in 1.29.
  const Item* p129 = Find(doc.clauses, "1.29");
  REQUIRE(p129->items.size() == 3);
  CHECK(p129->items[1].items.size() == 4);
  CHECK(p129->items[2].items.size() == 3);
  // The table of 1.52.
  const Item* table = Find(doc.clauses, "1.52.1");
  REQUIRE(table != nullptr);
  CHECK(table->style == whereas::ItemStyle::kTable);
  REQUIRE(table->rows.size() == 3);
  CHECK(table->rows[0][0] == "16th May:");
  // Emphasis removed.
  CHECK(Find(doc.clauses, "1.11")->heading == "Ofsted monitoring visit and report");
  CHECK(Find(doc.clauses, "5.6.1")->text.find("**") == std::string::npos);
  CHECK(doc.unplaced.empty());
}

TEST_CASE("facts: commissioner report extract") {
  const Document doc = ParseFile("samples/commissioner-extract-barnet-2018-01.txt");
  CHECK(doc.kind == "commissioner-report");
  CHECK(doc.date->ToIso() == "2018-01-30");
  CHECK(doc.metadata.Find("section")->as_string() == "6. Conclusions and recommendations");
  CHECK(doc.metadata.Find("source_url")->as_string().find(".pdf") != std::string::npos);
  REQUIRE(doc.clauses.size() == 1);
  std::vector<std::string> expected;
  for (int i = 1; i <= 17; ++i) expected.push_back("6." + std::to_string(i));
  CHECK(Paths(doc.clauses[0].items) == expected);
  CHECK(Paths(Find(doc.clauses, "6.3")->items) ==
        std::vector<std::string>{"6.3.1", "6.3.2", "6.3.3", "6.3.4", "6.3.5"});
  CHECK(Paths(Find(doc.clauses, "6.17")->items) ==
        std::vector<std::string>{"6.17.1", "6.17.2", "6.17.3"});
  CHECK(Paths(doc.recommendations) == std::vector<std::string>{"6.17.1", "6.17.2", "6.17.3"});
  // The second paragraphs of 6.6, 6.7 and 6.15 continue them.
  for (const char* p : {"6.6", "6.7", "6.15"}) {
    CAPTURE(p);
    CHECK(Find(doc.clauses, p)->text.find('\n') != std::string::npos);
  }
  CHECK(Find(doc.clauses, "6.5")->text.find("with the children") != std::string::npos);
  // No text of the page inside clauses.
  std::vector<const std::vector<Item>*> stack{&doc.clauses};
  while (!stack.empty()) {
    const auto* items = stack.back();
    stack.pop_back();
    for (const Item& i : *items) {
      CHECK(i.text.find("Further reading") == std::string::npos);
      CHECK(i.text.find("No comments") == std::string::npos);
      stack.push_back(&i.items);
    }
  }
  bool merged = false;
  for (const auto& d : doc.diagnostics) merged |= d.rule == "merged-items" && d.line == 50;
  CHECK(merged);
  CHECK(doc.unplaced.empty());
}

TEST_CASE("a direction whose headings carry text on their line") {
  // "Now, therefore, the Secretary of State directs ... as follows:" and
  // "Annex A – Terms of Reference for the Commissioner".
  const Document doc = ParseFile("tests/detect/direction-variant-inline.txt");
  CHECK(Paths(doc.recitals) == std::vector<std::string>{"1", "2"});
  CHECK(Paths(doc.recitals[1].items) == std::vector<std::string>{"2.a", "2.b"});
  CHECK(Paths(doc.clauses) == std::vector<std::string>{"3", "4"});
  CHECK(doc.clauses[0].heading == "the Secretary of State directs the Council as follows:");
  REQUIRE(doc.annexes.size() == 1);
  CHECK(doc.annexes[0].id == "A");
  CHECK(doc.annexes[0].subtitle == "Terms of Reference for the Commissioner");
  CHECK(Paths(doc.annexes[0].items) == std::vector<std::string>{"A.1", "A.2"});
  CHECK(doc.date->ToIso() == "2016-10-01");
  CHECK(doc.unplaced.empty());
  CHECK(doc.diagnostics.empty());
}

namespace {

// A grammar named `name` with the given detection rules (YAML list
// entries) and one item rule, so that it loads.
whereas::Grammar DetectGrammar(const std::string& name, const std::string& detect) {
  const std::string text = "name: " + name + "\nversion: 1\ndetect:\n" + detect + R"(zones:
  - {id: body, role: items, target: clauses}
rules:
  - {id: item, kind: item, styles: [decimal], pattern: '^(?P<label>\d+)\.\s+(?P<text>\S.*)$', examples: ['1. a']}
)";
  auto g = whereas::LoadGrammar(text, name + ".yaml");
  REQUIRE_MESSAGE(g.has_value(), (g.has_value() ? "" : g.error().diagnostics.front()));
  return std::move(g).value();
}

// A grammar whose detection rules probe the line edges: a blank line, a
// whole line, a word, a pattern that matches the empty string.
whereas::Grammar EdgeGrammar() {
  return DetectGrammar("edges", R"(  - {id: blank, pattern: '^\s*$', weight: 0.2, examples: ['']}
  - {id: end-line, pattern: '^end$', weight: 0.2, examples: ['end']}
  - {id: word, pattern: '\bword\b', weight: 0.2, examples: ['a word here']}
  - {id: x-to-y, pattern: '(?i)^x.*y$', weight: 0.2, examples: ['x then y']}
  - {id: maybe, pattern: 'z*', weight: 0.1, examples: ['anything']}
  - {id: not-word, pattern: '\Bord', weight: 0.1, examples: ['word']}
)");
}

}  // namespace

TEST_CASE("the one-pass Detector answers as rules matched line by line do") {
  std::vector<whereas::Grammar> grammars = whereas::test::AllBuiltins();
  grammars.push_back(EdgeGrammar());
  const whereas::Detector detector(grammars);
  std::vector<std::string> texts = {
      "", "\n", "\n\n", "a", "a\n", "a\n\n", "end", "end\n", "x\nend\n", "xy\n",
      "x\ny", "\n\nword", "sword\r\nend\r\n", "  \t \nend", "wordy\nx y\n\n",
      "STATUTORY DIRECTION TO A COUNCIL\n\nWHEREAS:\n\n1. NOW\nTHEREFORE:\n",
  };
  // The opening ends at a line: lines just before and after 64 KiB.
  const std::string filler(1000, 'a');
  std::string long_text;
  while (long_text.size() < 64 * 1024 - 3000) long_text += filler + "\n";
  for (const char* tail : {"end\n", "x\n\nend\nword\n"}) {
    std::string t = long_text;
    for (int k = 0; k < 4; ++k) {
      texts.push_back(t + tail);
      t += filler + "\n";
    }
  }
  for (const char* file : {"samples/direction-barnet-2018-01.txt",
                           "samples/committee-report-barnet-2018-06.txt",
                           "samples/commissioner-extract-barnet-2018-01.txt",
                           "tests/detect/not-a-document.txt"}) {
    texts.push_back(whereas::test::ReadFile(whereas::test::SourcePath(file)));
  }
  for (const std::string& text : texts) {
    const std::string opening = text.substr(0, 60);
    CAPTURE(opening);
    CAPTURE(text.size());
    const whereas::Detection want = whereas::Detect(grammars, text);
    const whereas::Detection got = detector.Detect(text);
    CHECK(got.confidence == want.confidence);
    REQUIRE((got.grammar == nullptr) == (want.grammar == nullptr));
    if (got.grammar) CHECK(got.grammar->name() == want.grammar->name());
  }
  // The edge grammar alone, so that its scores show.
  const std::vector<whereas::Grammar> edges = {EdgeGrammar()};
  const whereas::Detector edge_detector(edges);
  // z* matches any line, so every text with a line scores its 0.1.
  const std::pair<std::string, double> scores[] = {
      {"", 0},                // no line at all
      {"end", 0.3},           // end-line
      {"end\n", 0.3},         // the same single line
      {"end\n\n", 0.5},       // and a blank line
      {"x\ny", 0.1},          // x and y on different lines
      {"xy\n\nword", 0.8},    // x-to-y, blank, word, and \Bord in "word"
      {"words\nend", 0.4}};   // end-line and \Bord, but no whole "word"
  for (const auto& [text, score] : scores) {
    const std::string_view shown = text;  // clang 14 cannot capture a binding
    CAPTURE(shown);
    // Below 0.5 no grammar is chosen, but the confidence is still reported.
    CHECK(edge_detector.Detect(text).confidence == doctest::Approx(score));
    CHECK(whereas::Detect(edges, text).confidence == doctest::Approx(score));
  }
}

TEST_CASE("a Detector with rules tied to the text's ends reads line by line") {
  // \A and \z mean a line's ends when rules match line by line; over the
  // whole opening they would mean its ends, and (?-m) would undo (?m).
  for (const char* rule : {R"(\Aend)", R"(end\z)", R"((?-m)^end$)", R"((?i-m:^end$))"}) {
    CAPTURE(rule);
    const std::vector<whereas::Grammar> grammars = {DetectGrammar(
        "ends", std::string("  - {id: ends, pattern: '") + rule +
                    "', weight: 0.6, examples: ['end']}\n")};
    const whereas::Detector detector(grammars);
    for (const char* doc : {"first\nend\nlast", "end\nfirst", "first\nend"}) {
      CAPTURE(doc);
      CHECK(detector.Detect(doc).confidence == whereas::Detect(grammars, doc).confidence);
      CHECK(detector.Detect(doc).confidence == doctest::Approx(0.6));
    }
  }
}

TEST_CASE("a committee report whose sections are numbered with mixed-case headings") {
  const Document doc = ParseFile("tests/detect/committee-numbered-sections.txt");
  CHECK(doc.title == "Children's Services Improvement Plan: progress update");
  CHECK(doc.date->ToIso() == "2023-09-14");
  CHECK(doc.metadata.Find("committee")->as_string() ==
        "Children and Young People Scrutiny Committee");
  CHECK(doc.metadata.Find("report_of")->as_string() == "Director of Children's Services");
  // The contact row at the end is a field, not words of paragraph 3.4.
  CHECK(doc.metadata.Find("officer_contact")->as_string() == "Jo Bloggs, Head of Service");
  // "1. Purpose of the report" opens the body; "2.1 That the Committee
  // notes ..." is a paragraph, not the committee's name.
  CHECK(Paths(doc.clauses) == std::vector<std::string>{"1", "2", "3"});
  CHECK(doc.clauses[0].heading == "Purpose of the report");
  CHECK(Paths(doc.clauses[2].items) == std::vector<std::string>{"3.1", "3.2", "3.4"});
  // The paragraphs of section 2, "Recommendations", are the recommendations.
  CHECK(Paths(doc.recommendations) == std::vector<std::string>{"2.1", "2.2"});
  CHECK(doc.recommendations[0].text == "That the Committee notes the progress made.");
  // The agenda's stamp is page furniture; the council's name is a field.
  REQUIRE(doc.page_furniture.size() == 1);
  CHECK(doc.page_furniture[0].text == "Agenda Item 7");
  CHECK(doc.metadata.Find("council")->as_string() == "Wessex Borough Council");
  CHECK(doc.unplaced.empty());
  REQUIRE(doc.diagnostics.size() == 1);
  CHECK(doc.diagnostics[0].rule == "numbering-gap");
  CHECK(doc.diagnostics[0].line == 26);
}

TEST_CASE("a direction from pdftotext: form feeds, lettered clauses, a role over two lines") {
  const Document doc = ParseFile("tests/detect/direction-form-feed.txt");
  CHECK(doc.title ==
        "Direction issued to Wessex Borough Council under section 497A(4B) of the "
        "Education Act 1996 in relation to children's social care services");
  CHECK(Paths(doc.recitals) == std::vector<std::string>{"1", "2", "3"});
  CHECK(Paths(doc.recitals[1].items) == std::vector<std::string>{"2.a", "2.b", "2.c"});
  // The unnumbered "This Direction shall remain in force ..." after them is
  // an item of its own, addressed by position, not more words of c.
  CHECK(Paths(doc.clauses) == std::vector<std::string>{"a", "b", "c", "4"});
  CHECK(Paths(doc.clauses[1].items) == std::vector<std::string>{"b.i", "b.ii"});
  CHECK(doc.clauses[2].text == "to report to the Secretary of State every six months on progress.");
  CHECK(doc.clauses[3].style == whereas::ItemStyle::kParagraph);
  CHECK(!doc.clauses[3].label);
  CHECK(doc.clauses[3].text ==
        "This Direction shall remain in force until revoked by the Secretary of State.");
  // A form feed starts each page footer's line; the footer is furniture.
  REQUIRE(doc.page_furniture.size() == 2);
  CHECK(doc.page_furniture[0].line == 18);
  CHECK(doc.page_furniture[0].text == "Page 1 of 3");
  CHECK(doc.metadata.Find("signatory")->as_string() == "Mary Jane Brown");
  CHECK(doc.metadata.Find("signatory_role")->as_string() ==
        "Director, Children's Social Care Department for Education");
  CHECK(doc.date->ToIso() == "2021-05-14");
  REQUIRE(doc.annexes.size() == 1);
  CHECK(doc.annexes[0].subtitle == "Terms of Reference");
  CHECK(doc.annexes[0].items.size() == 3);
  REQUIRE(doc.deadlines.size() == 4);
  CHECK(doc.deadlines[0].text == "within 28 days of the date of this Direction");
  CHECK(doc.deadlines[0].due->ToIso() == "2021-06-11");
  CHECK(doc.deadlines[3].path == "A.3");
  CHECK(doc.definitions.at(2).means == "the Ofsted inspection report published on 12 March 2021");
  CHECK(doc.unplaced.empty());
  CHECK(doc.diagnostics.empty());
}

TEST_CASE("a committee paper in the older layout: numbers alone, capitals headings") {
  const Document doc = ParseFile("tests/detect/committee-paper-layout.txt");
  CHECK(doc.kind == "committee-report");
  CHECK(doc.title == "RESPONSE TO THE STATUTORY DIRECTION FOR CHILDREN'S SERVICES");
  CHECK(doc.date->ToIso() == "2019-03-14");
  CHECK(doc.metadata.Find("committee")->as_string() == "CABINET");
  CHECK(doc.metadata.Find("report_of")->as_string() ==
        "THE CABINET MEMBER FOR CHILDREN'S SERVICES");
  CHECK(doc.metadata.Find("purpose")->as_string() == "for Decision");
  CHECK(doc.metadata.Find("implementation_date")->as_string() == "25 MARCH 2019");
  CHECK(doc.metadata.Find("officer_contact")->as_string() ==
        "Jane Example, Head of Democratic Services, 01234 567890");
  CHECK(doc.metadata.Find("background_papers")->as_string().rfind(
            "Statutory direction, 11 February 2019.", 0) == 0);
  // "1." alone on its line takes the words below it; a capitals heading
  // heads the paragraph after it, the first one too.
  CHECK(Paths(doc.clauses) == std::vector<std::string>{"1", "2", "3"});
  CHECK(doc.clauses[0].heading == "SUMMARY/PURPOSE");
  CHECK(doc.clauses[0].text.rfind("The Secretary of State for Education issued", 0) == 0);
  CHECK(doc.clauses[1].heading == "BACKGROUND");
  CHECK(doc.clauses[2].text ==
        "The direction requires the Council to co-operate with the Commissioner and to "
        "provide an improvement plan within 3 months of the date of the direction.");
  // Recommendations go on with the body's numbers: no gap is reported.
  CHECK(Paths(doc.recommendations) == std::vector<std::string>{"4", "5"});
  CHECK(doc.diagnostics.empty());
  REQUIRE(doc.unplaced.size() == 1);
  CHECK(doc.unplaced[0].text == "PAPER C");
}

TEST_CASE("a commissioner's report quoted in a blog post: an unnumbered heading, 1. 2. 3., a) b) c)") {
  const Document doc = ParseFile("tests/detect/commissioner-blog.txt");
  CHECK(doc.kind == "commissioner-report");
  CHECK(doc.date->ToIso() == "2019-03-12");  // "Posted on 12 March 2019 by ..."
  CHECK(doc.metadata.Find("source_url")->as_string() ==
        "https://assets.example.gov.uk/media/exampleshire-commissioner-report.pdf");
  // "Summary and recommendations" opens the quoted report and heads its
  // first paragraph; the page's words stay its context.
  CHECK(Paths(doc.clauses) == std::vector<std::string>{"1", "2", "3"});
  CHECK(doc.clauses[0].heading == "Summary and recommendations");
  CHECK(Paths(doc.clauses[2].items) == std::vector<std::string>{"3.a", "3.b", "3.c"});
  CHECK(Paths(doc.recommendations) == std::vector<std::string>{"3.a", "3.b", "3.c"});
  CHECK(doc.recommendations[2].text == "the Department reviews progress every six months.");
  // The page resumes after the report: the closing line is context, not
  // words of recommendation c.
  const auto& context = doc.metadata.Find("context")->items();
  REQUIRE(!context.empty());
  CHECK(context.back().Find("text")->as_string() == "Readers' comments are closed on this article.");
  CHECK(doc.unplaced.empty());
}

TEST_CASE("a committee report with sections numbered 1.0, 2.0 under a header of rows and a title line") {
  const Document doc = ParseFile("tests/detect/committee-point-zero.txt");
  CHECK(doc.kind == "committee-report");
  // The title is the line of its own among the rows; "Agenda Item 7" is
  // the page's stamp.
  CHECK(doc.title == "Children's Services Improvement Update");
  REQUIRE(doc.page_furniture.size() == 1);
  CHECK(doc.page_furniture[0].text == "Agenda Item 7");
  CHECK(doc.date->ToIso() == "2021-10-18");
  CHECK(doc.metadata.Find("committee")->as_string() == "Cabinet");
  CHECK(doc.metadata.Find("report_of")->as_string() ==
        "the Strategic Director of Children and Young People");
  CHECK(doc.metadata.Find("key")->as_bool() == false);  // "Non-Key"
  CHECK(doc.metadata.Find("status")->as_string() == "Open");
  CHECK(doc.metadata.Find("reference")->as_string() == "KD/2021/045");
  CHECK(doc.metadata.Find("background_papers")->as_string() == "None");
  CHECK(doc.metadata.Find("officer_contact")->as_string() ==
        "Jane Example, Operational Director, Tel: 01234 567890");
  // "1.0 Purpose of the Report" is section 1.0, with 1.1 under it.
  CHECK(Paths(doc.clauses) == std::vector<std::string>{"1.0", "2.0", "3.0", "4.0"});
  CHECK(doc.clauses[0].heading == "Purpose of the Report");
  CHECK(Paths(doc.clauses[2].items) == std::vector<std::string>{"3.1", "3.2"});
  CHECK(Paths(doc.recommendations) == std::vector<std::string>{"2.1", "2.2"});
  // The list under "Appendices" is the enclosures, not words of 4.1.
  const auto& enclosures = doc.metadata.Find("enclosures")->items();
  REQUIRE(enclosures.size() == 2);
  CHECK(enclosures[0].as_string() == "Appendix 1 - Improvement Plan, October 2021");
  CHECK(enclosures[1].as_string() == "Appendix 2 - Statutory Direction dated 12 May 2021");
  CHECK(doc.clauses[3].items[0].text ==
        "There are no financial implications arising from this report.");
  CHECK(doc.diagnostics.empty());
  CHECK(doc.unplaced.empty());
}

TEST_CASE("sections numbered N.0 are checked as sections: a gap in them, a paragraph under the wrong one") {
  const auto rules_with = [](const std::string& from, const std::string& to) {
    std::string text = whereas::test::ReadFile(
        whereas::test::SourcePath("tests/detect/committee-point-zero.txt"));
    const size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    std::vector<std::string> found;
    for (const auto& d : whereas::ParseDetected(whereas::test::AllBuiltins(), text, "t.txt").diagnostics) {
      found.push_back(d.rule + ": " + d.message);
    }
    return found;
  };
  CHECK(rules_with("4.0 Financial Implications\n\n4.1", "5.0 Financial Implications\n\n5.1") ==
        std::vector<std::string>{"numbering-gap: expected '4.0' after '3.0', found '5.0'"});
  // A mistyped section number makes no section of its own: "3.1" after
  // "5.0" stands under it, and is reported there.
  const auto mistyped = rules_with("3.0 Detail", "5.0 Detail");
  REQUIRE(mistyped.size() >= 2);
  CHECK(mistyped[0] == "numbering-gap: expected '3.0' after '2.0', found '5.0'");
  CHECK(mistyped[1] ==
        "numbering-parent: '3.1' stands under '5.0'; expected a number starting '5.'");
  CHECK(rules_with("2.2 That Cabinet", "3.2 That Cabinet") ==
        std::vector<std::string>{
            "numbering-parent: '3.2' stands under '2.0'; expected a number starting '2.'"});
}

TEST_CASE("a commissioner's whole report: title, executive summary, 'Recommendation 1:', sections") {
  const Document doc = ParseFile("tests/detect/commissioner-whole-report.txt");
  CHECK(doc.kind == "commissioner-report");
  CHECK(doc.title == "Commissioner for Children's Services in Westbridge");
  CHECK(!doc.date);  // "September 2020" names no day
  // The summary's numbered paragraphs are its words, not the report's
  // sections 1 and 2.
  CHECK(doc.metadata.Find("summary")->as_string().rfind("1. In March 2020 the Secretary of State", 0) == 0);
  CHECK(Paths(doc.recommendations) == std::vector<std::string>{"1", "2", "3"});
  CHECK(doc.recommendations[1].heading == "Recommendation 2");
  CHECK(doc.recommendations[1].text ==
        "The Council should appoint a permanent Director of Children's Services by 31 December 2020.");
  CHECK(Paths(doc.clauses) == std::vector<std::string>{"1", "2"});
  CHECK(doc.clauses[0].heading == "Introduction");
  CHECK(Paths(doc.clauses[0].items) == std::vector<std::string>{"1.1", "1.2"});
  REQUIRE(doc.deadlines.size() == 3);
  CHECK(doc.deadlines[0].text == "within three months");  // in the summary
  CHECK(doc.deadlines[0].path == "summary");
  CHECK(doc.deadlines[1].due->ToIso() == "2020-12-31");
  CHECK(doc.diagnostics.empty());
  CHECK(doc.unplaced.empty());
}

TEST_CASE("a commissioner's report with a table of contents and an annex") {
  const Document doc = ParseFile("tests/detect/commissioner-contents.txt");
  CHECK(doc.kind == "commissioner-report");
  CHECK(doc.date->ToIso() == "2022-07-03");  // "Date of report: 3 July 2022"
  // The contents: each heading as listed with its page; an entry wrapped
  // over two lines, its page on the second, is one entry of both.
  const auto& contents = doc.metadata.Find("contents")->items();
  REQUIRE(contents.size() == 6);
  CHECK(contents[0].Find("text")->as_string() == "Executive summary");
  CHECK(contents[0].Find("page")->as_string() == "3");
  CHECK(contents[3].Find("text")->as_string() ==
        "3. Options for the future delivery of children's services");
  CHECK(contents[3].Find("page")->as_string() == "12");
  CHECK(contents[3].Find("line")->as_int() == 15);
  // Entries whose pages are printed are not joined to the next.
  CHECK(contents[4].Find("text")->as_string() == "4. Recommendations");
  CHECK(contents[5].Find("text")->as_string() == "Annex A: Terms of reference");
  CHECK(contents[5].Find("page")->as_string() == "17");
  // "Executive summary" printed again ends the list: the report is read
  // as before, its sections not taken for entries.
  CHECK(doc.metadata.Find("summary")->as_string() ==
        "This report sets out my findings following my appointment on 14 February 2022.");
  REQUIRE(doc.clauses.size() == 4);
  CHECK(doc.clauses[0].heading == "Introduction and terms of reference");
  CHECK(doc.clauses[0].line == 24);
  REQUIRE(doc.recommendations.size() == 2);
  CHECK(doc.recommendations[0].path == "4.1.a");
  // "Annex A: Terms of reference" is an annex of its own, its items numbered.
  REQUIRE(doc.annexes.size() == 1);
  CHECK(doc.annexes[0].id == "A");
  CHECK(doc.annexes[0].subtitle == "Terms of reference");
  REQUIRE(doc.annexes[0].items.size() == 2);
  CHECK(doc.annexes[0].items[1].path == "A.2");
  CHECK(doc.unplaced.empty());
  CHECK(doc.diagnostics.empty());
}

TEST_CASE("a committee report numbered 1, 2, 3 in one run under unnumbered customary headings") {
  const Document doc = ParseFile("tests/detect/committee-headings-run.txt");
  CHECK(doc.kind == "committee-report");
  CHECK(doc.metadata.Find("wards")->as_string() == "All Wards");  // "Ward(s) Affected:"
  CHECK(doc.metadata.Find("portfolio_holder")->as_string() ==
        "Cllr A. Example, Cabinet Member for Children");
  // "Exempt: No" answers a question; it is no status, but a row as printed.
  CHECK(doc.metadata.Find("status")->is_null());
  const auto& rows = doc.metadata.Find("header_rows")->items();
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].Find("label")->as_string() == "Exempt");
  CHECK(rows[0].Find("value")->as_string() == "No");
  // "Reasons for Recommendations" ends the recommendations: only 2 is one.
  REQUIRE(doc.recommendations.size() == 1);
  CHECK(doc.recommendations[0].label == "2");
  CHECK(doc.recommendations[0].items.size() == 2);
  REQUIRE(doc.clauses.size() == 6);
  CHECK(doc.clauses[0].heading == "Purpose of Report");
  CHECK(doc.clauses[1].label == "3");
  CHECK(doc.clauses[1].heading == "Reasons for Recommendations");
  CHECK(doc.clauses[2].heading == "Background");
  CHECK(doc.clauses[4].heading == "Financial Implications");
  CHECK(doc.unplaced.empty());
  // One run of numbers over the body and the recommendations: no gap.
  CHECK(whereas::CheckNumbering(doc).empty());
}

TEST_CASE("a direction addressed at its title's end, dated by a bare date under the signature") {
  const Document doc = ParseFile("tests/detect/direction-deadline-forms.txt");
  CHECK(doc.kind == "direction");
  CHECK(doc.metadata.Find("addressee")->as_string() == "Wessex County Council");
  CHECK(doc.date->ToIso() == "2024-05-28");  // "28 May 2024" after the role
  CHECK(doc.unplaced.empty());
  // The statute's "not later than the end of the period of 6 months
  // beginning with the date of this Direction" counts from that date.
  const auto it = std::find_if(doc.deadlines.begin(), doc.deadlines.end(),
                               [](const whereas::Deadline& d) { return d.path == "5"; });
  REQUIRE(it != doc.deadlines.end());
  CHECK(it->type == whereas::DeadlineType::kWithin);
  CHECK(it->period == "P6M");
  CHECK(it->anchor == "document-date");
  CHECK(it->due->ToIso() == "2024-11-28");
  // "This Direction shall take effect on 1 June 2024."
  const auto effect = std::find_if(doc.deadlines.begin(), doc.deadlines.end(),
                                   [](const whereas::Deadline& d) { return d.path == "7"; });
  REQUIRE(effect != doc.deadlines.end());
  CHECK(effect->type == whereas::DeadlineType::kOn);
  CHECK(effect->due->ToIso() == "2024-06-01");
  CHECK(doc.deadlines.size() == 9);
}

TEST_CASE("a web page about a commissioner's report: its date, every line kept once") {
  const Document doc = ParseFile("tests/detect/commissioner-govuk-page.txt");
  CHECK(doc.kind == "commissioner-report");
  CHECK(doc.date->ToIso() == "2023-05-12");
  // "Published 12 May 2023" printed twice is two lines of context: the
  // second, whose date is not taken again, is not kept twice.
  int published = 0;
  for (const auto& record : doc.metadata.Find("context")->items()) {
    if (record.Find("text")->as_string() == "Published 12 May 2023") ++published;
  }
  CHECK(published == 2);
  CHECK(doc.metadata.Find("context")->items().size() == 21);
  CHECK(doc.unplaced.empty());
}

TEST_CASE("deadlines and dates in metadata text: the field's name as path, the words' own line") {
  const Document page = ParseFile("tests/detect/commissioner-govuk-page.txt");
  REQUIRE(page.deadlines.size() == 2);
  CHECK(page.deadlines[0].text == "within 6 months");
  CHECK(page.deadlines[0].path == "context");
  CHECK(page.deadlines[0].line == 24);
  CHECK(page.deadlines[1].period == "P12M");
  // "Appendix 2 - Statutory Direction dated 12 May 2021" is the second line
  // of the enclosures' paragraph.
  const Document report = ParseFile("tests/detect/committee-point-zero.txt");
  const auto it = std::find_if(report.dates.begin(), report.dates.end(),
                               [](const whereas::DateMention& d) { return d.path == "enclosures"; });
  REQUIRE(it != report.dates.end());
  CHECK(it->text == "October 2021");
  CHECK(it->line == 41);
  CHECK((it + 1)->text == "12 May 2021");
  CHECK((it + 1)->path == "enclosures");
  CHECK((it + 1)->line == 42);
}

TEST_CASE("a direction that revokes an earlier one, titled 'Revocation of Direction issued to ...'") {
  const Document doc = ParseFile("tests/detect/direction-revocation.txt");
  CHECK(doc.kind == "direction");
  CHECK(doc.grammar.confidence >= 0.9);
  CHECK(doc.title == "Revocation of Direction issued to Midsomer Borough Council");
  CHECK(doc.metadata.Find("addressee")->as_string() == "Midsomer Borough Council");
  CHECK(doc.metadata.Find("revokes")->as_string() == "the 2019 Direction");
  CHECK(doc.date->ToIso() == "2024-03-01");
  CHECK(doc.recitals.size() == 2);
  REQUIRE(doc.clauses.size() == 1);
  CHECK(doc.clauses[0].label == "3");
  // The second title line, after a blank line, is kept aside, not lost.
  REQUIRE(doc.unplaced.size() == 1);
  CHECK(doc.unplaced[0].line == 3);
}

TEST_CASE("a committee header laid out by a PDF converter: values wrapped under their rows, rows of any label") {
  const Document doc = ParseFile("tests/detect/committee-wrapped-rows.txt");
  CHECK(doc.kind == "committee-report");
  // "Title:" wraps onto an indented line; so does the contact's address.
  CHECK(doc.title == "Children's Services Improvement – Response to the Statutory Direction");
  CHECK(doc.metadata.Find("officer_contact")->as_string() ==
        "Jo Bloggs, Head of Improvement jo.bloggs@example.gov.uk");
  // A row no field names keeps its label and value.
  const auto& rows = doc.metadata.Find("header_rows")->items();
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].Find("label")->as_string() == "Portfolio Area");
  CHECK(rows[0].Find("value")->as_string() == "Children and Families");
  CHECK(rows[0].Find("line")->as_int() == 9);
  CHECK(doc.metadata.Find("key")->as_bool() == true);
  CHECK(doc.date->ToIso() == "2024-03-14");
  REQUIRE(doc.recommendations.size() == 2);
  CHECK(doc.recommendations[1].path == "2.2");
  CHECK(doc.unplaced.empty());
}

TEST_CASE("a header table printed one cell a line: each label over its value") {
  const Document doc = ParseFile("tests/detect/committee-cells.txt");
  CHECK(doc.kind == "committee-report");
  CHECK(doc.metadata.Find("committee")->as_string() ==
        "Children and Young People Scrutiny Committee");
  CHECK(doc.date->ToIso() == "2025-11-04");
  // The value wraps onto a second line; the row after it is a row still.
  CHECK(doc.title ==
        "Response to the Statutory Direction: Progress of the Children's Services "
        "Improvement Plan");
  CHECK(doc.metadata.Find("report_of")->as_string() == "Director of Children's Services");
  CHECK(doc.metadata.Find("wards")->as_string() == "All Wards");
  CHECK(doc.metadata.Find("key")->as_bool() == false);
  // Rows no field names: one by its colon before the table has begun, one
  // within it (after the wrapped title).
  const auto& rows = doc.metadata.Find("header_rows")->items();
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].Find("label")->as_string() == "Directorate");
  CHECK(rows[0].Find("value")->as_string() == "Children's Services");
  CHECK(rows[1].Find("label")->as_string() == "Lead Officer");
  CHECK(rows[1].Find("line")->as_int() == 20);
  // "Appendices", a heading alone, is a label within the table.
  const auto& enclosures = doc.metadata.Find("enclosures")->items();
  REQUIRE(enclosures.size() == 2);
  CHECK(enclosures[1].as_string() == "Appendix 2 – Letter from the Children's Services Commissioner");
  // An empty cell: its label is kept aside; the next label is no value.
  REQUIRE(doc.unplaced.size() == 1);
  CHECK(doc.unplaced[0].text == "Urgent:");
  CHECK(doc.metadata.Find("urgent")->is_null());
  REQUIRE(doc.clauses.size() == 3);
  CHECK(doc.clauses[0].heading == "Summary");
  // A heading below a label is no value: the label's cell was empty.
  const Document empty = whereas::Parse(whereas::test::Builtin("committee-report"),
                                        "Report of\n\nRecommendations\n\n1. That Cabinet notes it.\n",
                                        "x");
  CHECK(empty.metadata.Find("report_of")->is_null());
  REQUIRE(empty.recommendations.size() == 1);
  REQUIRE(doc.recommendations.size() == 2);
  CHECK(doc.metadata.Find("officer_contact")->as_string() ==
        "Jo Bloggs, Assistant Director, Improvement, jo.bloggs@example.gov.uk");
}

TEST_CASE("a running footer before each page break is page furniture, not words of the clauses") {
  const Document doc = ParseFile("tests/detect/direction-running-footer.txt");
  CHECK(doc.kind == "direction");
  REQUIRE(doc.page_furniture.size() == 4);
  for (const auto& f : doc.page_furniture) {
    CHECK(f.text == "Direction to Westbridge City Council – February 2024");
  }
  CHECK(doc.page_furniture[1].line == 18);  // inside clause 3's sentence
  REQUIRE(doc.clauses.size() == 2);
  CHECK(doc.clauses[0].text ==
        "The Council shall co-operate with the Children's Services Commissioner "
        "(\"the Commissioner\") and shall provide the Commissioner with such information "
        "as the Commissioner may reasonably require.");
  CHECK(doc.recitals[1].text.find("Direction to") == std::string::npos);
  CHECK(doc.unplaced.empty());
}

TEST_CASE("a committee report in capitals headings, 'The Committee is asked to:' over lettered recommendations") {
  const Document doc = ParseFile("tests/detect/committee-asked-to.txt");
  CHECK(doc.kind == "committee-report");
  CHECK(doc.grammar.confidence >= 0.8);  // "is asked to", the committee's line
  CHECK(doc.title == "OFSTED INSPECTION OUTCOME AND STATUTORY DIRECTION");
  CHECK(doc.metadata.Find("council")->as_string() == "WESSEX COUNTY COUNCIL");
  CHECK(doc.metadata.Find("officer_contact")->as_string() ==
        "Jo Bloggs, Assistant Director Tel: 01234 567890");
  REQUIRE(doc.recommendations.size() == 3);
  CHECK(doc.recommendations[0].heading == "The Committee is asked to:");
  CHECK(doc.recommendations[2].path == "c");
  REQUIRE(doc.clauses.size() == 3);
  CHECK(doc.clauses[0].heading == "BACKGROUND");
  CHECK(doc.clauses[2].heading == "THE STATUTORY DIRECTION");
  CHECK(doc.unplaced.empty());
}

TEST_CASE("a direction with recitals (A) (B) (C), clauses (1) (2) (3), its power named in the clauses' opening") {
  const Document doc = ParseFile("tests/detect/direction-capital-recitals.txt");
  CHECK(doc.kind == "direction");
  CHECK(Paths(doc.recitals) == std::vector<std::string>{"A", "B", "C"});
  CHECK(doc.recitals[0].style == whereas::ItemStyle::kAlphaUpperParen);
  CHECK(Paths(doc.clauses) == std::vector<std::string>{"1", "2", "3"});
  // "in exercise of the powers conferred by section 497A(4B) of the Education Act 1996"
  CHECK(doc.metadata.Find("legal_basis")->Find("section")->as_string() == "497A(4B)");
  CHECK(doc.metadata.Find("legal_basis")->Find("act")->as_string() == "Education Act 1996");
  CHECK(doc.metadata.Find("addressee")->as_string() == "Council of the Borough of Westbridge");
  CHECK(whereas::CheckNumbering(doc).empty());
  CHECK(doc.unplaced.empty());
}

TEST_CASE("a commissioner's report numbered 1, 2, 3 from its 'Introduction', under unnumbered headings") {
  const Document doc = ParseFile("tests/detect/commissioner-introduction.txt");
  CHECK(doc.kind == "commissioner-report");
  // "Introduction" opens the report: its paragraphs are not the page's.
  CHECK(Paths(doc.clauses) == std::vector<std::string>{"1", "2", "3", "4", "5", "6", "7"});
  CHECK(doc.clauses[0].heading == "Introduction");
  CHECK(doc.clauses[2].heading == "Leadership and governance");
  REQUIRE(doc.recommendations.size() == 3);
  CHECK(doc.recommendations[0].path == "7.a");
  CHECK(whereas::CheckNumbering(doc).empty());
  // The name over the role after the report signs it: the last
  // recommendation ends where it ends, the month is the signature's context.
  CHECK(doc.recommendations[2].text == "the position is reviewed within 12 months.");
  CHECK(doc.metadata.Find("signatory")->as_string() == "Alex Green");
  CHECK(doc.metadata.Find("signatory_role")->as_string() == "Children's Services Commissioner");
  const auto& context = doc.metadata.Find("context")->items();
  REQUIRE(context.size() == 2);
  CHECK(context[1].Find("text")->as_string() == "April 2024");
  CHECK(doc.unplaced.empty());
}

TEST_CASE("a commissioner's name over their role: the author on the title page, the signatory at the end") {
  const Document doc = ParseFile("tests/detect/commissioner-signed.txt");
  CHECK(doc.kind == "commissioner-report");
  CHECK(doc.metadata.Find("author")->as_string() == "Professor Alan Example CBE");
  CHECK(doc.metadata.Find("author_role")->as_string() == "Children's Services Commissioner");
  CHECK(doc.metadata.Find("signatory")->as_string() == "Alan Example");
  CHECK(doc.metadata.Find("signatory_role")->as_string() == "Children's Services Commissioner");
  // A heading in capitals over a paragraph is no name over a role.
  REQUIRE(doc.clauses[1].items.size() == 3);
  CHECK(doc.clauses[1].items[2].heading == "Social Work Practice");
  // The signature ends the last paragraph; the annex after it is the report's.
  CHECK(doc.clauses[2].items[1].text ==
        "I would like to thank the staff of the Council for their co-operation.");
  REQUIRE(doc.annexes.size() == 1);
  CHECK(doc.annexes[0].id == "A");
  // A title line, a role alone, is not a name over a role.
  CHECK(doc.title == "Children's Services Commissioner's report: Midsomer County Council");
  CHECK(doc.unplaced.empty());
}

TEST_CASE("bullets as PDF converters print them, and '2. Background' after the recommendations") {
  const Document doc = ParseFile("tests/detect/committee-pdf-bullets.txt");
  CHECK(doc.kind == "committee-report");
  REQUIRE(doc.recommendations.size() == 1);  // "2. Background" is the body's
  REQUIRE(doc.clauses.size() == 1);
  CHECK(doc.clauses[0].heading == "Background");
  CHECK(doc.clauses[0].line == 11);
  // U+F0B7 (Symbol font), ▪, ●, an en dash are bullets; a Wingdings "o" is a
  // letter, so its line reads on as words of the bullet before it.
  REQUIRE(doc.clauses[0].items.size() == 2);
  CHECK(Paths(doc.clauses[0].items[0].items) ==
        std::vector<std::string>{"2.1.1", "2.1.2", "2.1.3"});
  CHECK(doc.clauses[0].items[0].items[2].text == "better partnership working.");
  CHECK(Paths(doc.clauses[0].items[1].items) == std::vector<std::string>{"2.2.1", "2.2.2"});
  CHECK(doc.clauses[0].items[1].items[1].text == "new training; o reduced caseloads.");
  CHECK(doc.unplaced.empty());
}

TEST_CASE("a news page's 'Published: 14 March 2019' line dates it") {
  const Document doc = whereas::Parse(whereas::test::Builtin("commissioner-report"),
                                      "Anytown children's services to move to a trust\n\n"
                                      "Published: 14 March 2019\n\n"
                                      "Conclusions and recommendations\n\n"
                                      "5.1 The Council has not improved.\n",
                                      "test.txt");
  REQUIRE(doc.date);
  CHECK(doc.date->ToIso() == "2019-03-14");
  CHECK(doc.metadata.Find("published")->as_string() == "2019-03-14");
  // The byline stays words of the page.
  const auto& context = doc.metadata.Find("context")->items();
  REQUIRE(!context.empty());
  CHECK(context[0].Find("text")->as_string() == "Published: 14 March 2019");
}

TEST_CASE("a direction in unnumbered paragraphs, no WHEREAS or NOW THEREFORE, its directions in an annex") {
  const Document doc = ParseFile("tests/detect/direction-paragraphs.txt");
  CHECK(doc.kind == "direction");
  // The paragraphs after the title are recitals until the one that gives
  // the direction; from it on, clauses.
  REQUIRE(doc.recitals.size() == 2);
  CHECK(doc.recitals[0].style == whereas::ItemStyle::kParagraph);
  CHECK(doc.recitals[1].path == "2");
  REQUIRE(doc.clauses.size() == 2);
  CHECK(doc.clauses[0].text.starts_with("Accordingly, the Secretary of State directs the Authority"));
  CHECK(doc.clauses[1].text.starts_with("These Directions shall remain in force"));
  CHECK(doc.unplaced.empty());
  // Read from the title first, as printed there.
  CHECK(doc.metadata.Find("legal_basis")->Find("section")->as_string() == "15(5) AND (6)");
  CHECK(doc.metadata.Find("legal_basis")->Find("act")->as_string() == "Local Government Act 1999");
  CHECK(doc.date->ToIso() == "2022-12-01");
  // "these Directions" are the document: the period counts from its date.
  const auto within = std::find_if(doc.deadlines.begin(), doc.deadlines.end(),
                                   [](const whereas::Deadline& d) { return d.path == "A.1"; });
  REQUIRE(within != doc.deadlines.end());
  CHECK(within->anchor == "document-date");
  CHECK(within->due->ToIso() == "2023-03-01");
  REQUIRE(doc.annexes.size() == 2);
  CHECK(doc.annexes[1].title == "Functions to be exercised by the Commissioners");
}

TEST_CASE("an annex of unnumbered paragraphs under headings of their own") {
  const Document doc = ParseFile("tests/detect/direction-annex-headings.txt");
  REQUIRE(doc.annexes.size() == 1);
  const whereas::Annex& annex = doc.annexes[0];
  CHECK(annex.id == "A");
  CHECK(!annex.intro);
  // "Purpose", "Scope", "Reporting": each heads the paragraph under it.
  REQUIRE(annex.items.size() == 3);
  CHECK(annex.items[0].heading == "Purpose");
  CHECK(annex.items[0].style == whereas::ItemStyle::kParagraph);
  CHECK(annex.items[0].path == "A.1");
  CHECK(annex.items[1].heading == "Scope");
  CHECK(annex.items[1].text == "The Commissioner will:");
  REQUIRE(annex.items[1].items.size() == 3);
  CHECK(annex.items[1].items[2].text == "consider whether alternative delivery arrangements are needed.");
  CHECK(annex.items[2].heading == "Reporting");
  CHECK(doc.unplaced.empty());
  // An annex's header lines, with no subtitle read yet, are no headings:
  // the samples' annex titles and addressees are as they were (golden).
}

TEST_CASE("a web page's breadcrumb trail is page furniture, not its title") {
  const Document doc = whereas::Parse(whereas::test::Builtin("commissioner-report"),
                                      "Home \u00BB News \u00BB Children's services\n\n"
                                      "Commissioner says the council should keep its services\n\n"
                                      "12 October 2021\n\n"
                                      "Recommendation 1: The Council should retain control.\n",
                                      "test.txt");
  CHECK(doc.title == "Commissioner says the council should keep its services");
  REQUIRE(doc.page_furniture.size() == 1);
  CHECK(doc.page_furniture[0].line == 1);
  CHECK(doc.page_furniture[0].text == "Home \u00BB News \u00BB Children's services");
}

TEST_CASE("a committee report's sign-off block and closing rows end its last paragraph") {
  const Document doc = ParseFile("tests/detect/committee-sign-off.txt");
  CHECK(doc.kind == "committee-report");
  const whereas::Item* last = whereas::test::Find(doc.clauses, "4.2");
  REQUIRE(last != nullptr);
  CHECK(last->text == "The number of children subject to child protection plans has fallen by 12%.");
  // "Report sign off" over "Finance: ..." rows: who cleared the report.
  const auto& sign_off = doc.metadata.Find("sign_off")->items();
  REQUIRE(sign_off.size() == 2);
  CHECK(sign_off[0].Find("label")->as_string() == "Finance");
  CHECK(sign_off[0].Find("value")->as_string() == "Chris Accountant, 1 March 2023");
  CHECK(sign_off[1].Find("label")->as_string() == "Legal");
  // "Appendices: None" and "Background documents: None" after the body.
  REQUIRE(doc.metadata.Find("enclosures")->items().size() == 1);
  CHECK(doc.metadata.Find("enclosures")->items()[0].as_string() == "None");
  CHECK(doc.metadata.Find("background_papers")->as_string() == "None");
  CHECK(doc.unplaced.empty());
}

TEST_CASE("a committee report headed in capitals: its title with a colon, sections numbered in capitals") {
  const Document doc = ParseFile("tests/detect/committee-capitals.txt");
  CHECK(doc.kind == "committee-report");
  CHECK(doc.title == "CHILDREN'S SOCIAL CARE IMPROVEMENT: RESPONSE TO THE STATUTORY DIRECTION");
  CHECK(doc.metadata.Find("header_rows")->items().empty());
  CHECK(doc.metadata.Find("council")->as_string() == "BORSETSHIRE COUNTY COUNCIL");
  CHECK(doc.date->ToIso() == "2023-11-14");
  REQUIRE(doc.clauses.size() == 6);
  CHECK(doc.clauses[1].heading == "RECOMMENDATION");
  REQUIRE(doc.recommendations.size() == 1);
  CHECK(doc.recommendations[0].path == "2.1");
  // "Appendix 1 – ..." after the contact row is an enclosure, not a
  // background paper.
  REQUIRE(doc.metadata.Find("enclosures")->items().size() == 1);
  CHECK(doc.metadata.Find("background_papers")->as_string() ==
        "Ofsted ILACS report, published 28 July 2023.\nStatutory direction, 3 August 2023.");
  CHECK(doc.unplaced.empty());
}

TEST_CASE("a commissioner's recommendations: the items under 'I recommend that:', and a paragraph that recommends") {
  const Document doc = whereas::Parse(whereas::test::Builtin("commissioner-report"),
                                      "Conclusions and recommendations\n\n"
                                      "5.1 The Council has not improved.\n\n"
                                      "5.2 I recommend that:\n\n"
                                      "a) services move to a trust; and\n\n"
                                      "b) the trust is set up by 1 April 2020.\n\n"
                                      "5.3 I also recommend that the Department reviews progress within 12 months.\n\n"
                                      "5.4 The Council has accepted my findings.\n",
                                      "test.txt");
  REQUIRE(doc.recommendations.size() == 3);
  CHECK(doc.recommendations[0].path == "5.2.a");
  CHECK(doc.recommendations[1].path == "5.2.b");
  // A paragraph with no items under it that recommends is one itself.
  CHECK(doc.recommendations[2].path == "5.3");
  CHECK(doc.recommendations[2].text.starts_with("I also recommend that the Department"));
  // Copied from the report's paragraphs, they are checked where they stand,
  // not as a list that mixes levels.
  CHECK(whereas::CheckNumbering(doc).empty());
}
