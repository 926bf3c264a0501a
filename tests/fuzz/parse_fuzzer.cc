// libFuzzer target: any bytes -> detection and parse -> YAML and JSON, which
// must load back, and the fast YAML writer must match yaml-cpp's byte for
// byte; the one-pass Detector must answer as line-by-line detection does.
// Also parses with each grammar forced, so every grammar is reached.
#include <yaml-cpp/yaml.h>

#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <sstream>

#include "whereas/whereas.h"
#include "yaml_cpp_emit.h"

namespace {

const std::vector<whereas::Grammar>& Grammars() {
  static const std::vector<whereas::Grammar> grammars = [] {
    std::vector<whereas::Grammar> out;
    for (const auto& s : whereas::BuiltinGrammarSources()) {
      auto g = whereas::LoadGrammar(s.text, s.file_name);
      if (!g) std::abort();
      out.push_back(std::move(g).value());
    }
    return out;
  }();
  return grammars;
}

void Fail(const char* what, const std::string& detail) {
  std::cerr << "parse_fuzzer: " << what << "\n" << detail.substr(0, 2000) << "\n";
  std::abort();
}

void CheckEmitters(const whereas::Document& doc) {
  std::ostringstream fast, reference, json;
  whereas::EmitYaml(doc, fast);
  whereas::test::EmitYamlWithYamlCpp(doc, reference);
  if (fast.str() != reference.str()) Fail("YAML writers differ", fast.str());
  whereas::EmitJson(doc, json);
  try {
    const YAML::Node y = YAML::Load(fast.str());
    if (y["source"].as<std::string>() != doc.source) Fail("source does not read back", fast.str());
    if (doc.title && y["title"].as<std::string>() != *doc.title) {
      Fail("title does not read back", fast.str());
    }
    const YAML::Node j = YAML::Load(json.str());  // JSON is YAML 1.2
    if (!j.IsMap() || j["kind"].as<std::string>() != doc.kind) Fail("JSON does not read back", json.str());
  } catch (const YAML::Exception& e) {
    Fail(e.what(), fast.str());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const whereas::Detector detector(Grammars());
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const whereas::Detection want = whereas::Detect(Grammars(), bytes);
  const whereas::Detection got = detector.Detect(bytes);
  if (got.confidence != want.confidence ||
      (got.grammar ? got.grammar->name() : "") != (want.grammar ? want.grammar->name() : "")) {
    Fail("the Detector and line-by-line detection differ", std::string(bytes));
  }
  CheckEmitters(whereas::ParseDetected(Grammars(), bytes, "fuzz"));
  for (const whereas::Grammar& g : Grammars()) {
    const whereas::Document doc = whereas::Parse(g, bytes, "fuzz");
    std::ostringstream out;
    whereas::EmitYaml(doc, out);
  }
  return 0;
}
