// Line classification: one RE2::Set match per line (and the few rules too
// large to share it, each alone), then the rules of
// wrapped lines as of the paragraphs they belong to.
#include "classify.h"

#include <re2/re2.h>

#include <algorithm>
#include <bit>
#include <optional>
#include <string>

#include "labels.h"
#include "str_util.h"

namespace whereas::internal {

RuleMask ClassifyLine(const GrammarData& grammar, std::string_view line) {
  if (line.find_first_not_of(" \t") == std::string_view::npos) return 0;
  // Thread-local scratch: Match() clears it, and no allocation per line.
  thread_local std::vector<int> matches;
  RE2::Set::ErrorInfo info;
  RuleMask mask = 0;
  if (grammar.rule_set && grammar.rule_set->Match(line, &matches, &info)) {
    for (int m : matches) mask |= RuleMask{1} << grammar.set_rules[m];
  } else if (grammar.rule_set && info.kind != RE2::Set::kNoError) {
    // The set's DFA ran out of memory on this line: ask each rule, which is
    // slower but gives the same answer.
    for (size_t i = 0; i < grammar.rules.size(); ++i) {
      if (RE2::PartialMatch(line, *grammar.rules[i].re)) mask |= RuleMask{1} << i;
    }
    return mask;
  }
  for (const GrammarData::LoneRule& r : grammar.lone_rules) {
    if (r.re->Match(line, 0, line.size(), RE2::ANCHOR_START, nullptr, 0)) {
      mask |= RuleMask{1} << r.rule;
    }
  }
  return mask;
}

RuleMask ClassifyRow(const GrammarData& grammar, std::string_view row) {
  if (!grammar.row_set || row.find_first_not_of(" \t") == std::string_view::npos) return 0;
  thread_local std::vector<int> matches;
  RE2::Set::ErrorInfo info;
  RuleMask mask = 0;
  // Whether any rule matches first: asked so, RE2 allocates nothing and
  // stops at the first match; most rows match none.
  if (!grammar.row_set->Match(row, nullptr, &info) && info.kind == RE2::Set::kNoError) return 0;
  if (!grammar.row_set->Match(row, &matches, &info)) {
    if (info.kind == RE2::Set::kNoError) return 0;
    for (const int r : grammar.row_rules) {  // out of DFA memory: each rule decides
      if (RE2::PartialMatch(row, *grammar.rules[r].re)) mask |= RuleMask{1} << r;
    }
    return mask;
  }
  for (const int m : matches) mask |= RuleMask{1} << grammar.row_rules[m];
  return mask;
}

std::vector<RuleMask> ClassifyLines(const GrammarData& grammar,
                                    const std::vector<Line>& lines) {
  std::vector<RuleMask> masks;
  masks.reserve(lines.size());
  for (const Line& line : lines) masks.push_back(ClassifyLine(grammar, line.text));
  const RuleMask conditional = grammar.conditional_rules;
  if (conditional == 0) return masks;
  // A rule that holds only over another rule's line: from the last line up,
  // so that the line below has been decided when this one is. Then a rule
  // that holds only under one, from the first line down.
  const auto holds = [&](size_t line, int rule) {
    return rule >= 0 && line < masks.size() && (masks[line] & (RuleMask{1} << rule)) != 0;
  };
  for (size_t i = masks.size(); i-- > 0;) {
    for (RuleMask m = masks[i] & conditional; m != 0; m &= m - 1) {
      const int r = std::countr_zero(m);
      const int before = grammar.rules[r].before;
      if (before >= 0 && !holds(i + 1, before)) masks[i] &= ~(RuleMask{1} << r);
    }
  }
  for (size_t i = 0; i < masks.size(); ++i) {
    for (RuleMask m = masks[i] & conditional; m != 0; m &= m - 1) {
      const int r = std::countr_zero(m);
      const int after = grammar.rules[r].after;
      if (after >= 0 && (i == 0 || !holds(i - 1, after))) masks[i] &= ~(RuleMask{1} << r);
    }
  }
  return masks;
}

namespace {

// "(i)", "a.", "1)": a line's leading label, with the brackets around it.
struct LeadLabel {
  std::string open, label, close;
};

std::optional<LeadLabel> LeadingLabel(std::string_view line) {
  static const RE2 kLabel(R"(^\s*(\(?)([a-z]{1,5}|[A-Z]{1,5}|\d{1,3})([.)])\s)");
  LeadLabel l;
  if (!RE2::PartialMatch(line, kLabel, &l.open, &l.label, &l.close)) return std::nullopt;
  return l;
}

// A list introduced without a colon: `first` opens a fresh sequence (its
// label is the first of a style: "(i)", "a.", "1)") and `second` carries
// the label after it in the same style and brackets ("(ii)", "b.", "2)").
// The lead-in before them ends mid-phrase ("... with access to") and yet
// does not run on into them.
bool StartsList(std::string_view first, std::string_view second) {
  const auto a = LeadingLabel(first), b = LeadingLabel(second);
  if (!a || !b || a->open != b->open || a->close != b->close) return false;
  for (ItemStyle style : {ItemStyle::kDecimal, ItemStyle::kAlpha, ItemStyle::kAlphaUpper,
                          ItemStyle::kRoman, ItemStyle::kRomanUpper}) {
    if (LabelValue(a->label, style) == 1 && LabelAt(2, style) == b->label) return true;
  }
  return false;
}

}  // namespace

void UnwrapParagraphs(const GrammarData& grammar, const std::vector<Line>& lines,
                      const Layout& layout, std::vector<RuleMask>* masks) {
  std::vector<RuleMask>& m = *masks;
  const RuleMask furniture = grammar.furniture_rules;
  // A line after one that ends in the middle of a phrase ("under section 15
  // (5) and", "the terms of reference (\"the") continues it, whatever its
  // first words look like ("(6) of the Act", "Terms of Reference\") set
  // out"): no rule but page furniture applies to it. After a full line of a
  // wrapped text, also a line that goes on in lower case, or a number after
  // "as set out in Appendix" (RunsOnInto()).
  // A fresh sequence whose next label follows on the next line is a list
  // even so (one line of look-ahead: linear).
  for (size_t i = 1; i < lines.size(); ++i) {
    if ((m[i] & ~furniture) != 0 &&
        (EndsInConnective(lines[i - 1].text) ||
         (layout.RunsOn(i - 1) && RunsOnInto(lines[i - 1].text, lines[i].text))) &&
        !(i + 1 < lines.size() && StartsList(lines[i].text, lines[i + 1].text))) {
      m[i] &= furniture;
    }
  }
  // A line that the next continues (it is full, or ends in "and", "of",
  // "a" ..., in any text) holds the rules its whole paragraph holds: "1. The
  // Commissioner will report to the Secretary of State by 30 April" looks
  // like a section's heading until "2021." ends it. Each paragraph is
  // classified once: the lines it joins have no rule of their own.
  const auto continues = [&](size_t j) {
    return j < lines.size() && !TrimView(lines[j].text).empty() && (m[j] & ~furniture) == 0;
  };
  const auto unfinished = [&](size_t j) {
    return layout.RunsOn(j) || EndsInConnective(lines[j].text);
  };
  std::string paragraph;
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    if ((m[i] & ~furniture & grammar.whole_line_rules) == 0 || !continues(i + 1) || !unfinished(i)) {
      continue;
    }
    paragraph.assign(lines[i].text);
    for (size_t j = i + 1; continues(j); ++j) {
      paragraph += ' ';
      paragraph += TrimView(lines[j].text);
      if (!unfinished(j)) break;
    }
    m[i] &= ClassifyLine(grammar, paragraph) | furniture;
  }
}

std::vector<RuleMask> Classify(const GrammarData& grammar, const std::vector<Line>& lines,
                               const Layout& layout) {
  std::vector<RuleMask> masks = ClassifyLines(grammar, lines);
  UnwrapParagraphs(grammar, lines, layout, &masks);
  return masks;
}

std::string CompileHead(LineRule* rule, const RE2::Options& options) {
  const std::string& pattern = rule->re->pattern();
  const auto split = SplitRestOfLine(pattern);
  if (!split) return pattern;
  auto head = std::make_unique<RE2>(split->head, options);
  const int groups = rule->re->NumberOfCapturingGroups();
  // The rest must be the last group, and the head every group before it.
  if (!head->ok() || GroupIndex(*rule->re, split->name) != groups ||
      head->NumberOfCapturingGroups() != groups - 1) {
    return pattern;
  }
  rule->head = std::move(head);
  rule->rest_kind = split->kind;
  rule->rest_group = groups;
  return split->set_pattern;
}

bool MatchRule(const LineRule& rule, std::string_view text,
               re2::StringPiece* groups, int n) {
  if (rule.head && n >= 1) {
    const int head_n = std::min(n, rule.rest_group);
    if (rule.head->Match(text, 0, text.size(), RE2::UNANCHORED, groups, head_n)) {
      const size_t end = static_cast<size_t>(groups[0].data() - text.data()) + groups[0].size();
      if (const auto rest = RestFits(rule.rest_kind, text, end)) {
        // Every tail form runs to the end of the text.
        groups[0] = re2::StringPiece(groups[0].data(),
                                     static_cast<size_t>(text.data() + text.size() - groups[0].data()));
        if (n > rule.rest_group) groups[rule.rest_group] = re2::StringPiece(rest->data(), rest->size());
        return true;
      }
    }
  }
  return rule.re->Match(text, 0, text.size(), RE2::UNANCHORED, groups, n);
}

bool CaptureRule(const GrammarData& grammar, int rule, std::string_view text,
                 std::vector<re2::StringPiece>* groups) {
  const LineRule& r = grammar.rules[rule];
  groups->assign(r.re->NumberOfCapturingGroups() + 1, re2::StringPiece());
  return MatchRule(r, text, groups->data(), static_cast<int>(groups->size()));
}

int WinningRule(const GrammarData& grammar, RuleMask mask, int zone) {
  int best = -1;
  for (int i = 0; mask != 0; ++i, mask >>= 1) {
    if ((mask & 1) == 0) continue;
    const LineRule& rule = grammar.rules[i];
    if (!rule.zones.empty() &&
        std::find(rule.zones.begin(), rule.zones.end(), zone) == rule.zones.end()) {
      continue;
    }
    if (best < 0 || rule.priority > grammar.rules[best].priority) best = i;
  }
  return best;
}

bool WinsSomewhere(const GrammarData& grammar, std::string_view line, int rule,
                   int* winner) {
  const RuleMask mask = ClassifyLine(grammar, line);
  std::vector<int> zones = grammar.rules[rule].zones;
  if (zones.empty()) {
    for (size_t z = 0; z < grammar.zones.size(); ++z) {
      zones.push_back(static_cast<int>(z));
    }
  }
  *winner = -1;
  for (size_t k = 0; k < zones.size(); ++k) {
    const int w = WinningRule(grammar, mask, zones[k]);
    if (w == rule) return true;
    if (k == 0) *winner = w;
  }
  return false;
}

}  // namespace whereas::internal
