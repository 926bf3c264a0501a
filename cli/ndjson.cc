// A small JSON reader, enough for one NDJSON input record per line.
#include "ndjson.h"

#include <cstdint>

namespace whereas::cli {
namespace {

class Reader {
 public:
  explicit Reader(std::string_view s) : s_(s) {}

  void Space() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\r' || s_[i_] == '\n')) ++i_;
  }
  bool Eat(char c) {
    Space();
    if (i_ < s_.size() && s_[i_] == c) {
      ++i_;
      return true;
    }
    return false;
  }
  bool AtEnd() {
    Space();
    return i_ == s_.size();
  }
  char Peek() {
    Space();
    return i_ < s_.size() ? s_[i_] : '\0';
  }

  bool String(std::string* out) {
    if (!Eat('"')) return false;
    while (i_ < s_.size()) {
      const char c = s_[i_++];
      if (c == '"') return true;
      if (static_cast<unsigned char>(c) < 0x20) return false;
      if (c != '\\') {
        *out += c;
        continue;
      }
      if (i_ >= s_.size()) return false;
      const char e = s_[i_++];
      switch (e) {
        case '"': *out += '"'; break;
        case '\\': *out += '\\'; break;
        case '/': *out += '/'; break;
        case 'b': *out += '\b'; break;
        case 'f': *out += '\f'; break;
        case 'n': *out += '\n'; break;
        case 'r': *out += '\r'; break;
        case 't': *out += '\t'; break;
        case 'u': {
          uint32_t cp = 0;
          if (!Hex4(&cp)) return false;
          if (cp >= 0xD800 && cp <= 0xDBFF && i_ + 1 < s_.size() && s_[i_] == '\\' &&
              s_[i_ + 1] == 'u') {
            i_ += 2;
            uint32_t low = 0;
            if (!Hex4(&low)) return false;
            cp = (low >= 0xDC00 && low <= 0xDFFF) ? 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00)
                                                   : 0xFFFD;
          } else if (cp >= 0xD800 && cp <= 0xDFFF) {
            cp = 0xFFFD;  // a lone surrogate; the text stays valid UTF-8
          }
          Utf8(cp, out);
          break;
        }
        default:
          return false;
      }
    }
    return false;
  }

  // Skips any JSON value.
  bool Skip(int depth = 0) {
    if (depth > 64) return false;
    const char c = Peek();
    std::string ignored;
    if (c == '"') return String(&ignored);
    if (c == '{' || c == '[') {
      const char close = c == '{' ? '}' : ']';
      ++i_;
      if (Eat(close)) return true;
      do {
        if (c == '{' && (!String(&ignored) || !Eat(':'))) return false;
        if (!Skip(depth + 1)) return false;
      } while (Eat(','));
      return Eat(close);
    }
    const size_t start = i_;
    while (i_ < s_.size() && std::string_view("{}[],: \t\r\n\"").find(s_[i_]) == std::string_view::npos) ++i_;
    const std::string_view word = s_.substr(start, i_ - start);
    if (word == "true" || word == "false" || word == "null") return true;
    if (word.empty()) return false;
    for (char d : word) {
      if (std::string_view("0123456789+-.eE").find(d) == std::string_view::npos) return false;
    }
    return true;
  }

 private:
  bool Hex4(uint32_t* cp) {
    if (i_ + 4 > s_.size()) return false;
    for (int k = 0; k < 4; ++k) {
      const char h = s_[i_++];
      *cp <<= 4;
      if (h >= '0' && h <= '9') *cp |= static_cast<uint32_t>(h - '0');
      else if (h >= 'a' && h <= 'f') *cp |= static_cast<uint32_t>(h - 'a' + 10);
      else if (h >= 'A' && h <= 'F') *cp |= static_cast<uint32_t>(h - 'A' + 10);
      else return false;
    }
    return true;
  }
  static void Utf8(uint32_t cp, std::string* out) {
    if (cp < 0x80) {
      *out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      *out += static_cast<char>(0xC0 | (cp >> 6));
      *out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      *out += static_cast<char>(0xE0 | (cp >> 12));
      *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      *out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      *out += static_cast<char>(0xF0 | (cp >> 18));
      *out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      *out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }

  std::string_view s_;
  size_t i_ = 0;
};

}  // namespace

Result<InputRecord> ParseInputRecord(std::string_view line) {
  Reader r(line);
  if (!r.Eat('{')) return Error{"not a JSON object", {}};
  InputRecord record;
  bool has_source = false, has_text = false;
  if (!r.Eat('}')) {
    do {
      std::string key;
      if (!r.String(&key) || !r.Eat(':')) return Error{"invalid JSON", {}};
      if ((key == "source" || key == "text") && r.Peek() == '"') {
        std::string* dst = key == "source" ? &record.source : &record.text;
        dst->clear();
        if (!r.String(dst)) return Error{"invalid JSON string", {}};
        (key == "source" ? has_source : has_text) = true;
      } else if (!r.Skip()) {
        return Error{"invalid JSON", {}};
      }
    } while (r.Eat(','));
    if (!r.Eat('}')) return Error{"invalid JSON", {}};
  }
  if (!r.AtEnd()) return Error{"trailing characters after the JSON object", {}};
  if (!has_text) return Error{"record has no \"text\" string", {}};
  if (!has_source) record.source.assign(1, '-');  // not = "-": GCC 12 -Wrestrict bug 105329
  return record;
}

}  // namespace whereas::cli
