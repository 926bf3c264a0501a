// Emitters: one walk over the Document (WriteDocument) feeds a YAML or a
// JSON sink, so both formats always hold the same tree.
#include "whereas/emit.h"

#include <yaml-cpp/yaml.h>

#include "whereas/check.h"
#include "whereas/whereas.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <string>
#include <vector>

namespace whereas {
namespace {

class Sink {
 public:
  virtual ~Sink() = default;
  // `empty`: no entry follows; YAML writes it as {} on the key's line.
  virtual void BeginMap(bool empty = false) = 0;
  virtual void EndMap() = 0;
  // `empty`: no element follows; YAML writes it as [] on the key's line.
  // `flow`: a short list written on one line ([a, b]) in YAML.
  virtual void BeginSeq(bool empty = false, bool flow = false) = 0;
  virtual void EndSeq() = 0;
  virtual void Key(std::string_view key) = 0;
  virtual void String(std::string_view s) = 0;
  virtual void Int(long long i) = 0;
  virtual void Number(double d) = 0;
  virtual void Bool(bool b) = 0;
  virtual void Null() = 0;
  virtual void IsoDate(const std::string& iso) = 0;
};

std::string FormatNumber(double d) {
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, d);
  return std::string(buf, end);
}

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

// Appends the decimal digits of `i`.
void AppendInt(std::string* out, long long i) {
  char buf[24];
  const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, i);
  out->append(buf, end);
}

constexpr char kHex[] = "0123456789abcdef";

// Appends `s` in double quotes: runs of bytes that are not `special` are
// copied whole; each special byte s[i] goes to `escape(i)`, which appends
// what stands for it and returns the index of the last byte it used.
template <typename Escape>
void AppendQuoted(std::string* out, std::string_view s, const std::array<bool, 256>& special,
                  Escape escape) {
  out->reserve(out->size() + s.size() + 2);
  *out += '"';
  size_t run = 0;  // the first byte not yet written
  for (size_t i = 0; i < s.size(); ++i) {
    if (!special[static_cast<unsigned char>(s[i])]) continue;
    out->append(s.data() + run, i - run);
    i = escape(i);
    run = i + 1;
  }
  out->append(s.data() + run, s.size() - run);
  *out += '"';
}

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

void OptString(Sink& s, const std::optional<std::string>& v) {
  if (v) {
    s.String(*v);
  } else {
    s.Null();
  }
}

void OptDate(Sink& s, const std::optional<Date>& d) {
  if (d) {
    s.IsoDate(d->ToIso());
  } else {
    s.Null();
  }
}

void WriteValue(Sink& s, const Value& root) {
  // Metadata is shallow, but walk it with a stack anyway: no recursion on
  // data anywhere in the emitter.
  struct Frame {
    const Value* value;
    size_t next;
  };
  std::vector<Frame> stack;
  const auto scalar_or_open = [&](const Value& v) {
    switch (v.kind()) {
      case Value::Kind::kNull: s.Null(); break;
      case Value::Kind::kBool: s.Bool(v.as_bool()); break;
      case Value::Kind::kInt: s.Int(v.as_int()); break;
      case Value::Kind::kString: s.String(v.as_string()); break;
      case Value::Kind::kDate: s.IsoDate(v.as_string()); break;
      case Value::Kind::kList:
        s.BeginSeq(v.items().empty());
        stack.push_back({&v, 0});
        break;
      case Value::Kind::kMap:
        s.BeginMap(v.entries().empty());
        stack.push_back({&v, 0});
        break;
    }
  };
  scalar_or_open(root);
  while (!stack.empty()) {
    Frame& f = stack.back();
    const Value& v = *f.value;
    if (v.kind() == Value::Kind::kList) {
      if (f.next == v.items().size()) {
        stack.pop_back();
        s.EndSeq();
        continue;
      }
      scalar_or_open(v.items()[f.next++]);
    } else {
      if (f.next == v.entries().size()) {
        stack.pop_back();
        s.EndMap();
        continue;
      }
      const auto& [key, child] = v.entries()[f.next++];
      s.Key(key);
      scalar_or_open(child);
    }
  }
}

void WriteItemFields(Sink& s, const Item& item) {
  s.Key("label");
  OptString(s, item.label);
  s.Key("path");
  s.String(item.path);
  s.Key("style");
  s.String(ToString(item.style));
  s.Key("heading");
  OptString(s, item.heading);
  s.Key("text");
  s.String(item.text);
  s.Key("tail");
  OptString(s, item.tail);
  s.Key("line");
  s.Int(item.line);
  s.Key("rows");
  s.BeginSeq(item.rows.empty());
  for (const auto& row : item.rows) {
    s.BeginSeq(row.empty(), /*flow=*/true);
    for (const auto& cell : row) s.String(cell);
    s.EndSeq();
  }
  s.EndSeq();
  s.Key("items");
}

// Items nest as deep as the text does: an explicit stack, not recursion.
void WriteItems(Sink& s, const std::vector<Item>& roots) {
  struct Frame {
    const std::vector<Item>* items;
    size_t next;
  };
  std::vector<Frame> stack{{&roots, 0}};
  s.BeginSeq(roots.empty());
  while (!stack.empty()) {
    Frame& f = stack.back();
    if (f.next == f.items->size()) {
      stack.pop_back();
      s.EndSeq();
      if (!stack.empty()) s.EndMap();
      continue;
    }
    const Item& item = (*f.items)[f.next++];
    s.BeginMap();
    WriteItemFields(s, item);
    s.BeginSeq(item.items.empty());
    stack.push_back({&item.items, 0});
  }
}

// One deadline record; with `file`, a "file" key first.
void WriteDeadline(Sink& s, const Deadline& d, const std::string* file) {
  s.BeginMap();
  if (file) {
    s.Key("file");
    s.String(*file);
  }
  s.Key("text");
  s.String(d.text);
  s.Key("type");
  s.String(ToString(d.type));
  s.Key("due");
  OptDate(s, d.due);
  s.Key("end");
  OptDate(s, d.end);
  s.Key("period");
  OptString(s, d.period);
  s.Key("anchor");
  OptString(s, d.anchor);
  s.Key("path");
  s.String(d.path);
  s.Key("line");
  s.Int(d.line);
  s.EndMap();
}

// One diagnostic record; with `file`, a "file" key first.
// A list of {line, text} records: unplaced text, page furniture.
template <typename LineText>
void WriteLineTexts(Sink& s, std::string_view key, const std::vector<LineText>& records) {
  s.Key(key);
  s.BeginSeq(records.empty());
  for (const LineText& r : records) {
    s.BeginMap();
    s.Key("line");
    s.Int(r.line);
    s.Key("text");
    s.String(r.text);
    s.EndMap();
  }
  s.EndSeq();
}

void WriteDiagnostic(Sink& s, const Diagnostic& d, const std::string* file) {
  s.BeginMap();
  if (file) {
    s.Key("file");
    s.String(*file);
  }
  s.Key("severity");
  s.String(ToString(d.severity));
  s.Key("rule");
  s.String(d.rule);
  s.Key("path");
  s.String(d.path);
  s.Key("line");
  s.Int(d.line);
  s.Key("column");
  s.Int(d.column);
  s.Key("message");
  s.String(d.message);
  s.EndMap();
}

void WriteDocument(Sink& s, const Document& doc) {
  s.BeginMap();
  s.Key("schema");
  s.Int(Document::kSchemaVersion);
  s.Key("source");
  s.String(doc.source);
  s.Key("kind");
  s.String(doc.kind);
  s.Key("grammar");
  s.BeginMap();
  s.Key("name");
  s.String(doc.grammar.name);
  s.Key("version");
  s.Int(doc.grammar.version);
  s.Key("file");
  s.String(doc.grammar.file);
  s.Key("confidence");
  s.Number(doc.grammar.confidence);
  s.EndMap();
  s.Key("title");
  OptString(s, doc.title);
  s.Key("date");
  OptDate(s, doc.date);
  s.Key("metadata");
  WriteValue(s, doc.metadata);
  s.Key("recitals");
  WriteItems(s, doc.recitals);
  s.Key("clauses");
  WriteItems(s, doc.clauses);
  s.Key("recommendations");
  WriteItems(s, doc.recommendations);

  s.Key("annexes");
  s.BeginSeq(doc.annexes.empty());
  for (const Annex& a : doc.annexes) {
    s.BeginMap();
    s.Key("id");
    OptString(s, a.id);
    s.Key("heading");
    OptString(s, a.heading);
    s.Key("title");
    OptString(s, a.title);
    s.Key("addressee");
    OptString(s, a.addressee);
    s.Key("subtitle");
    OptString(s, a.subtitle);
    s.Key("intro");
    OptString(s, a.intro);
    s.Key("line");
    s.Int(a.line);
    s.Key("items");
    WriteItems(s, a.items);
    s.EndMap();
  }
  s.EndSeq();

  s.Key("deadlines");
  s.BeginSeq(doc.deadlines.empty());
  for (const Deadline& d : doc.deadlines) WriteDeadline(s, d, nullptr);
  s.EndSeq();

  s.Key("dates");
  s.BeginSeq(doc.dates.empty());
  for (const DateMention& m : doc.dates) {
    s.BeginMap();
    s.Key("text");
    s.String(m.text);
    s.Key("date");
    OptDate(s, m.date);
    s.Key("precision");
    s.String(m.precision);
    s.Key("path");
    s.String(m.path);
    s.Key("line");
    s.Int(m.line);
    s.EndMap();
  }
  s.EndSeq();

  s.Key("definitions");
  s.BeginSeq(doc.definitions.empty());
  for (const Definition& d : doc.definitions) {
    s.BeginMap();
    s.Key("term");
    s.String(d.term);
    s.Key("means");
    OptString(s, d.means);
    s.Key("line");
    s.Int(d.line);
    s.EndMap();
  }
  s.EndSeq();

  s.Key("diagnostics");
  s.BeginSeq(doc.diagnostics.empty());
  for (const Diagnostic& d : doc.diagnostics) WriteDiagnostic(s, d, nullptr);
  s.EndSeq();

  WriteLineTexts(s, "unplaced", doc.unplaced);
  WriteLineTexts(s, "page_furniture", doc.page_furniture);
  s.Key("footnotes");
  s.BeginSeq(doc.footnotes.empty());
  for (const Footnote& f : doc.footnotes) {
    s.BeginMap();
    s.Key("mark");
    s.String(f.mark);
    s.Key("text");
    s.String(f.text);
    s.Key("line");
    s.Int(f.line);
    s.EndMap();
  }
  s.EndSeq();
  s.EndMap();
}

void WriteDiagnosticRecords(Sink& s, const std::vector<FileDiagnostics>& files) {
  size_t count = 0;
  for (const auto& f : files) count += f.diagnostics.size();
  s.BeginSeq(count == 0);
  for (const auto& f : files) {
    for (const Diagnostic& d : f.diagnostics) WriteDiagnostic(s, d, &f.file);
  }
  s.EndSeq();
}

void WriteDeadlineRecords(Sink& s, const std::vector<FileDeadlines>& files) {
  size_t count = 0;
  for (const auto& f : files) count += f.deadlines.size();
  s.BeginSeq(count == 0);
  for (const auto& f : files) {
    for (const Deadline& d : f.deadlines) WriteDeadline(s, d, &f.file);
  }
  s.EndSeq();
}

// Runs `write` on a sink of type SinkT and writes its text to `out` in one
// piece: the output is whole or absent.
template <typename SinkT, typename Write>
void EmitThrough(std::ostream& out, Write write) {
  std::string text;
  SinkT sink(&text);
  write(sink);
  sink.Finish();
  out << text;
}

std::string_view SarifLevel(Severity s) {
  switch (s) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kNote: return "note";
  }
  return "note";
}

}  // namespace

void EmitDiagnosticsYaml(const std::vector<FileDiagnostics>& files, std::ostream& out) {
  EmitThrough<FastYamlSink>(out, [&](Sink& sink) { WriteDiagnosticRecords(sink, files); });
}

void EmitDiagnosticsJson(const std::vector<FileDiagnostics>& files, std::ostream& out) {
  EmitThrough<JsonSink>(out, [&](Sink& sink) { WriteDiagnosticRecords(sink, files); });
}

void EmitDeadlinesYaml(const std::vector<FileDeadlines>& files, std::ostream& out) {
  EmitThrough<FastYamlSink>(out, [&](Sink& sink) { WriteDeadlineRecords(sink, files); });
}

void EmitDeadlinesJson(const std::vector<FileDeadlines>& files, std::ostream& out) {
  EmitThrough<JsonSink>(out, [&](Sink& sink) { WriteDeadlineRecords(sink, files); });
}

namespace {

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

void EmitSarif(const std::vector<FileDiagnostics>& files, std::ostream& out) {
  EmitThrough<JsonSink>(out, [&](Sink& sink) { WriteSarif(sink, files); });
}

void AppendYaml(const Document& doc, std::string* out) {
  FastYamlSink sink(out);
  WriteDocument(sink, doc);
  sink.Finish();
}

void AppendJson(const Document& doc, std::string* out) {
  JsonSink sink(out);
  WriteDocument(sink, doc);
  sink.Finish();
}

void EmitYaml(const Document& doc, std::ostream& out) {
  EmitThrough<FastYamlSink>(out, [&](Sink& sink) { WriteDocument(sink, doc); });
}

void EmitYamlWithYamlCpp(const Document& doc, std::ostream& out) {
  YamlSink sink;
  WriteDocument(sink, doc);
  sink.Finish(out);
}

void EmitJson(const Document& doc, std::ostream& out) {
  EmitThrough<JsonSink>(out, [&](Sink& sink) { WriteDocument(sink, doc); });
}

}  // namespace whereas
