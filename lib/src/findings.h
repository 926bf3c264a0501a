// Diagnostics found while the outline is built: columns mapped back to the
// original bytes, and an item's path filled in once the tree is complete.
#ifndef WHEREAS_SRC_FINDINGS_H_
#define WHEREAS_SRC_FINDINGS_H_

#include <string>
#include <vector>

#include "text.h"
#include "whereas/document.h"

namespace whereas::internal {

class Findings {
 public:
  // `text` maps columns; it must outlive the Findings.
  explicit Findings(const Text& text) : text_(text) {}

  // A finding at byte `offset` of normalised line `line`, about node `node`
  // of the item tree (-1: about the document).
  void Add(Severity severity, std::string rule, int node, int line, int offset,
           std::string message) {
    Diagnostic d;
    d.severity = severity;
    d.rule = std::move(rule);
    d.line = line;
    d.column = text_.OriginalColumn(line, std::max(offset, 0));
    d.message = std::move(message);
    diagnostics_.push_back(std::move(d));
    nodes_.push_back(node);
  }

  // The findings, each about the node at the same index of nodes() (-1:
  // the document), in the order found.
  std::vector<Diagnostic>& diagnostics() { return diagnostics_; }
  const std::vector<int>& nodes() const { return nodes_; }
  const Text& text() const { return text_; }

 private:
  const Text& text_;
  std::vector<Diagnostic> diagnostics_;
  std::vector<int> nodes_;
};

}  // namespace whereas::internal

#endif  // WHEREAS_SRC_FINDINGS_H_
