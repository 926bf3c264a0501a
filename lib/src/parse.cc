// The pipeline: normalise -> layout -> classify -> page furniture -> outline
// -> extract -> check -> deadlines.
#include "whereas/parse.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <tuple>

#include "classify.h"
#include "deadlines.h"
#include "whereas/check.h"
#include "whereas/read.h"
#include "extract.h"
#include "layout.h"
#include "outline.h"
#include "rest_of_line.h"
#include "str_util.h"
#include "structure.h"
#include "text.h"

namespace whereas {
namespace {

// Below this confidence a text is of no known kind.
constexpr double kMinConfidence = 0.5;

// Detection reads a document's opening (title, headings, header table),
// not all of it: its cost stays flat however long the document is.
constexpr size_t kDetectBytes = size_t{64} * 1024;

// Which detection rules match some line of the opening: seen[g][r] for
// rule r of grammar g. Each line is matched on its own.
using Seen = std::vector<std::vector<bool>>;

// The lines detection reads: the opening, whole lines up to kDetectBytes.
size_t OpeningLines(const std::vector<internal::Line>& lines) {
  size_t n = 0, read = 0;
  for (const internal::Line& line : lines) {
    if (read > kDetectBytes) break;
    read += line.text.size() + 1;
    ++n;
  }
  return n;
}

// The first line (1-based, 0 for none) of the opening that each detection
// rule matches: first[g][r] for rule r of grammar g. Each line is matched
// on its own.
std::vector<std::vector<int>> FirstLines(const std::vector<Grammar>& grammars,
                                         const std::vector<internal::Line>& lines) {
  std::vector<std::vector<int>> first;
  const size_t opening = OpeningLines(lines);
  std::vector<int> matches;
  for (const Grammar& grammar : grammars) {
    const internal::GrammarData& g = internal::HeadOf(grammar);
    std::vector<int>& mine = first.emplace_back(g.detect.size(), 0);
    const auto see = [&](size_t rule, int line) {
      if (mine[rule] == 0) mine[rule] = line;
    };
    for (size_t l = 0; l < opening; ++l) {
      const std::string_view text = lines[l].text;
      RE2::Set::ErrorInfo info;
      if (!g.detect_set->Match(text, &matches, &info)) {
        if (info.kind == RE2::Set::kNoError) continue;
        // Out of DFA memory on this line: each rule decides instead.
        for (size_t i = 0; i < g.detect.size(); ++i) {
          if (RE2::PartialMatch(text, *g.detect[i].re)) see(i, lines[l].number);
        }
        continue;
      }
      for (int m : matches) see(static_cast<size_t>(m), lines[l].number);
    }
  }
  return first;
}

Seen SeenLineByLine(const std::vector<Grammar>& grammars,
                    const std::vector<internal::Line>& lines) {
  Seen seen;
  for (const auto& rules : FirstLines(grammars, lines)) {
    std::vector<bool> mine;
    mine.reserve(rules.size());
    for (int line : rules) mine.push_back(line > 0);
    seen.push_back(std::move(mine));
  }
  return seen;
}

// Two decimals: confidence is a ranking, not a measurement.
double Rounded(double score) { return static_cast<double>(std::lround(score * 100)) / 100; }

// The best grammar by the summed weights of its rules seen (the first, on a
// tie), or none below kMinConfidence.
Detection Choose(const std::vector<Grammar>& grammars, const Seen& seen) {
  Detection best;
  for (size_t k = 0; k < grammars.size(); ++k) {
    const internal::GrammarData& g = internal::HeadOf(grammars[k]);
    double score = 0;
    for (size_t i = 0; i < g.detect.size(); ++i) {
      if (seen[k][i]) score += g.detect[i].weight;
    }
    score = std::min(score, 1.0);
    if (score > best.confidence) best = {&grammars[k], score};
  }
  best.confidence = Rounded(best.confidence);
  if (best.confidence < kMinConfidence) best.grammar = nullptr;
  return best;
}

Detection DetectLines(const std::vector<Grammar>& grammars,
                      const std::vector<internal::Line>& lines) {
  return Choose(grammars, SeenLineByLine(grammars, lines));
}

Document ParseText(const Grammar& grammar, const internal::Text& text,
                   const std::vector<internal::Line>& lines,
                   std::string_view source, double confidence) {
  Document doc;
  doc.source = std::string(source);
  doc.kind = grammar.name();
  doc.grammar = {grammar.name(), grammar.version(), grammar.file(), confidence};
  // Repairs to the text are diagnostics of the document.
  for (const internal::Repair& r : text.repairs) {
    doc.diagnostics.push_back({Severity::kNote, "text-repair", "", r.line, r.column, r.message});
  }
  const internal::GrammarData& data = internal::DataOf(grammar);
  internal::Layout layout = internal::MeasureLayout(text, lines);
  const std::vector<internal::RuleMask> masks = internal::Classify(data, lines, layout);
  internal::FindPageFurniture(data, lines, masks, &layout);
  internal::Outline outline = internal::BuildOutline(data, text, lines, layout, masks);
  const std::vector<internal::Passage> passages = std::move(outline.passages);
  internal::ExtractRecords(data, std::move(outline), &doc);
  for (Diagnostic& d : CheckNumbering(doc)) doc.diagnostics.push_back(std::move(d));
  if (auto low = internal::CheckStructure(doc, lines)) doc.diagnostics.push_back(std::move(*low));
  internal::DocumentAnchor anchor{data.document_anchor.get(), doc.date, "document-date"};
  if (data.anchor_date_field >= 0) {  // the anchor names another document's date
    anchor.name = data.fields[data.anchor_date_field].name;
    const Value* v = doc.metadata.Find(anchor.name);
    anchor.date = v && v->kind() == Value::Kind::kDate ? Date::Parse(v->as_string()) : std::nullopt;
  }
  internal::ExtractDeadlines(*data.deadlines, anchor, passages, &doc);
  internal::NumberPages(text.page_breaks, &doc);
  const auto by_line = [](const auto& a, const auto& b) { return a.line < b.line; };
  std::stable_sort(doc.deadlines.begin(), doc.deadlines.end(), by_line);
  std::stable_sort(doc.dates.begin(), doc.dates.end(), by_line);
  std::stable_sort(doc.diagnostics.begin(), doc.diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     return std::tie(a.line, a.column) < std::tie(b.line, b.column);
                   });
  return doc;
}


// A document of kind "unknown": every non-blank line unplaced.
Document Unknown(const internal::Text& text, const std::vector<internal::Line>& lines,
                 std::string_view source, double confidence) {
  Document doc;
  doc.source = std::string(source);
  doc.kind = "unknown";
  doc.grammar = {"unknown", 0, "", confidence};
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
  internal::NumberPages(text.page_breaks, &doc);
  return doc;
}

Document ParseWith(const Detection& detection, const internal::Text& text,
                   const std::vector<internal::Line>& lines, std::string_view source) {
  if (detection.grammar != nullptr) {
    return ParseText(*detection.grammar, text, lines, source, detection.confidence);
  }
  return Unknown(text, lines, source, detection.confidence);
}

// The Text of a document a reader read, with the roles it gave its lines.
internal::Text TextOf(const SourceText& source_text) {
  internal::Text text = internal::NormalizeText(source_text.text);
  text.roles = source_text.roles;
  return text;
}

}  // namespace

Detection Detect(const std::vector<Grammar>& grammars, std::string_view bytes) {
  const internal::Text text = internal::NormalizeText(bytes);
  return DetectLines(grammars, internal::SplitLines(text));
}

Document Parse(const Grammar& grammar, const SourceText& source_text,
               std::string_view source, double confidence) {
  const internal::Text text = TextOf(source_text);
  return ParseText(grammar, text, internal::SplitLines(text), source, confidence);
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
  return ParseWith(DetectLines(grammars, lines), text, lines, source);
}

namespace internal {

struct DetectorData {
  // Every grammar's detection rules with (?m), compiled with never_nl: one
  // pass over the opening. Null when they exceed RE2's memory budget.
  std::unique_ptr<RE2::Set> set;
  std::vector<std::pair<size_t, size_t>> rules;  // set index -> (grammar, rule)
};

}  // namespace internal

Detector::Detector(std::vector<Grammar> grammars) : grammars_(std::move(grammars)) {
  auto data = std::make_shared<internal::DetectorData>();
  RE2::Options options;
  options.set_log_errors(false);
  options.set_never_nl(true);
  options.set_max_mem(int64_t{8} << 20);
  auto set = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
  bool ok = true;
  for (size_t g = 0; g < grammars_.size(); ++g) {
    const auto& detect = internal::HeadOf(grammars_[g]).detect;
    for (size_t r = 0; r < detect.size(); ++r) {
      // A rule that names the text's ends reads differently over many lines.
      ok = ok && !internal::TiedToTextEnds(detect[r].re->pattern()) &&
           set->Add("(?m)" + detect[r].re->pattern(), nullptr) >= 0;
      data->rules.push_back({g, r});
    }
  }
  if (ok && set->Compile()) data->set = std::move(set);
  data_ = std::move(data);
}

namespace {

// SeenLineByLine() in one pass: the opening as one text, cut before the
// "\n" of its last line so that ^ finds no line that is not there.
Seen SeenInOpening(const internal::DetectorData& data, const std::vector<Grammar>& grammars,
                   const internal::Text& text, const std::vector<internal::Line>& lines) {
  const size_t opening = OpeningLines(lines);
  if (opening == 0 || data.set == nullptr) return SeenLineByLine(grammars, lines);
  const internal::Line& last = lines[opening - 1];
  const std::string_view whole(text.utf8.data(), static_cast<size_t>(
      last.text.data() + last.text.size() - text.utf8.data()));
  std::vector<int> matches;
  RE2::Set::ErrorInfo info;
  if (!data.set->Match(whole, &matches, &info) && info.kind != RE2::Set::kNoError) {
    return SeenLineByLine(grammars, lines);  // out of DFA memory
  }
  Seen seen;
  for (const Grammar& g : grammars) seen.emplace_back(internal::HeadOf(g).detect.size(), false);
  for (int m : matches) seen[data.rules[m].first][data.rules[m].second] = true;
  return seen;
}

}  // namespace

Detection Detector::Detect(std::string_view bytes) const {
  const internal::Text text = internal::NormalizeText(bytes);
  const auto lines = internal::SplitLines(text);
  return Choose(grammars_, SeenInOpening(*data_, grammars_, text, lines));
}

Document Detector::ParseDetected(std::string_view bytes, std::string_view source) const {
  const internal::Text text = internal::NormalizeText(bytes);
  const auto lines = internal::SplitLines(text);
  return ParseWith(Choose(grammars_, SeenInOpening(*data_, grammars_, text, lines)), text,
                   lines, source);
}

Document Detector::ParseDetected(const SourceText& source_text, std::string_view source) const {
  const internal::Text text = TextOf(source_text);
  const auto lines = internal::SplitLines(text);
  return ParseWith(Choose(grammars_, SeenInOpening(*data_, grammars_, text, lines)), text,
                   lines, source);
}

std::vector<KindScore> ExplainDetection(const std::vector<Grammar>& grammars,
                                        std::string_view bytes) {
  const internal::Text text = internal::NormalizeText(bytes);
  const auto first = FirstLines(grammars, internal::SplitLines(text));
  std::vector<KindScore> out;
  for (size_t k = 0; k < grammars.size(); ++k) {
    const internal::GrammarData& g = internal::HeadOf(grammars[k]);
    KindScore& kind = out.emplace_back();
    kind.kind = g.name;
    double score = 0;
    for (size_t i = 0; i < g.detect.size(); ++i) {
      if (first[k][i] == 0) continue;
      kind.evidence.push_back({g.detect[i].id, g.detect[i].weight, first[k][i]});
      score += g.detect[i].weight;
    }
    kind.score = Rounded(std::min(score, 1.0));
  }
  return out;
}

std::vector<KindScore> Detector::Explain(std::string_view bytes) const {
  return ExplainDetection(grammars_, bytes);
}

std::vector<Grammar> LoadBuiltinGrammars() {
  std::vector<Grammar> grammars;
  for (const GrammarSource& s : BuiltinGrammarSources()) {
    Result<Grammar> g = LoadGrammar(s.text, s.file_name, {.check_examples = false, .defer_rules = true});
    // The build lints every built-in grammar: a failure here is a bug.
    if (!g) throw std::logic_error("built-in grammar does not load: " + g.error().message);
    grammars.push_back(std::move(g).value());
  }
  return grammars;
}

Result<Document> Parse(std::string_view bytes, const ParseOptions& options) {
  static const Detector kBuiltin(LoadBuiltinGrammars());  // immutable once made
  const Detector& detector = options.detector != nullptr ? *options.detector : kBuiltin;
  const Grammar* grammar = nullptr;
  for (const Grammar& g : detector.grammars()) {
    if (g.name() == options.kind) grammar = &g;
  }
  const InputFormat format = options.format.value_or(SniffFormat(bytes));
  if (format == InputFormat::kText && (options.kind.empty() || grammar != nullptr)) {
    if (grammar == nullptr) return detector.ParseDetected(bytes, options.source);
    return Parse(*grammar, bytes, options.source);
  }
  if (options.kind.empty() || grammar != nullptr) {
    Result<SourceText> text = ReadAs(format, bytes);
    if (!text) return text.error();
    if (grammar == nullptr) return detector.ParseDetected(text.value(), options.source);
    return Parse(*grammar, text.value(), options.source);
  }
  std::string known;
  for (const Grammar& g : detector.grammars()) known += " " + g.name();
  return Error{"unknown kind '" + options.kind + "' (known:" + known + ")", {}};
}

}  // namespace whereas
