// The layout stage: pages, wrap width and full lines, page furniture.
#include "layout.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <map>
#include <string>

#include "str_util.h"

namespace whereas::internal {
namespace {

// Characters in UTF-8 `s`, trailing white space left out.
int Width(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  // Eight bytes at a time while they are ASCII, as most are.
  size_t i = 0;
  int n = 0;
  for (uint64_t word = 0; i + 8 <= s.size(); i += 8, n += 8) {
    std::memcpy(&word, s.data() + i, 8);
    if ((word & 0x8080808080808080ULL) != 0) break;
  }
  for (; i < s.size(); ++i) n += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
  return n;
}

bool Blank(std::string_view s) { return s.find_first_not_of(" \t") == std::string_view::npos; }

// The width of the first word of `next`, leading white space left out;
// -1 when `next` has no word.
int FirstWordWidth(std::string_view next) {
  const size_t start = next.find_first_not_of(" \t");
  if (start == std::string_view::npos) return -1;
  next.remove_prefix(start);
  return Width(next.substr(0, next.find_first_of(" \t")));
}

}  // namespace

bool FillsWidth(std::string_view line, std::string_view next, int width) {
  const int word = FirstWordWidth(next);
  return width > 0 && word >= 0 && Width(line) + 1 + word > width;
}

int WrapWidth(const std::vector<Line>& lines, std::vector<bool>* full) {
  // Each line's width, once: -1 for a blank line.
  std::vector<int> widths(lines.size(), -1);
  std::vector<int> sorted;
  sorted.reserve(lines.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    if (Blank(lines[i].text)) continue;
    widths[i] = Width(lines[i].text);
    sorted.push_back(widths[i]);
  }
  // Too few lines to tell a width from chance.
  constexpr size_t kMinRuns = 8;
  if (sorted.size() <= kMinRuns) return 0;
  // The width 95 % of lines keep within: a few longer ones are URLs and
  // table rows that the converter could not break.
  const auto at = sorted.begin() + static_cast<std::ptrdiff_t>(sorted.size() * 95 / 100);
  std::nth_element(sorted.begin(), at, sorted.end());
  const int width = *at;
  // Narrower than any page or column: short lines in a list, not wrapped.
  constexpr int kMinWidth = 30;
  if (width < kMinWidth) return 0;
  // Which lines are full when the next line's first word would have made
  // them wider than `limit`; how many pairs of lines with words there are,
  // and how many of them start with a full line.
  std::vector<bool> is_full(lines.size(), false);
  size_t runs = 0;
  size_t full_lines = 0;
  const auto count_full = [&](int limit) {
    runs = full_lines = 0;
    for (size_t i = 0; i + 1 < lines.size(); ++i) {
      is_full[i] = false;
      if (widths[i] < 0 || widths[i + 1] < 0) continue;
      ++runs;
      if (widths[i] + 1 + FirstWordWidth(lines[i + 1].text) > limit) {
        is_full[i] = true;
        ++full_lines;
      }
    }
  };
  // Full lines in half the runs of lines at least (the rest: the ends of
  // paragraphs, items of a list one per line). A text of one paragraph
  // per line has few: its longest paragraphs, followed by another.
  count_full(width);  // FillsWidth(), with the line's width known
  if (runs < kMinRuns) return 0;
  if (full_lines * 2 < runs) {
    // Characters measure width only in a monospaced text. A PDF set in a
    // proportional font breaks its lines within about a tenth of the width
    // in characters: there a line is full when the next word would have
    // taken it past nine tenths of it, in 35 % of the runs at least (a text
    // of one paragraph per line has a fifth at most).
    count_full(width * 9 / 10);
    if (full_lines * 20 < runs * 7) return 0;
  }
  if (full) *full = std::move(is_full);
  return width;
}


namespace {

// The pages of a text whose form feeds break before lines `breaks`: each
// page's lines [begin, end). One page when there are no breaks.
std::vector<std::pair<size_t, size_t>> Pages(const std::vector<Line>& lines,
                                             const std::vector<int>& breaks) {
  std::vector<std::pair<size_t, size_t>> pages;
  size_t begin = 0;
  for (const int b : breaks) {
    size_t end = begin;
    while (end < lines.size() && lines[end].number < b) ++end;
    pages.emplace_back(begin, end);
    begin = end;
  }
  pages.emplace_back(begin, lines.size());
  return pages;
}

// `text` prints note mark `mark` as a converter prints a superscript: glued
// to the word before it ("Council1", "inadequate.2", "Act 1996”3"), not
// part of a number ("2024", "2.3", "S17").
bool PrintsMark(std::string_view text, std::string_view mark) {
  for (size_t at = text.find(mark); at != std::string_view::npos; at = text.find(mark, at + 1)) {
    const size_t end = at + mark.size();
    if (end < text.size() && (IsDigit(text[end]) ||
                              (text[end] == '.' && end + 1 < text.size() && IsDigit(text[end + 1])))) {
      continue;
    }
    std::string_view before = text.substr(0, at);
    // A closing mark between the word and the note's mark.
    for (const std::string_view close : {".", ",", ";", ":", ")", "'", "\"", "\u2019", "\u201D"}) {
      if (before.size() > close.size() && before.ends_with(close)) {
        before.remove_suffix(close.size());
        break;
      }
    }
    if (!before.empty()) {
      const char c = before.back();
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
    }
  }
  return false;
}

// Footnotes a PDF conversion printed at a page's foot: the last block of
// lines of a page (after a blank line, running lines aside) when its first
// line is "1 Direction issued under ..." and the page's text above prints
// that mark glued to a word ("Council1"). Its lines that go on counting ("2 ...")
// start the next notes; other lines are a note's wrapped words. Without
// form feeds no page is known, and nothing is read so. Sets `aside` for
// the lines read.
std::vector<Footnote> Footnotes(const std::vector<Line>& lines,
                                const std::vector<std::pair<size_t, size_t>>& pages,
                                const std::vector<bool>& running, std::vector<bool>* aside) {
  std::vector<Footnote> notes;
  if (pages.size() < 2) return notes;
  const auto blank = [&](size_t i) { return TrimView(lines[i].text).empty(); };
  const auto mark_of = [&](size_t i) -> std::string_view {
    const std::string_view text = TrimView(lines[i].text);
    size_t n = 0;
    while (n < text.size() && n < 4 && IsDigit(text[n])) ++n;
    if (n == 0 || n > 3 || n + 1 >= text.size() || text[n] != ' ' || text[0] == '0') return "";
    return text.substr(0, n);
  };
  for (const auto& [begin, end] : pages) {
    // The page's last block of lines with words.
    size_t last = end;
    while (last > begin && (blank(last - 1) || running[last - 1])) --last;
    if (last == begin) continue;
    size_t first = last - 1;
    while (first > begin && !blank(first - 1) && !running[first - 1]) --first;
    if (first == begin) continue;  // no text above
    std::string_view mark = mark_of(first);
    if (mark.empty()) continue;
    // The mark is printed on the note's page (so each line is read once).
    bool printed = false;
    for (size_t i = begin; i < first && !printed; ++i) printed = PrintsMark(lines[i].text, mark);
    if (!printed) continue;
    long next = std::stol(std::string(mark));
    for (size_t i = first; i < last; ++i) {
      const std::string_view m = mark_of(i);
      const std::string_view text = TrimView(lines[i].text);
      if (!m.empty() && std::stol(std::string(m)) == next) {
        notes.push_back({std::string(m), std::string(TrimView(text.substr(m.size()))), lines[i].number});
        ++next;
      } else {
        notes.back().text += JoinsAtHyphen(notes.back().text, text) ? "" : " ";
        notes.back().text += text;
      }
      (*aside)[i] = true;
    }
  }
  return notes;
}

// Running headers and footers: the same words at the edge of two pages or
// more ("Direction to Anytown City Council – February 2024" just before
// each form feed), page numbers aside. An edge is the first two and the last
// two lines with words of a page. Only the lines at an edge are marked: the
// same words elsewhere (the title, at the document's start) are read as
// usual. Also page numbers alone on their lines: a number as the last (or
// first) line with words of two pages or more, that counts the pages (a
// table's cell does not). Without form feeds no page is known, and nothing
// is marked.
std::vector<bool> RunningLines(const std::vector<Line>& lines,
                               const std::vector<std::pair<size_t, size_t>>& pages,
                               const std::vector<RuleMask>& masks, RuleMask labelled) {
  std::vector<bool> running(lines.size(), false);
  if (pages.size() < 2) return running;
  std::vector<size_t> edges;
  // A number alone on the first or last line with words of a page, by
  // (edge, number minus the page's index): numbers that count the pages.
  std::map<std::pair<bool, long>, std::vector<size_t>> page_numbers;
  long page = 0;
  // One page, lines [begin, end). The first page's top is the document's
  // start (its title), not a header.
  for (const auto& [begin, end] : pages) {
    std::vector<size_t> words;
    for (size_t i = begin; i < end; ++i) {
      if (!TrimView(lines[i].text).empty()) words.push_back(i);
    }
    for (size_t k = 0; k < words.size(); ++k) {
      if ((k < 2 && begin > 0) || k + 2 >= words.size()) edges.push_back(words[k]);
    }
    for (const bool bottom : {false, true}) {
      if (words.empty() || (!bottom && begin == 0)) continue;
      const size_t i = bottom ? words.back() : words.front();
      const std::string_view text = TrimView(lines[i].text);
      if (text.size() <= 3 && std::all_of(text.begin(), text.end(), IsDigit)) {
        long number = 0;
        for (const char c : text) number = number * 10 + (c - '0');
        page_numbers[{bottom, number - page}].push_back(i);
      }
    }
    ++page;
  }
  for (const auto& [key, at] : page_numbers) {
    if (at.size() < 2) continue;
    for (const size_t i : at) running[i] = true;
  }
  // Compared with each run of digits as '#': "Annual report – page 3" and
  // "Annual report – page 4" are one footer.
  const auto key = [](std::string_view text) {
    std::string k;
    for (size_t i = 0; i < text.size(); ++i) {
      const bool digit = text[i] >= '0' && text[i] <= '9';
      if (!digit) k += text[i];
      else if (i == 0 || text[i - 1] < '0' || text[i - 1] > '9') k += '#';
    }
    return k;
  };
  std::map<std::string, int> count;
  std::vector<std::pair<size_t, std::string>> candidates;
  for (const size_t i : edges) {
    const std::string_view text = TrimView(lines[i].text);
    const bool has_letter = std::any_of(text.begin(), text.end(), [](char c) {
      return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    });
    // A numbered paragraph is the text's own, however often its words recur.
    if (text.size() < 4 || text.size() > 160 || !has_letter || (masks[i] & labelled) != 0) continue;
    candidates.emplace_back(i, key(text));
    ++count[candidates.back().second];
  }
  for (const auto& [i, k] : candidates) {
    if (count[k] >= 2) running[i] = true;
  }
  return running;
}

// Footnotes from the lines a reader saw printed small at a page's foot: a
// line that starts with a mark ("1 ", "12 ") starts a note, any other goes
// on with the note before it; one with no note before it is read as text.
std::vector<Footnote> FootnotesByRole(const std::vector<Line>& lines,
                                      std::span<const LineRole> roles,
                                      std::vector<bool>* aside) {
  std::vector<Footnote> notes;
  bool open = false;  // the last line read was a note's
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string_view text = TrimView(lines[i].text);
    if (roles[i] != LineRole::kFootnote) {
      open = open && text.empty();
      continue;
    }
    if (text.empty()) {
      (*aside)[i] = true;
      continue;
    }
    size_t n = 0;
    while (n < text.size() && n < 4 && IsDigit(text[n])) ++n;
    const bool marked = n > 0 && n <= 3 && n < text.size() && text[n] == ' ';
    if (!marked && !open) continue;  // no note to go on with: read as text
    (*aside)[i] = true;
    if (marked) {
      notes.push_back({std::string(text.substr(0, n)), std::string(TrimView(text.substr(n))),
                       lines[i].number});
    } else {
      notes.back().text += JoinsAtHyphen(notes.back().text, text) ? "" : " ";
      notes.back().text += text;
    }
    open = true;
  }
  return notes;
}

}  // namespace

int PageOf(const std::vector<int>& page_breaks, int line) {
  if (page_breaks.empty()) return 0;
  return 1 + static_cast<int>(std::upper_bound(page_breaks.begin(), page_breaks.end(), line) -
                              page_breaks.begin());
}

namespace {

// `v` with "page" after each "line" of its records, unless the grammar gives
// the record a "page" of its own (a contents entry's page as printed).
// Metadata nests as deep as a grammar declares, not as the text does.
Value WithPages(const std::vector<int>& page_breaks, const Value& v) {
  if (v.kind() == Value::Kind::kList) {
    Value out = Value::List();
    for (const Value& item : v.items()) out.Append(WithPages(page_breaks, item));
    return out;
  }
  if (v.kind() != Value::Kind::kMap) return v;
  Value out = Value::Map();
  for (const auto& [key, child] : v.entries()) {
    out.Set(key, WithPages(page_breaks, child));
    if (key == "line" && child.kind() == Value::Kind::kInt && v.Find("page") == nullptr) {
      out.Set("page", Value::Int(PageOf(page_breaks, static_cast<int>(child.as_int()))));
    }
  }
  return out;
}

}  // namespace

void NumberPages(const std::vector<int>& page_breaks, Document* doc) {
  if (page_breaks.empty()) return;
  doc->metadata = WithPages(page_breaks, doc->metadata);
  const auto page = [&](auto& record) { record.page = PageOf(page_breaks, record.line); };
  // Items nest as deep as the text does: an explicit stack, not recursion.
  std::vector<Item*> stack;
  const auto push_all = [&](std::vector<Item>& items) {
    for (Item& item : items) stack.push_back(&item);
  };
  push_all(doc->recitals);
  push_all(doc->clauses);
  push_all(doc->recommendations);
  for (Annex& annex : doc->annexes) {
    page(annex);
    push_all(annex.items);
  }
  while (!stack.empty()) {
    Item* item = stack.back();
    stack.pop_back();
    page(*item);
    push_all(item->items);
  }
  for (auto& r : doc->deadlines) page(r);
  for (auto& r : doc->dates) page(r);
  for (auto& r : doc->definitions) page(r);
  for (auto& r : doc->diagnostics) page(r);
  for (auto& r : doc->unplaced) page(r);
  for (auto& r : doc->page_furniture) page(r);
  for (auto& r : doc->footnotes) page(r);
}

Layout MeasureLayout(const Text& text, const std::vector<Line>& lines) {
  Layout layout;
  layout.pages = Pages(lines, text.page_breaks);
  layout.wrap_width = WrapWidth(lines, &layout.full);
  if (text.roles.size() == lines.size()) layout.roles = text.roles;  // a view
  return layout;
}

void FindPageFurniture(const GrammarData& grammar, const std::vector<Line>& lines,
                       const std::vector<RuleMask>& masks, Layout* layout) {
  layout->footnote.assign(lines.size(), false);
  if (!layout->roles.empty()) {
    // A reader saw the page: its roles, not guesses from the words.
    layout->running.assign(lines.size(), false);
    for (size_t i = 0; i < lines.size(); ++i) {
      layout->running[i] = layout->roles[i] == LineRole::kFurniture;
    }
    layout->footnotes = FootnotesByRole(lines, layout->roles, &layout->footnote);
  } else {
    layout->running = RunningLines(lines, layout->pages, masks, grammar.labelled_rules);
    layout->footnotes = Footnotes(lines, layout->pages, layout->running, &layout->footnote);
  }
  layout->next_with_words.assign(lines.size(), -1);
  for (size_t i = lines.size(); i-- > 1;) {
    const bool skip = TrimView(lines[i].text).empty() || (masks[i] & grammar.furniture_rules) != 0 ||
                      layout->running[i] || layout->footnote[i];
    layout->next_with_words[i - 1] = skip ? layout->next_with_words[i] : static_cast<int>(i);
  }
}

}  // namespace whereas::internal
