// Small string helpers.
#include "str_util.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <string>

namespace whereas::internal {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
char ToLower(char c) { return IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : c; }
char ToUpper(char c) { return IsLower(c) ? static_cast<char>(c - 'a' + 'A') : c; }


// Lowercases every letter of `s` (of any script: Unicode's case mapping,
// by ICU) except the first of each word, which goes to title case. A word
// starts after a space, a hyphen, a bracket or a slash, and after an
// apostrophe (straight or curly) followed by a letter that is not a
// possessive "s": "O'BRIEN-SMITH" -> "O'Brien-Smith", "CHILDREN'S" ->
// "Children's", "SIÂN ÖZTÜRK" -> "Siân Öztürk". "Mc" before a letter keeps
// it capital: "MCALLISTER" -> "McAllister".
std::string CapitaliseWords(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool start = true;
  int32_t i = 0;
  const auto length = static_cast<int32_t>(s.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  size_t word_start = 0;  // where the current word began in `out`
  while (i < length) {
    const int32_t at = i;
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) {  // not UTF-8: the byte as it is
      out.append(s.substr(static_cast<size_t>(at), static_cast<size_t>(i - at)));
      start = false;
      continue;
    }
    if (u_isalpha(c)) {
      if (start) word_start = out.size();
      const bool after_mc = !start && out.size() == word_start + 2 && out.compare(word_start, 2, "Mc") == 0;
      const bool word_end_sigma = c == 0x03A3 && !start && [&] {
        int32_t j = i;
        UChar32 next = -1;
        if (j < length) U8_NEXT(bytes, j, length, next);
        return next < 0 || !u_isalpha(next);
      }();
      c = start || after_mc ? u_totitle(c) : word_end_sigma ? 0x03C2 : u_tolower(c);  // ς
      start = false;
    } else if (c == '\'' || c == 0x2019) {
      // O'BRIEN -> O'Brien, but CHILDREN'S -> Children's.
      int32_t j = i;
      UChar32 next = 0, after = 0;
      if (j < length) U8_NEXT(bytes, j, length, next);
      if (j < length) U8_NEXT(bytes, j, length, after);
      const bool possessive = (next == 's' || next == 'S') && (after <= 0 || !u_isalpha(after));
      start = !possessive;
    } else {
      start = c == ' ' || c == '\t' || c == '-' || c == '(' || c == '/';
    }
    char buf[U8_MAX_LENGTH];
    int32_t n = 0;
    U8_APPEND_UNSAFE(buf, n, c);
    out.append(buf, static_cast<size_t>(n));
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

namespace {

// `word`, in any case, is one of `lower` (written in lower case).
template <size_t N>
bool IsOneOf(std::string_view word, const std::array<std::string_view, N>& lower) {
  return std::any_of(lower.begin(), lower.end(), [&](std::string_view w) {
    return w.size() == word.size() &&
           std::equal(w.begin(), w.end(), word.begin(), [](char a, char b) { return a == ToLower(b); });
  });
}

// A word that needs words after it ("and", "of", "the" ...), any case.
bool NeedsMore(std::string_view word) {
  static constexpr std::array<std::string_view, 42> kNeedMore = {
      "a",     "an",      "and",     "as",      "at",      "by",      "for",
      "from",  "in",      "into",    "of",      "on",      "or",      "that",
      "the",   "to",      "which",   "with",    "under",   "is",      "are",
      "was",   "were",    "be",      "their",   "its",     "his",     "her",
      "our",   "whether", "my",      "your",    "this",    "these",   "those",
      "upon",  "between", "within",  "through", "than",    "both",    "including"};
  return IsOneOf(word, kNeedMore);
}

// "Appendix", "section", "paragraph": a word a number or a label after it
// completes.
bool IsNumberedByNext(std::string_view word) {
  static constexpr std::array<std::string_view, 21> kNumbered = {
      "appendix", "annex",    "paragraph", "paragraphs", "para",  "paras",   "section",
      "sections", "page",     "pages",     "item",       "clause", "clauses", "schedule",
      "part",     "article",  "chapter",   "table",      "figure", "regulation", "direction"};
  return IsOneOf(word, kNumbered);
}


// The last word of `*s` (after its last space or tab); `*s` keeps the words
// before it, trimmed.
std::string_view PopLastWord(std::string_view* s) {
  const size_t space = s->find_last_of(" \t");
  const std::string_view word = space == std::string_view::npos ? *s : s->substr(space + 1);
  *s = TrimView(s->substr(0, s->size() - word.size()));
  return word;
}

}  // namespace

bool HasLower(std::string_view s) {
  int32_t i = 0;
  const auto length = static_cast<int32_t>(s.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  while (i < length) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c >= 0 && u_islower(c)) return true;
  }
  return false;
}

bool IsCoordinator(std::string_view word) {
  static constexpr std::array<std::string_view, 2> kCoordinators = {"and", "or"};
  return IsOneOf(TrimView(word), kCoordinators);
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool EndsMidSentence(std::string_view s) {
  s = TrimView(s);
  if (s.empty()) return false;
  if (s.back() == ',') return true;
  return NeedsMore(PopLastWord(&s));
}

bool RunsOnInto(std::string_view line, std::string_view next) {
  if (EndsInConnective(line)) return true;
  next = TrimView(next);
  // "the Report" over "dated 15 March 2018": a sentence that has not ended
  // goes on in lower case (a label, "ii." or "a)", is no word).
  size_t letters = 0;
  while (letters < next.size() && IsLower(next[letters])) ++letters;
  if (letters >= 2 && !EndsSentence(line) &&
      (letters == next.size() || (next[letters] != '.' && next[letters] != ')'))) {
    return true;
  }
  // "1.", "(6)", "a)", "iii."
  const auto labelled = [](std::string_view s) {
    size_t n = 0;
    while (n < s.size() && n < 6 && (IsDigit(s[n]) || IsLower(s[n]) || IsUpper(s[n]))) ++n;
    return !s.empty() && (IsDigit(s[0]) || s[0] == '(' ||
                          (n > 0 && n < s.size() && (s[n] == '.' || s[n] == ')')));
  };
  // "Family Hubs" over "– Outline Business Case": the dash of prose, after
  // a word. Not a hyphen, which conversions print as a list's marker, nor
  // after "appropriately," or "; and", nor before a label ("– iii. to").
  std::string_view body = TrimView(line);
  if (std::string_view rest = body; IsCoordinator(PopLastWord(&rest))) body = rest;
  const char last = LastSignificantChar(body);
  const bool after_word = IsDigit(last) || IsLower(last) || IsUpper(last);
  for (std::string_view dash : {"\xE2\x80\x93 ", "\xE2\x80\x94 "}) {  // – —
    if (next.substr(0, dash.size()) == dash && after_word &&
        !labelled(TrimView(next.substr(dash.size())))) {
      return true;
    }
  }
  // "as set out in Appendix" over "2.", "within paragraph" over "a.
  // above": a word a number or a label completes.
  if (!labelled(next) || EndsSentence(line)) return false;
  line = TrimView(line);
  const std::string_view word = PopLastWord(&line);
  if (IsNumberedByNext(word)) return true;
  // "under section 15" over "(5) and (6)": the number's own parts.
  return !word.empty() && IsDigit(word[0]) && next[0] == '(' && IsNumberedByNext(PopLastWord(&line));
}

bool EndsInConnective(std::string_view s) {
  std::string_view before = TrimView(s);
  std::string_view word = PopLastWord(&before);
  // '("the': the brackets and quotes that open a word are not the word.
  while (!word.empty() && (word[0] == '(' || word[0] == '[' || word[0] == '"' || word[0] == '\'')) {
    word.remove_prefix(1);
  }
  for (std::string_view quote : {"\xE2\x80\x9C", "\xE2\x80\x98"}) {  // curly
    if (word.substr(0, quote.size()) == quote) word.remove_prefix(quote.size());
  }
  if (!NeedsMore(word)) return false;
  // "ANNEX A", "Appendix A": a capital that letters what the word before it
  // names is no article.
  if (word.size() == 1 && IsUpper(word[0])) {
    std::string_view rest = before;
    if (IsNumberedByNext(PopLastWord(&rest))) return false;
  }
  // "; and", ", or": a list's item may end so; "in, the" runs on.
  const char last = before.empty() ? '\0' : before.back();
  // "and" alone on its line: the end of "...; and" wrapped, as likely.
  return !IsCoordinator(word) || (last != ';' && last != ',' && last != ':' && last != '\0');
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

// Calls `f(offset, word, last)` for each space-separated word of `*s` after
// the first, `last` telling whether it ends the text. `f` may change the
// word's letters in place (not its length).
template <typename F>
void ForEachLaterWord(std::string* s, F f) {
  size_t i = s->find(' ');
  while (i != std::string::npos && i < s->size()) {
    const size_t at = i + 1;
    size_t end = s->find(' ', at);
    if (end == std::string::npos) end = s->size();
    f(at, std::string_view(s->data() + at, end - at), end == s->size());
    i = end;
  }
}

std::string TitleCase(std::string_view s) {
  if (HasLower(s)) return std::string(s);
  std::string out = CapitaliseWords(s);
  static constexpr std::array<std::string_view, 11> kSmall = {
      "of", "and", "the", "for", "in", "on", "upon", "to", "by", "at", "an"};
  ForEachLaterWord(&out, [&](size_t at, std::string_view word, bool) {
    if (IsOneOf(word, kSmall)) out[at] = ToLower(out[at]);
  });
  return out;
}

std::string NameCase(std::string_view s) {
  if (HasLower(s)) return std::string(s);
  std::string out = CapitaliseWords(s);
  // After the first word: particles ("de la Cruz", "van der Berg") in lower
  // case, before another word; honours ("CBE") in capitals.
  static constexpr std::array<std::string_view, 18> kParticles = {
      "de", "da", "del", "della", "di", "du", "dos", "la", "le", "van", "von", "der", "den", "ter", "bin", "al", "ap", "ab"};
  static constexpr std::array<std::string_view, 11> kHonours = {
      "cbe", "obe", "mbe", "kbe", "dbe", "cb", "qc", "kc", "qpm", "frs", "mp"};
  ForEachLaterWord(&out, [&](size_t at, std::string_view word, bool last) {
    while (!word.empty() && (word.back() == ',' || word.back() == '.')) word.remove_suffix(1);
    if (!last && IsOneOf(word, kParticles)) out[at] = ToLower(out[at]);
    if (IsOneOf(word, kHonours)) {
      for (size_t k = at; k < at + word.size(); ++k) out[k] = ToUpper(out[k]);
    }
  });
  return out;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string Squeeze(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (!IsSpace(s[i]) && s[i] != '\n') {
      out += s[i];
      continue;
    }
    size_t next = i;
    while (next < s.size() && (IsSpace(s[next]) || s[next] == '\n')) ++next;
    const char before = out.empty() ? '\0' : out.back();
    const char after = next < s.size() ? s[next] : '\0';
    // "497A (4B)", "15 (5)", "( 4B )": no space at a number's bracket; "and
    // (6)", "AND (6)" keep their word apart.
    bool number_bracket = after == '(' && before == ')';
    for (size_t k = out.size(); after == '(' && k > 0 && !IsSpace(out[k - 1]); --k) {
      number_bracket = number_bracket || IsDigit(out[k - 1]);
    }
    if (before != '\0' && after != '\0' && before != '(' && after != ')' && !number_bracket) {
      out += ' ';
    }
    i = next - 1;
  }
  return out;
}

}  // namespace whereas::internal
