// Words with their boxes -> lines of text, as a layout-mode converter prints
// them, with what the geometry tells of each line (furniture, footnote).
#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "str_util.h"
#include "whereas/read.h"

namespace whereas {
namespace {

// Ratios of a font size or a line pitch, chosen on printed pages (11 and
// 12 pt text, single and one-and-a-half spacing).
constexpr double kGluedGap = 0.1;      // of the font size: no space between words
constexpr double kColumnGap = 2.5;     // of a character's width: a table's next cell
constexpr double kParagraphGap = 1.4;  // of the line pitch: a blank line
constexpr double kEdgeBand = 0.12;     // of the page's height: where furniture is printed
constexpr double kSmallPrint = 0.88;   // of the body's font size: a footnote's

struct Line {
  std::string text;
  LineRole role = LineRole::kText;
  double top = 0, bottom = 0, left = 0, right = 0;
  double first_word = 0;  // the width of its first word
  double second_left = -1;  // where its second word starts (-1: one word)
  double font_size = 0;  // the largest of its words'
  bool blank_before = false;
  bool dropped = false;  // its words went up to the line before
  bool labelled = false;  // it starts like a label (StartsLabelled), set by Unwrap
};

struct Page {
  double height = 0;
  std::vector<Line> lines;  // top to bottom
};

bool Usable(const WordBox& w) {
  for (const double v : {w.x0, w.y0, w.x1, w.y1, w.font_size}) {
    if (!std::isfinite(v) || std::fabs(v) > 1e7) return false;
  }
  return !w.text.empty();
}

// `s` as valid UTF-8: each byte that starts no valid sequence becomes
// U+FFFD. A reader's text must not look like another encoding to the
// normaliser (bytes FE FF first would read as a UTF-16 byte-order mark).
std::string ValidUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = byte(i);
    size_t n = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    bool ok = n > 0 && i + n <= s.size();
    for (size_t k = 1; ok && k < n; ++k) ok = (byte(i + k) & 0xC0) == 0x80;
    // Overlong forms, surrogates and code points past U+10FFFF.
    if (ok && n == 3) ok = !(c == 0xE0 && byte(i + 1) < 0xA0) && !(c == 0xED && byte(i + 1) >= 0xA0);
    if (ok && n == 4) ok = !(c == 0xF0 && byte(i + 1) < 0x90) && !(c == 0xF4 && byte(i + 1) >= 0x90);
    if (!ok) {
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    out.append(s.substr(i, n));
    i += n;
  }
  return out;
}

// A word's box with its corners in order.
WordBox Normalised(const WordBox& w) {
  WordBox n = w;
  n.text = ValidUtf8(w.text);
  if (n.x1 < n.x0) std::swap(n.x0, n.x1);
  if (n.y1 < n.y0) std::swap(n.y0, n.y1);
  if (n.font_size <= 0) n.font_size = std::max(n.y1 - n.y0, 1.0);
  // White space inside a word would make two words of one; line breaks
  // would make two lines.
  for (char& c : n.text) {
    if (c == '\n' || c == '\r' || c == '\f' || c == '\t' || c == '\v') c = ' ';
  }
  return n;
}

// The most common value of `values` (rounded to halves), weighted; `fallback`
// when there are none.
double Mode(const std::vector<std::pair<double, double>>& weighted, double fallback) {
  std::map<long, double> count;
  for (const auto& [value, weight] : weighted) count[std::lround(value * 2)] += weight;
  long best = 0;
  double most = 0;
  for (const auto& [value, n] : count) {
    if (n > most) best = value, most = n;
  }
  return most > 0 ? static_cast<double>(best) / 2 : fallback;
}

// The pitch of a paragraph's lines: the smallest distance between
// baselines that a tenth of the lines keep (in halves of a point). Not the
// most common: a text of one-line paragraphs half a line apart has more of
// those gaps than of lines in a paragraph. `fallback` (single spacing) when
// none is common.
double Pitch(const std::vector<std::pair<double, double>>& distances, double fallback) {
  std::map<long, double> count;
  for (const auto& [d, weight] : distances) count[std::lround(d * 2)] += weight;
  const double enough = std::max(2.0, 0.1 * static_cast<double>(distances.size()));
  for (const auto& [d, n] : count) {
    if (n >= enough) return static_cast<double>(d) / 2;
  }
  return fallback;
}

// What the whole document measures: the body's font size, a character's
// width in it, the pitch of its lines, the left margin.
struct Measures {
  double font_size = 10;
  double char_width = 5;
  double pitch = 12;
  double margin = 0;
};

size_t Characters(std::string_view s) {
  size_t n = 0;
  for (const char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// Words into lines: sorted by their middles, a word joins the line before
// when it shares half its height with it (a raised footnote mark does).
std::vector<std::vector<WordBox>> GroupLines(std::vector<WordBox> words) {
  std::sort(words.begin(), words.end(), [](const WordBox& a, const WordBox& b) {
    return a.y0 + a.y1 < b.y0 + b.y1;
  });
  std::vector<std::vector<WordBox>> lines;
  double top = 0, bottom = 0;
  for (WordBox& w : words) {
    const double height = std::max(w.y1 - w.y0, 0.01);
    const double overlap = std::min(bottom, w.y1) - std::max(top, w.y0);
    if (!lines.empty() && overlap >= 0.5 * std::min(height, std::max(bottom - top, 0.01))) {
      top = std::min(top, w.y0);
      bottom = std::max(bottom, w.y1);
      lines.back().push_back(std::move(w));
      continue;
    }
    top = w.y0;
    bottom = w.y1;
    lines.emplace_back().push_back(std::move(w));
  }
  for (auto& line : lines) {
    std::sort(line.begin(), line.end(),
              [](const WordBox& a, const WordBox& b) { return a.x0 < b.x0; });
  }
  return lines;
}

Measures Measure(const std::vector<std::vector<std::vector<WordBox>>>& pages) {
  std::vector<std::pair<double, double>> sizes, pitches;
  for (const auto& page : pages) {
    for (const auto& line : page) {
      for (const WordBox& w : line) sizes.emplace_back(w.font_size, Characters(w.text));
    }
  }
  Measures m;
  m.font_size = Mode(sizes, 10);
  double width = 0, chars = 0;
  bool first = true;
  for (const auto& page : pages) {
    double last_base = -1;
    for (const auto& line : page) {
      for (const WordBox& w : line) {
        if (std::fabs(w.font_size - m.font_size) > 0.5) continue;
        width += w.x1 - w.x0;
        chars += static_cast<double>(Characters(w.text));
      }
      const double base = line.front().y1;
      if (last_base >= 0) {
        const double d = base - last_base;
        if (d > 0.5 * m.font_size && d < 3 * m.font_size) pitches.emplace_back(d, 1);
      }
      last_base = base;
      if (first || line.front().x0 < m.margin) m.margin = line.front().x0;
      first = false;
    }
  }
  m.char_width = chars > 0 && width > 0 ? width / chars : m.font_size / 2;
  m.char_width = std::max(m.char_width, 0.1);
  m.pitch = Pitch(pitches, m.font_size * 1.2);
  return m;
}

// One line's words as text: indentation and a table's columns in spaces
// at the body's character width, words glued where the page glues them.
Line SetLine(const std::vector<WordBox>& words, const Measures& m) {
  Line line;
  line.top = words.front().y0;
  line.bottom = words.front().y1;
  line.left = words.front().x0;
  line.right = words.back().x1;
  line.first_word = words.front().x1 - words.front().x0;
  if (words.size() > 1) line.second_left = words[1].x0;
  const auto column = [&](double x) {
    return static_cast<size_t>(std::clamp(std::lround((x - m.margin) / m.char_width), 0L, 400L));
  };
  line.text.assign(column(line.left), ' ');
  size_t used = line.text.size();  // characters so far, counted as they come
  const WordBox* prev = nullptr;
  for (const WordBox& w : words) {
    line.top = std::min(line.top, w.y0);
    line.bottom = std::max(line.bottom, w.y1);
    line.font_size = std::max(line.font_size, w.font_size);
    if (prev != nullptr) {
      const double gap = w.x0 - prev->x1;
      if (gap > kColumnGap * m.char_width) {
        const size_t at = column(w.x0);
        const size_t spaces = std::max<size_t>(at > used ? at - used : 0, 2);
        line.text.append(spaces, ' ');
        used += spaces;
      } else if (prev->space_after || gap > kGluedGap * std::min(prev->font_size, w.font_size)) {
        line.text += ' ';
        ++used;
      }
    }
    line.text += w.text;
    used += Characters(w.text);
    prev = &w;
  }
  return line;
}

// A run of digits as '#': "Page 3 of 9" and "Page 4 of 9" are one footer.
std::string Key(std::string_view text) {
  std::string k;
  for (size_t i = 0; i < text.size(); ++i) {
    const bool digit = internal::IsDigit(text[i]);
    if (!digit) k += text[i];
    else if (i == 0 || !internal::IsDigit(text[i - 1])) k += '#';
  }
  return k;
}

// A page number in words: "- 7 -", "Page 7", "Page 7 of 9", "7/9". (A
// number alone is one only when it counts the pages: MarkFurniture.)
bool PageNumber(std::string_view text) {
  static const std::unordered_set<std::string> kShapes = {
      "- # -", "-#-", "Page #", "page #", "Page # of #", "page # of #", "#/#", "# of #"};
  return kShapes.count(Key(text)) > 0;
}

// Running headers and footers: a line at a page's top or foot (the two
// outermost lines with words, within the edge band) that is a page number,
// or whose words (digits aside) recur at the edge of another page. The first
// page's top is the document's title or letterhead, never a header.
void MarkFurniture(std::vector<Page>* pages) {
  std::vector<std::pair<Line*, std::string>> edges;
  std::map<std::string, int> pages_with;
  // Numbers alone at an edge, by (foot, number less the page's index).
  std::map<std::pair<bool, long>, std::vector<Line*>> bare_numbers;
  for (size_t p = 0; p < pages->size(); ++p) {
    Page& page = (*pages)[p];
    std::vector<Line*> at_edge;
    const size_t n = page.lines.size();
    for (size_t i = 0; i < n; ++i) {
      Line& line = page.lines[i];
      const bool top = i < 2 && line.bottom < kEdgeBand * page.height;
      const bool foot = i + 2 >= n && line.top > (1 - kEdgeBand) * page.height;
      if (!top && !foot) continue;
      if (top && p == 0) continue;  // the title, or a letterhead
      const std::string_view words = internal::TrimView(line.text);
      // A number alone is the page's own number ("7" on the 7th page), or
      // one of a run that counts the pages from elsewhere (a report's "iv"
      // aside); a year at a page's edge is neither.
      long number = -1;
      if (Key(words) == "#" && words.size() <= 4) number = std::stol(std::string(words));
      if (number >= 0) {
        bare_numbers[{foot, number - static_cast<long>(p)}].push_back(&line);
        if (number == static_cast<long>(p) + 1) line.role = LineRole::kFurniture;
      } else if (PageNumber(words)) {
        line.role = LineRole::kFurniture;
      } else {
        at_edge.push_back(&line);
      }
    }
    std::unordered_set<std::string> seen;
    for (Line* line : at_edge) {
      std::string key = Key(internal::TrimView(line->text));
      if (seen.insert(key).second) ++pages_with[key];
      edges.emplace_back(line, std::move(key));
    }
  }
  for (auto& [line, key] : edges) {
    if (pages_with[key] >= 2) line->role = LineRole::kFurniture;
  }
  for (auto& [key, lines] : bare_numbers) {
    if (lines.size() < 2) continue;
    for (Line* line : lines) line->role = LineRole::kFurniture;
  }
}

// Footnotes: the lines below a page's body printed smaller than it, the
// first starting with a mark ("1 The Education Act ...").
void MarkFootnotes(const Measures& m, std::vector<Page>* pages) {
  for (Page& page : *pages) {
    size_t first = page.lines.size();
    for (size_t i = page.lines.size(); i-- > 0;) {
      const Line& line = page.lines[i];
      if (line.role == LineRole::kFurniture) continue;
      if (line.font_size > kSmallPrint * m.font_size) break;
      first = i;
    }
    // The run starts at a mark; lines above the first mark are small print
    // of the body (a table's, a caption's).
    while (first < page.lines.size()) {
      const std::string_view t = internal::TrimView(page.lines[first].text);
      if (!t.empty() && internal::IsDigit(t[0]) && page.lines[first].role != LineRole::kFurniture) break;
      ++first;
    }
    if (first == 0) continue;  // a page of small print only is the body
    for (size_t i = first; i < page.lines.size(); ++i) {
      if (page.lines[i].role != LineRole::kFurniture) page.lines[i].role = LineRole::kFootnote;
    }
  }
}

bool IsLetter(unsigned char c) { return std::isalpha(c) != 0 || c >= 0x80; }

// The letters of `word` lower-cased (ASCII), punctuation at its ends dropped.
std::string Bare(std::string_view word) {
  while (!word.empty() && !IsLetter(static_cast<unsigned char>(word.front()))) word.remove_prefix(1);
  while (!word.empty() && !IsLetter(static_cast<unsigned char>(word.back()))) word.remove_suffix(1);
  std::string out(word);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// A typesetter's hyphen: "Commis-" over "sioner's" when the document prints
// "Commissioner" whole somewhere, or prints neither "Commis-sioner" nor both
// halves as words of their own ("corpo-" over "rate": no "corpo"). The word
// is made whole on the upper line. The author's hyphens stay ("co-" over
// "operate" where "co-operate" is printed; "six-" over "monthly", both
// words), for the layout stage to join as printed.
void JoinHyphenated(std::vector<Page>* pages) {
  std::unordered_set<std::string> whole, hyphenated;
  std::vector<Line*> body;
  for (Page& page : *pages) {
    for (Line& line : page.lines) {
      if (line.role != LineRole::kText) continue;
      // The first word under a line ending in a hyphen is half a word
      // ("nex" under "An-"), not one the document prints whole.
      const bool after_hyphen = !body.empty() && !body.back()->text.empty() && body.back()->text.back() == '-';
      body.push_back(&line);
      std::string_view rest = line.text;
      bool first = true;
      while (!rest.empty()) {
        const size_t start = rest.find_first_not_of(' ');
        if (start == std::string_view::npos) break;
        rest.remove_prefix(start);
        const std::string_view word = rest.substr(0, rest.find(' '));
        rest.remove_prefix(word.size());
        const bool half = first && after_hyphen;
        first = false;
        if (half) continue;
        if (word.find('-') == std::string_view::npos) {
          whole.insert(Bare(word));
        } else if (word.back() != '-') {
          hyphenated.insert(Bare(word));
        }
      }
    }
  }
  for (size_t i = 0; i + 1 < body.size(); ++i) {
    Line& upper = *body[i];
    Line& lower = *body[i + 1];
    if (lower.blank_before) continue;
    const std::string_view u = upper.text;
    if (u.size() < 3 || u.back() != '-' || !IsLetter(static_cast<unsigned char>(u[u.size() - 2]))) continue;
    const size_t start = upper.text.find_last_of(' ') + 1;  // npos + 1 == 0
    const std::string_view head = u.substr(start, u.size() - 1 - start);
    // An address's hyphens are its own ("media/exampleshire-" over
    // "commissioner-report.pdf"): a typesetter breaks it there, never adds one.
    if (head.find_first_of("/@") != std::string_view::npos) continue;
    const size_t begin = lower.text.find_first_not_of(' ');
    if (begin == std::string::npos) continue;
    // "Com-" over "missioner", "COM-" over "MISSIONER"; never "Council-" over "Member".
    const auto c = static_cast<unsigned char>(lower.text[begin]);
    const bool upper_head = std::isupper(static_cast<unsigned char>(u[u.size() - 2])) != 0;
    if (!(std::islower(c) || (upper_head && std::isupper(c)))) continue;
    const size_t end = std::min(lower.text.find(' ', begin), lower.text.size());
    const std::string tail = lower.text.substr(begin, end - begin);
    const std::string joined = Bare(std::string(head) + tail);
    const bool typeset = whole.count(joined) > 0 ||
                         (hyphenated.count(Bare(std::string(head) + "-" + tail)) == 0 &&
                          !(whole.count(Bare(head)) > 0 && whole.count(Bare(tail)) > 0));
    if (!typeset) continue;
    upper.text.pop_back();
    upper.text += tail;
    const size_t next = lower.text.find_first_not_of(' ', end);
    if (next == std::string::npos) {
      lower.dropped = true;
    } else {
      lower.text.erase(begin, next - begin);
    }
  }
}

// True when `text` starts with what reads as a label or a bullet ("1.",
// "12 ", "1.2", "(a)", "b)", "(iv)", "•"): a paragraph's start, whatever
// the line before.
bool StartsLabelled(std::string_view text) {
  text = internal::TrimView(text);
  for (const std::string_view bullet : {"\u2022", "\u25CF", "\u25AA", "\u25E6", "\u25A0", "\u25A1",
                                        "\u2023", "\u2043", "\uF0B7", "\uF0A7", "- ", "\u2013 ", "* ", "o "}) {
    if (text.substr(0, bullet.size()) == bullet) return true;
  }
  const bool open = !text.empty() && text[0] == '(';
  size_t i = open ? 1 : 0;
  const size_t start = i;
  while (i < text.size() && i - start < 8 && (internal::IsDigit(text[i]) || (text[i] == '.' && i > start))) ++i;
  if (i > start) {  // "3", "3.", "3.1", "(3)"
    const bool digits_only = text.find('.', start) >= i;
    if (i < text.size() && text[i] == ')') return true;
    if (i == text.size() || text[i] == ' ') return !digits_only || text[i - 1] == '.' || i - start <= 2;
    return false;
  }
  while (i < text.size() && i - start < 6 && std::isalpha(static_cast<unsigned char>(text[i]))) ++i;
  if (i == start || i >= text.size()) return false;
  const bool closes = text[i] == ')' || (text[i] == '.' && !open && i - start <= 2);
  return closes && (i + 1 == text.size() || text[i + 1] == ' ');
}

// True when `text` starts with a field's label, a capitalised phrase of
// up to three words and a colon ("Wards affected: All", "Report of: ..."):
// a header table's next row, not the line before's words.
bool StartsField(std::string_view text) {
  text = internal::TrimView(text);
  if (text.empty() || !std::isupper(static_cast<unsigned char>(text[0]))) return false;
  const size_t colon = text.find(':');
  if (colon == std::string_view::npos || colon > 40) return false;
  const std::string_view label = text.substr(0, colon);
  return std::count(label.begin(), label.end(), ' ') <= 2;
}

// A paragraph's lines made one, as a text of one paragraph a line prints it:
// a line goes on the line before when that line is full (the next line's
// first word would not have fitted on it, as far as the page's right
// margin), neither is set apart (a gap, furniture, a footnote, another
// size), and it does not start with a label. Across a page break too: the
// words stay on the page they started on.
void Unwrap(const Measures& m, std::vector<Page>* pages) {
  Line* last = nullptr;  // the body line the paragraph so far is on
  double last_margin = 0;
  for (Page& page : *pages) {
    double margin = 0;
    for (const Line& line : page.lines) {
      if (line.role == LineRole::kText) margin = std::max(margin, line.right);
    }
    bool page_start = true;
    for (Line& line : page.lines) {
      if (line.role != LineRole::kText || line.dropped) continue;
      const bool full = last != nullptr &&
                        last->right + m.char_width + line.first_word > last_margin - m.char_width / 2;
      line.labelled = StartsLabelled(line.text);
      // A line under a labelled one's words, at their indent, goes on
      // with them even when it starts like a label ("31 December 2025.").
      const bool hangs = last != nullptr && last->second_left >= 0 && last->labelled &&
                         std::fabs(line.left - last->second_left) < 1;
      // A label alone ("1." under "... attached at Appendix") ends the
      // sentence above it when that sentence has not ended.
      const bool ends_open = last != nullptr && !last->text.empty() &&
                             std::string_view(".:;").find(last->text.back()) == std::string_view::npos;
      const bool label_alone = line.labelled &&
                               internal::TrimView(line.text).find(' ') == std::string_view::npos;
      const bool opens = line.labelled && !hangs && !(label_alone && ends_open);
      if (full && !line.blank_before && !opens && !StartsField(line.text) &&
          std::fabs(line.font_size - last->font_size) < 0.5) {
        std::string& text = last->text;
        while (!text.empty() && text.back() == ' ') text.pop_back();
        // An author's hyphen at the break ("co-" over "operate") joins as printed.
        const bool hyphen = text.size() >= 2 && text.back() == '-' &&
                            IsLetter(static_cast<unsigned char>(text[text.size() - 2]));
        if (!hyphen) text += ' ';
        text += internal::TrimView(line.text);
        last->right = line.right;
        line.dropped = true;
      } else {
        // A paragraph that ended short at the foot of the page before: the
        // page break hid the gap after it.
        if (page_start && last != nullptr && !full) line.blank_before = true;
        last = &line;
      }
      page_start = false;
      last_margin = margin;
    }
  }
}

}  // namespace

SourceText ReadWordBoxes(const std::vector<PageWords>& in) {
  std::vector<std::vector<std::vector<WordBox>>> grouped;
  grouped.reserve(in.size());
  for (const PageWords& page : in) {
    std::vector<WordBox> words;
    words.reserve(page.words.size());
    for (const WordBox& w : page.words) {
      if (Usable(w)) words.push_back(Normalised(w));
    }
    grouped.push_back(GroupLines(std::move(words)));
  }
  const Measures m = Measure(grouped);
  std::vector<Page> pages(in.size());
  for (size_t p = 0; p < in.size(); ++p) {
    pages[p].height = std::isfinite(in[p].height) && in[p].height > 0 ? in[p].height : 842;
    double last_base = -1;
    for (const auto& words : grouped[p]) {
      Line line = SetLine(words, m);
      const double base = words.front().y1;
      line.blank_before = last_base >= 0 && base - last_base > kParagraphGap * m.pitch;
      last_base = base;
      pages[p].lines.push_back(std::move(line));
    }
  }
  MarkFurniture(&pages);
  MarkFootnotes(m, &pages);
  JoinHyphenated(&pages);
  Unwrap(m, &pages);

  SourceText out;
  out.pages = static_cast<int>(pages.size());
  for (size_t p = 0; p < pages.size(); ++p) {
    if (p > 0) out.text += '\f';  // a new page starts on the next line
    for (const Line& line : pages[p].lines) {
      if (line.dropped) continue;
      if (line.blank_before && !out.roles.empty()) {
        out.text += '\n';
        out.roles.push_back(line.role == LineRole::kText ? LineRole::kText : line.role);
      }
      out.text += line.text;
      out.text += '\n';
      out.roles.push_back(line.role);
    }
  }
  // As pdftotext ends each page: the last page's end is known too.
  if (!pages.empty()) out.text += '\f';
  return out;
}

}  // namespace whereas
