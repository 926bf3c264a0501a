// Defined terms and what they stand for.
#include "definitions.h"

#include <string.h>
#include <strings.h>

#include <algorithm>

#include "str_util.h"

namespace whereas::internal {
namespace {

// The start of the phrase that can precede offset `end`: just after the
// last stop before it.
size_t SegmentStart(const RE2& stops, std::string_view text, size_t from,
                    size_t end) {
  re2::StringPiece input(text.data() + from, end - from);
  re2::StringPiece match;
  size_t start = from;
  while (!input.empty() &&
         stops.Match(input, 0, input.size(), RE2::UNANCHORED, &match, 1)) {
    start = static_cast<size_t>(match.data() + match.size() - text.data());
    const size_t consumed = static_cast<size_t>(match.data() - input.data()) +
                            std::max<size_t>(match.size(), 1);
    if (consumed >= input.size()) break;
    input.remove_prefix(consumed);
  }
  return start;
}

// A word of running text without the punctuation and quotes around it:
// '(“Directions,' -> 'Directions'.
std::string_view BareWord(std::string_view token) {
  constexpr std::string_view kPunct = "\"'()[],.;:!?";
  constexpr std::string_view kCurly[] = {"\u201C", "\u201D", "\u2018", "\u2019"};
  bool trimmed = true;
  while (trimmed && !token.empty()) {
    trimmed = false;
    if (kPunct.find(token.front()) != std::string_view::npos) {
      token.remove_prefix(1);
      trimmed = true;
    } else if (kPunct.find(token.back()) != std::string_view::npos) {
      token.remove_suffix(1);
      trimmed = true;
    }
    // Curly quotes are three bytes from 0xE2 on: most tokens have none.
    const bool curly_front = !token.empty() && token.front() == '\xE2';
    const bool curly_back = token.size() >= 3 && token[token.size() - 3] == '\xE2';
    if (!curly_front && !curly_back) continue;
    for (std::string_view q : kCurly) {
      if (token.starts_with(q)) {
        token.remove_prefix(q.size());
        trimmed = true;
      } else if (token.ends_with(q)) {
        token.remove_suffix(q.size());
        trimmed = true;
      }
    }
  }
  return token;
}

bool SameWord(std::string_view a, std::string_view b) {
  return a.size() == b.size() && strncasecmp(a.data(), b.data(), a.size()) == 0;
}

// "direction" names the same thing as "directions".
bool SameHead(std::string_view word, std::string_view head) {
  if (SameWord(word, head)) return true;
  if (word.size() == head.size() + 1 && (word.back() == 's' || word.back() == 'S')) {
    return SameWord(word.substr(0, head.size()), head);
  }
  if (head.size() == word.size() + 1 && (head.back() == 's' || head.back() == 'S')) {
    return SameWord(head.substr(0, word.size()), word);
  }
  return false;
}

struct Token {
  size_t start;           // cppcheck-suppress unusedStructMember ; offset in the segment
  std::string_view word;  // cppcheck-suppress unusedStructMember ; without the punctuation around it
};

std::vector<Token> Tokens(std::string_view segment) {
  std::vector<Token> out;
  size_t i = 0;
  while (i < segment.size()) {
    while (i < segment.size() && (segment[i] == ' ' || segment[i] == '\t' || segment[i] == '\n')) ++i;
    const size_t start = i;
    while (i < segment.size() && segment[i] != ' ' && segment[i] != '\t' && segment[i] != '\n') ++i;
    if (i > start) out.push_back({start, BareWord(segment.substr(start, i - start))});
  }
  return out;
}

// The phrase around the term's last word, where the words before it show
// where it starts: "issued Directions to the Council" for "the MHCLG
// Directions". Reading back at most `reach` words from its last occurrence,
// the first of these decides: an opener starts the phrase ("a statutory
// direction on ..."); a boundary word ("in Ofsted's letter") or a verb
// ("issued Directions") ends the words before it; the segment's start.
// nullopt when none is within reach, or the word is absent.
std::optional<std::string> HeadPhrase(const HeadRules& rules,
                                      std::string_view segment,
                                      std::string_view term) {
  if (rules.reach == 0) return std::nullopt;
  const std::vector<Token> term_words = Tokens(term);
  if (term_words.empty() || term_words.back().word.empty()) return std::nullopt;
  const std::string_view head = term_words.back().word;
  // The segment's words read from its end, as many as needed: its last
  // occurrence of the head word, then up to `reach` + 1 words before it (the
  // cost is the distance to the word, not the segment's length).
  std::vector<Token> words;  // words[0] is the segment's last word
  size_t at = segment.size();
  const auto previous_word = [&]() {
    const auto space = [&](size_t i) {
      return segment[i] == ' ' || segment[i] == '\t' || segment[i] == '\n';
    };
    while (at > 0 && space(at - 1)) --at;
    if (at == 0) return false;
    const size_t end = at;
    while (at > 0 && !space(at - 1)) --at;
    words.push_back({at, BareWord(segment.substr(at, end - at))});
    return true;
  };
  while (previous_word() && !SameHead(words.back().word, head)) {
  }
  if (words.empty() || !SameHead(words.back().word, head)) return std::nullopt;
  const size_t head_at = words.size() - 1;
  // words[head_at + back] is `back` words before the head, read on demand
  // (false when the segment has no such word). Read by index: reading one
  // more may move the others.
  const auto has = [&](size_t back) {
    while (words.size() <= head_at + back) {
      if (!previous_word()) return false;
    }
    return true;
  };
  const auto at_back = [&](size_t back) -> const Token& { return words[head_at + back]; };
  const auto is = [&](const std::unique_ptr<RE2>& re, size_t back) {
    const std::string_view w = at_back(back).word;
    return RE2::FullMatch(re2::StringPiece(w.data(), w.size()), *re);
  };
  std::optional<size_t> start;  // where the phrase starts in the segment
  for (size_t back = 1; back <= static_cast<size_t>(rules.reach); ++back) {
    if (!has(back)) {  // the segment's start: its first word
      start = words.back().start;
      break;
    }
    if (is(rules.opener, back)) {
      start = at_back(back).start;
      break;
    }
    if (is(rules.boundary, back)) {
      start = at_back(back - 1).start;
      break;
    }
    // After an opener a verb's form is an adjective: "a detailed report".
    const bool after_opener = has(back + 1) && is(rules.opener, back + 1);
    if (is(rules.verb, back) && !after_opener) {
      start = at_back(back - 1).start;
      break;
    }
  }
  if (!start) return std::nullopt;
  std::string means = Trim(segment.substr(*start));
  while (!means.empty() && (means.back() == ',' || means.back() == ' ')) means.pop_back();
  if (means.empty()) return std::nullopt;
  return means;
}

// What `term` stands for: the phrase around its last word in `segment`, or
// else in `clause`; failing both, the first `means` rule that accepts the
// segment.
std::optional<std::string> Means(const DefinitionRules& rules,
                                 std::string_view segment,
                                 std::string_view clause,
                                 std::string_view term) {
  if (auto phrase = HeadPhrase(rules.head, segment, term)) return phrase;
  if (clause.size() > segment.size()) {
    if (auto phrase = HeadPhrase(rules.head, clause, term)) return phrase;
  }
  for (const MeansRule& rule : rules.means) {
    const int group = rule.re->NamedCapturingGroups().at("means");
    std::vector<re2::StringPiece> groups(group + 1);
    if (!rule.re->Match(segment, 0, segment.size(), RE2::ANCHOR_BOTH,
                        groups.data(), group + 1)) {
      continue;
    }
    std::string means = Trim(std::string_view(groups[group]));
    if (means.empty()) continue;
    if (rule.reject && RE2::FullMatch(means, *rule.reject)) continue;
    return means;
  }
  return std::nullopt;
}

// '"the Trust" means ...': terms stated outright, each with its offset so
// that they can be put in order with the bracketed ones.
void FindStated(const DefinitionRules& rules, std::string_view text, int line,
                std::vector<std::pair<size_t, Definition>>* out) {
  // Each word is looked for once, however many rules need it.
  std::vector<std::pair<std::string_view, bool>> seen;
  const auto in_text = [&](const std::string& word) {
    for (const auto& [w, found] : seen) {
      if (w == word) return found;
    }
    // glibc's memmem skips ahead; string_view::find stops at every 'm'.
    const bool found = memmem(text.data(), text.size(), word.data(), word.size()) != nullptr;
    seen.emplace_back(word, found);
    return found;
  };
  for (const StatedRule& rule : rules.stated) {
    if (std::none_of(rule.needs.begin(), rule.needs.end(), in_text)) continue;
    const int term = rule.term_group;
    const int means = rule.means_group;
    const int n = std::max(term, means) + 1;
    std::vector<re2::StringPiece> groups(n);
    size_t pos = 0;
    while (pos < text.size() &&
           rule.re->Match(text, pos, text.size(), RE2::UNANCHORED, groups.data(), n)) {
      Definition def;
      def.term = Trim(std::string_view(groups[term]));
      std::string meaning = Trim(std::string_view(groups[means]));
      if (!meaning.empty()) def.means = std::move(meaning);
      def.line = line;
      out->push_back({static_cast<size_t>(groups[term].data() - text.data()), std::move(def)});
      // Resume after the meaning, not the whole match: its end may have
      // taken the quote that opens the next term ('... ; and "the Plan"').
      const re2::StringPiece& last = groups[means].data() ? groups[means] : groups[0];
      const size_t end = static_cast<size_t>(last.data() + last.size() - text.data());
      pos = std::max(end, pos + 1);
    }
  }
}

// How far back from a term its clause is read for the term's words.
constexpr size_t kClauseReach = 600;

// 'Anytown Council ("the Council")': the term in brackets, and the phrase
// before it that it stands for.
void FindBracketed(const DefinitionRules& rules, std::string_view text, int line,
                   std::vector<std::pair<size_t, Definition>>* out) {
  if (!rules.term) return;
  const int group = rules.term_group;
  std::vector<re2::StringPiece> groups(group + 1);
  size_t pos = 0;
  size_t previous_end = 0;
  size_t clause = 0;  // the clause of the previous term: later ones start no earlier
  while (pos < text.size() &&
         rules.term->Match(text, pos, text.size(), RE2::UNANCHORED,
                           groups.data(), group + 1)) {
    const size_t start = static_cast<size_t>(groups[0].data() - text.data());
    const size_t end = start + groups[0].size();
    Definition def;
    def.term = Trim(std::string_view(groups[group]));
    def.line = line;
    const size_t seg = SegmentStart(*rules.stops, text, previous_end, start);
    // A clause is read back at most kClauseReach bytes, from a word's start:
    // read back to its start for every term, a clause of thousands of terms
    // with no clause mark in it would cost time quadratic in its length.
    if (start > clause + kClauseReach) {
      clause = start - kClauseReach;
      while (clause < start && text[clause] != ' ' && text[clause] != '\n') ++clause;
    }
    clause = rules.head.clause ? SegmentStart(*rules.head.clause, text, clause, start) : seg;
    def.means = Means(rules, text.substr(seg, start - seg),
                      text.substr(clause, start - clause), def.term);
    out->push_back({start, std::move(def)});
    previous_end = end;
    pos = std::max(end, pos + 1);
  }
}

}  // namespace

std::vector<Definition> FindDefinitions(const DefinitionRules& rules,
                                        std::string_view text, int line) {
  std::vector<std::pair<size_t, Definition>> found;
  FindStated(rules, text, line, &found);
  FindBracketed(rules, text, line, &found);
  std::stable_sort(found.begin(), found.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<Definition> out;
  out.reserve(found.size());
  for (auto& [offset, def] : found) out.push_back(std::move(def));
  return out;
}

}  // namespace whereas::internal
