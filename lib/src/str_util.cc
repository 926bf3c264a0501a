// Small string helpers.
#include "str_util.h"

#include <array>
#include <cctype>
#include <set>
#include <string>

namespace whereas::internal {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
char ToLower(char c) { return IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : c; }
char ToUpper(char c) { return IsLower(c) ? static_cast<char>(c - 'a' + 'A') : c; }

bool HasLower(std::string_view s) {
  for (char c : s) {
    if (IsLower(c)) return true;
  }
  return false;
}

// Lowercases every letter of `s` except the first of each word, where a
// word starts after a space, a hyphen, or an apostrophe followed by a
// letter that is not a possessive "s".
std::string CapitaliseWords(std::string_view s) {
  std::string out(s);
  bool start = true;
  for (size_t i = 0; i < out.size(); ++i) {
    const char c = out[i];
    if (IsUpper(c) || IsLower(c)) {
      out[i] = start ? ToUpper(c) : ToLower(c);
      start = false;
      continue;
    }
    const bool apostrophe = c == '\'' ||
        (static_cast<unsigned char>(c) == 0x99 && i >= 2 &&
         out.compare(i - 2, 3, "\xE2\x80\x99") == 0);
    if (apostrophe) {
      // O'BRIEN -> O'Brien, but CHILDREN'S -> Children's.
      const bool possessive = i + 1 < out.size() && ToLower(out[i + 1]) == 's' &&
                              (i + 2 >= out.size() || !std::isalpha(static_cast<unsigned char>(out[i + 2])));
      start = !possessive;
      continue;
    }
    start = IsSpace(c) || c == '-' || c == '(' || c == '/';
    if (static_cast<unsigned char>(c) >= 0x80) start = false;
  }
  return out;
}

}  // namespace

std::string_view TrimView(std::string_view s) {
  size_t b = 0;
  size_t e = s.size();
  while (b < e && IsSpace(s[b])) ++b;
  while (e > b && IsSpace(s[e - 1])) --e;
  return s.substr(b, e - b);
}

char LastSignificantChar(std::string_view s) {
  size_t e = s.size();
  while (e > 0) {
    const char c = s[e - 1];
    if (IsSpace(c) || c == '"' || c == '\'' || c == ')' || c == ']' || c == '*') {
      --e;
      continue;
    }
    // Closing curly quotes U+201D, U+2019 (3 bytes each).
    if (e >= 3 && s.substr(e - 3, 2) == "\xE2\x80" &&
        (s[e - 1] == '\x9D' || s[e - 1] == '\x99')) {
      e -= 3;
      continue;
    }
    return c;
  }
  return '\0';
}

bool EndsSentence(std::string_view s) {
  const char c = LastSignificantChar(s);
  return c == '.' || c == ';' || c == ':' || c == '!' || c == '?';
}

bool EndsMidSentence(std::string_view s) {
  s = TrimView(s);
  if (s.empty()) return false;
  if (s.back() == ',') return true;
  const size_t space = s.find_last_of(" \t");
  std::string word(space == std::string_view::npos ? s : s.substr(space + 1));
  for (char& c : word) c = ToLower(c);
  static const std::set<std::string> kNeedMore = {
      "a",   "an",   "and",  "as",   "at",    "by",   "for",  "from", "in",   "into",
      "of",  "on",   "or",   "that", "the",   "to",   "which", "with", "under", "is",
      "are", "was",  "were", "be",   "their", "its",  "his",   "her",  "our",   "whether"};
  return kNeedMore.count(word) > 0;
}

bool EndsWithColon(std::string_view s) {
  s = TrimView(s);
  return !s.empty() && s.back() == ':';
}

std::string_view Utf8Prefix(std::string_view s, size_t n) {
  if (n >= s.size()) return s;
  // Step back off continuation bytes (10xxxxxx) onto a character's start.
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n);
}

bool JoinsAtHyphen(std::string_view before, std::string_view after) {
  return before.size() >= 2 && before.back() == '-' &&
         (IsLower(before[before.size() - 2]) || IsUpper(before[before.size() - 2])) &&
         !after.empty() && IsLower(after.front());
}

bool StartsLowercase(std::string_view s) {
  for (char c : s) {
    if (IsSpace(c) || c == '"' || c == '\'' || c == '(') continue;
    return IsLower(c);
  }
  return false;
}

std::string TitleCase(std::string_view s) {
  if (HasLower(s)) return std::string(s);
  std::string out = CapitaliseWords(s);
  static constexpr std::array<std::string_view, 11> kSmall = {
      "Of", "And", "The", "For", "In", "On", "Upon", "To", "By", "At", "An"};
  size_t i = 0;
  bool first = true;
  while (i < out.size()) {
    size_t j = out.find(' ', i);
    if (j == std::string::npos) j = out.size();
    const std::string_view word(out.data() + i, j - i);
    for (std::string_view small : kSmall) {
      if (!first && word == small) out[i] = ToLower(out[i]);
    }
    first = false;
    i = j + 1;
  }
  return out;
}

std::string NameCase(std::string_view s) {
  if (HasLower(s)) return std::string(s);
  return CapitaliseWords(s);
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string Squeeze(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (!IsSpace(c) && c != '\n') out += c;
  }
  return out;
}

}  // namespace whereas::internal
