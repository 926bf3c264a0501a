// SARIF 2.1.0 for check reports: one run, the tool "whereas" with every
// rule, one result per diagnostic with its physical location.
#include <string>

#include "sink.h"
#include "whereas/check.h"
#include "whereas/whereas.h"

namespace whereas {
namespace internal {
namespace {

std::string_view SarifLevel(Severity s) {
  switch (s) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kNote: return "note";
  }
  return "note";
}


// The body of EmitSarif().
void WriteSarif(Sink& s, const std::vector<FileDiagnostics>& files) {
  const auto& rules = CheckRules();
  s.BeginMap();
  s.Key("$schema");
  s.String("https://json.schemastore.org/sarif-2.1.0.json");
  s.Key("version");
  s.String("2.1.0");
  s.Key("runs");
  s.BeginSeq();
  s.BeginMap();
  s.Key("tool");
  s.BeginMap();
  s.Key("driver");
  s.BeginMap();
  s.Key("name");
  s.String("whereas");
  s.Key("version");
  s.String(Version());
  s.Key("rules");
  s.BeginSeq();
  for (const CheckRule& r : rules) {
    s.BeginMap();
    s.Key("id");
    s.String(r.id);
    s.Key("shortDescription");
    s.BeginMap();
    s.Key("text");
    s.String(r.summary);
    s.EndMap();
    s.Key("defaultConfiguration");
    s.BeginMap();
    s.Key("level");
    s.String(SarifLevel(r.severity));
    s.Key("enabled");
    s.Bool(r.on_by_default);
    s.EndMap();
    s.EndMap();
  }
  s.EndSeq();
  s.EndMap();
  s.EndMap();
  s.Key("results");
  s.BeginSeq();
  for (const auto& f : files) {
    for (const Diagnostic& d : f.diagnostics) {
      s.BeginMap();
      s.Key("ruleId");
      s.String(d.rule);
      for (size_t i = 0; i < rules.size(); ++i) {
        if (rules[i].id == d.rule) {
          s.Key("ruleIndex");
          s.Int(static_cast<long long>(i));
        }
      }
      s.Key("level");
      s.String(SarifLevel(d.severity));
      s.Key("message");
      s.BeginMap();
      s.Key("text");
      s.String(d.message);
      s.EndMap();
      s.Key("locations");
      s.BeginSeq();
      s.BeginMap();
      s.Key("physicalLocation");
      s.BeginMap();
      s.Key("artifactLocation");
      s.BeginMap();
      s.Key("uri");
      s.String(f.file);
      s.EndMap();
      s.Key("region");
      s.BeginMap();
      s.Key("startLine");
      s.Int(std::max(d.line, 1));
      s.Key("startColumn");
      s.Int(std::max(d.column, 1));
      s.EndMap();
      s.EndMap();
      if (!d.path.empty()) {
        s.Key("logicalLocations");
        s.BeginSeq();
        s.BeginMap();
        s.Key("fullyQualifiedName");
        s.String(d.path);
        s.EndMap();
        s.EndSeq();
      }
      s.EndMap();
      s.EndSeq();
      s.EndMap();
    }
  }
  s.EndSeq();
  s.EndMap();
  s.EndSeq();
  s.EndMap();
}

}  // namespace
}  // namespace internal

void EmitSarif(const std::vector<FileDiagnostics>& files, std::ostream& out) {
  internal::EmitAsJson(out, [&](internal::Sink& sink) { internal::WriteSarif(sink, files); });
}

}  // namespace whereas
