// Stage 2, layout: where a text's pages break, which lines a converter
// filled to the width it wrapped them at, and which lines are page furniture
// (running headers and footers, page numbers, footnotes), each found once.
#ifndef WHEREAS_SRC_LAYOUT_H_
#define WHEREAS_SRC_LAYOUT_H_

#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "grammar_internal.h"
#include "text.h"
#include "whereas/document.h"

namespace whereas::internal {

// The physical layout of a text, by line index (not line number). Measured
// before classification (pages, width, full lines); its page furniture is
// found after it (FindPageFurniture), because a running header is told from
// a numbered paragraph by the grammar.
struct Layout {
  // Each page's lines [begin, end): one page when there are no form feeds.
  std::vector<std::pair<size_t, size_t>> pages;
  // The width the text is wrapped at, in characters (0: not wrapped, as a
  // text of one paragraph per line is) and, when it is, per line whether it
  // is full at it (FillsWidth(), at the width or nine tenths of it).
  int wrap_width = 0;
  std::vector<bool> full;
  // Per line: a running header or footer, or a page number alone.
  std::vector<bool> running;
  // Per line: part of a footnote, which `footnotes` holds.
  std::vector<bool> footnote;
  std::vector<Footnote> footnotes;
  // Per line, the next line with words (blank lines, page furniture and
  // footnotes passed over), or -1 at the end.
  std::vector<int> next_with_words;
  // Per line, what a PDF or HTML reader knew it to be (a view of
  // Text::roles, which outlives the layout); when known, it decides the
  // furniture and footnotes instead of the words.
  std::span<const LineRole> roles;

  // Line `i` is full: its paragraph may run on into the next line,
  // whatever the next line's words.
  bool RunsOn(size_t i) const { return i < full.size() && full[i]; }
  // The text is wrapped at a width (its lines do not end its paragraphs).
  bool Wrapped() const { return !full.empty(); }
};

// Layout before classification: the pages `text.page_breaks` make of
// `lines`, and the width they are wrapped at with their full lines.
Layout MeasureLayout(const Text& text, const std::vector<Line>& lines);

// Layout after classification (`masks`, ClassifyLines() of `lines` with
// `grammar`): running headers and footers, page numbers, footnotes, and the
// next line with words of each line. Needs form feeds to find any furniture.
void FindPageFurniture(const GrammarData& grammar, const std::vector<Line>& lines,
                       const std::vector<RuleMask>& masks, Layout* layout);

// The page (1-based) of line number `line`, given the lines where a form
// feed began a page; 0 when there are none.
int PageOf(const std::vector<int>& page_breaks, int line);

// Sets `page` on every record of `doc` that has a line, when the text has
// pages.
void NumberPages(const std::vector<int>& page_breaks, Document* doc);

// The width a PDF converter wrapped the lines of a text at, in characters,
// or 0 when its lines are not wrapped at a width (one paragraph per line,
// as text from a web page is): the width 95 % of lines keep within, when
// half the lines followed by one with words at least are full at it; or,
// as a proportional font sets them, 35 % are full at nine tenths of it.
// When the text is wrapped, `full` (if given) gets, per line, whether it is
// full (FillsWidth(), at the width or at nine tenths of it).
int WrapWidth(const std::vector<Line>& lines, std::vector<bool>* full = nullptr);

// True when `line` is full at `width`: the first word of `next` would not
// have fitted after it, so a converter wrapping at `width` would have broken
// the line there. A paragraph may run on past such a line break.
bool FillsWidth(std::string_view line, std::string_view next, int width);

}  // namespace whereas::internal

#endif  // WHEREAS_SRC_LAYOUT_H_
