// Numbering checks: faults in the item tree, reported like compiler
// diagnostics.
#ifndef WHEREAS_CHECK_H_
#define WHEREAS_CHECK_H_

#include <string>
#include <string_view>
#include <vector>

#include "whereas/document.h"

namespace whereas {

// A rule `whereas check` knows: its stable id, default severity, whether it
// is reported unless asked (`check` hides notes by default), and a one-line
// explanation.
struct CheckRule {
  std::string_view id;
  Severity severity;
  bool on_by_default;
  std::string_view summary;
};

// Every rule, in a stable order.
const std::vector<CheckRule>& CheckRules();

// The rule called `id`, or nullptr.
const CheckRule* FindCheckRule(std::string_view id);

// Numbering faults of `doc`'s item tree: gaps, duplicates, order, wrong
// parents, mixed styles, empty items, and clauses that do not continue the
// recitals. The parser's own findings (numbering-case,
// numbering-missing-label, numbered-heading, merged-items) are already in
// doc.diagnostics and are not repeated. Items are compared by the label
// their path uses, so a lost label or a letter in the wrong case is reported
// once, by its own rule. Never fails; results are in line order.
std::vector<Diagnostic> CheckNumbering(const Document& doc);

// "FILE:LINE:COLUMN: SEVERITY: MESSAGE [RULE]", the form compilers use.
std::string FormatDiagnostic(std::string_view file, const Diagnostic& d);

}  // namespace whereas

#endif  // WHEREAS_CHECK_H_
