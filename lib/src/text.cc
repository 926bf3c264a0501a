// Normalisation of raw bytes to UTF-8 lines.
#include "text.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <utility>

namespace whereas::internal {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// The letters of a Latin ligature (U+FB00..U+FB06), as PDF converters print
// them from fonts that set "fi" as one glyph: "satis\u{FB01}ed" is
// "satisfied", and a pattern for "five" must find it. "" for any other
// sequence.
std::string_view Ligature(std::string_view seq) {
  static constexpr std::string_view kLetters[] = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};
  if (seq.size() != 3 || seq[0] != '\xEF' || seq[1] != '\xAC') return "";
  const auto last = static_cast<unsigned char>(seq[2]);
  return last >= 0x80 && last <= 0x86 ? kLetters[last - 0x80] : "";
}

void AppendUtf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Length of the valid UTF-8 sequence at s[i], or 0 if it is not valid
// (overlong forms, surrogates and code points above U+10FFFF included).
size_t ValidSequenceLength(std::string_view s, size_t i) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  size_t n = 0;
  uint32_t cp = 0;
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2, cp = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3, cp = c & 0x0F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4, cp = c & 0x07;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k) {
    if ((b(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b(i + k) & 0x3F);
  }
  if (n == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) return 0;
  if (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) return 0;
  return n;
}

// UTF-16 with a byte order mark, decoded to UTF-8; unpaired surrogates
// become U+FFFD.
std::string DecodeUtf16(std::string_view s, bool big_endian) {
  std::string out;
  out.reserve(s.size());
  const auto unit = [&](size_t i) -> uint32_t {
    const auto hi = static_cast<unsigned char>(s[big_endian ? i : i + 1]);
    const auto lo = static_cast<unsigned char>(s[big_endian ? i + 1 : i]);
    return (hi << 8) | lo;
  };
  for (size_t i = 2; i + 1 < s.size(); i += 2) {
    uint32_t u = unit(i);
    if (u >= 0xD800 && u <= 0xDBFF && i + 3 < s.size()) {
      const uint32_t v = unit(i + 2);
      if (v >= 0xDC00 && v <= 0xDFFF) {
        AppendUtf8(out, 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00));
        i += 2;
        continue;
      }
    }
    if (u >= 0xD800 && u <= 0xDFFF) u = 0xFFFD;
    AppendUtf8(out, u);
  }
  return out;
}

// True when `s` is not UTF-8 but reads as Windows-1252: it has bytes above
// 0x7F and none of them starts a valid UTF-8 sequence (a PDF or Word export
// with curly quotes as 0x93 0x94).
bool LooksLikeWindows1252(std::string_view s) {
  bool high = false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (static_cast<unsigned char>(s[i]) < 0x80) continue;
    high = true;
    if (ValidSequenceLength(s, i) > 0) return false;
  }
  return high;
}

std::string DecodeWindows1252(std::string_view s) {
  // 0x80..0x9F; 0 where Windows-1252 defines no character.
  static constexpr uint16_t kHigh[32] = {
      0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x80) {
      out += ch;
    } else if (c < 0xA0) {
      AppendUtf8(out, kHigh[c - 0x80] ? kHigh[c - 0x80] : 0xFFFD);
    } else {
      AppendUtf8(out, c);  // Latin-1
    }
  }
  return out;
}

}  // namespace

int Text::OriginalColumn(int line, int offset) const {
  // The shifts of `line` at or before `offset`, by binary search: a text
  // with a shift on every line asks this once per diagnostic.
  const auto before = [](const Shift& s, std::pair<int, int> at) {
    return std::pair(s.line, s.column) < at;
  };
  const auto first = std::lower_bound(shifts.begin(), shifts.end(), std::pair(line, 0), before);
  const auto last = std::lower_bound(first, shifts.end(), std::pair(line, offset + 1), before);
  if (first == last) return offset + 1;
  const int total_before = first == shifts.begin() ? 0 : std::prev(first)->total;
  return offset + (std::prev(last)->total - total_before) + 1;
}

void Text::AddShift(int line, int column, int delta) {
  shifts.push_back({line, column, delta, (shifts.empty() ? 0 : shifts.back().total) + delta});
}

Text NormalizeText(std::string_view bytes) {
  Text text;
  std::string decoded;
  if (bytes.size() >= 2 && (bytes.substr(0, 2) == "\xFF\xFE" ||
                            bytes.substr(0, 2) == "\xFE\xFF")) {
    decoded = DecodeUtf16(bytes, bytes[0] == '\xFE');
    bytes = decoded;
    text.repairs.push_back({1, 1, "decoded UTF-16 to UTF-8"});
  } else if (LooksLikeWindows1252(bytes)) {
    decoded = DecodeWindows1252(bytes);
    bytes = decoded;
    text.repairs.push_back({1, 1, "not UTF-8: decoded as Windows-1252"});
  }
  std::string& out = text.utf8;
  out.reserve(bytes.size());
  int line = 1;
  size_t line_start = 0;  // offset in `out` where the current line starts
  const auto shift = [&](int delta) {
    text.AddShift(line, static_cast<int>(out.size() - line_start), delta);
  };
  const auto repair = [&](size_t at, std::string message) {
    text.repairs.push_back(
        {line, text.OriginalColumn(line, static_cast<int>(at - line_start)),
         std::move(message)});
  };
  size_t i = 0;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    i = 3;
    text.AddShift(1, 0, 3);
  }
  while (i < bytes.size()) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    if (c >= 0x20 && c < 0x7F) {
      // The common case: copy a run of printable ASCII at once.
      size_t j = i + 1;
      while (j < bytes.size()) {
        const auto d = static_cast<unsigned char>(bytes[j]);
        if (d < 0x20 || d >= 0x7F) break;
        ++j;
      }
      out.append(bytes.data() + i, j - i);
      i = j;
      continue;
    }
    if (c == '\n' || c == '\r') {
      out += '\n';
      i += (c == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n') ? 2 : 1;
      ++line;
      line_start = out.size();
      continue;
    }
    if (c == '\t') {
      out += '\t';
      ++i;
      continue;
    }
    if (c == '\f') {  // page breaks of PDF-to-text conversions
      if (text.page_breaks.empty() || text.page_breaks.back() != line) {
        text.page_breaks.push_back(line);
      }
      shift(1);
      ++i;
      continue;
    }
    if (c < 0x80) {  // other control bytes, NUL and DEL included
      repair(out.size(), "replaced control byte with U+FFFD");
      out += kReplacement;
      shift(1 - static_cast<int>(kReplacement.size()));
      ++i;
      continue;
    }
    const size_t n = ValidSequenceLength(bytes, i);
    if (n == 0) {
      repair(out.size(), "replaced invalid UTF-8 byte with U+FFFD");
      out += kReplacement;
      shift(1 - static_cast<int>(kReplacement.size()));
      ++i;
      continue;
    }
    const std::string_view seq = bytes.substr(i, n);
    // Noncharacters (U+FDD0..U+FDEF, U+xFFFE, U+xFFFF) are valid UTF-8 that
    // YAML writers replace on output; replace them here, where it is seen.
    const auto b1 = static_cast<unsigned char>(seq.size() > 1 ? seq[1] : 0);
    const auto last = static_cast<unsigned char>(seq.back());
    const bool nonchar =
        (n == 3 && c == 0xEF && b1 == 0xB7 && last >= 0x90 && last <= 0xAF) ||
        (n >= 3 && (last == 0xBE || last == 0xBF) &&
         static_cast<unsigned char>(seq[n - 2]) == 0xBF &&
         (n == 4 ? (b1 & 0x0F) == 0x0F : c == 0xEF));
    if (nonchar) {
      repair(out.size(), "replaced a Unicode noncharacter with U+FFFD");
      out += kReplacement;
      shift(static_cast<int>(n) - static_cast<int>(kReplacement.size()));
      i += n;
      continue;
    }
    // U+00A0 no-break space, U+2007 figure space, U+202F narrow no-break
    // space: PDF converters print them where the author meant a space.
    if (seq == "\xC2\xA0" || seq == "\xE2\x80\x87" || seq == "\xE2\x80\xAF") {
      out += ' ';
      shift(static_cast<int>(n) - 1);
    } else if (const std::string_view letters = Ligature(seq); !letters.empty()) {
      out.append(letters);
      shift(static_cast<int>(n) - static_cast<int>(letters.size()));
    } else {
      out.append(seq);
    }
    i += n;
  }
  return text;
}

std::vector<Line> SplitLines(const Text& text) {
  std::vector<Line> lines;
  const std::string_view s = text.utf8;
  lines.reserve(static_cast<size_t>(std::count(s.begin(), s.end(), '\n')) + 1);
  size_t start = 0;
  int number = 1;
  while (start < s.size()) {
    size_t end = s.find('\n', start);
    if (end == std::string_view::npos) end = s.size();
    lines.push_back({number++, s.substr(start, end - start)});
    start = end + 1;
  }
  return lines;
}

}  // namespace whereas::internal
