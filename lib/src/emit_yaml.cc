// The YAML writer: the output contract as YAML, every string that another
// type could be read from quoted, byte for byte what yaml-cpp's emitter
// writes with the same choices (tests compare the two), ten times faster.
#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <string>
#include <vector>

#include "sink.h"

namespace whereas {
namespace internal {
namespace {

// Bytes that may stand in a plain scalar anywhere but its first place
// (',' only outside flow collections; ':' only when no space follows).
constexpr std::array<bool, 256> PlainBytes() {
  std::array<bool, 256> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[c] = true;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = true;
  for (int c = '0'; c <= '9'; ++c) t[c] = true;
  for (char c : std::string_view(" .-_/()'&;")) t[static_cast<unsigned char>(c)] = true;
  return t;
}
constexpr std::array<bool, 256> kPlain = PlainBytes();

}  // namespace

// True when `s` can be written as a plain YAML scalar that every YAML 1.1
// and 1.2 reader reads back as this same string: it starts with a letter,
// holds only characters that mean nothing to YAML, and is not a word YAML
// reads as a boolean or null. Everything else is double-quoted, which is
// also the fast path for long text.
bool IsPlainSafe(std::string_view s, bool flow) {
  if (s.empty() || s.size() > 80) return false;
  const auto c0 = static_cast<unsigned char>(s[0]);
  if (!((c0 >= 'a' && c0 <= 'z') || (c0 >= 'A' && c0 <= 'Z'))) return false;
  if (s.back() == ' ' || s.back() == ':') return false;
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (kPlain[c]) continue;
    const bool ok = (c == ',' && !flow) || (c == ':' && i + 1 < s.size() && s[i + 1] != ' ');
    if (!ok) return false;
  }
  if (s.size() > 5) return true;  // longer than every reserved word
  static constexpr std::string_view kReserved[] = {
      "y", "n", "yes", "no", "on", "off", "true", "false", "null", "nan",
      "inf"};
  for (std::string_view r : kReserved) {
    if (r.size() == s.size() &&
        std::equal(r.begin(), r.end(), s.begin(), [](char a, char b) {
          return a == std::tolower(static_cast<unsigned char>(b));
        })) {
      return false;
    }
  }
  return true;
}

namespace {

// Writes the same bytes as YamlSink (yaml-cpp's emitter with the choices
// above), about ten times faster: block maps and sequences indented by two,
// empty collections and table rows in flow style, strings plain when
// IsPlainSafe() and double-quoted otherwise, escaped as yaml-cpp escapes
// them. Tests compare the two on every sample and on hostile strings.
class FastYamlSink : public Sink {
 public:
  // Appends to `out`.
  explicit FastYamlSink(std::string* out) : out_(*out) {}
  ~FastYamlSink() override = default;
  void BeginMap(bool empty) override {
    if (empty) {
      Scalar("{}");
      stack_.push_back({Frame::kEmpty, 0});
      return;
    }
    OpenBlock(Frame::kMap);
  }
  void EndMap() override { stack_.pop_back(); }
  void BeginSeq(bool empty, bool flow) override {
    if (empty || flow || (!stack_.empty() && stack_.back().type == Frame::kFlow)) {
      Scalar("[");
      stack_.push_back({Frame::kFlow, 0});
      return;
    }
    OpenBlock(Frame::kSeq);
  }
  void EndSeq() override {
    if (stack_.back().type == Frame::kFlow) out_ += ']';
    stack_.pop_back();
  }
  void Key(std::string_view key) override {
    Frame& f = stack_.back();
    if (f.inline_next) {
      f.inline_next = false;
    } else {
      NewLine(f.indent);
    }
    out_ += key;
    out_ += ':';
    f.awaiting = true;
  }
  void String(std::string_view s) override {
    const bool flow = !stack_.empty() && stack_.back().type == Frame::kFlow;
    if (IsPlainSafe(s, flow)) {
      Scalar(s);
    } else {
      Scalar("");
      Quote(s);
    }
  }
  void Int(long long i) override {
    Scalar("");
    AppendInt(&out_, i);
  }
  void Number(double d) override { Scalar(FormatNumber(d)); }
  void Bool(bool b) override { Scalar(b ? "true" : "false"); }
  void Null() override { Scalar("null"); }
  void IsoDate(const std::string& iso) override { Scalar(iso); }
  void Finish() { out_ += '\n'; }

 private:
  struct Frame {
    enum Type { kMap, kSeq, kFlow, kEmpty } type;
    int indent;
    bool inline_next = false;  // the next key goes on the current line
    bool awaiting = false;     // a key was written; its value comes next
    bool first = true;         // flow: nothing written yet
  };

  void NewLine(int indent) {
    if (!out_.empty()) out_ += '\n';
    out_.append(static_cast<size_t>(indent), ' ');
  }

  // Writes a scalar (or the opening of a flow collection) where the current
  // frame wants its next value.
  void Scalar(std::string_view s) {
    if (stack_.empty()) {
      out_ += s;
      return;
    }
    Frame& f = stack_.back();
    switch (f.type) {
      case Frame::kMap:
        out_ += ' ';
        f.awaiting = false;
        break;
      case Frame::kSeq:
        NewLine(f.indent);
        out_ += "- ";
        break;
      case Frame::kFlow:
        if (!f.first) out_ += ", ";
        f.first = false;
        break;
      case Frame::kEmpty:
        break;
    }
    out_ += s;
  }

  void OpenBlock(Frame::Type type) {
    if (stack_.empty()) {
      stack_.push_back({type, 0});
      return;
    }
    Frame& parent = stack_.back();
    if (parent.type == Frame::kMap) {
      // The value of a key: its entries go on the lines below.
      parent.awaiting = false;
      stack_.push_back({type, parent.indent + 2});
      return;
    }
    // An item of a block sequence.
    NewLine(parent.indent);
    if (type == Frame::kMap) {
      out_ += "- ";
      stack_.push_back({type, parent.indent + 2, true});
    } else {
      out_ += '-';
      stack_.push_back({type, parent.indent + 2});
    }
  }

  // Bytes Quote() looks at: '"', '\\', C0 controls, and the lead bytes of
  // U+0080..U+00A0 (0xC2) and U+FEFF (0xEF). Runs of others are copied whole.
  static constexpr std::array<bool, 256> SpecialBytes() {
    std::array<bool, 256> t{};
    for (int c = 0; c < 0x20; ++c) t[c] = true;
    t['"'] = t['\\'] = t[0xC2] = t[0xEF] = true;
    return t;
  }

  // Double-quoted, escaped as yaml-cpp escapes: C0 controls and U+0080 to
  // U+00A0 as \xHH (\b \t \n \f \r by name), U+FEFF as \ufeff.
  void Quote(std::string_view s) {
    static constexpr std::array<bool, 256> kSpecial = SpecialBytes();
    AppendQuoted(&out_, s, kSpecial, [&](size_t i) {
      const auto c = static_cast<unsigned char>(s[i]);
      switch (c) {
        case '"': out_ += "\\\""; return i;
        case '\\': out_ += "\\\\"; return i;
        case '\b': out_ += "\\b"; return i;
        case '\t': out_ += "\\t"; return i;
        case '\n': out_ += "\\n"; return i;
        case '\f': out_ += "\\f"; return i;
        case '\r': out_ += "\\r"; return i;
        default: break;
      }
      unsigned char hex = c;
      if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) <= 0xA0) {
        hex = static_cast<unsigned char>(s[++i]);  // U+0080..U+00A0
      } else if (c == 0xEF && s.substr(i, 3) == "\xEF\xBB\xBF") {
        out_ += "\\ufeff";
        return i + 2;
      } else if (c >= 0x20) {
        out_ += static_cast<char>(c);  // a lead byte of another character
        return i;
      }
      out_ += "\\x";
      out_ += kHex[hex >> 4];
      out_ += kHex[hex & 15];
      return i;
    });
  }

  std::string& out_;
  std::vector<Frame> stack_;
};

// Runs `write` on a YAML sink and writes its text to `out` in one piece:
// the output is whole or absent.
void EmitAsYaml(std::ostream& out, const std::function<void(Sink&)>& write) {
  std::string text;
  FastYamlSink sink(&text);
  write(sink);
  sink.Finish();
  out << text;
}

}  // namespace
}  // namespace internal

void AppendYaml(const Document& doc, std::string* out) {
  internal::FastYamlSink sink(out);
  internal::WriteDocument(sink, doc);
  sink.Finish();
}

void EmitYaml(const Document& doc, std::ostream& out) {
  internal::EmitAsYaml(out, [&](internal::Sink& sink) { internal::WriteDocument(sink, doc); });
}

void EmitDiagnosticsYaml(const std::vector<FileDiagnostics>& files, std::ostream& out) {
  internal::EmitAsYaml(out, [&](internal::Sink& sink) { internal::WriteDiagnosticRecords(sink, files); });
}

void EmitDeadlinesYaml(const std::vector<FileDeadlines>& files, std::ostream& out) {
  internal::EmitAsYaml(out, [&](internal::Sink& sink) { internal::WriteDeadlineRecords(sink, files); });
}

}  // namespace whereas
