// Stage 1 and 2: NormalizeText and SplitLines.
#include <doctest/doctest.h>

#include "text.h"

using whereas::internal::NormalizeText;
using whereas::internal::SplitLines;

TEST_CASE("line ends: CRLF, lone CR and LF all end one line") {
  const auto text = NormalizeText("a\r\nb\rc\nd");
  CHECK(text.utf8 == "a\nb\nc\nd");
  const auto lines = SplitLines(text);
  REQUIRE(lines.size() == 4);
  CHECK(lines[3].number == 4);
  CHECK(lines[3].text == "d");
}

TEST_CASE("a UTF-8 BOM is dropped and shifts line 1's columns") {
  const auto text = NormalizeText("\xEF\xBB\xBFWHEREAS:\n");
  CHECK(text.utf8 == "WHEREAS:\n");
  CHECK(text.OriginalColumn(1, 0) == 4);
  CHECK(text.OriginalColumn(2, 0) == 1);
  CHECK(text.repairs.empty());
}

TEST_CASE("no-break spaces become spaces, curly quotes stay") {
  const auto text = NormalizeText("a\xC2\xA0" "b \xE2\x80\x9Cq\xE2\x80\x9D");
  CHECK(text.utf8 == "a b \xE2\x80\x9Cq\xE2\x80\x9D");
  // After the NBSP (2 bytes -> 1), columns move by one.
  CHECK(text.OriginalColumn(1, 2) == 4);
}

TEST_CASE("Latin ligatures a PDF converter prints become their letters") {
  // U+FB01 fi, U+FB02 fl, U+FB03 ffi; U+FB07 is no ligature and stays.
  const auto text = NormalizeText("satis\xEF\xAC\x81" "ed \xEF\xAC\x82" "at e\xEF\xAC\x83" "cient x \xEF\xAC\x87");
  CHECK(text.utf8 == "satisfied flat efficient x \xEF\xAC\x87");
  CHECK(text.repairs.empty());
  // "x" is at offset 25 of the normalised line and 27 of the original
  // (column 28): "fi" and "fl" are one byte shorter than their ligatures,
  // "ffi" as long.
  CHECK(text.OriginalColumn(1, 25) == 28);
}

TEST_CASE("invalid UTF-8 is replaced with U+FFFD and reported with its place") {
  // The \xC3\xA9 makes the text UTF-8 with damage, not Windows-1252.
  const auto text = NormalizeText("\xC3\xA9\nab\xFF" "cd\n\xC3\x28");
  CHECK(text.utf8 == "\xC3\xA9\nab\xEF\xBF\xBD" "cd\n\xEF\xBF\xBD(");
  REQUIRE(text.repairs.size() == 2);
  CHECK(text.repairs[0].line == 2);
  CHECK(text.repairs[0].column == 3);
  CHECK(text.repairs[1].line == 3);
  CHECK(text.repairs[1].column == 1);
  // Column after the replacement maps back to the original byte.
  CHECK(text.OriginalColumn(2, 5) == 4);
}

TEST_CASE("overlong forms and surrogates are invalid UTF-8") {
  const std::string valid = "\xC3\xA9";  // so the text is not Windows-1252
  CHECK(NormalizeText(valid + "\xC0\xAF").repairs.size() == 2);
  CHECK(NormalizeText(valid + "\xED\xA0\x80").repairs.size() == 3);
  CHECK(NormalizeText(valid + "\xF4\x90\x80\x80").repairs.size() == 4);
  CHECK(NormalizeText("\xF0\x9F\x98\x80").repairs.empty());
}

TEST_CASE("UTF-16 with a BOM is decoded") {
  SUBCASE("little endian") {
    const std::string le("\xFF\xFE" "A\0\n\0\xAC\x20", 8);
    const auto text = NormalizeText(le);
    CHECK(text.utf8 == "A\n\xE2\x82\xAC");
  }
  SUBCASE("big endian with a surrogate pair") {
    const std::string be("\xFE\xFF\xD8\x3D\xDE\x00", 6);
    CHECK(NormalizeText(be).utf8 == "\xF0\x9F\x98\x80");
  }
}

TEST_CASE("control bytes are replaced, form feeds dropped, tabs kept") {
  const auto text = NormalizeText(std::string("a\0b\fc\td", 7));
  CHECK(text.utf8 == "a\xEF\xBF\xBD" "bc\td");
  CHECK(text.repairs.size() == 1);
}

TEST_CASE("SplitLines: empty input has no lines, a final newline adds none") {
  CHECK(SplitLines(NormalizeText("")).empty());
  CHECK(SplitLines(NormalizeText("a\n")).size() == 1);
  CHECK(SplitLines(NormalizeText("a\n\n")).size() == 2);
}

TEST_CASE("Unicode noncharacters are replaced and reported") {
  // U+FDD0, U+FFFE, U+1FFFF; U+FFFD and U+10000 stay.
  const auto text = NormalizeText("a\xEF\xB7\x90" "b\xEF\xBF\xBE" "c\xF0\x9F\xBF\xBF" "d\xEF\xBF\xBD\xF0\x90\x80\x80");
  CHECK(text.utf8 == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c\xEF\xBF\xBD" "d\xEF\xBF\xBD\xF0\x90\x80\x80");
  CHECK(text.repairs.size() == 3);
}

TEST_CASE("Windows-1252 text is decoded, mixed damage is not") {
  // 0x93 0x94: curly double quotes; 0x92: right single quote; 0xA3: pound.
  const auto text = NormalizeText("the \x93" "Council\x94" "\nchildren\x92" "s \xA3" "5m");
  CHECK(text.utf8 == "the \xE2\x80\x9C" "Council\xE2\x80\x9D" "\nchildren\xE2\x80\x99" "s \xC2\xA3" "5m");
  REQUIRE(text.repairs.size() == 1);
  CHECK(text.repairs[0].message == "not UTF-8: decoded as Windows-1252");
  // A valid UTF-8 sequence elsewhere: stray bytes are damage, not a charset.
  const auto mixed = NormalizeText("caf\xC3\xA9 \x93" "x\x94");
  CHECK(mixed.utf8 == "caf\xC3\xA9 \xEF\xBF\xBD" "x\xEF\xBF\xBD");
  CHECK(mixed.repairs.size() == 2);
}
