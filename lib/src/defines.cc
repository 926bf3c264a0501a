// Pattern text both grammar loaders prepare alike: placeholders, quotes.
#include "defines.h"

#include <re2/re2.h>

#include <cctype>

namespace whereas::internal {

std::string ExpandDefines(std::string_view pattern,
                          const std::map<std::string, std::string>& defines,
                          std::vector<std::string>* unknown) {
  static const RE2 kPlaceholder(R"(\{([A-Z][A-Z0-9_]*)\})");
  std::string out;
  re2::StringPiece input(pattern.data(), pattern.size());
  re2::StringPiece name;
  const char* last = pattern.data();
  while (RE2::FindAndConsume(&input, kPlaceholder, &name)) {
    const char* start = name.data() - 1;
    // "\x{F0B7}", "\p{Lu}": RE2's own braces after an escape letter.
    if (start - pattern.data() >= 2 && start[-2] == '\\' &&
        std::isalpha(static_cast<unsigned char>(start[-1]))) {
      continue;
    }
    out.append(last, static_cast<size_t>(start - last));
    if (auto it = defines.find(std::string(name)); it != defines.end()) {
      out += it->second;
    } else {
      unknown->emplace_back(name);
    }
    last = name.data() + name.size() + 1;
  }
  out.append(last, static_cast<size_t>(pattern.data() + pattern.size() - last));
  return out;
}

std::string FoldQuotes(std::string_view pattern) {
  // A straight quote also matches its curly forms, so grammar authors write
  // one pattern for both kinds of text.
  std::string out;
  out.reserve(pattern.size() + 16);
  bool in_class = false;
  for (size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '\\' && i + 1 < pattern.size()) {
      out += c;
      out += pattern[++i];
      continue;
    }
    if (in_class) {
      if (c == ']') in_class = false;
      out += c;
      if (c == '"') out += "\u201C\u201D";
      if (c == '\'') out += "\u2018\u2019";
      continue;
    }
    if (c == '[') {
      in_class = true;
      out += c;
      // A ']' right after '[' or '[^' is a literal, not the end.
      if (i + 1 < pattern.size() && pattern[i + 1] == '^') out += pattern[++i];
      if (i + 1 < pattern.size() && pattern[i + 1] == ']') out += pattern[++i];
      continue;
    }
    if (c == '"') {
      out += "[\"\u201C\u201D]";
    } else if (c == '\'') {
      out += "['\u2018\u2019]";
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace whereas::internal
