// The per-stage profile: each stage of parse.cc's pipeline timed on its own
// over every file given, single-threaded, with the built-in grammars. The
// stages are called as ParseText() calls them; each document's YAML is then
// compared with the library's own Detector::ParseDetected(), so a profile of
// a pipeline that drifted from the library's says so (and exits 1).
//
//   RUNS=3 bash bench/stages.sh BUILD_DIR FILE...   (a Release build; the
//   least of RUNS passes over the files, read into memory first)
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "classify.h"
#include "deadlines.h"
#include "extract.h"
#include "grammar_internal.h"
#include "layout.h"
#include "outline.h"
#include "structure.h"
#include "text.h"
#include "whereas/whereas.h"

namespace {

using Clock = std::chrono::steady_clock;
namespace wi = whereas::internal;

enum Stage {
  kNormalise, kDetect, kLayout, kClassify, kFurniture, kOutline, kExtract,
  kCheck, kDeadlines, kPages, kYaml, kStages
};
const char* const kNames[kStages] = {
    "normalise and split lines", "detect (the opening)", "layout (measure)",
    "classify lines", "page furniture", "outline", "extract (records, metadata, terms)",
    "check (numbering, structure)", "deadlines and dates", "pages and order", "YAML out"};

double seconds[kStages] = {};

// Times one stage: adds its seconds to its row and returns its value.
template <typename F>
auto Timed(Stage stage, F&& f) {
  const auto start = Clock::now();
  if constexpr (std::is_void_v<decltype(f())>) {
    f();
    seconds[stage] += std::chrono::duration<double>(Clock::now() - start).count();
  } else {
    auto value = f();
    seconds[stage] += std::chrono::duration<double>(Clock::now() - start).count();
    return value;
  }
}

// ParseText() of parse.cc, stage by stage.
whereas::Document Staged(const whereas::Grammar& grammar, const wi::Text& text,
                         const std::vector<wi::Line>& lines, const std::string& source,
                         double confidence) {
  using whereas::Document;
  const wi::GrammarData& data = wi::DataOf(grammar);
  Document doc;
  doc.source = source;
  doc.kind = grammar.name();
  doc.grammar = {grammar.name(), grammar.version(), grammar.file(), confidence};
  for (const wi::Repair& r : text.repairs) {
    doc.diagnostics.push_back({whereas::Severity::kNote, "text-repair", "", r.line, r.column, r.message});
  }
  wi::Layout layout = Timed(kLayout, [&] { return wi::MeasureLayout(text, lines); });
  const auto masks = Timed(kClassify, [&] { return wi::Classify(data, lines, layout); });
  Timed(kFurniture, [&] { wi::FindPageFurniture(data, lines, masks, &layout); });
  wi::Outline outline = Timed(kOutline, [&] { return wi::BuildOutline(data, text, lines, layout, masks); });
  const std::vector<wi::Passage> passages = std::move(outline.passages);
  Timed(kExtract, [&] { wi::ExtractRecords(data, std::move(outline), &doc); });
  Timed(kCheck, [&] {
    for (auto& d : whereas::CheckNumbering(doc)) doc.diagnostics.push_back(std::move(d));
    if (auto low = wi::CheckStructure(doc, lines)) doc.diagnostics.push_back(std::move(*low));
  });
  Timed(kDeadlines, [&] {
    wi::DocumentAnchor anchor{data.document_anchor.get(), doc.date, "document-date"};
    if (data.anchor_date_field >= 0) {
      anchor.name = data.fields[data.anchor_date_field].name;
      const whereas::Value* v = doc.metadata.Find(anchor.name);
      anchor.date = v && v->kind() == whereas::Value::Kind::kDate
                        ? whereas::Date::Parse(v->as_string()) : std::nullopt;
    }
    wi::ExtractDeadlines(*data.deadlines, anchor, passages, &doc);
  });
  Timed(kPages, [&] {
    wi::NumberPages(text.page_breaks, &doc);
    const auto by_line = [](const auto& a, const auto& b) { return a.line < b.line; };
    std::stable_sort(doc.deadlines.begin(), doc.deadlines.end(), by_line);
    std::stable_sort(doc.dates.begin(), doc.dates.end(), by_line);
    std::stable_sort(doc.diagnostics.begin(), doc.diagnostics.end(),
                     [](const whereas::Diagnostic& a, const whereas::Diagnostic& b) {
                       return std::tie(a.line, a.column) < std::tie(b.line, b.column);
                     });
  });
  return doc;
}

}  // namespace

int main(int argc, char** argv) {
  const whereas::Detector detector(whereas::LoadBuiltinGrammars());
  const int runs = std::max(1, std::atoi(std::getenv("RUNS") ? std::getenv("RUNS") : "3"));
  std::vector<std::string> inputs;
  size_t bytes = 0;
  for (int i = 1; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    inputs.push_back(ss.str());
    bytes += inputs.back().size();
  }
  // The least time of each stage over `runs` passes: these VMs vary by tens
  // of per cent from one run to the next.
  double best[kStages];
  std::fill(best, best + kStages, 1e300);
  size_t unknown = 0, drifted = 0;
  std::string out, expected;
  for (int run = 0; run < runs; ++run) {
    std::fill(seconds, seconds + kStages, 0.0);
    unknown = 0;
    for (size_t i = 0; i < inputs.size(); ++i) {
      const std::string& input = inputs[i];
      const std::string source = argv[i + 1];
      const auto start = Clock::now();
      const wi::Text text = wi::NormalizeText(input);
      const std::vector<wi::Line> lines = wi::SplitLines(text);
      const double split = std::chrono::duration<double>(Clock::now() - start).count();
      seconds[kNormalise] += split;
      // Detect() normalises and splits again: that part is taken off.
      const whereas::Detection found = Timed(kDetect, [&] { return detector.Detect(input); });
      seconds[kDetect] -= split;
      if (found.grammar == nullptr) {
        ++unknown;
        continue;
      }
      const whereas::Document doc = Staged(*found.grammar, text, lines, source, found.confidence);
      out.clear();
      Timed(kYaml, [&] { whereas::AppendYaml(doc, &out); });
      if (run > 0) continue;
      expected.clear();
      whereas::AppendYaml(detector.ParseDetected(input, source), &expected);
      if (out != expected) ++drifted;
    }
    for (int s = 0; s < kStages; ++s) best[s] = std::min(best[s], seconds[s]);
  }
  double total = 0;
  for (double s : best) total += s;
  std::printf("%zu files, %.1f MB, %zu of no known kind (detected only); least of %d runs\n\n",
              inputs.size(), static_cast<double>(bytes) / 1e6, unknown, runs);
  std::printf("| stage | seconds | ns a byte | share |\n|---|---:|---:|---:|\n");
  for (int s = 0; s < kStages; ++s) {
    std::printf("| %s | %.3f | %.1f | %.0f %% |\n", kNames[s], best[s],
                best[s] * 1e9 / static_cast<double>(bytes), 100 * best[s] / total);
  }
  std::printf("| **all stages** | %.3f | %.1f | |\n", total, total * 1e9 / static_cast<double>(bytes));
  if (drifted > 0) {
    std::fprintf(stderr, "stages: %zu documents differ from Detector::ParseDetected: the profile's "
                 "pipeline no longer matches parse.cc\n", drifted);
    return 1;
  }
  return 0;
}
