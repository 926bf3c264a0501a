// Enumerator labels: values by style, and back.
#include <doctest/doctest.h>

#include "labels.h"

using whereas::ItemStyle;
using whereas::internal::LabelAt;
using whereas::internal::LabelValue;
using whereas::internal::NextAddress;
using whereas::internal::OtherCase;
using whereas::internal::ParseItemStyle;

TEST_CASE("label values by style") {
  struct Case {
    const char* label;
    ItemStyle style;
    int value;
  };
  const Case cases[] = {
      {"1", ItemStyle::kDecimal, 1},     {"10", ItemStyle::kDecimal, 10},
      {"a", ItemStyle::kAlpha, 1},       {"i", ItemStyle::kAlpha, 9},
      {"i", ItemStyle::kRoman, 1},       {"iv", ItemStyle::kRoman, 4},
      {"ix", ItemStyle::kRoman, 9},      {"xl", ItemStyle::kRoman, 40},
      {"iiii", ItemStyle::kRoman, 0},    {"vx", ItemStyle::kRoman, 0},
      {"ii", ItemStyle::kAlpha, 0},      {"I", ItemStyle::kAlphaUpper, 9},
      {"I", ItemStyle::kRomanUpper, 1},  {"I", ItemStyle::kAlpha, 0},
      {"I", ItemStyle::kRoman, 0},       {"B", ItemStyle::kAlphaUpper, 2},
      {"c", ItemStyle::kAlphaParen, 3},  {"iii", ItemStyle::kRomanParen, 3},
      {"x", ItemStyle::kDecimal, 0},     {"1.2", ItemStyle::kMultilevel, 0},
      {"C", ItemStyle::kAlphaUpperParen, 3}, {"c", ItemStyle::kAlphaUpperParen, 0},
      {"IV", ItemStyle::kRomanUpperParen, 4}, {"iv", ItemStyle::kRomanUpperParen, 0},
  };
  for (const Case& c : cases) {
    CAPTURE(c.label);
    CAPTURE(static_cast<int>(c.style));
    CHECK(LabelValue(c.label, c.style) == c.value);
  }
}

TEST_CASE("LabelAt inverts LabelValue") {
  for (ItemStyle s : {ItemStyle::kDecimal, ItemStyle::kAlpha, ItemStyle::kAlphaUpper,
                      ItemStyle::kRoman, ItemStyle::kRomanUpper, ItemStyle::kAlphaUpperParen,
                      ItemStyle::kRomanUpperParen}) {
    for (int v = 1; v <= 26; ++v) {
      CHECK(LabelValue(LabelAt(v, s), s) == v);
    }
  }
  CHECK(LabelAt(4, ItemStyle::kRomanUpper) == "IV");
}

TEST_CASE("styles by name, and the other case") {
  CHECK(ParseItemStyle("alpha-paren") == ItemStyle::kAlphaParen);
  CHECK(ParseItemStyle("ROMAN") == ItemStyle::kRomanUpper);
  CHECK_FALSE(ParseItemStyle("greek").has_value());
  CHECK(OtherCase(ItemStyle::kAlpha) == ItemStyle::kAlphaUpper);
  CHECK(OtherCase(ItemStyle::kRomanUpper) == ItemStyle::kRoman);
  CHECK(OtherCase(ItemStyle::kDecimal) == ItemStyle::kDecimal);
  CHECK(ParseItemStyle("ALPHA-paren") == ItemStyle::kAlphaUpperParen);
  CHECK(ParseItemStyle("ROMAN-paren") == ItemStyle::kRomanUpperParen);
  CHECK(OtherCase(ItemStyle::kAlphaParen) == ItemStyle::kAlphaUpperParen);
  CHECK(OtherCase(ItemStyle::kRomanUpperParen) == ItemStyle::kRomanParen);
}

TEST_CASE("the multilevel address after a sibling's") {
  CHECK(NextAddress("3.1.1") == "3.1.2");
  CHECK(NextAddress("4.9") == "4.10");
  CHECK(NextAddress("2.0") == "3.0");  // a section printed over its paragraphs
  CHECK(NextAddress("7") == "8");
  CHECK(NextAddress("3.1.x").empty());  // no number to count on from
  CHECK(NextAddress("").empty());
}
