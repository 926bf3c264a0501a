// BuildOutline through Parse(): labels placed by sequence, continuations,
// lost labels, case faults, tails. Inline texts in the shape of directions.
#include <doctest/doctest.h>

#include "test_util.h"

using whereas::Item;
using whereas::ItemStyle;
using whereas::test::Find;
using whereas::test::ParseDirection;

TEST_CASE("zones: WHEREAS recitals, NOW THEREFORE clauses, signature, annex") {
  const auto doc = ParseDirection(
      "STATUTORY DIRECTION TO MIDSOMER COUNCIL UNDER SECTION 1 OF THE TEST ACT 2000\n"
      "\n"
      "WHEREAS:\n"
      "1. First recital.\n"
      "NOW THEREFORE:\n"
      "2. First clause.\n"
      "Signed on behalf of the Secretary of State\n"
      "JANE DOE\n"
      "Dated: 3rd March 2020\n"
      "ANNEX C\n"
      "Terms of Reference\n"
      "1. Term.\n");
  REQUIRE(doc.recitals.size() == 1);
  REQUIRE(doc.clauses.size() == 1);
  CHECK(doc.clauses[0].label == "2");
  CHECK(doc.date->ToIso() == "2020-03-03");
  REQUIRE(doc.annexes.size() == 1);
  CHECK(doc.annexes[0].id == "C");
  CHECK(doc.annexes[0].items[0].path == "C.1");
  CHECK(doc.metadata.Find("signatory")->as_string() == "Jane Doe");
  CHECK(doc.metadata.Find("addressee")->as_string() == "Midsomer Council");
  CHECK(doc.unplaced.empty());
}

TEST_CASE("i. after h. is a letter; i. under a letter is a roman numeral") {
  const auto doc = ParseDirection(
      "NOW THEREFORE:\n"
      "1. The Council must:\n"
      " - a. one;\n b. two;\n c. three;\n d. four;\n e. five;\n f. six;\n g. seven;\n"
      " - h. eight, including:\n"
      " - i. a roman one;\n"
      " - ii. a roman two;\n");
  const Item* h = Find(doc.clauses, "1.h");
  REQUIRE(h != nullptr);
  REQUIRE(h->items.size() == 2);
  CHECK(h->items[0].style == ItemStyle::kRoman);
  CHECK(h->items[1].path == "1.h.ii");

  const auto doc2 = ParseDirection(
      "NOW THEREFORE:\n1. Must:\n a. one;\n b. two;\n c. three;\n d. 4;\n e. 5;\n"
      " f. 6;\n g. 7;\n h. eight;\n i. nine.\n");
  const Item* i = Find(doc2.clauses, "1.i");
  REQUIRE(i != nullptr);
  CHECK(i->style == ItemStyle::kAlpha);
}

TEST_CASE("an upper-case letter in a lower-case list is a case fault, not a new list") {
  const auto doc = ParseDirection(
      "NOW THEREFORE:\n1. Must:\n a. one;\n b. two;\n c. three;\n d. 4;\n e. 5;\n"
      " f. 6;\n g. 7;\n h. eight;\n- I. nine.\n2. Next.\n");
  const Item* i = Find(doc.clauses, "1.i");
  REQUIRE(i != nullptr);
  CHECK(i->label == "I");
  CHECK(i->style == ItemStyle::kAlpha);
  REQUIRE(doc.diagnostics.size() == 1);
  CHECK(doc.diagnostics[0].rule == "numbering-case");
  CHECK(doc.diagnostics[0].line == 11);
  CHECK(doc.diagnostics[0].column == 3);
  CHECK(doc.diagnostics[0].message == "expected 'i' after 'h', found 'I'");
  CHECK(doc.clauses.size() == 2);
}

TEST_CASE("a lost first label is recovered from its sibling") {
  // See: samples/direction-barnet-2018-01.txt:25
  const auto doc = ParseDirection(
      "NOW THEREFORE:\n1. Must:\n a. allow access:\n - to any premises;\n"
      " - ii. to any document; and\n - iii. to any employee;\n b. Next.\n");
  const Item* a = Find(doc.clauses, "1.a");
  REQUIRE(a != nullptr);
  REQUIRE(a->items.size() == 3);
  CHECK_FALSE(a->items[0].label.has_value());
  CHECK(a->items[0].path == "1.a.i");
  CHECK(a->items[0].style == ItemStyle::kRoman);
  CHECK(Find(doc.clauses, "1.b") != nullptr);
  REQUIRE(doc.diagnostics.size() == 1);
  CHECK(doc.diagnostics[0].rule == "numbering-missing-label");
  CHECK(doc.diagnostics[0].line == 4);
}

TEST_CASE("text after a sub-list continues its parent (tail), also when glued") {
  SUBCASE("after a blank line") {
    const auto doc = ParseDirection(
        "NOW THEREFORE:\n1. Must:\n a. allow access:\n - i. to premises;\n"
        " - ii. to staff;\n\nwhich appears necessary:\n\n b. Next.\n");
    const Item* a = Find(doc.clauses, "1.a");
    REQUIRE(a != nullptr);
    CHECK(a->tail == "which appears necessary:");
    CHECK(a->items[1].text == "to staff;");
    CHECK(Find(doc.clauses, "1.b") != nullptr);
  }
  SUBCASE("glued to the last sub-item") {
    // See: samples/direction-buckinghamshire-2018-07.txt:28
    const auto doc = ParseDirection(
        "NOW THEREFORE:\n1. Must:\n a. allow access:\n - i. to premises;\n"
        " - ii. to staff;which appears necessary;\n b. Next.\n");
    const Item* a = Find(doc.clauses, "1.a");
    REQUIRE(a != nullptr);
    CHECK(a->items[1].text == "to staff;");
    CHECK(a->tail == "which appears necessary;");
    REQUIRE(doc.diagnostics.size() == 1);
    CHECK(doc.diagnostics[0].rule == "text-repair");
    CHECK(doc.diagnostics[0].column == 17);
  }
}

TEST_CASE("a sentence broken across a blank line is joined with a space") {
  // See: samples/direction-barnet-2018-01.txt:16
  const auto doc = ParseDirection(
      "WHEREAS:\n1. She will make a recommendation in\n\naccordance with the terms.\n"
      "2. Ends here.\n\nA new paragraph.\n");
  CHECK(doc.recitals[0].text == "She will make a recommendation in accordance with the terms.");
  CHECK(doc.recitals[1].text == "Ends here.\nA new paragraph.");
}

TEST_CASE("wrapped lines are joined; a numbered heading is a heading") {
  const auto doc = ParseDirection(
      "WHEREAS:\n1. One\nwrapped.\n 2. NOW THEREFORE:\n 3. Clause.\n");
  CHECK(doc.recitals.size() == 1);
  CHECK(doc.recitals[0].text == "One wrapped.");
  REQUIRE(doc.clauses.size() == 1);
  CHECK(doc.clauses[0].label == "3");
  REQUIRE(doc.diagnostics.size() == 1);
  CHECK(doc.diagnostics[0].rule == "numbered-heading");
}

TEST_CASE("bullets nest under a colon, at most two bullet levels deep") {
  const auto doc = ParseDirection(
      "WHEREAS:\n1. Lines of enquiry were:\n- one\n - two including:\n - two.a\n"
      " - three including:\n - three.a\n2. Next.\n");
  const Item& one = doc.recitals[0];
  REQUIRE(one.items.size() == 3);
  CHECK(one.items[1].items.size() == 1);
  CHECK(one.items[2].text == "three including:");
  CHECK(one.items[2].items.size() == 1);
  CHECK(one.items[2].items[0].path == "1.3.1");
}

TEST_CASE("multilevel labels nest under the label they extend") {
  const auto doc = ParseDirection(
      "WHEREAS:\n6. Conclusions\n6.1 First.\n6.2 Second:\n6.2.1 sub one;\n6.2.2 sub two.\n"
      "6.3 Third.\n");
  const Item* sub = Find(doc.recitals, "6.2.2");  // a whole address
  REQUIRE(sub != nullptr);
  CHECK(sub->style == ItemStyle::kMultilevel);
  REQUIRE(doc.recitals.size() == 1);
  REQUIRE(doc.recitals[0].items.size() == 3);
  CHECK(doc.recitals[0].items[1].items.size() == 2);
  CHECK(doc.recitals[0].items[1].items[1].label == "6.2.2");
}

TEST_CASE("a report's numbered title over paragraphs numbered under it is the section's heading") {
  const whereas::Grammar& committee = whereas::test::Builtin("committee-report");
  const auto doc = whereas::Parse(committee,
                                  "1. Purpose of the report\n\n1.1 This report updates the Committee.\n\n"
                                  "2. Recommendations\n\n2.1 That the Committee notes the report.\n\n"
                                  "2.2 That the Committee:\n(a) agrees the plan;\n(b) notes the risks;\n"
                                  "(c) asks for a report:\n(i) by March; and\n(ii) by June.\n\n"
                                  "3. The Council has made progress.\n\n3.1 A paragraph.\n\n"
                                  "4. Progress in the year has been made in all the areas the\n"
                                  "inspectors named\n\n4.1 A paragraph.\n\n"
                                  "5. Next Steps\n\n6. Equalities\n\n6.1 A paragraph.\n\n"
                                  "Appendix 1 \u2013 Improvement Plan\nAppendix 2: Ofsted letter\n",
                                  "test.txt");
  REQUIRE(doc.clauses.size() == 6);
  CHECK(doc.clauses[1].heading == "Recommendations");
  CHECK(doc.clauses[1].text.empty());
  REQUIRE(doc.clauses[1].items.size() == 2);
  CHECK(doc.clauses[1].items[0].path == "2.1");
  // A sentence is a paragraph's text, and so is a paragraph wrapped over
  // two lines, whatever its last word.
  CHECK(!doc.clauses[2].heading);
  CHECK(doc.clauses[2].text == "The Council has made progress.");
  CHECK(!doc.clauses[3].heading);
  CHECK(doc.clauses[3].text.find("inspectors named") != std::string::npos);
  // A title with no paragraphs under it stays an item's words.
  CHECK(!doc.clauses[4].heading);
  CHECK(doc.clauses[4].text == "Next Steps");
  CHECK(doc.clauses[5].heading == "Equalities");
  // Appendices listed after the last paragraph are enclosures, not its words.
  CHECK(doc.clauses[5].items[0].text == "A paragraph.");
  const auto& enclosures = doc.metadata.Find("enclosures")->items();
  REQUIRE(enclosures.size() == 2);
  CHECK(enclosures[0].as_string() == "Appendix 1 \u2013 Improvement Plan");
  CHECK(enclosures[1].as_string() == "Appendix 2: Ofsted letter");
  // The section headed "Recommendations" gives the recommendations.
  REQUIRE(doc.recommendations.size() == 2);
  CHECK(doc.recommendations[0].path == "2.1");
  // "(a)" and "(ii)" have the styles they have in a direction.
  const Item* c = Find(doc.clauses, "2.2.c");
  REQUIRE(c != nullptr);
  CHECK(c->style == ItemStyle::kAlphaParen);
  REQUIRE(c->items.size() == 2);
  CHECK(c->items[1].style == ItemStyle::kRomanParen);
  CHECK(c->items[1].path == "2.2.c.ii");
}

TEST_CASE("an unnumbered provision about the direction after its clauses is an item of its own") {
  const auto doc = ParseDirection(
      "NOW THEREFORE the Secretary of State directs as follows:\n\n"
      "This Direction is given under section 497A(4B) of the Education Act 1996.\n\n"
      "1. The Council shall co-operate.\n\n2. The Council shall report.\n\n"
      "This Direction shall take effect on 1 June 2024 and remain in force until revoked.\n\n"
      "Signed on behalf of the Secretary of State for Education\n");
  REQUIRE(doc.clauses.size() == 3);
  CHECK(doc.clauses[1].text == "The Council shall report.");
  CHECK(doc.clauses[2].style == ItemStyle::kParagraph);
  CHECK(!doc.clauses[2].label);
  CHECK(doc.clauses[2].path == "3");
  CHECK(doc.clauses[2].line == 9);
  // Before a numbered clause its position would clash with a number: it
  // stays where loose text stays.
  REQUIRE(doc.unplaced.size() == 1);
  CHECK(doc.unplaced[0].line == 3);
  // Its date is a deadline of the item that holds it.
  REQUIRE(doc.deadlines.size() == 1);
  CHECK(doc.deadlines[0].path == "3");
  CHECK(doc.deadlines[0].due->ToIso() == "2024-06-01");
  // After a label alone on its line, the words are that label's.
  const auto alone = ParseDirection(
      "NOW THEREFORE:\n\n1.\nThe Council shall co-operate.\n\n2.\n"
      "This Direction comes into force on the date on which it is made.\n");
  REQUIRE(alone.clauses.size() == 2);
  CHECK(alone.clauses[1].label == "2");
  CHECK(alone.clauses[1].text == "This Direction comes into force on the date on which it is made.");
}

TEST_CASE("a heading over the first paragraph of a section not printed heads that section") {
  const auto doc = whereas::Parse(whereas::test::Builtin("commissioner-report"),
                                  "Conclusions and recommendations\n\n5.1 The Council has not improved.\n\n"
                                  "Leadership\n\n5.2 Leadership is fragile.\n",
                                  "test.txt");
  REQUIRE(doc.clauses.size() == 1);
  CHECK(doc.clauses[0].path == "5");
  CHECK(doc.clauses[0].heading == "Conclusions and recommendations");
  REQUIRE(doc.clauses[0].items.size() == 2);
  CHECK(!doc.clauses[0].items[0].heading);
  // Under a section that exists, a heading is its paragraph's.
  CHECK(doc.clauses[0].items[1].heading == "Leadership");
}

TEST_CASE("text no rule places is kept in unplaced with its line") {
  const auto doc = ParseDirection(
      "STATUTORY DIRECTION TO A COUNCIL\n\nstray words\nWHEREAS:\norphan text\n1. One.\n");
  REQUIRE(doc.unplaced.size() == 2);
  CHECK(doc.unplaced[0].line == 3);
  CHECK(doc.unplaced[1].text == "orphan text");
}

TEST_CASE("a word broken at a hyphen by the line's end joins with its hyphen") {
  const auto doc = ParseDirection(
      "Dated: 1 June 2024\n"
      "NOW THEREFORE:\n"
      "1. The Council must secure improve-\n"
      "ment and co-\n"
      "operate with the adviser, reporting with-\n"
      "in 3 months of the date of this direction - as agreed -\n"
      "Then more.\n");
  REQUIRE(doc.clauses.size() == 1);
  CHECK(doc.clauses[0].text ==
        "The Council must secure improve-ment and co-operate with the adviser, reporting "
        "with-in 3 months of the date of this direction - as agreed - Then more.");
  // Line numbers of phrases still count from where each line joins.
  REQUIRE(doc.deadlines.size() == 1);
  CHECK(doc.deadlines[0].text == "in 3 months");
  CHECK(doc.deadlines[0].line == 6);
}

namespace {

// A table of contents ahead of numbered paragraphs, in a grammar of its own.
const whereas::Grammar& ContentsGrammar() {
  static const whereas::Grammar grammar =
      whereas::LoadGrammar(R"(name: t
version: 1
detect: [{id: d, pattern: 'x', weight: 1, examples: ['x']}]
zones:
  - {id: body, role: items, target: clauses}
  - {id: toc, role: block, entries_only: true}
metadata:
  - {name: contents, type: records, keys: [text, page]}
rules:
  - {id: toc, kind: heading, opens: toc, pattern: '^Contents$', examples: ['Contents']}
  - {id: entry, kind: field, zones: [toc], into: contents, priority: 20,
     pattern: '^(?P<text>[A-Z][a-z ]*?)(?:\s{2,}(?P<page>\d+))?$', examples: ['Scope  2']}
  - {id: page, kind: field, zones: [toc], into: contents, priority: 21,
     pattern: '^(?P<page>\d+)$', examples: ['4']}
  - {id: n, kind: item, styles: [decimal], pattern: '^(?P<label>\d+)\. (?P<text>.*)$',
     examples: ['1. a']}
)", "t.yaml").value();
  return grammar;
}

}  // namespace

TEST_CASE("a contents list ends at its first line that is no entry, read again where it was") {
  const auto doc = whereas::Parse(ContentsGrammar(),
                                  "1. Before the list.\n"
                                  "Contents\n"
                                  "Scope  2\n"
                                  "3\n"
                                  "4\n"
                                  "Terms\n"
                                  "2. After the list.\n",
                                  "t.txt");
  const auto& contents = doc.metadata.Find("contents")->items();
  REQUIRE(contents.size() == 4);
  CHECK(contents[0].Find("text")->as_string() == "Scope");
  CHECK(contents[0].Find("page")->as_string() == "2");
  // Page numbers alone are entries, however many: they repeat no heading.
  CHECK(contents[1].Find("text")->is_null());
  CHECK(contents[2].Find("page")->as_string() == "4");
  CHECK(contents[3].Find("text")->as_string() == "Terms");
  // "2. After the list." is no entry: it ends the list and is item 2.
  REQUIRE(doc.clauses.size() == 2);
  CHECK(doc.clauses[1].text == "After the list.");
  CHECK(doc.unplaced.empty());
}

TEST_CASE("a contents entry wrapped onto the next line, its page there, is one entry") {
  const auto doc = whereas::Parse(whereas::test::Builtin("commissioner-report"),
                                  "Contents\n"
                                  "1. Introduction ... 3\n"
                                  "2. Options for the future delivery of children's social\n"
                                  "care services ... 5\n"
                                  "3. Next steps ... 9\n"
                                  "\n"
                                  "1. Introduction\n"
                                  "\n"
                                  "1.1 I was appointed in 2024.\n",
                                  "t.txt");
  const auto& contents = doc.metadata.Find("contents")->items();
  REQUIRE(contents.size() == 3);
  // Entries with their pages stay apart, though read as one they would
  // make an entry too ("1. Introduction ... 3 2. Options ...").
  CHECK(contents[0].Find("text")->as_string() == "1. Introduction");
  CHECK(contents[1].Find("text")->as_string() ==
        "2. Options for the future delivery of children's social care services");
  CHECK(contents[1].Find("page")->as_string() == "5");
  CHECK(contents[2].Find("page")->as_string() == "9");
  CHECK(doc.unplaced.empty());
}

TEST_CASE("a contents list ends at the first heading it lists, printed again") {
  const auto doc = whereas::Parse(ContentsGrammar(),
                                  "Contents\n"
                                  "Scope  2\n"
                                  "Terms   3\n"
                                  "\n"
                                  "Scope\n"
                                  "1. The first paragraph.\n",
                                  "t.txt");
  const auto& contents = doc.metadata.Find("contents")->items();
  REQUIRE(contents.size() == 2);
  CHECK(contents[1].Find("text")->as_string() == "Terms");
  CHECK(contents[1].Find("page")->as_string() == "3");
  // "Scope" again, compared by its words without the page number, is the
  // body's own line: here the heading of paragraph 1.
  REQUIRE(doc.clauses.size() == 1);
  CHECK(doc.clauses[0].heading == "Scope");
  CHECK(doc.unplaced.empty());
}

TEST_CASE("'Annex A: Terms of Reference' on one line heads an annex with its subtitle") {
  const auto doc = ParseDirection(
      "NOW THEREFORE:\n"
      "1. First clause.\n"
      "Annex A: Terms of Reference\n"
      "The Commissioner will:\n"
      "a) assess the Council's capacity to improve.\n");
  REQUIRE(doc.annexes.size() == 1);
  CHECK(doc.annexes[0].id == "A");
  CHECK(doc.annexes[0].subtitle == "Terms of Reference");
  CHECK(doc.annexes[0].intro == "The Commissioner will:");
  REQUIRE(doc.annexes[0].items.size() == 1);
  CHECK(doc.annexes[0].items[0].path == "A.a");
  CHECK(doc.unplaced.empty());
}

TEST_CASE("running lines: only at two page edges or more, never the document's start, never without form feeds") {
  // The title is printed again as a header on page 2 and 3: those are
  // furniture, the title at the start is the title.
  const auto doc = ParseDirection(
      "DIRECTION TO MIDSOMER COUNCIL\n"
      "WHEREAS:\n"
      "1. First recital.\n"
      "\fDIRECTION TO MIDSOMER COUNCIL\n"
      "NOW THEREFORE:\n"
      "2. First clause.\n"
      "\fDIRECTION TO MIDSOMER COUNCIL\n"
      "3. Second clause.\n");
  CHECK(doc.title == "DIRECTION TO MIDSOMER COUNCIL");
  REQUIRE(doc.page_furniture.size() == 2);
  CHECK(doc.page_furniture[0].line == 4);
  CHECK(doc.page_furniture[1].line == 7);
  CHECK(doc.clauses.size() == 2);
  CHECK(doc.unplaced.empty());
  // A footer that numbers its page is one footer.
  const auto numbered = ParseDirection(
      "NOW THEREFORE:\n"
      "1. First clause.\n"
      "Direction to Midsomer Council, page 1\n"
      "\f2. Second clause.\n"
      "Direction to Midsomer Council, page 2\n");
  CHECK(numbered.page_furniture.size() == 2);
  CHECK(numbered.clauses[1].text == "Second clause.");
  // One page edge only: the words are the text's.
  const auto once = ParseDirection(
      "NOW THEREFORE:\n"
      "1. First clause, which reads on\n"
      "\fover the page.\n"
      "2. Second clause.\n");
  CHECK(once.page_furniture.empty());
  CHECK(once.clauses[0].text == "First clause, which reads on over the page.");
  // The same words at page edges but no form feed: no page is known.
  const auto no_breaks = ParseDirection(
      "NOW THEREFORE:\n"
      "1. First clause.\n"
      "A repeated line\n"
      "2. Second clause.\n"
      "A repeated line\n");
  CHECK(no_breaks.page_furniture.empty());
}

TEST_CASE("page numbers alone on their lines: at page edges, counting the pages, with form feeds") {
  // A committee report's grammar reads a number alone as text (a table's
  // cell): only where numbers count the pages are they page numbers.
  const auto parse = [](const std::string& text) {
    return whereas::Parse(whereas::test::Builtin("committee-report"), text, "test.txt");
  };
  const auto doc = parse(
      "Recommendations\n"
      "1. That the Committee notes the report, which reads on\n"
      "\n"
      "                    4\n"
      "\fover the page.\n"
      "2. That the Committee agrees the plan.\n"
      "                    5\n"
      "\f3. That the Committee receives a further report.\n"
      "                    6\n");
  REQUIRE(doc.page_furniture.size() == 3);
  CHECK(doc.page_furniture[0].line == 4);
  CHECK(doc.page_furniture[2].text == "6");
  REQUIRE(doc.recommendations.size() == 3);
  CHECK(doc.recommendations[0].text ==
        "That the Committee notes the report, which reads on over the page.");
  // Numbers at page ends that do not count the pages are the text's.
  const auto cells = parse(
      "Recommendations\n"
      "1. That the Committee notes the figures:\n"
      "12\n"
      "\f2. That the Committee agrees the plan.\n"
      "7\n");
  CHECK(cells.page_furniture.empty());
  // Without form feeds no page is known.
  const auto no_breaks = parse(
      "Recommendations\n"
      "1. That the Committee notes the report.\n"
      "1\n"
      "2. That the Committee agrees the plan.\n"
      "2\n");
  CHECK(no_breaks.page_furniture.empty());
}

TEST_CASE("footnotes at a page's foot: marks glued to the words above, numbers counting on") {
  const auto parse = [](const std::string& text) {
    return whereas::Parse(whereas::test::Builtin("commissioner-report"), text, "test.txt");
  };
  const auto doc = parse(
      "1. Introduction\n"
      "\n"
      "1.1 The Secretary of State issued a direction to the Council1 after the\n"
      "inspection, which judged its services inadequate.2\n"
      "\n"
      "1.2 The direction required me to report within three months of my\n"
      "\n"
      "1 Direction issued under section 497A(4B) of the Education Act 1996, as\n"
      "applied by section 50 of the Children Act 2004.\n"
      "2 Ofsted, Inspection of local authority children's services, August 2024.\n"
      "\fappointment on the Council's capacity to improve.\n");
  REQUIRE(doc.footnotes.size() == 2);
  CHECK(doc.footnotes[0].mark == "1");
  CHECK(doc.footnotes[0].line == 8);
  // A note's wrapped words are its own.
  CHECK(doc.footnotes[0].text ==
        "Direction issued under section 497A(4B) of the Education Act 1996, as applied by "
        "section 50 of the Children Act 2004.");
  CHECK(doc.footnotes[1].text ==
        "Ofsted, Inspection of local authority children's services, August 2024.");
  // The paragraph the notes interrupt reads on over the page.
  const whereas::Item* item = Find(doc.clauses, "1.2");
  REQUIRE(item != nullptr);
  CHECK(item->text ==
        "The direction required me to report within three months of my appointment on the "
        "Council's capacity to improve.");
  // A note's dates count, under the path "footnotes".
  bool dated = false;
  for (const auto& d : doc.dates) dated = dated || (d.path == "footnotes" && d.text == "August 2024");
  CHECK(dated);

  // What follows the notes is read past them: "Findings" heads the
  // section (not printed) of the paragraph on the next page.
  const auto heading = parse(
      "1. Introduction\n"
      "\n"
      "1.1 The Secretary of State issued a direction to the Council.1\n"
      "\n"
      "Findings\n"
      "\n"
      "1 Direction issued under section 497A(4B) of the Education Act 1996.\n"
      "\f2.1 The Council has made progress.\n");
  REQUIRE(heading.footnotes.size() == 1);
  const whereas::Item* findings = Find(heading.clauses, "2");
  REQUIRE(findings != nullptr);
  CHECK(findings->heading == "Findings");
  CHECK(Find(heading.clauses, "2.1") != nullptr);

  // A numbered block at a page's foot whose first number the text above
  // does not print as a mark ("2024", "2.3", "section 3" are no marks) is
  // the text's own.
  const auto none = parse(
      "1. Introduction\n"
      "\n"
      "1.1 In 2024 the service was inspected; see paragraph 2.3 and section 3.\n"
      "\n"
      "3 Options for the future delivery of services\n"
      "\f4 Next steps\n");
  CHECK(none.footnotes.empty());
  // Without form feeds no page is known.
  const auto no_breaks = parse(
      "1. Introduction\n"
      "\n"
      "1.1 The Secretary of State issued a direction to the Council1.\n"
      "\n"
      "1 Direction issued under section 497A(4B) of the Education Act 1996.\n");
  CHECK(no_breaks.footnotes.empty());
}

TEST_CASE("a subheading after the words of NOW THEREFORE joins them as the first clause's heading") {
  const auto doc = ParseDirection(
      "NOW THEREFORE the Minister directs as follows:\n"
      "\n"
      "Interpretation\n"
      "\n"
      "1. In this Direction \"the Act\" means the Test Act 2000.\n"
      "\n"
      "Duties of the Council\n"
      "\n"
      "2. The Council shall comply.\n");
  REQUIRE(doc.clauses.size() == 2);
  CHECK(doc.clauses[0].heading == "the Minister directs as follows:\nInterpretation");
  CHECK(doc.clauses[1].heading == "Duties of the Council");
  CHECK(doc.unplaced.empty());
}

TEST_CASE("a heading's words that fill a field set already are unplaced, not lost") {
  const auto doc = ParseDirection(
      "NOW THEREFORE:\n"
      "1. The Council shall comply.\n"
      "Signed on behalf of the Secretary of State for Education\n"
      "JANE DOE\n"
      "Signed on behalf of the Minister\n");
  CHECK(doc.metadata.Find("on_behalf_of")->as_string() == "the Secretary of State for Education");
  REQUIRE(doc.unplaced.size() == 1);
  CHECK(doc.unplaced[0].text == "Signed on behalf of the Minister");
  CHECK(doc.unplaced[0].line == 5);
}

TEST_CASE("a signatory's role may be one word: 'Director' under the name") {
  const auto doc = ParseDirection(
      "NOW THEREFORE:\n"
      "1. The Council shall comply.\n"
      "\n"
      "Signed\n"
      "\n"
      "Alan Example\n"
      "Director\n"
      "\n"
      "Dated: 1 May 2025\n");
  CHECK(doc.metadata.Find("signatory")->as_string() == "Alan Example");
  CHECK(doc.metadata.Find("signatory_role")->as_string() == "Director");
  CHECK(doc.unplaced.empty());
}

TEST_CASE("a table in a direction's annex, its cells between tabs, is a table item with rows") {
  const auto doc = ParseDirection(
      "NOW THEREFORE:\n\n1. The Council shall meet the milestones in the Annex.\n\n"
      "ANNEX\n\nMilestones\n\n"
      "Milestone\tDate\n"
      "Improvement plan agreed\t\t31 May 2024\n"
      "First progress review\tby 30 September 2024\n");
  REQUIRE(doc.annexes.size() == 1);
  CHECK(doc.annexes[0].title == "Milestones");
  CHECK(!doc.annexes[0].addressee);
  REQUIRE(doc.annexes[0].items.size() == 1);
  const Item& table = doc.annexes[0].items[0];
  CHECK(table.style == ItemStyle::kTable);
  REQUIRE(table.rows.size() == 3);
  CHECK(table.rows[1] == std::vector<std::string>{"Improvement plan agreed", "31 May 2024"});
  // A cell's deadline is the table's, on its row's line.
  REQUIRE(doc.deadlines.size() == 1);
  CHECK(doc.deadlines[0].text == "by 30 September 2024");
  CHECK(doc.deadlines[0].path == "ANNEX.1");
  CHECK(doc.deadlines[0].line == 11);
}

TEST_CASE("a signature block printed as labelled rows: Name, Position, On behalf of, Date") {
  const auto doc = ParseDirection(
      "DIRECTION TO MIDSOMER COUNCIL UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996\n\n"
      "NOW THEREFORE:\n\n1. The Council shall co-operate with the Commissioner.\n\n"
      "Signed:\n\nName: JANE SMITH-JONES\n"
      "Position: Director, Children's Social Care Improvement and Intervention\n"
      "On behalf of the Secretary of State for Education\nDate: 1 April 2021\n");
  CHECK(doc.metadata.Find("signatory")->as_string() == "Jane Smith-Jones");
  CHECK(doc.metadata.Find("signatory_role")->as_string() ==
        "Director, Children's Social Care Improvement and Intervention");
  CHECK(doc.metadata.Find("on_behalf_of")->as_string() == "the Secretary of State for Education");
  CHECK(doc.date->ToIso() == "2021-04-01");
  CHECK(doc.unplaced.empty());
}

TEST_CASE("a header table's empty cell and a value's lines after a tab") {
  const auto doc = whereas::Parse(whereas::test::Builtin("committee-report"),
                                  "CHILDREN AND FAMILIES COMMITTEE\n\n12 September 2022\n\n"
                                  "Title\tChildren's Services Improvement Update\n"
                                  "Urgent\t\nKey\tNo\n"
                                  "Officer Contact Details\tJo Bloggs, Assistant Director\n"
                                  "\tjo.bloggs@example.gov.uk\n\tTel: 020 0000 0000\n\n"
                                  "Summary\n\nThis report updates the Committee.\n",
                                  "test.txt");
  // "Urgent" has no value: "Key<TAB>No" under it is a row of its own.
  CHECK(doc.metadata.Find("urgent")->is_null());
  CHECK(doc.metadata.Find("key")->as_bool() == false);
  REQUIRE(doc.unplaced.size() == 1);
  CHECK(doc.unplaced[0].text == "Urgent");
  // Lines after a tab, their label cell empty, go on with the row above,
  // "Tel:" though they look like a row of their own.
  CHECK(doc.metadata.Find("officer_contact")->as_string() ==
        "Jo Bloggs, Assistant Director jo.bloggs@example.gov.uk Tel: 020 0000 0000");
  CHECK(doc.metadata.Find("header_rows")->items().empty());
  // One cell a line: an empty cell's label takes no labelled row under it
  // for its value; a value alone it does.
  const auto cells = whereas::Parse(whereas::test::Builtin("committee-report"),
                                    "Report to\n\nTitle              Children's Services Update\n\n"
                                    "Date of meeting\n\n12 March 2025\n",
                                    "test.txt");
  CHECK(cells.title == "Children's Services Update");
  CHECK(cells.metadata.Find("committee")->is_null());
  CHECK(cells.date->ToIso() == "2025-03-12");
  REQUIRE(cells.unplaced.size() == 1);
  CHECK(cells.unplaced[0].text == "Report to");
}

TEST_CASE("a line of glued items is split up to a budget; the rest stay words") {
  // See: samples/commissioner-extract-barnet-2018-01.txt (one glued item).
  std::string line = "6.1 report progress to the DfE;6.2 agree a plan;6.3 review it.";
  std::string many = "6.1 the Council should act;";
  for (int k = 2; k < 400; ++k) many += "6." + std::to_string(k) + " the Council should act;";
  many += "6.400 end.";
  const auto parse = [](const std::string& body) {
    return whereas::Parse(whereas::test::Builtin("commissioner-report"),
                          "Children's Services Commissioner's report\n\n6. Conclusions\n\n" + body + "\n",
                          "x");
  };
  const auto few = parse(line);
  REQUIRE(few.clauses.size() == 1);
  REQUIRE(few.clauses[0].items.size() == 3);  // every glued item split
  CHECK(few.clauses[0].items[2].text == "review it.");
  const auto doc = parse(many);
  REQUIRE(doc.clauses.size() == 1);
  const auto& items = doc.clauses[0].items;
  // Each rest is read again whole: about eight times the line's length in
  // all, then the words stay with the last item split.
  CHECK(items.size() > 8);
  CHECK(items.size() < 400);
  CHECK(items.back().text.ends_with("6.400 end."));
  size_t budget_notes = 0;
  for (const auto& d : doc.diagnostics) budget_notes += d.message.find("more items are glued") != std::string::npos;
  CHECK(budget_notes == 1);
}

TEST_CASE("a label of thousands of parts implies no more parents than items nest") {
  std::string label = "1";
  for (int k = 0; k < 3000; ++k) label += ".1";
  const auto doc = whereas::Parse(whereas::test::Builtin("committee-report"),
                                  "Report to:  Cabinet\n\n1. Background\n\n" + label + " The text.\n", "x");
  size_t items = 0;
  std::vector<const Item*> stack;
  for (const Item& i : doc.clauses) stack.push_back(&i);
  while (!stack.empty()) {
    const Item* i = stack.back();
    stack.pop_back();
    ++items;
    for (const Item& c : i->items) stack.push_back(&c);
  }
  CHECK(items <= 66);  // "1", at most 64 implied parents, the item itself
  CHECK(items >= 3);
}
