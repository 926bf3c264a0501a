// Parse(): bytes of one document (text, or a PDF or HTML page read first) -> Document.
#ifndef WHEREAS_PARSE_H_
#define WHEREAS_PARSE_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "whereas/document.h"
#include "whereas/grammar.h"
#include "whereas/read.h"
#include "whereas/result.h"

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

// Why detection answers as it does, for one grammar: its score (the summed
// weights of its rules that matched a line of the opening, at most 1, two
// decimals, as Detection::confidence) and each such rule with its weight and
// the first line it matched.
struct DetectionEvidence {
  std::string rule;  // the detection rule's id
  double weight = 0;
  int line = 0;      // 1-based, original input
};
struct KindScore {
  std::string kind;  // the grammar's name
  double score = 0;
  std::vector<DetectionEvidence> evidence;
};

// The evidence for every grammar, in the order of `grammars`. The kind
// Detect() picks is the first with the highest score, when it is 0.5 or more.
std::vector<KindScore> ExplainDetection(const std::vector<Grammar>& grammars,
                                        std::string_view bytes);

// Parses `bytes` (any encoding damage is repaired and reported as a
// diagnostic) with `grammar`. `source` is copied into Document::source.
// `confidence` is reported as grammar.confidence. Never fails: text that no
// rule places goes to Document::unplaced.
Document Parse(const Grammar& grammar, std::string_view bytes,
               std::string_view source, double confidence = 1.0);
// The same for a document a reader read (ReadPdf(), ReadHtml()): its lines'
// roles decide the page furniture and footnotes.
Document Parse(const Grammar& grammar, const SourceText& text,
               std::string_view source, double confidence = 1.0);

// Detects the kind and parses with the best grammar. A text that no grammar
// recognises becomes a Document of kind "unknown" holding every non-blank
// line in `unplaced`, with an error diagnostic [unknown-kind].
Document ParseDetected(const std::vector<Grammar>& grammars,
                       std::string_view bytes, std::string_view source);

namespace internal {
struct DetectorData;
}  // namespace internal

// Detection and ParseDetected() for a fixed list of grammars, compiled once:
// the detection rules of every grammar in one RE2::Set that reads a text's
// opening in one pass, with ^ and $ at line ends and no match across a line
// break, so each rule matches exactly the lines it matches one at a time.
// The answers are those of the functions above. A Detector keeps its own
// (shared) copy of the grammars, to which its Detection::grammar points; it
// is immutable and safe to use from many threads at once.
class Detector {
 public:
  explicit Detector(std::vector<Grammar> grammars);

  const std::vector<Grammar>& grammars() const { return grammars_; }
  Detection Detect(std::string_view bytes) const;
  std::vector<KindScore> Explain(std::string_view bytes) const;  // ExplainDetection()
  Document ParseDetected(std::string_view bytes, std::string_view source) const;
  Document ParseDetected(const SourceText& text, std::string_view source) const;

 private:
  std::vector<Grammar> grammars_;
  std::shared_ptr<const internal::DetectorData> data_;
};

// What a file holds, told by its content, never by its name.
enum class InputFormat { kText, kPdf, kHtml };

// kPdf when "%PDF-" starts one of the first 1,024 bytes' lines (where the
// PDF standard lets a reader look for it); kHtml when the first thing
// printed (after a byte-order mark, space and comments) is an HTML doctype
// or an <html>, <head> or <body> tag; kText otherwise. Reads at most the
// first 1,024 bytes.
InputFormat SniffFormat(std::string_view bytes);

// The built-in grammars (direction, committee-report, commissioner-report),
// compiled. They are checked when the library is built, so this never fails.
std::vector<Grammar> LoadBuiltinGrammars();

struct ParseOptions {
  std::string kind;          // a grammar's name; "" detects the kind
  std::string source = "-";  // copied into Document::source
  // The grammars to choose from; nullptr for the built-in ones (compiled
  // once, on first use, and shared).
  const Detector* detector = nullptr;
  // What the bytes are; unset: told by their content (SniffFormat()).
  std::optional<InputFormat> format = std::nullopt;
};

// The one call most users need: reads `bytes` as their format says (a PDF,
// an HTML page, or text), detects the document's kind (or takes
// options.kind) and parses it. Fails for a kind no grammar has, and for a
// PDF or HTML page that cannot be read (ReadPdf(), ReadHtml()).
Result<Document> Parse(std::string_view bytes, const ParseOptions& options = {});

}  // namespace whereas

#endif  // WHEREAS_PARSE_H_
