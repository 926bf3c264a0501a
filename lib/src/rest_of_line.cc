// Splitting a pattern before a final capture of the rest of the line.
//
// Why the split is exact: RE2 reports the leftmost-first match, the one a
// backtracking matcher finds first. For HEAD(?P<n>.*)$ on a line without
// "\n", the tail succeeds after every way HEAD can match, so the first match
// of the whole is the first match of HEAD, and n is the rest of the line.
// For tails that need something of the rest (a \S first), the first match
// of the whole is the first match of HEAD whose rest fits; when HEAD's own
// first match has a rest that fits, that is it, and otherwise the caller
// asks the full pattern.
#include "rest_of_line.h"

#include <array>
#include <vector>

namespace whereas::internal {
namespace {

// RE2's \s: [\t\n\f\r ].
bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

// Reads `p` as a sequence of regexp items: false when a group or class is
// left open, a ')' has no '(', or it uses \Q...\E or the U flag (which turns
// the tail's lazy '*?' greedy). `*alternation` is set when '|' stands
// outside every group.
bool ScanTopLevel(std::string_view p, bool* alternation) {
  int depth = 0;
  *alternation = false;
  for (size_t i = 0; i < p.size(); ++i) {
    const char c = p[i];
    if (c == '\\') {
      if (i + 1 >= p.size() || p[i + 1] == 'Q') return false;
      ++i;
    } else if (c == '[') {
      // A class: "[]a]" and "[^]a]" hold a literal ']'; "[[:alpha:]]" a
      // named class.
      size_t j = i + 1;
      if (j < p.size() && p[j] == '^') ++j;
      if (j < p.size() && p[j] == ']') ++j;
      for (; j < p.size() && p[j] != ']'; ++j) {
        if (p[j] == '\\') {
          ++j;
        } else if (p[j] == '[' && j + 1 < p.size() && p[j + 1] == ':') {
          const size_t close = p.find(":]", j + 2);
          if (close == std::string_view::npos) return false;
          j = close + 1;
        }
      }
      if (j >= p.size()) return false;
      i = j;
    } else if (c == '(') {
      if (i + 2 < p.size() && p[i + 1] == '?' && p[i + 2] != 'P') {
        for (size_t j = i + 2; j < p.size() && p[j] != ')' && p[j] != ':'; ++j) {
          if (p[j] == 'U') return false;
        }
      }
      ++depth;
    } else if (c == ')') {
      if (--depth < 0) return false;
    } else if (c == '|' && depth == 0) {
      *alternation = true;
    }
  }
  return depth == 0;
}

struct Form {
  std::string_view after_name;  // what follows "(?P<name"
  RestKind kind;
  std::string_view condition;   // what the set matches after the head
};

constexpr std::array<Form, 6> kForms = {{
    {R"(>\S.*?)\s*$)", RestKind::kNonSpaceTrimmed, R"(\S)"},
    {R"(>\S.*)$)", RestKind::kNonSpace, R"(\S)"},
    {R"(>.*\S)\s*$)", RestKind::kEndsNonSpace, R"(.*\S)"},
    {R"(>.*?)\s*$)", RestKind::kAnyTrimmed, ""},
    {R"(>.*)$)", RestKind::kAny, ""},
    {R"(>.*))", RestKind::kAny, ""},
}};

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '_';
}

}  // namespace

std::optional<std::string> WithoutTrailingRest(std::string_view pattern, std::string* name) {
  constexpr std::string_view kTail = ".*)$";
  if (!pattern.ends_with(kTail)) return std::nullopt;
  const size_t dot = pattern.size() - kTail.size();
  size_t slashes = 0;
  while (slashes < dot && pattern[dot - 1 - slashes] == '\\') ++slashes;
  if (slashes % 2 == 1) return std::nullopt;  // "\.*": a literal dot
  // The '(' that the final ')' closes: the last '(' of the pattern not
  // closed before the end. Found by reading it as ScanTopLevel() does.
  std::vector<size_t> open;
  for (size_t i = 0; i + 2 < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '\\') {
      ++i;
    } else if (c == '[') {
      size_t j = i + 1;
      if (j < pattern.size() && pattern[j] == '^') ++j;
      if (j < pattern.size() && pattern[j] == ']') ++j;
      while (j < pattern.size() && pattern[j] != ']') j += pattern[j] == '\\' ? 2 : 1;
      i = j;
    } else if (c == '(') {
      open.push_back(i);
    } else if (c == ')') {
      if (open.empty()) return std::nullopt;
      open.pop_back();
    }
  }
  if (open.size() != 1) return std::nullopt;
  const size_t group = open.back();
  constexpr std::string_view kNamed = "(?P<";
  if (pattern.substr(group, kNamed.size()) != kNamed) return std::nullopt;
  const size_t name_end = pattern.find('>', group);
  if (name_end == std::string_view::npos || name_end > dot) return std::nullopt;
  const std::string_view head = pattern.substr(0, group);
  const std::string_view body = pattern.substr(name_end + 1, dot - name_end - 1);
  bool head_alternation = false, body_alternation = false;
  if (!ScanTopLevel(head, &head_alternation) || head_alternation ||
      !ScanTopLevel(body, &body_alternation) || body_alternation) {
    return std::nullopt;
  }
  *name = std::string(pattern.substr(group + kNamed.size(), name_end - group - kNamed.size()));
  return std::string(pattern.substr(0, name_end + 1)) + std::string(body) + ")";
}

std::optional<RestOfLine> SplitRestOfLine(std::string_view pattern) {
  for (const Form& form : kForms) {
    if (pattern.size() < form.after_name.size() ||
        pattern.substr(pattern.size() - form.after_name.size()) != form.after_name) {
      continue;
    }
    size_t name_start = pattern.size() - form.after_name.size();
    const size_t name_end = name_start;
    while (name_start > 0 && IsNameChar(pattern[name_start - 1])) --name_start;
    constexpr std::string_view kOpen = "(?P<";
    if (name_start == name_end || name_start < kOpen.size() ||
        pattern.substr(name_start - kOpen.size(), kOpen.size()) != kOpen) {
      return std::nullopt;
    }
    const std::string_view head = pattern.substr(0, name_start - kOpen.size());
    // An odd run of backslashes before '(' escapes it: no group there.
    size_t slashes = 0;
    while (slashes < head.size() && head[head.size() - 1 - slashes] == '\\') ++slashes;
    bool alternation = false;
    if (slashes % 2 == 1 || !ScanTopLevel(head, &alternation) || alternation) {
      return std::nullopt;
    }
    RestOfLine split;
    split.head = std::string(head);
    split.set_pattern = split.head + std::string(form.condition);
    split.name = std::string(pattern.substr(name_start, name_end - name_start));
    split.kind = form.kind;
    return split;
  }
  return std::nullopt;
}

std::optional<std::string_view> RestFits(RestKind kind, std::string_view line, size_t end) {
  const std::string_view rest = line.substr(end);
  size_t stop = rest.size();
  while (stop > 0 && IsSpace(rest[stop - 1])) --stop;
  const bool starts_non_space = !rest.empty() && !IsSpace(rest[0]);
  switch (kind) {
    case RestKind::kAny:
      return rest;
    case RestKind::kAnyTrimmed:
      return rest.substr(0, stop);
    case RestKind::kNonSpace:
      if (!starts_non_space) return std::nullopt;
      return rest;
    case RestKind::kNonSpaceTrimmed:
      if (!starts_non_space) return std::nullopt;
      return rest.substr(0, stop);
    case RestKind::kEndsNonSpace:
      if (stop == 0) return std::nullopt;
      return rest.substr(0, stop);
  }
  return std::nullopt;
}

bool TiedToTextEnds(std::string_view pattern) {
  for (size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '\\') {
      if (i + 1 >= pattern.size()) return true;
      const char e = pattern[++i];
      if (e == 'A' || e == 'z' || e == 'Q') return true;
    } else if (c == '(' && i + 1 < pattern.size() && pattern[i + 1] == '?') {
      // Flags: (?flags) or (?flags:...), flags from "imsU-".
      bool off = false;
      for (size_t j = i + 2;
           j < pattern.size() && std::string_view("imsU-").find(pattern[j]) != std::string_view::npos;
           ++j) {
        if (pattern[j] == '-') off = true;
        if (off && pattern[j] == 'm') return true;
      }
    }
  }
  return false;
}

bool StartsAnchored(std::string_view pattern) {
  bool alternation = false;
  if (!ScanTopLevel(pattern, &alternation) || alternation) return false;
  size_t i = 0;
  // Leading flag groups: (?i), (?is), (?-s).
  while (i + 1 < pattern.size() && pattern[i] == '(' && pattern[i + 1] == '?') {
    size_t j = i + 2;
    while (j < pattern.size() && ((pattern[j] >= 'a' && pattern[j] <= 'z') || pattern[j] == '-')) {
      ++j;
    }
    if (j >= pattern.size() || pattern[j] != ')') return false;
    i = j + 1;
  }
  return i < pattern.size() && pattern[i] == '^';
}

}  // namespace whereas::internal
