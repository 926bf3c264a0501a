// Defined terms and what they stand for.
#include <doctest/doctest.h>

#include "test_util.h"

TEST_CASE("defined terms with what they stand for") {
  const auto doc = whereas::test::ParseDirection(
      "WHEREAS:\n"
      "1. The Secretary of State for Education (\"the Secretary of State\") has noted in "
      "respect of Midsomer County Council (\xE2\x80\x9C" "the Council\xE2\x80\x9D) that the "
      "report of 7 July 2017 ('the report') found under section 1 of the Test Act 2000 "
      "(\"the 2000 Act\") nothing.\n");
  REQUIRE(doc.definitions.size() == 4);
  CHECK(doc.definitions[0].term == "the Secretary of State");
  CHECK(doc.definitions[0].means == "The Secretary of State for Education");
  CHECK(doc.definitions[1].term == "the Council");
  CHECK(doc.definitions[1].means == "Midsomer County Council");
  CHECK(doc.definitions[2].term == "the report");
  CHECK(doc.definitions[2].means == "the report of 7 July 2017");
  CHECK(doc.definitions[3].means == "the Test Act 2000");
  CHECK(doc.definitions[3].line == 2);
}

// Invented sentences in the shapes directions use; each `means` below was
// read off the sentence by hand.
TEST_CASE("the phrase around the term's last word is what it stands for") {
  const auto doc = whereas::test::ParseDirection(
      "WHEREAS:\n"
      "1. On 2 May 2019 the Minister for Towns issued Directions to the Council "
      "(\"the Towns Directions\"). The Towns Directions provided for Commissioners "
      "appointed by the Minister for Towns (\"the Towns Commissioners\").\n"
      "2. The Minister has noted, as detailed in Ofsted\xE2\x80\x99s letter dated 3 June 2019 "
      "following a visit (\xE2\x80\x9CThe Ofsted letter\xE2\x80\x9D), that the Council must "
      "publish a revised improvement plan (\"the Plan\").\n"
      "3. The Minister is satisfied that the Council is failing in the duties to which "
      "section 1 of the Test Act 2000 (\"the 2000 Act\") is applied by section 2 of the "
      "Other Act 2001 (\"the relevant duties\").\n");
  REQUIRE(doc.definitions.size() == 6);
  // after a verb: "issued"
  CHECK(doc.definitions[0].term == "the Towns Directions");
  CHECK(doc.definitions[0].means == "Directions to the Council");
  // after a boundary word: "for"; a plural matches its singular term
  CHECK(doc.definitions[1].means ==
        "Commissioners appointed by the Minister for Towns");
  // after "in", across a possessive with a curly apostrophe
  CHECK(doc.definitions[2].means ==
        "Ofsted\xE2\x80\x99s letter dated 3 June 2019 following a visit");
  // a verb's form after an opener is an adjective
  CHECK(doc.definitions[3].means == "a revised improvement plan");
  // an opener within reach
  CHECK(doc.definitions[4].means == "the Test Act 2000");
  // "duties" is not in the words after "is": found back in the clause
  CHECK(doc.definitions[5].means ==
        "the duties to which section 1 of the Test Act 2000 (\"the 2000 Act\") "
        "is applied by section 2 of the Other Act 2001");
}

TEST_CASE("a term whose last word is not in its clause falls back to the means rules") {
  const auto doc = whereas::test::ParseDirection(
      "WHEREAS:\n"
      "1. The Minister has written to Midsomer County Council (\"the Authority\").\n");
  REQUIRE(doc.definitions.size() == 1);
  CHECK(doc.definitions[0].means == "Midsomer County Council");
}

TEST_CASE("a name in the possessive just before the term is what the term stands for") {
  const auto doc = whereas::test::ParseDirection(
      "WHEREAS:\n"
      "1. Ofsted judged the overall effectiveness of Westbridge Metropolitan Borough "
      "Council\xE2\x80\x99s (\"the Council\") children's services to be inadequate.\n");
  REQUIRE(doc.definitions.size() == 1);
  CHECK(doc.definitions[0].term == "the Council");
  CHECK(doc.definitions[0].means == "Westbridge Metropolitan Borough Council");
}

// An interpretation clause states its terms outright. Each `means` below was
// read off the clause by hand.
TEST_CASE("terms stated outright in an interpretation clause, in order with bracketed ones") {
  const auto doc = whereas::test::ParseDirection(
      "NOW THEREFORE the Minister directs as follows:\n"
      "1. Wessex County Council (\"the Council\") is the authority and in this Direction:\n"
      "(a) \"the 1996 Act\" means the Education Act 1996;\n"
      "(b) \xE2\x80\x9C" "children's services\xE2\x80\x9D has the meaning given in section 1 of "
      "the Test Act 2000; and\n"
      "(c) \xE2\x80\x98the Board\xE2\x80\x99 shall mean the improvement board.\n"
      "2. \"the Trust\" means Wessex Children's Trust Limited and \"the Contract\" means the "
      "contract made under paragraph 3.\n");
  REQUIRE(doc.definitions.size() == 6);
  CHECK(doc.definitions[0].term == "the Council");
  CHECK(doc.definitions[0].means == "Wessex County Council");
  CHECK(doc.definitions[1].term == "the 1996 Act");
  CHECK(doc.definitions[1].means == "the Education Act 1996");
  CHECK(doc.definitions[1].line == 3);
  // an apostrophe inside the term does not close it
  CHECK(doc.definitions[2].term == "children's services");
  CHECK(doc.definitions[2].means ==
        "the meaning given in section 1 of the Test Act 2000");
  CHECK(doc.definitions[3].term == "the Board");
  CHECK(doc.definitions[3].means == "the improvement board");
  // two in one sentence: the "and" before the second quote ends the first
  CHECK(doc.definitions[4].term == "the Trust");
  CHECK(doc.definitions[4].means == "Wessex Children's Trust Limited");
  CHECK(doc.definitions[5].term == "the Contract");
  CHECK(doc.definitions[5].means == "the contract made under paragraph 3");
}

TEST_CASE("'means' after words in quotes that are not a term is not a definition") {
  const auto doc = whereas::test::ParseDirection(
      "NOW THEREFORE the Minister directs as follows:\n"
      "1. The Council's \"plan\"s timetable means little, and by means of the Board's "
      "review it shall report.\n");
  CHECK(doc.definitions.empty());
}
