// The emitters' common ground: a sink of structure events (maps, lists,
// keys, scalars) and the one walk over a Document that feeds it, so that
// every format holds the same tree. Private to the emitters and the tests.
#ifndef WHEREAS_SRC_SINK_H_
#define WHEREAS_SRC_SINK_H_

#include <array>
#include <charconv>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "whereas/document.h"
#include "whereas/emit.h"

namespace whereas::internal {

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

// The JSON and YAML writers' shared means.

// Appends the decimal digits of `i`.
inline void AppendInt(std::string* out, long long i) {
  char buf[24];
  const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, i);
  out->append(buf, end);
}

inline constexpr char kHex[] = "0123456789abcdef";

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

// `d` in its shortest decimal form.
inline std::string FormatNumber(double d) {
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, d);
  return std::string(buf, end);
}

// True when `s` can be written as a plain YAML scalar that every YAML 1.1
// and 1.2 reader reads back as this same string (emit_yaml.cc). `flow`:
// inside a flow collection, where ',' means something.
bool IsPlainSafe(std::string_view s, bool flow);

// The walks (emit_tree.cc): a whole document; check reports' records (file,
// severity, rule, path, line, column, message); deadline records, each
// with its file.
void WriteDocument(Sink& s, const Document& doc);
void WriteDiagnosticRecords(Sink& s, const std::vector<FileDiagnostics>& files);
void WriteDeadlineRecords(Sink& s, const std::vector<FileDeadlines>& files);

// What `write` feeds a JSON sink, written to `out` in one piece: whole or
// absent (emit_json.cc).
void EmitAsJson(std::ostream& out, const std::function<void(Sink&)>& write);

}  // namespace whereas::internal

#endif  // WHEREAS_SRC_SINK_H_
