// libFuzzer target, fast: any bytes -> Parse() with each built-in grammar
// forced in turn (as `--kind` does), and with detection. No emitter and no
// round trip, so it runs hundreds of inputs a second and reaches the outline
// and the checks of every grammar with large inputs (scripts/test.sh runs
// it with -max_len=262144). parse_fuzzer is the thorough one.
#include <cstdint>
#include <cstdlib>

#include "whereas/whereas.h"

namespace {

const whereas::Detector& TheDetector() {
  static const whereas::Detector detector = [] {
    std::vector<whereas::Grammar> grammars;
    for (const auto& s : whereas::BuiltinGrammarSources()) {
      auto g = whereas::LoadGrammar(s.text, s.file_name);
      if (!g) std::abort();
      grammars.push_back(std::move(g).value());
    }
    return whereas::Detector(std::move(grammars));
  }();
  return detector;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const whereas::Detector& detector = TheDetector();
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  for (const whereas::Grammar& g : detector.grammars()) {
    const whereas::Document doc = whereas::Parse(g, bytes, "fuzz");
    if (doc.kind != g.name()) std::abort();
  }
  const whereas::Document detected = detector.ParseDetected(bytes, "fuzz");
  if (detected.source != "fuzz") std::abort();
  return 0;
}
