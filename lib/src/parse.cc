// The pipeline: normalise -> split -> classify -> outline -> extract.
#include "whereas/parse.h"

#include <algorithm>
#include <cmath>
#include <tuple>

#include "classify.h"
#include "deadlines.h"
#include "whereas/check.h"
#include "extract.h"
#include "outline.h"
#include "str_util.h"
#include "text.h"

namespace whereas {
namespace {

// Below this confidence a text is of no known kind.
constexpr double kMinConfidence = 0.5;

// Detection reads a document's opening (title, headings, header table),
// not all of it: its cost stays flat however long the document is.
constexpr size_t kDetectBytes = size_t{64} * 1024;

double Score(const internal::GrammarData& g,
             const std::vector<internal::Line>& lines) {
  std::vector<bool> seen(g.detect.size(), false);
  std::vector<int> matches;
  size_t read = 0;
  for (const internal::Line& line : lines) {
    if (read > kDetectBytes) break;
    read += line.text.size() + 1;
    RE2::Set::ErrorInfo info;
    if (!g.detect_set->Match(line.text, &matches, &info)) {
      if (info.kind == RE2::Set::kNoError) continue;
      // Out of DFA memory on this line: each rule decides instead.
      for (size_t i = 0; i < g.detect.size(); ++i) {
        if (RE2::PartialMatch(line.text, *g.detect[i].re)) seen[i] = true;
      }
      continue;
    }
    for (int m : matches) seen[m] = true;
  }
  double score = 0;
  for (size_t i = 0; i < seen.size(); ++i) {
    if (seen[i]) score += g.detect[i].weight;
  }
  return std::min(score, 1.0);
}

Detection DetectLines(const std::vector<Grammar>& grammars,
                      const std::vector<internal::Line>& lines) {
  Detection best;
  for (const Grammar& g : grammars) {
    const double score = Score(g.data(), lines);
    if (score > best.confidence) best = {&g, score};
  }
  // Two decimals: confidence is a ranking, not a measurement.
  best.confidence = static_cast<double>(std::lround(best.confidence * 100)) / 100;
  if (best.confidence < kMinConfidence) best.grammar = nullptr;
  return best;
}

Document ParseText(const Grammar& grammar, const internal::Text& text,
                   const std::vector<internal::Line>& lines,
                   std::string_view source, double confidence) {
  Document doc;
  doc.source = std::string(source);
  doc.kind = grammar.name();
  doc.grammar = {grammar.name(), grammar.version(), grammar.file(), confidence};
  const auto masks = internal::ClassifyLines(grammar.data(), lines);
  internal::ExtractRecords(
      grammar.data(), internal::BuildOutline(grammar.data(), text, lines, masks),
      &doc);
  for (Diagnostic& d : CheckNumbering(doc)) doc.diagnostics.push_back(std::move(d));
  internal::ExtractDeadlines(*grammar.data().deadlines, &doc);
  const auto by_line = [](const auto& a, const auto& b) { return a.line < b.line; };
  std::stable_sort(doc.deadlines.begin(), doc.deadlines.end(), by_line);
  std::stable_sort(doc.dates.begin(), doc.dates.end(), by_line);
  std::stable_sort(doc.diagnostics.begin(), doc.diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     return std::tie(a.line, a.column) < std::tie(b.line, b.column);
                   });
  return doc;
}

}  // namespace

Detection Detect(const std::vector<Grammar>& grammars, std::string_view bytes) {
  const internal::Text text = internal::NormalizeText(bytes);
  return DetectLines(grammars, internal::SplitLines(text));
}

Document Parse(const Grammar& grammar, std::string_view bytes,
               std::string_view source, double confidence) {
  const internal::Text text = internal::NormalizeText(bytes);
  return ParseText(grammar, text, internal::SplitLines(text), source,
                   confidence);
}

Document ParseDetected(const std::vector<Grammar>& grammars,
                       std::string_view bytes, std::string_view source) {
  const internal::Text text = internal::NormalizeText(bytes);
  const auto lines = internal::SplitLines(text);
  const Detection detection = DetectLines(grammars, lines);
  if (detection.grammar != nullptr) {
    return ParseText(*detection.grammar, text, lines, source,
                     detection.confidence);
  }
  Document doc;
  doc.source = std::string(source);
  doc.kind = "unknown";
  doc.grammar = {"unknown", 0, "", detection.confidence};
  for (const internal::Line& line : lines) {
    if (!internal::TrimView(line.text).empty()) {
      doc.unplaced.push_back({line.number, internal::Trim(line.text)});
    }
  }
  Diagnostic d;
  d.severity = Severity::kError;
  d.rule = "unknown-kind";
  d.line = 1;
  d.column = 1;
  d.message = "no grammar recognises this document";
  doc.diagnostics.push_back(std::move(d));
  return doc;
}

}  // namespace whereas
