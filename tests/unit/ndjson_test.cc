// The CLI's NDJSON input records: strict JSON, the error's column.
#include <doctest/doctest.h>

#include <string>

#include "ndjson.h"

namespace {

using whereas::cli::ParseInputRecord;

// The error of `line` as "COLUMN: message" (column 0: the record's fault).
std::string ErrorOf(const std::string& line) {
  size_t column = 99;
  auto record = ParseInputRecord(line, &column);
  if (record) return "no error";
  return std::to_string(column) + ": " + record.error().message;
}

}  // namespace

TEST_CASE("a record's source and text, every escape decoded") {
  size_t column = 99;
  auto r = ParseInputRecord(
      R"( {"n": [1, {"a": null}], "text": "a\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00", "source": "x.txt"} )",
      &column);
  REQUIRE(r);
  CHECK(r.value().source == "x.txt");
  CHECK(r.value().text == "a\"\\/\b\f\n\r\t\xC3\xA9\xF0\x9F\x98\x80");
  CHECK(column == 0);
  auto unnamed = ParseInputRecord(R"({"text": "t", "source": null})", &column);
  REQUIRE(unnamed);
  CHECK(unnamed.value().source == "-");
}

TEST_CASE("what jq refuses is refused, with the column where reading stopped") {
  CHECK(ErrorOf(R"({"text":"y","n":+-})").rfind("17: syntax error", 0) == 0);
  CHECK(ErrorOf(R"({"text":"y"} x)").rfind("14: syntax error", 0) == 0);
  CHECK(ErrorOf(R"({"text":"y",})").rfind("13: syntax error", 0) == 0);
  CHECK(ErrorOf(R"({"text":'y'})").rfind("9: syntax error", 0) == 0);
  CHECK(ErrorOf(R"({"text":"y","n":01})").rfind("18: syntax error", 0) == 0);
  CHECK(ErrorOf("{\"text\":\"a\tb\"}").rfind("11: syntax error", 0) == 0);  // a raw tab
  CHECK(ErrorOf("{\"text\":\"\xFF\"}").rfind("10: syntax error", 0) == 0);  // not UTF-8
  CHECK(ErrorOf(R"({"text":"\ud800"})").find("surrogate") != std::string::npos);
  CHECK(ErrorOf(R"({"text":"y")").rfind("12: syntax error", 0) == 0);  // unterminated: past the end
}

TEST_CASE("a record that is JSON but not a record says why") {
  CHECK(ErrorOf("[1]") == "0: not a JSON object");
  CHECK(ErrorOf(R"("text")") == "0: not a JSON object");
  CHECK(ErrorOf("{}") == "0: record has no \"text\" string");
  CHECK(ErrorOf(R"({"source":"s"})") == "0: record has no \"text\" string");
  CHECK(ErrorOf(R"({"text":5})") == "0: \"text\" is a number, not a string");
  CHECK(ErrorOf(R"({"text":["a"]})") == "0: \"text\" is an array, not a string");
  CHECK(ErrorOf(R"({"source":{},"text":"t"})") == "0: \"source\" is an object, not a string");
  CHECK(ErrorOf(R"({"text":null})") == "0: \"text\" is null, not a string");
}

TEST_CASE("deep nesting in a member that is skipped costs no stack") {
  const std::string deep = "{\"text\":\"t\",\"n\":" + std::string(200000, '[') + std::string(200000, ']') + "}";
  size_t column = 0;
  auto r = ParseInputRecord(deep, &column);
  REQUIRE(r);
  CHECK(r.value().text == "t");
}
