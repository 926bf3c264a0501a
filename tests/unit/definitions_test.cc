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
