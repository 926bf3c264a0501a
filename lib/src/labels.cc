// Enumerator labels and their values.
#include "labels.h"

#include <array>
#include <cctype>
#include <utility>

namespace whereas {
namespace {

constexpr std::array<std::pair<ItemStyle, std::string_view>, 14> kStyleNames{{
    {ItemStyle::kDecimal, "decimal"},
    {ItemStyle::kAlpha, "alpha"},
    {ItemStyle::kAlphaUpper, "ALPHA"},
    {ItemStyle::kRoman, "roman"},
    {ItemStyle::kRomanUpper, "ROMAN"},
    {ItemStyle::kAlphaParen, "alpha-paren"},
    {ItemStyle::kRomanParen, "roman-paren"},
    {ItemStyle::kDecimalParen, "decimal-paren"},
    {ItemStyle::kAlphaUpperParen, "ALPHA-paren"},
    {ItemStyle::kRomanUpperParen, "ROMAN-paren"},
    {ItemStyle::kMultilevel, "multilevel"},
    {ItemStyle::kBullet, "bullet"},
    {ItemStyle::kParagraph, "paragraph"},
    {ItemStyle::kTable, "table"},
}};

std::string ToRoman(int value) {
  static constexpr std::array<std::pair<int, std::string_view>, 13> kParts{{
      {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"},
      {90, "xc"}, {50, "l"}, {40, "xl"}, {10, "x"}, {9, "ix"}, {5, "v"},
      {4, "iv"}, {1, "i"}}};
  std::string out;
  for (const auto& [n, s] : kParts) {
    while (value >= n) out += s, value -= n;
  }
  return out;
}

int RomanValue(std::string_view s) {
  int total = 0;
  int prev = 0;
  for (auto it = s.rbegin(); it != s.rend(); ++it) {
    int v = 0;
    switch (*it) {
      case 'i': v = 1; break;
      case 'v': v = 5; break;
      case 'x': v = 10; break;
      case 'l': v = 50; break;
      case 'c': v = 100; break;
      case 'd': v = 500; break;
      case 'm': v = 1000; break;
      default: return 0;
    }
    total += v < prev ? -v : v;
    prev = std::max(prev, v);
  }
  // Only the canonical spelling counts: "iiii" and "vx" are not numerals.
  return total > 0 && ToRoman(total) == s ? total : 0;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool AllOf(std::string_view s, int (*pred)(int)) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!pred(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

}  // namespace

std::string_view ToString(ItemStyle style) {
  for (const auto& [s, name] : kStyleNames) {
    if (s == style) return name;
  }
  return "bullet";
}

std::string_view ToString(Severity severity) {
  switch (severity) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kNote: return "note";
  }
  return "note";
}

std::string_view ToString(DeadlineType type) {
  switch (type) {
    case DeadlineType::kBy: return "by";
    case DeadlineType::kWithin: return "within";
    case DeadlineType::kAfter: return "after";
    case DeadlineType::kOn: return "on";
    case DeadlineType::kRecurring: return "recurring";
  }
  return "by";
}

namespace internal {

std::optional<ItemStyle> ParseItemStyle(std::string_view name) {
  for (const auto& [s, n] : kStyleNames) {
    if (n == name) return s;
  }
  return std::nullopt;
}

int LabelValue(std::string_view label, ItemStyle style) {
  switch (style) {
    case ItemStyle::kDecimal:
    case ItemStyle::kDecimalParen: {
      if (!AllOf(label, ::isdigit) || label.size() > 4) return 0;
      return std::stoi(std::string(label));
    }
    case ItemStyle::kAlpha:
    case ItemStyle::kAlphaParen:
      return label.size() == 1 && std::islower(static_cast<unsigned char>(label[0]))
                 ? label[0] - 'a' + 1
                 : 0;
    case ItemStyle::kAlphaUpper:
    case ItemStyle::kAlphaUpperParen:
      return label.size() == 1 && std::isupper(static_cast<unsigned char>(label[0]))
                 ? label[0] - 'A' + 1
                 : 0;
    case ItemStyle::kRoman:
    case ItemStyle::kRomanParen:
      return AllOf(label, ::islower) ? RomanValue(label) : 0;
    case ItemStyle::kRomanUpper:
    case ItemStyle::kRomanUpperParen: {
      if (!AllOf(label, ::isupper)) return 0;
      const std::string lower = Lower(label);
      return RomanValue(lower);
    }
    case ItemStyle::kMultilevel:
    case ItemStyle::kBullet:
    case ItemStyle::kParagraph:
    case ItemStyle::kTable:
      return 0;
  }
  return 0;
}

std::string LabelAt(int value, ItemStyle style) {
  switch (style) {
    case ItemStyle::kDecimal:
    case ItemStyle::kDecimalParen:
      return std::to_string(value);
    case ItemStyle::kAlpha:
    case ItemStyle::kAlphaParen:
      return value >= 1 && value <= 26 ? std::string(1, static_cast<char>('a' + value - 1)) : "";
    case ItemStyle::kAlphaUpper:
    case ItemStyle::kAlphaUpperParen:
      return value >= 1 && value <= 26 ? std::string(1, static_cast<char>('A' + value - 1)) : "";
    case ItemStyle::kRoman:
    case ItemStyle::kRomanParen:
      return ToRoman(value);
    case ItemStyle::kRomanUpper:
    case ItemStyle::kRomanUpperParen: {
      std::string s = ToRoman(value);
      for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      return s;
    }
    case ItemStyle::kMultilevel:
    case ItemStyle::kBullet:
    case ItemStyle::kParagraph:
    case ItemStyle::kTable:
      return std::to_string(value);
  }
  return "";
}

std::string_view SectionNumber(std::string_view label) {
  return label.size() > 2 && label.ends_with(".0") ? label.substr(0, label.size() - 2) : label;
}

std::string NextAddress(std::string_view address) {
  const std::string_view section = SectionNumber(address);
  const size_t dot = section.rfind('.');
  const std::string_view last = dot == std::string_view::npos ? section : section.substr(dot + 1);
  const int value = LabelValue(last, ItemStyle::kDecimal);
  if (value == 0 && last != "0") return "";
  const std::string next(section.substr(0, section.size() - last.size()));
  return next + std::to_string(value + 1) + (section.size() != address.size() ? ".0" : "");
}

ItemStyle OtherCase(ItemStyle style) {
  switch (style) {
    case ItemStyle::kAlpha: return ItemStyle::kAlphaUpper;
    case ItemStyle::kAlphaUpper: return ItemStyle::kAlpha;
    case ItemStyle::kRoman: return ItemStyle::kRomanUpper;
    case ItemStyle::kRomanUpper: return ItemStyle::kRoman;
    case ItemStyle::kAlphaParen: return ItemStyle::kAlphaUpperParen;
    case ItemStyle::kAlphaUpperParen: return ItemStyle::kAlphaParen;
    case ItemStyle::kRomanParen: return ItemStyle::kRomanUpperParen;
    case ItemStyle::kRomanUpperParen: return ItemStyle::kRomanParen;
    default: return style;
  }
}

}  // namespace internal
}  // namespace whereas
