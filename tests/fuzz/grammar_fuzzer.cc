// libFuzzer target: any bytes as a grammar file. Loading must never crash or
// throw; a grammar that loads must parse a document and emit it.
#include <cstdint>
#include <sstream>

#include "whereas/whereas.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto grammar = whereas::LoadGrammar(text, "fuzz.yaml");
  if (!grammar) return 0;
  static const std::string kDocument =
      "TITLE OF A DOCUMENT\n\nWHEREAS:\n1. One (\"the One\").\n - a. sub:\n - i. deeper\n"
      "NOW THEREFORE:\n2. Within 3 months of the date of this Direction.\nANNEX A\n1. Term.\n";
  const whereas::Document doc = whereas::Parse(grammar.value(), kDocument, "fuzz");
  std::ostringstream out;
  whereas::EmitYaml(doc, out);
  whereas::EmitJson(doc, out);
  return 0;
}
