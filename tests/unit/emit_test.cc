// Emitters: YAML and JSON that read back as the same strings.
#include <doctest/doctest.h>
#include <yaml-cpp/yaml.h>

#include <sstream>

#include "test_util.h"
#include "yaml_cpp_emit.h"

namespace {

whereas::Document Tricky() {
  whereas::Document doc;
  doc.source = "-";
  doc.kind = "direction";
  doc.title = "yes";
  whereas::Item item;
  item.label = "1.10";
  item.path = "8";
  item.text = "key: value # not a comment --- & * ! 'q' \"dq\" \\ tab\tend\nline";
  item.line = 3;
  for (const char* s : {"no", "on", "null", "~", "2018-01-25", "8", "-1", "0x1F",
                        "@x", "`x", "%x", "[x]", "{x}", "x:", " lead", "trail ", "",
                        "caf\xC3\xA9", "|", ">"}) {
    whereas::Item child;
    child.label = s;
    child.path = s;
    child.text = s;
    item.items.push_back(child);
  }
  doc.clauses.push_back(item);
  doc.date = whereas::Date::FromYmd(2018, 1, 25);
  doc.page_furniture.push_back({9, "2"});  // a page number: a string, not an int
  doc.page_furniture.push_back({10, "- 3 -"});
  doc.footnotes.push_back({"1", "Direction issued under section 497A(4B): yes", 12});
  return doc;
}

}  // namespace

TEST_CASE("YAML: every string reads back as the same string") {
  const whereas::Document doc = Tricky();
  std::ostringstream out;
  whereas::EmitYaml(doc, out);
  const YAML::Node root = YAML::Load(out.str());
  CHECK(root["title"].Tag() == "!");  // quoted: not a boolean
  CHECK(root["title"].as<std::string>() == "yes");
  const YAML::Node item = root["clauses"][0];
  CHECK(item["label"].Tag() == "!");
  CHECK(item["label"].as<std::string>() == "1.10");
  CHECK(item["text"].as<std::string>() == doc.clauses[0].text);
  for (size_t i = 0; i < doc.clauses[0].items.size(); ++i) {
    const std::string& expected = *doc.clauses[0].items[i].label;
    CAPTURE(expected);
    const YAML::Node label = item["items"][i]["label"];
    CHECK(label.as<std::string>() == expected);
    // Plain scalars have tag "?" and must not resolve to another type.
    if (label.Tag() == "?") CHECK(expected.find_first_of("0123456789~") == std::string::npos);
  }
  CHECK(root["date"].as<std::string>() == "2018-01-25");
  CHECK(root["page_furniture"][0]["text"].Tag() == "!");
  CHECK(root["page_furniture"][0]["text"].as<std::string>() == "2");
  CHECK(root["page_furniture"][1]["line"].as<int>() == 10);
  CHECK(root["page_furniture"][1]["text"].as<std::string>() == "- 3 -");
  CHECK(root["footnotes"][0]["mark"].Tag() == "!");  // a string, not an int
  CHECK(root["footnotes"][0]["mark"].as<std::string>() == "1");
  CHECK(root["footnotes"][0]["text"].as<std::string>() == doc.footnotes[0].text);
  CHECK(root["footnotes"][0]["line"].as<int>() == 12);
  CHECK(root["metadata"].IsMap());
  CHECK(root["recitals"].IsSequence());
  CHECK(root["recitals"].size() == 0);
  CHECK(root["deadlines"].IsSequence());
}

TEST_CASE("JSON: the same tree, loadable") {
  const whereas::Document doc = Tricky();
  std::ostringstream out;
  whereas::EmitJson(doc, out);
  const std::string json = out.str();
  CHECK(json.back() == '\n');
  CHECK(std::count(json.begin(), json.end(), '\n') == 1);
  // JSON is YAML 1.2; yaml-cpp reads it back.
  const YAML::Node root = YAML::Load(json);
  CHECK(root["clauses"][0]["text"].as<std::string>() == doc.clauses[0].text);
  CHECK(root["clauses"][0]["label"].as<std::string>() == "1.10");
  CHECK(root["title"].as<std::string>() == "yes");
  CHECK(root["date"].as<std::string>() == "2018-01-25");
  CHECK(root["schema"].as<int>() == 1);
}

TEST_CASE("YAML and JSON hold the same keys in the same order") {
  const auto doc = whereas::test::ParseDirection("WHEREAS:\n1. One (\"the One\").\n");
  std::ostringstream y, j;
  whereas::EmitYaml(doc, y);
  whereas::EmitJson(doc, j);
  const YAML::Node a = YAML::Load(y.str());
  const YAML::Node b = YAML::Load(j.str());
  std::vector<std::string> ka, kb;
  for (const auto& kv : a) ka.push_back(kv.first.Scalar());
  for (const auto& kv : b) kb.push_back(kv.first.Scalar());
  CHECK(ka == kb);
  CHECK(ka == std::vector<std::string>{"schema", "source", "kind", "grammar", "title", "date",
                                       "metadata", "recitals", "clauses", "recommendations",
                                       "annexes", "deadlines", "dates", "definitions", "diagnostics",
                                       "unplaced", "page_furniture", "footnotes"});
}

TEST_CASE("the fast YAML writer writes what yaml-cpp writes, byte for byte") {
  std::vector<whereas::Document> docs = {Tricky()};
  for (const char* name : {"direction-barnet-2018-01.txt", "direction-buckinghamshire-2018-07.txt",
                           "direction-northamptonshire-2018-11.txt",
                           "committee-report-barnet-2018-06.txt",
                           "commissioner-extract-barnet-2018-01.txt"}) {
    const auto bytes = whereas::test::ReadFile(whereas::test::SourcePath(std::string("samples/") + name));
    docs.push_back(whereas::ParseDetected(whereas::test::AllBuiltins(), bytes, name));
  }
  // Every character class the writer treats apart, in text and in rows.
  std::string all;
  for (int c = 1; c < 0x80; ++c) all += static_cast<char>(c);
  all += "\xC2\x80\xC2\x9F\xC2\xA0\xC2\xAD\xEF\xBB\xBF\xE2\x80\xA8\xEF\xBF\xBD\xF0\x9F\x98\x80";
  whereas::Document odd = whereas::test::ParseDirection("WHEREAS:\n1. x\n");
  odd.clauses.push_back(odd.recitals[0]);
  odd.clauses[0].text = all;
  odd.clauses[0].rows = {{"a,b", "x]", "", "plain", "NO", "1.10", all}, {}};
  odd.metadata = whereas::Value::Map();
  docs.push_back(odd);
  docs.push_back(whereas::ParseDetected(whereas::test::AllBuiltins(), "not a document\n", "-"));
  for (const auto& doc : docs) {
    CAPTURE(doc.source);
    std::ostringstream fast, reference;
    whereas::EmitYaml(doc, fast);
    whereas::test::EmitYamlWithYamlCpp(doc, reference);
    CHECK(fast.str() == reference.str());
  }
}

TEST_CASE("CSV records quote what RFC 4180 says and nothing else") {
  std::string out;
  whereas::AppendCsvRecord({"plain", "", "a,b", "say \"no\"", "\"", "two\nlines", "cr\r", "tab\tstays",
                            " spaces kept "},
                           &out);
  CHECK(out ==
        "plain,,\"a,b\",\"say \"\"no\"\"\",\"\"\"\",\"two\nlines\",\"cr\r\",tab\tstays, spaces "
        "kept \r\n");
  out.clear();
  whereas::AppendCsvRecord({}, &out);
  CHECK(out == "\r\n");
}

TEST_CASE("a CSV row per item, parents first, table cells in the text") {
  whereas::Document doc = whereas::test::ParseDirection("WHEREAS:\n1. x\n");
  doc.source = "d.txt";
  doc.clauses.push_back(doc.recitals[0]);
  doc.clauses[0].rows = {{"Name", "Role"}, {"A", "Chair, board"}};
  doc.clauses[0].tail = "then";
  doc.clauses[0].page = 3;
  doc.clauses[0].items.push_back(doc.recitals[0]);
  doc.clauses[0].items[0].path = "1.a";
  doc.clauses[0].items[0].label = std::nullopt;
  std::string out;
  whereas::AppendItemsCsvHeader(&out);
  whereas::AppendItemsCsv(doc, &out);
  CHECK(out ==
        "source,kind,zone,path,label,style,heading,text,line,tail,page\r\n"
        "d.txt,direction,recitals,1,1,decimal,,x,2,,\r\n"
        "d.txt,direction,clauses,1,1,decimal,,\"x\nName\tRole\nA\tChair, board\",2,then,3\r\n"
        "d.txt,direction,clauses,1.a,,decimal,,x,2,,\r\n");
}
