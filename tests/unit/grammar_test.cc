// LoadGrammar(): every problem reported at once, in the compiler form.
#include <doctest/doctest.h>

#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "grammar_internal.h"
#include "test_util.h"

using whereas::LoadGrammar;

namespace {

// A minimal valid grammar; tests replace parts of it.
std::string Grammar(const std::string& rules) {
  return "name: t\nversion: 1\n"
         "detect:\n  - {id: d, pattern: 'x', weight: 1, examples: ['x']}\n"
         "zones:\n  - {id: body, role: items, target: clauses}\n"
         "rules:\n" + rules;
}

std::vector<std::string> Errors(const std::string& yaml) {
  auto g = LoadGrammar(yaml, "t.yaml");
  if (g) return {};
  return g.error().diagnostics;
}

}  // namespace

TEST_CASE("the built-in grammars load with no warning") {
  for (const auto& source : whereas::BuiltinGrammarSources()) {
    CAPTURE(source.file_name);
    auto g = LoadGrammar(source.text, source.file_name);
    REQUIRE_MESSAGE(g.has_value(), (g ? "" : g.error().diagnostics.front()));
    CHECK(g.value().warnings().empty());
  }
}

TEST_CASE("a valid minimal grammar loads") {
  auto g = LoadGrammar(Grammar(
      "  - {id: n, kind: item, styles: [decimal], pattern: '^(?P<label>\\d+)\\. (?P<text>.*)$', examples: ['1. a']}\n"),
      "t.yaml");
  REQUIRE(g.has_value());
  CHECK(g.value().name() == "t");
}

TEST_CASE("YAML syntax errors name file, line and column") {
  const auto errors = Errors("name: [unclosed\n");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].rfind("t.yaml:", 0) == 0);
  CHECK(errors[0].find("[grammar-yaml]") != std::string::npos);
}

TEST_CASE("a pattern RE2 rejects is reported with RE2's own message") {
  const auto errors = Errors(Grammar(
      "  - {id: n, kind: item, styles: [decimal], pattern: '(?<label>x)(?P<text>.*)', examples: ['x']}\n"));
  REQUIRE(errors.size() == 1);
  CHECK(errors[0] ==
        "t.yaml:8:53: error: pattern does not compile: invalid perl operator: "
        "(?<: '(?<' [grammar-pattern]");
}

TEST_CASE("unknown keys, missing keys, undeclared captures, unnamed groups: all at once") {
  const auto errors = Errors(Grammar(
      "  - {id: a, kind: item, styles: [decimal], pattern: '(?P<lable>x)(?P<text>y)', examples: ['xy']}\n"
      "  - {id: b, kind: item, styles: [decimal], pattern: '(x)(?P<text>y)', examples: ['xy'], colour: red}\n"
      "  - {id: c, kind: item, pattern: 'z'}\n"));
  CHECK(errors.size() == 6);
  const auto has = [&](const std::string& s) {
    for (const auto& e : errors) {
      if (e.find(s) != std::string::npos) return true;
    }
    return false;
  };
  CHECK(has("capture 'lable' is not a declared field [grammar-unknown-field]"));
  CHECK(has("unknown key 'colour' in rule"));
  CHECK(has("pattern has unnamed capture groups"));
  CHECK(has("rule 'c' has no examples [grammar-example]"));
  CHECK(has("an item rule needs 'styles'"));
  CHECK(has("an item rule must capture 'text' or 'heading'"));
}

TEST_CASE("examples must classify as their rule, counter-examples must not match") {
  const auto errors = Errors(Grammar(
      "  - {id: a, kind: item, styles: [decimal], priority: 1, pattern: '^(?P<label>\\d+)\\. (?P<text>.*)$', examples: ['1. x', 'x. 1'], counter_examples: ['2. y']}\n"
      "  - {id: b, kind: item, styles: [bullet], priority: 2, pattern: '^(?P<text>1\\. z)$', examples: ['1. z']}\n"
      "  - {id: c, kind: item, styles: [bullet], pattern: '^- (?P<text>.*)$', examples: ['- q']}\n"));
  REQUIRE(errors.size() == 2);
  CHECK(errors[0].find("example is not classified as rule 'a': no rule matches it") !=
        std::string::npos);
  CHECK(errors[1].find("counter-example is matched by rule 'a'") != std::string::npos);
}

TEST_CASE("a higher-priority rule that steals an example is named") {
  const auto errors = Errors(Grammar(
      "  - {id: a, kind: item, styles: [decimal], priority: 1, pattern: '^(?P<label>\\d+)\\. (?P<text>.*)$', examples: ['1. z']}\n"
      "  - {id: b, kind: item, styles: [bullet], priority: 2, pattern: '^(?P<text>1\\. z)$', examples: ['1. z']}\n"));
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].find("rule 'b' wins") != std::string::npos);
}

TEST_CASE("a definitions head needs every key and a reach of 1 to 20 words") {
  const std::string defs =
      "definitions:\n"
      "  term: '\\((?P<term>[^)]+)\\)'\n"
      "  stops: ';'\n"
      "  means: [{pattern: '(?P<means>.*)'}]\n";
  CHECK(Errors(Grammar("  - {id: n, kind: item, styles: [decimal], pattern: '^(?P<label>\\d+)\\. (?P<text>.*)$', examples: ['1. a']}\n") +
               defs + "  head: {reach: 0, opener: the, boundary: in, verb: '\\w+ed', clause: ';'}\n")
            .at(0)
            .find("reach must be a number of words from 1 to 20 [grammar-bad-value]") !=
        std::string::npos);
  CHECK(Errors(Grammar("  - {id: n, kind: item, styles: [decimal], pattern: '^(?P<label>\\d+)\\. (?P<text>.*)$', examples: ['1. a']}\n") +
               defs + "  head: {reach: 3, opener: the, boundary: in, verb: '\\w+ed'}\n")
            .at(0)
            .find("clause") != std::string::npos);
}

TEST_CASE("straight quotes in patterns also match curly quotes") {
  auto g = LoadGrammar(Grammar(
      "  - {id: q, kind: item, styles: [bullet], pattern: '^\"(?P<text>[^\"]*)\"$', examples: ['\"a\"', '\xE2\x80\x9C" "b\xE2\x80\x9D']}\n"),
      "t.yaml");
  CHECK(g.has_value());
}

TEST_CASE("a made-up kind needs only a grammar file") {
  // See: tests/grammars/good/minutes.yaml
  const auto yaml = whereas::test::ReadFile(
      whereas::test::SourcePath("tests/grammars/good/minutes.yaml"));
  auto g = LoadGrammar(yaml, "minutes.yaml");
  REQUIRE(g.has_value());
  const auto text = whereas::test::ReadFile(
      whereas::test::SourcePath("tests/grammars/good/minutes.txt"));
  std::vector<whereas::Grammar> grammars = whereas::test::AllBuiltins();
  grammars.push_back(g.value());
  const whereas::Document doc = whereas::ParseDetected(grammars, text, "minutes.txt");
  CHECK(doc.kind == "minutes");
  CHECK(doc.title == "MINUTES OF THE PARISH COUNCIL MEETING");
  REQUIRE(doc.date.has_value());
  CHECK(doc.date->ToIso() == "2021-03-03");
  REQUIRE(doc.clauses.size() == 3);
  CHECK(doc.clauses[1].items.size() == 1);
  CHECK(doc.clauses[1].items[0].text == "the clerk to write to the county.");
  CHECK(doc.metadata.Find("chair")->as_string() == "Cllr A");
  CHECK(doc.metadata.Find("present")->items().size() == 1);
  CHECK(doc.unplaced.empty());
}

TEST_CASE("a bool field reads the grammar's own yes and no words; other words are noted, not lost") {
  auto g = LoadGrammar(
      "name: t\nversion: 1\n"
      "detect:\n  - {id: d, pattern: 'x', weight: 1, examples: ['x']}\n"
      "zones:\n  - {id: body, role: items, target: clauses}\n"
      "metadata:\n  - {name: key, type: bool, yes: '(?i)key', no: '(?i)non-key'}\n"
      "rules:\n"
      "  - {id: k, kind: field, pattern: '^Key: (?P<key>.+)$', examples: ['Key: Yes']}\n",
      "t.yaml");
  REQUIRE(g.has_value());
  const auto key = [&](const std::string& value) {
    return whereas::Parse(g.value(), "Key: " + value + "\n", "t.txt");
  };
  CHECK(key("Non-Key").metadata.Find("key")->as_bool() == false);
  CHECK(key("KEY").metadata.Find("key")->as_bool() == true);
  CHECK(key("no").metadata.Find("key")->as_bool() == false);
  const whereas::Document unread = key("Possibly");
  CHECK(unread.metadata.Find("key")->is_null());
  REQUIRE(unread.diagnostics.size() == 1);
  CHECK(unread.diagnostics[0].rule == "unreadable-value");
  CHECK(unread.diagnostics[0].line == 1);
  CHECK(unread.diagnostics[0].message == "cannot read 'Possibly' as yes or no; key is null");
  // yes/no belong to bool fields only.
  CHECK(!LoadGrammar(
             "name: t\nversion: 1\n"
             "detect:\n  - {id: d, pattern: 'x', weight: 1, examples: ['x']}\n"
             "zones:\n  - {id: body, role: items, target: clauses}\n"
             "metadata:\n  - {name: s, type: string, yes: 'y'}\n",
             "t.yaml")
             .has_value());
}

TEST_CASE("a title from a stronger rule replaces one from a weaker rule, which is unplaced") {
  auto g = LoadGrammar(
      "name: t\nversion: 1\n"
      "detect:\n  - {id: d, pattern: 'x', weight: 1, examples: ['x']}\n"
      "zones:\n  - {id: head, role: block}\n  - {id: body, role: items, target: clauses}\n"
      "rules:\n"
      "  - {id: loose, kind: field, zones: [head], priority: 5, pattern: '^(?P<title>[A-Z]\\w+ \\w+ \\w+)$', examples: ['Agenda Item Seven']}\n"
      "  - {id: row, kind: field, zones: [head], priority: 30, pattern: '^Title: (?P<title>.+)$', examples: ['Title: The plan']}\n",
      "t.yaml");
  REQUIRE(g.has_value());
  const whereas::Document doc =
      whereas::Parse(g.value(), "Agenda Item Seven\nTitle: The plan\nAnother Loose Line\n", "t.txt");
  CHECK(doc.title == "The plan");
  REQUIRE(doc.unplaced.size() == 2);
  CHECK(doc.unplaced[0].text == "Agenda Item Seven");
  CHECK(doc.unplaced[1].text == "Another Loose Line");
}

TEST_CASE("entries_only is for a block zone that is not the first") {
  const std::string rules =
      "rules:\n  - {id: n, kind: item, styles: [decimal], pattern: '^(?P<label>\\d+)\\. (?P<text>.*)$', examples: ['1. a']}\n";
  const std::string head =
      "name: t\nversion: 1\n"
      "detect:\n  - {id: d, pattern: 'x', weight: 1, examples: ['x']}\n";
  auto errors = Errors(head + "zones:\n  - {id: toc, role: block, entries_only: true}\n"
                              "  - {id: body, role: items, target: clauses}\n" + rules);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].find("only a zone with role 'block', not the first, can be entries_only") !=
        std::string::npos);
  errors = Errors(head + "zones:\n  - {id: body, role: items, target: clauses}\n"
                         "  - {id: more, role: items, target: clauses, entries_only: true}\n" + rules);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].find("[grammar-bad-value]") != std::string::npos);
  CHECK(Errors(head + "zones:\n  - {id: body, role: items, target: clauses}\n"
                      "  - {id: toc, role: block, entries_only: true}\n" + rules).empty());
}

TEST_CASE("defines: a pattern written once, used as {NAME} by several rules") {
  const std::string head =
      "name: t\nversion: 1\n"
      "detect:\n  - {id: d, pattern: 'x', weight: 1, examples: ['x']}\n"
      "zones:\n  - {id: body, role: items, target: clauses}\n";
  const std::string rules =
      "rules:\n"
      "  - {id: n, kind: item, styles: [decimal], pattern: '^(?P<label>\\d+)\\. (?P<text>{WORD}.*)$',"
      " examples: ['1. Scope']}\n"
      "  - {id: b, kind: item, styles: [bullet], pattern: '^\\x{F0B7} (?P<text>{WORD}.*)$',"
      " examples: [\"\xEF\x82\xB7 Scope\"]}\n";
  auto g = LoadGrammar(head + "defines:\n  WORD: '[A-Z][a-z]+'\n" + rules, "t.yaml");
  REQUIRE_MESSAGE(g.has_value(), (g ? "" : g.error().diagnostics.front()));
  // "\x{F0B7}" is RE2's own escape, not a name.
  CHECK(whereas::internal::DataOf(g.value()).rules[1].re->pattern().find("\\x{F0B7}") != std::string::npos);
  CHECK(whereas::internal::DataOf(g.value()).rules[0].re->pattern().find("[A-Z][a-z]+") != std::string::npos);
  const auto errors = Errors(head + rules);
  REQUIRE(errors.size() == 2);
  CHECK(errors[0].find("unknown placeholder {WORD}") != std::string::npos);
}

TEST_CASE("a grammar whose rules are deferred detects without compiling them, then parses as if loaded whole") {
  const auto text = whereas::test::ReadFile(
      whereas::test::SourcePath("samples/direction-barnet-2018-01.txt"));
  std::vector<whereas::Grammar> whole, deferred;
  for (const auto& source : whereas::BuiltinGrammarSources()) {
    whole.push_back(LoadGrammar(source.text, source.file_name, {.check_examples = false}).value());
    deferred.push_back(
        LoadGrammar(source.text, source.file_name, {.check_examples = false, .defer_rules = true}).value());
  }
  const whereas::Detector detector(deferred);
  const whereas::Detection found = detector.Detect(text);
  REQUIRE(found.grammar != nullptr);
  CHECK(found.grammar->name() == "direction");
  for (const whereas::Grammar& g : detector.grammars()) {
    CHECK(whereas::internal::GrammarAccess::Cell(g).whole == nullptr);  // detection compiled nothing more
  }
  std::string a, b;
  whereas::AppendYaml(whereas::ParseDetected(whole, text, "d.txt"), &a);
  whereas::AppendYaml(detector.ParseDetected(text, "d.txt"), &b);
  CHECK(a == b);
  // Only the kind that was parsed was compiled.
  for (const whereas::Grammar& g : detector.grammars()) {
    CAPTURE(g.name());
    CHECK((whereas::internal::GrammarAccess::Cell(g).whole != nullptr) == (g.name() == "direction"));
  }
}

TEST_CASE("threads that meet a deferred grammar at once compile it once and agree") {
  const auto text = whereas::test::ReadFile(
      whereas::test::SourcePath("samples/direction-northamptonshire-2018-11.txt"));
  std::vector<whereas::Grammar> grammars;
  for (const auto& s : whereas::BuiltinGrammarSources()) {
    grammars.push_back(LoadGrammar(s.text, s.file_name, {.check_examples = false, .defer_rules = true}).value());
  }
  std::vector<std::string> out(4);
  std::vector<std::thread> threads;
  for (std::string& o : out) {
    threads.emplace_back([&] { whereas::AppendYaml(whereas::ParseDetected(grammars, text, "d.txt"), &o); });
  }
  for (std::thread& t : threads) t.join();
  for (const std::string& o : out) CHECK(o == out.front());
  CHECK(out.front().find("kind: direction") != std::string::npos);
}

TEST_CASE("a deferred grammar that cannot compile is a bug, thrown when first used") {
  auto g = LoadGrammar(Grammar("  - {id: n, kind: item, styles: [decimal], pattern: '^(?P<label>\\d+)\\. (?P<text>.*$', "
                               "examples: ['1. a']}\n"),
                       "t.yaml", {.defer_rules = true});
  REQUIRE(g.has_value());  // only the head was compiled
  CHECK(g.value().name() == "t");
  CHECK_THROWS_AS(whereas::Parse(g.value(), "1. a\n", "t.txt"), std::logic_error);
}
