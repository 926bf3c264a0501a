// The samples: facts a reader checks by eye, and no word of the input lost.
#include <doctest/doctest.h>
#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <map>
#include <sstream>

#include "classify.h"
#include "grammar_internal.h"
#include "test_util.h"
#include "text.h"

using whereas::Document;
using whereas::Item;
using whereas::ItemStyle;
using whereas::test::Find;

namespace {

Document ParseSample(const std::string& name) {
  const auto bytes = whereas::test::ReadFile(whereas::test::SourcePath("samples/" + name));
  return whereas::ParseDetected(whereas::test::AllBuiltins(), bytes, name);
}

std::vector<std::string> Labels(const std::vector<Item>& items) {
  std::vector<std::string> out;
  for (const Item& i : items) out.push_back(i.label.value_or("(none)"));
  return out;
}

using Words = std::map<std::string, int>;

// Lowercased runs of ASCII letters and digits.
void CountWords(std::string_view s, Words* words) {
  std::string w;
  for (char ch : std::string(s) + " ") {
    const auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c)) {
      w += static_cast<char>(std::tolower(c));
    } else if (!w.empty()) {
      ++(*words)[w];
      w.clear();
    }
  }
}

// Every string of the emitted YAML, read back with yaml-cpp, except the
// keys derived from other records (definitions, diagnostics, grammar).
void CountOutput(const YAML::Node& root, Words* words) {
  std::vector<YAML::Node> stack{root};
  while (!stack.empty()) {
    YAML::Node n = stack.back();
    stack.pop_back();
    if (n.IsScalar()) {
      CountWords(n.Scalar(), words);
    } else if (n.IsSequence()) {
      for (const auto& c : n) stack.push_back(c);
    } else if (n.IsMap()) {
      for (const auto& kv : n) {
        const std::string key = kv.first.Scalar();
        if (key == "definitions" || key == "grammar" || key == "source" ||
            key == "kind") {
          continue;
        }
        if (key == "diagnostics") {
          // Only text repairs quote the source (what a repair removed).
          for (const auto& d : kv.second) {
            if (d["rule"].Scalar() == "text-repair") stack.push_back(d["message"]);
          }
          continue;
        }
        stack.push_back(kv.second);
      }
    }
  }
}

}  // namespace

TEST_CASE("no word of any sample or written variant is lost") {
  std::vector<std::filesystem::path> files;
  // The samples, the test documents, and both printed to PDF and read back.
  for (const char* dir : {"samples", "tests/detect", "tests/pdf"}) {
    for (const auto& entry : std::filesystem::directory_iterator(whereas::test::SourcePath(dir))) {
      files.push_back(entry.path());
    }
  }
  for (const auto& path : files) {
    const std::string name = path.filename().string();
    const auto& entry = path;
    CAPTURE(name);
    const auto bytes = whereas::test::ReadFile(entry.string());
    const Document doc = whereas::ParseDetected(whereas::test::AllBuiltins(), bytes, name);
    std::ostringstream yaml;
    whereas::EmitYaml(doc, yaml);
    Words out;
    CountOutput(YAML::Load(yaml.str()), &out);

    // Lines a heading or field rule consumed are represented by structure
    // and typed values (a zone, a date, a name); their words are exempt.
    // Page furniture is not: it is kept as printed.
    const whereas::Grammar* grammar = nullptr;
    for (const auto& g : whereas::test::AllBuiltins()) {
      if (g.name() == doc.kind) grammar = &g;
    }
    const auto text = whereas::internal::NormalizeText(bytes);
    const auto lines = whereas::internal::SplitLines(text);
    Words in;
    std::map<std::string, int> first_line;
    for (size_t i = 0; i < lines.size(); ++i) {
      const auto& line = lines[i];
      if (grammar) {
        const auto mask = whereas::internal::ClassifyLine(whereas::internal::DataOf(*grammar), line.text);
        // A label alone on its line, its value on the next line of words.
        // (Not a row of any label: its label is kept, and counted.)
        size_t next = i + 1;
        while (next < lines.size() && lines[next].text.find_first_not_of(" \t") == std::string::npos) {
          ++next;
        }
        if (next < lines.size()) {
          const std::string row = std::string(line.text) + "\t" + std::string(lines[next].text);
          const auto row_mask = whereas::internal::ClassifyLine(whereas::internal::DataOf(*grammar), row);
          const auto& g = whereas::internal::DataOf(*grammar);
          if ((row_mask & g.value_below_rules & ~g.within_table_rules) != 0) {
            i = next;  // the row's words are its field's value, typed
            continue;
          }
        }
        bool structural = false;
        for (size_t r = 0; r < whereas::internal::DataOf(*grammar).rules.size(); ++r) {
          const auto kind = whereas::internal::DataOf(*grammar).rules[r].kind;
          if ((mask >> r & 1) && kind != whereas::internal::RuleKind::kItem &&
              kind != whereas::internal::RuleKind::kFurniture) {
            structural = true;
          }
        }
        if (structural) continue;
      }
      Words line_words;
      CountWords(line.text, &line_words);
      for (const auto& [w, n] : line_words) {
        in[w] += n;
        first_line.emplace(w, line.number);
      }
    }
    for (const auto& [w, n] : in) {
      const std::string& word = w;  // clang 14 cannot capture a binding
      const auto line_number = first_line[w];
      CAPTURE(word);
      CAPTURE(line_number);
      CHECK(out[w] >= n);
    }
  }
}

TEST_CASE("facts: Barnet direction") {
  const Document doc = ParseSample("direction-barnet-2018-01.txt");
  CHECK(doc.kind == "direction");
  CHECK(Labels(doc.recitals) == std::vector<std::string>{"1", "2", "3", "4", "5", "6", "7"});
  CHECK(Labels(doc.recitals[2].items) == std::vector<std::string>{"a", "b"});
  CHECK(Labels(doc.recitals[3].items) == std::vector<std::string>{"a", "b", "c"});
  CHECK(doc.recitals[6].text.find("make a recommendation in accordance with") != std::string::npos);
  CHECK(Labels(doc.clauses) == std::vector<std::string>{"8", "9", "10"});
  const Item& eight = doc.clauses[0];
  CHECK(Labels(eight.items) ==
        std::vector<std::string>{"a", "b", "c", "d", "e", "f", "g", "h", "I"});
  CHECK(eight.items[8].path == "8.i");
  const Item* b = Find(doc.clauses, "8.b");
  REQUIRE(b != nullptr);
  CHECK(b->items.size() == 3);
  CHECK(b->items[2].label == "iii");
  CHECK_FALSE(b->items[0].label.has_value());
  REQUIRE(b->tail.has_value());
  CHECK(b->tail->rfind("which appears to Essex County Council to be necessary", 0) == 0);
  const Item* g = Find(doc.clauses, "8.g");
  REQUIRE(g != nullptr);
  CHECK(Labels(g->items) == std::vector<std::string>{"a", "b", "c"});
  CHECK(g->items[0].style == ItemStyle::kAlphaParen);
  REQUIRE(doc.annexes.size() == 2);
  CHECK_FALSE(doc.annexes[0].id.has_value());
  CHECK(doc.annexes[0].title == "Improvement Advisers");
  CHECK(doc.annexes[0].subtitle == "Terms of Reference - January 2018");
  CHECK(doc.annexes[1].id == "B");
  const Item* a2 = Find(doc.annexes[0].items, "A.2");
  REQUIRE(a2 != nullptr);
  CHECK(Labels(a2->items) == std::vector<std::string>{"a", "b", "c", "d", "e", "f"});
  CHECK(a2->items[1].items.size() == 5);
  CHECK(a2->items[1].items[4].path == "A.2.b.5");
  CHECK(doc.date->ToIso() == "2018-01-25");
  CHECK(doc.metadata.Find("signatory")->as_string() == "Suzanne Lunn");
  CHECK(doc.metadata.Find("legal_basis")->Find("section")->as_string() == "497A(4B)");
  CHECK(doc.metadata.Find("legal_basis")->Find("act")->as_string() == "Education Act 1996");
  CHECK(doc.metadata.Find("revokes")->as_string() == "the first direction");
  REQUIRE(doc.unplaced.size() == 1);
  CHECK(doc.unplaced[0].text == "Thunn");
}

TEST_CASE("facts: Buckinghamshire direction") {
  const Document doc = ParseSample("direction-buckinghamshire-2018-07.txt");
  CHECK(Labels(doc.recitals) == std::vector<std::string>{"1", "2", "3", "4", "5", "6"});
  CHECK(Labels(doc.clauses) == std::vector<std::string>{"7", "8", "9"});
  CHECK(Labels(doc.clauses[0].items) == std::vector<std::string>{"a", "b", "c", "d"});
  CHECK(Labels(doc.clauses[0].items[1].items) == std::vector<std::string>{"i", "ii", "iii"});
  REQUIRE(doc.annexes.size() == 1);
  CHECK(doc.annexes[0].id == "A");
  CHECK(Labels(doc.annexes[0].items) == std::vector<std::string>{"1", "2", "3"});
  CHECK(doc.date->ToIso() == "2018-07-12");
  CHECK(doc.metadata.Find("legal_basis")->Find("section")->as_string() == "497A(4B)");
  CHECK(doc.metadata.Find("legal_basis")->Find("act")->as_string() == "Education Act 1996");
  CHECK(doc.unplaced.empty());
}

TEST_CASE("facts: Northamptonshire direction") {
  const Document doc = ParseSample("direction-northamptonshire-2018-11.txt");
  CHECK(Labels(doc.recitals) == std::vector<std::string>{"1", "2", "3", "4", "5", "6", "7"});
  const Item* b = Find(doc.recitals, "3.b");
  REQUIRE(b != nullptr);
  CHECK(Labels(b->items) == std::vector<std::string>{"i", "ii", "iii", "iv", "v"});
  CHECK(b->items[3].text.find("protect children in Northamptonshire were inadequate") !=
        std::string::npos);
  CHECK(Labels(doc.clauses) == std::vector<std::string>{"9", "10", "11"});
  REQUIRE(doc.annexes.size() == 1);
  CHECK_FALSE(doc.annexes[0].id.has_value());
  CHECK(Labels(doc.annexes[0].items) == std::vector<std::string>{"1", "2", "3", "4"});
  CHECK(doc.date->ToIso() == "2018-11-30");
  CHECK(doc.metadata.Find("legal_basis")->Find("section")->as_string() == "497A(4B)");
  CHECK(doc.metadata.Find("legal_basis")->Find("act")->as_string() == "Education Act 1996");
  CHECK(doc.metadata.Find("appointments")->items().size() == 2);
  bool numbered_heading = false;
  for (const auto& d : doc.diagnostics) {
    numbered_heading |= d.rule == "numbered-heading" && d.line == 28;
  }
  CHECK(numbered_heading);
}
