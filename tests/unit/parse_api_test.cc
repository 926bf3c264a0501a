// The one-call API: Parse(text, options) with the built-in grammars.
#include <doctest/doctest.h>

#include <sstream>

#include "test_util.h"
#include "whereas/whereas.h"

TEST_CASE("Parse(text) detects the kind with the built-in grammars") {
  const std::string text = whereas::test::ReadFile(
      whereas::test::SourcePath("samples/direction-barnet-2018-01.txt"));
  const auto doc = whereas::Parse(text, {.kind = "", .source = "barnet.txt"});
  REQUIRE(doc);
  CHECK(doc.value().kind == "direction");
  CHECK(doc.value().source == "barnet.txt");
  // The same records as the lower-level calls give.
  const whereas::Detector detector(whereas::LoadBuiltinGrammars());
  std::ostringstream a, b;
  whereas::EmitJson(doc.value(), a);
  whereas::EmitJson(detector.ParseDetected(text, "barnet.txt"), b);
  CHECK(a.str() == b.str());
}

TEST_CASE("Parse(text) takes a kind, and refuses one no grammar has") {
  const auto forced = whereas::Parse("1. Words.\n", {.kind = "committee-report"});
  REQUIRE(forced);
  CHECK(forced.value().kind == "committee-report");
  CHECK(forced.value().source == "-");
  const auto unknown = whereas::Parse("x", {.kind = "minutes"});
  REQUIRE_FALSE(unknown);
  CHECK(unknown.error().message.find("unknown kind 'minutes'") != std::string::npos);
}

TEST_CASE("Parse(text) of no known kind is a document of kind unknown") {
  const auto doc = whereas::Parse("nothing to see\n");
  REQUIRE(doc);
  CHECK(doc.value().kind == "unknown");
  REQUIRE(doc.value().unplaced.size() == 1);
  CHECK(doc.value().unplaced[0].text == "nothing to see");
}

TEST_CASE("LoadBuiltinGrammars() gives every built-in kind") {
  std::vector<std::string> names;
  for (const auto& g : whereas::LoadBuiltinGrammars()) names.push_back(g.name());
  CHECK(names == std::vector<std::string>{"commissioner-report", "committee-report", "direction"});
}
