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
  CHECK(names == std::vector<std::string>{"commissioner-report", "committee-report", "direction",
                                           "explanatory-memorandum"});
}

TEST_CASE("a PDF or an HTML page is told by its first bytes, not its name") {
  using whereas::InputFormat;
  using whereas::SniffFormat;
  CHECK(SniffFormat("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n") == InputFormat::kPdf);
  CHECK(SniffFormat("junk from a mail gateway\r\n%PDF-1.4\n") == InputFormat::kPdf);
  CHECK(SniffFormat(std::string(1100, 'x') + "\n%PDF-1.4\n") == InputFormat::kText);  // past 1,024 bytes
  CHECK(SniffFormat("The file was saved as %PDF-1.4 by mistake.\n") == InputFormat::kText);
  CHECK(SniffFormat("<!DOCTYPE html>\n<html lang=\"en\">") == InputFormat::kHtml);
  CHECK(SniffFormat("\xEF\xBB\xBF  <!-- saved -->\n<!doctype HTML>") == InputFormat::kHtml);
  CHECK(SniffFormat("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">") ==
        InputFormat::kHtml);
  CHECK(SniffFormat("<HTML>\n<BODY>") == InputFormat::kHtml);
  CHECK(SniffFormat("<body>") == InputFormat::kHtml);
  CHECK(SniffFormat("<htmlx>") == InputFormat::kText);
  CHECK(SniffFormat("Notes on the <html> element.\n") == InputFormat::kText);
  CHECK(SniffFormat("<!-- a comment never closed") == InputFormat::kText);
  CHECK(SniffFormat("") == InputFormat::kText);
  CHECK(SniffFormat("WHEREAS\n1. The Council has failed.\n") == InputFormat::kText);
}

TEST_CASE("the evidence for detection adds up to its confidence") {
  const whereas::Detector detector(whereas::LoadBuiltinGrammars());
  const std::string text = "Anytown County Council: statutory direction\n\nWHEREAS:\n1. x\n\nNOW THEREFORE:\n2. y\n";
  const whereas::Detection d = detector.Detect(text);
  REQUIRE(d.grammar != nullptr);
  for (const whereas::KindScore& k : detector.Explain(text)) {
    double sum = 0;
    for (const auto& e : k.evidence) {
      CHECK(e.line >= 1);
      sum += e.weight;
    }
    CHECK(k.score == doctest::Approx(std::min(sum, 1.0)).epsilon(0.01));
    if (k.kind == d.grammar->name()) {
      CHECK(k.score == doctest::Approx(d.confidence));
      REQUIRE(k.evidence.size() == 3);  // the title, WHEREAS, NOW THEREFORE
      CHECK(k.evidence[0].rule == "direction-title");
      CHECK(k.evidence[0].line == 1);
      CHECK(k.evidence[1].line == 3);
      CHECK(k.evidence[2].line == 6);
    }
  }
}
