// Stage 3, classify: every line matched against all line rules in one
// RE2::Set pass; a line that wraps takes the rules its whole paragraph holds.
#ifndef WHEREAS_SRC_CLASSIFY_H_
#define WHEREAS_SRC_CLASSIFY_H_

#include <string_view>
#include <vector>

#include "grammar_internal.h"
#include "layout.h"
#include "text.h"

namespace whereas::internal {

// The rules each line matches, one mask per line, final: what the outline
// reads. ClassifyLines(), then UnwrapParagraphs() with `layout`'s full lines.
std::vector<RuleMask> Classify(const GrammarData& grammar, const std::vector<Line>& lines,
                               const Layout& layout);

// The rules each line matches, one mask per line, with the conditions of
// rules that hold only over or under another's line decided. Blank lines
// match none.
std::vector<RuleMask> ClassifyLines(const GrammarData& grammar,
                                    const std::vector<Line>& lines);

// Where a line is wrapped, the rules of the paragraph it belongs to: a line
// after one ending mid-phrase ("... section 15 (5) and"), or after a full
// line when it runs on into it (RunsOnInto()), keeps only page furniture
// rules; a line that runs on keeps the rules that also hold for its whole
// paragraph, classified once (not the rules that capture the rest of the
// line, which hold for the paragraph whenever they hold for the line).
void UnwrapParagraphs(const GrammarData& grammar, const std::vector<Line>& lines,
                      const Layout& layout, std::vector<RuleMask>* masks);

// The mask of one string, rules with a `before` or `after` condition
// (grammar.conditional_rules) included: only ClassifyLines() knows the
// lines around it.
RuleMask ClassifyLine(const GrammarData& grammar, std::string_view line);

// ClassifyLine(grammar, row) & grammar's header-row rules (`value_below:
// true`), asking only those: a row that starts no label costs a few bytes.
RuleMask ClassifyRow(const GrammarData& grammar, std::string_view row);

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

// Rule `rule` matched against `text` for its groups (the classification set
// tells only that it matches), `groups` sized to its captures.
bool CaptureRule(const GrammarData& grammar, int rule, std::string_view text,
                 std::vector<re2::StringPiece>* groups);

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
