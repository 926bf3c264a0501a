// Stage 3: one RE2::Set pass per line, and the winner by zone and priority.
#include <doctest/doctest.h>

#include "classify.h"
#include "test_util.h"

using whereas::internal::ClassifyLine;
using whereas::internal::WinningRule;

namespace {

const whereas::internal::GrammarData& Direction() {
  return whereas::internal::DataOf(whereas::test::Builtin("direction"));
}

// The id of the rule that wins for `line` in zone `zone_id`, or "".
std::string Winner(const std::string& line, const std::string& zone_id) {
  const auto& g = Direction();
  int zone = -1;
  for (size_t z = 0; z < g.zones.size(); ++z) {
    if (g.zones[z].id == zone_id) zone = static_cast<int>(z);
  }
  REQUIRE(zone >= 0);
  const int r = WinningRule(g, ClassifyLine(g, line), zone);
  return r < 0 ? "" : g.rules[r].id;
}

}  // namespace

TEST_CASE("blank lines match no rule") {
  CHECK(ClassifyLine(Direction(), "") == 0);
  CHECK(ClassifyLine(Direction(), " \t ") == 0);
}

TEST_CASE("the highest priority wins: a numbered heading is a heading") {
  CHECK(Winner(" 8. NOW THEREFORE:", "recitals") == "clauses-heading");
  CHECK(Winner("- 8. Pursuant to his powers", "recitals") == "decimal");
  CHECK(Winner("- to any premises of the Council;", "clauses") == "bullet");
  CHECK(Winner("plain text", "clauses") == "");
}

TEST_CASE("rules restricted to a zone apply only there") {
  CHECK(Winner("JANE DOE", "signature") == "signatory");
  CHECK(Winner("JANE DOE", "clauses") == "");
  CHECK(Winner("A Senior Civil Servant in the Department", "signature") == "signatory-role");
  CHECK(Winner("STATUTORY DIRECTION TO A COUNCIL", "front") == "title");
}

TEST_CASE("curly quotes match the straight quotes of a pattern") {
  const auto& g = Direction();
  const whereas::Document doc = whereas::test::ParseDirection(
      "WHEREAS:\n1. Midsomer Council (\xE2\x80\x9C" "the Council\xE2\x80\x9D) and ('the Board').\n");
  REQUIRE(doc.definitions.size() == 2);
  CHECK(doc.definitions[0].term == "the Council");
  CHECK(doc.definitions[1].term == "the Board");
  CHECK(g.rules.size() <= whereas::internal::kMaxLineRules);
}

TEST_CASE("a rule too large for the set is matched alone, with the set's answer") {
  const auto& g = Direction();
  // The name rule (Unicode letter classes) is alone; the rest share the set.
  REQUIRE(g.lone_rules.size() == 1);
  CHECK(g.rules[g.lone_rules[0].rule].id == "signatory");
  CHECK(g.set_rules.size() + g.lone_rules.size() == g.rules.size());
  const int signatory = g.lone_rules[0].rule;
  for (const std::string line : {"JANE DOE", "  Dr María de la Cruz CBE  ", "Παύλος Νικολάου",
                                 "The Council shall", "1. JANE DOE", ""}) {
    CAPTURE(line);
    const bool alone = (ClassifyLine(g, line) >> signatory) & 1;
    const bool whole = !line.empty() && RE2::PartialMatch(line, *g.rules[signatory].re);
    CHECK(alone == whole);
  }
}
