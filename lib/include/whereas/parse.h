// Parse(): bytes of one plain-text document -> Document.
#ifndef WHEREAS_PARSE_H_
#define WHEREAS_PARSE_H_

#include <string_view>
#include <vector>

#include "whereas/document.h"
#include "whereas/grammar.h"

namespace whereas {

// How well each grammar's detection rules recognise a text.
struct Detection {
  const Grammar* grammar = nullptr;  // nullptr when no grammar scores > 0
  double confidence = 0;             // 0..1
};

// Scores `bytes` against the detection rules of every grammar and returns the
// best (the first, on a tie). Only the first 64 KiB are read: a kind shows
// in a document's opening. `grammars` must outlive the result.
Detection Detect(const std::vector<Grammar>& grammars, std::string_view bytes);

// Parses `bytes` (any encoding damage is repaired and reported as a
// diagnostic) with `grammar`. `source` is copied into Document::source.
// `confidence` is reported as grammar.confidence. Never fails: text that no
// rule places goes to Document::unplaced.
Document Parse(const Grammar& grammar, std::string_view bytes,
               std::string_view source, double confidence = 1.0);

// Detects the kind and parses with the best grammar. A text that no grammar
// recognises becomes a Document of kind "unknown" holding every non-blank
// line in `unplaced`, with an error diagnostic [unknown-kind].
Document ParseDetected(const std::vector<Grammar>& grammars,
                       std::string_view bytes, std::string_view source);

}  // namespace whereas

#endif  // WHEREAS_PARSE_H_
