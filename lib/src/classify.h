// Stage 3: every line is matched against all line rules in one RE2::Set pass.
#ifndef WHEREAS_SRC_CLASSIFY_H_
#define WHEREAS_SRC_CLASSIFY_H_

#include <string_view>
#include <vector>

#include "grammar_internal.h"
#include "text.h"

namespace whereas::internal {

// The rules each line matches, one mask per line. Blank lines match none.
std::vector<RuleMask> ClassifyLines(const GrammarData& grammar,
                                    const std::vector<Line>& lines);

// The mask of one string.
RuleMask ClassifyLine(const GrammarData& grammar, std::string_view line);

// The rule that wins among those in `mask` in zone `zone`: the highest
// priority among rules that apply there, the earliest on a tie. -1 if none.
int WinningRule(const GrammarData& grammar, RuleMask mask, int zone);

// For checking a rule's examples: true if rule `rule` wins for `line` in at
// least one zone where it applies. Otherwise `*winner` is set to the rule
// that wins instead in the first such zone, or -1 when no rule matches.
bool WinsSomewhere(const GrammarData& grammar, std::string_view line, int rule,
                   int* winner);

}  // namespace whereas::internal

#endif  // WHEREAS_SRC_CLASSIFY_H_
