// yaml-cpp as the YAML writer's oracle (yaml_cpp_emit.h).
#include "yaml_cpp_emit.h"

#include <yaml-cpp/yaml.h>

#include <string>
#include <vector>

#include "sink.h"

namespace whereas::test {
namespace {

using internal::FormatNumber;
using internal::IsPlainSafe;
using internal::Sink;

class YamlSink : public Sink {
 public:
  // The document is built in memory and written at once, so a document's
  // output is whole or absent.
  YamlSink() {
    out_.SetNullFormat(YAML::LowerNull);
    out_.SetIndent(2);
  }
  ~YamlSink() override = default;
  void BeginMap(bool empty) override {
    if (empty) out_ << YAML::Flow;
    out_ << YAML::BeginMap;
  }
  void EndMap() override { out_ << YAML::EndMap; }
  void BeginSeq(bool empty, bool flow) override {
    if (empty || flow) out_ << YAML::Flow;
    flows_.push_back(empty || flow || flow_depth_ > 0);
    flow_depth_ += flows_.back();
    out_ << YAML::BeginSeq;
  }
  void EndSeq() override {
    flow_depth_ -= flows_.back();
    flows_.pop_back();
    out_ << YAML::EndSeq;
  }
  void Key(std::string_view key) override {
    out_ << YAML::Key << std::string(key) << YAML::Value;
  }
  void String(std::string_view s) override {
    if (IsPlainSafe(s, flow_depth_ > 0)) {
      out_ << std::string(s);
    } else {
      out_ << YAML::DoubleQuoted << std::string(s);
    }
  }
  void Int(long long i) override { out_ << i; }
  void Number(double d) override { out_ << FormatNumber(d); }
  void Bool(bool b) override { out_ << (b ? "true" : "false"); }
  void Null() override { out_ << YAML::Null; }
  void IsoDate(const std::string& iso) override { out_ << iso; }
  void Finish(std::ostream& os) { os << out_.c_str() << '\n'; }

 private:
  YAML::Emitter out_;
  std::vector<bool> flows_;
  int flow_depth_ = 0;
};

}  // namespace

void EmitYamlWithYamlCpp(const Document& doc, std::ostream& out) {
  YamlSink sink;
  internal::WriteDocument(sink, doc);
  sink.Finish(out);
}

}  // namespace whereas::test
