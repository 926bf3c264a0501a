// The JSON writer: the output contract as one JSON object a line.
#include <array>
#include <charconv>
#include <string>
#include <vector>

#include "sink.h"

namespace whereas {
namespace internal {
namespace {

class JsonSink : public Sink {
 public:
  // Appends to `out`.
  explicit JsonSink(std::string* out) : buf_(*out) {}
  ~JsonSink() override = default;
  void BeginMap(bool) override { Open('{'); }
  void EndMap() override { Close('}'); }
  void BeginSeq(bool, bool) override { Open('['); }
  void EndSeq() override { Close(']'); }
  void Key(std::string_view key) override {
    Comma();
    Quote(key);
    buf_ += ':';
    after_key_ = true;
  }
  void String(std::string_view s) override {
    Comma();
    Quote(s);
  }
  void Int(long long i) override {
    Comma();
    AppendInt(&buf_, i);
  }
  void Number(double d) override {
    Comma();
    buf_ += FormatNumber(d);
  }
  void Bool(bool b) override {
    Comma();
    buf_ += b ? "true" : "false";
  }
  void Null() override {
    Comma();
    buf_ += "null";
  }
  void IsoDate(const std::string& iso) override { String(iso); }
  void Finish() { buf_ += '\n'; }

 private:
  void Open(char c) {
    Comma();
    buf_ += c;
    first_ = true;
  }
  void Close(char c) {
    buf_ += c;
    first_ = false;
  }
  void Comma() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (!first_) buf_ += ',';
    first_ = false;
  }
  // Bytes that JSON escapes: '"', '\\' and C0 controls.
  static constexpr std::array<bool, 256> SpecialBytes() {
    std::array<bool, 256> t{};
    for (int c = 0; c < 0x20; ++c) t[c] = true;
    t['"'] = t['\\'] = true;
    return t;
  }

  void Quote(std::string_view s) {
    static constexpr std::array<bool, 256> kSpecial = SpecialBytes();
    AppendQuoted(&buf_, s, kSpecial, [&](size_t i) {
      const auto c = static_cast<unsigned char>(s[i]);
      switch (c) {
        case '"': buf_ += "\\\""; break;
        case '\\': buf_ += "\\\\"; break;
        case '\n': buf_ += "\\n"; break;
        case '\t': buf_ += "\\t"; break;
        case '\r': buf_ += "\\r"; break;
        default:
          buf_ += "\\u00";
          buf_ += kHex[c >> 4];
          buf_ += kHex[c & 15];
      }
      return i;
    });
  }

  std::string& buf_;
  bool first_ = true;
  bool after_key_ = false;
};

}  // namespace

void EmitAsJson(std::ostream& out, const std::function<void(Sink&)>& write) {
  std::string text;
  JsonSink sink(&text);
  write(sink);
  sink.Finish();
  out << text;
}

}  // namespace internal

void AppendJson(const Document& doc, std::string* out) {
  internal::JsonSink sink(out);
  internal::WriteDocument(sink, doc);
  sink.Finish();
}

void EmitJson(const Document& doc, std::ostream& out) {
  internal::EmitAsJson(out, [&](internal::Sink& sink) { internal::WriteDocument(sink, doc); });
}

void EmitDiagnosticsJson(const std::vector<FileDiagnostics>& files, std::ostream& out) {
  internal::EmitAsJson(out, [&](internal::Sink& sink) { internal::WriteDiagnosticRecords(sink, files); });
}

void EmitDeadlinesJson(const std::vector<FileDeadlines>& files, std::ostream& out) {
  internal::EmitAsJson(out, [&](internal::Sink& sink) { internal::WriteDeadlineRecords(sink, files); });
}

}  // namespace whereas
