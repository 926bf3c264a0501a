// Line classification with one RE2::Set match per line.
#include "classify.h"

#include <algorithm>

namespace whereas::internal {

RuleMask ClassifyLine(const GrammarData& grammar, std::string_view line) {
  if (line.find_first_not_of(" \t") == std::string_view::npos) return 0;
  // Thread-local scratch: Match() clears it, and no allocation per line.
  thread_local std::vector<int> matches;
  RE2::Set::ErrorInfo info;
  RuleMask mask = 0;
  if (!grammar.rule_set->Match(line, &matches, &info)) {
    if (info.kind == RE2::Set::kNoError) return 0;
    // The set's DFA ran out of memory on this line: ask each rule, which is
    // slower but gives the same answer.
    for (size_t i = 0; i < grammar.rules.size(); ++i) {
      if (RE2::PartialMatch(line, *grammar.rules[i].re)) mask |= RuleMask{1} << i;
    }
    return mask;
  }
  for (int m : matches) mask |= RuleMask{1} << m;
  return mask;
}

std::vector<RuleMask> ClassifyLines(const GrammarData& grammar,
                                    const std::vector<Line>& lines) {
  std::vector<RuleMask> masks;
  masks.reserve(lines.size());
  for (const Line& line : lines) masks.push_back(ClassifyLine(grammar, line.text));
  return masks;
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
