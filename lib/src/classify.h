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

// The mask of one string, rules with a `before` or `after` condition
// (grammar.conditional_rules) included: only ClassifyLines() knows the
// lines around it.
RuleMask ClassifyLine(const GrammarData& grammar, std::string_view line);

// Compiles rule->head when rule->re splits before a final capture of the
// rest of the line (rest_of_line.h), and returns what the classification
// set matches for the rule: the head and what the rest must hold, or the
// whole pattern.
std::string CompileHead(LineRule* rule, const RE2::Options& options);

// Matches `rule` against `text` (a line, or the rest of one), filling
// groups[0..n-1] exactly as rule.re->Match() would. A rule split before a
// capture of the rest of the line matches its head and takes the rest
// without reading it through RE2; only when the rest does not fit is the
// full pattern run.
bool MatchRule(const LineRule& rule, std::string_view text,
               re2::StringPiece* groups, int n);

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
