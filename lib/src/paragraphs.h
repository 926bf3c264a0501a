// Paragraph extents: where the paragraph a line starts ends, as PDF text is
// wrapped, found once per zone in one backward pass; and a view of such a
// paragraph that answers what the outline asks of it (how it starts and
// ends, whether it is short) without joining its lines.
#ifndef WHEREAS_SRC_PARAGRAPHS_H_
#define WHEREAS_SRC_PARAGRAPHS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "grammar_internal.h"
#include "layout.h"
#include "text.h"

namespace whereas::internal {

// A paragraph: `first` (a line's words, or the rest of a line), then the
// words of lines after..end. Reading it costs what each question needs,
// never the paragraph's length: the answers are those of the lines joined
// by single spaces, each trimmed. `lines` must outlive the view.
class ParagraphView {
 public:
  ParagraphView(std::string_view first, const std::vector<Line>& lines, size_t after, size_t end)
      : first_(first), lines_(&lines), after_(after), end_(end) {}

  // More than one line.
  bool Wrapped() const { return end_ > after_; }
  // StartsLowercase(), LastSignificantChar(), EndsWithColon() of the whole.
  bool StartsLowercase() const;
  char LastSignificantChar() const;
  bool EndsWithColon() const;
  // The whole when it is at most `limit` bytes long, else nullopt.
  std::optional<std::string> Joined(size_t limit) const;
  // The spaces in the whole, counted up to `at_most`.
  size_t Spaces(size_t at_most) const;

 private:
  size_t Parts() const { return end_ - after_ + 1; }
  std::string_view Part(size_t k) const;

  std::string_view first_;
  const std::vector<Line>* lines_;
  size_t after_;
  size_t end_;
};

// The paragraphs of a classified text. A paragraph runs on from a line into
// the next while that line has words, no rule applies to it in the zone,
// it is no running line, and (in a text of one paragraph per line, or one
// wrapped at a width) it starts in lower case, or the line before ends
// mid-sentence or is full. The extents of a zone are found the first time
// they are asked for, all at once, in time linear in the lines.
class Paragraphs {
 public:
  // All must outlive the Paragraphs.
  Paragraphs(const GrammarData& grammar, const std::vector<Line>& lines, const Layout& layout,
             const std::vector<RuleMask>& masks)
      : g_(grammar), lines_(lines), layout_(layout), masks_(masks) {}

  // The last line of the paragraph line `i` starts in zone `zone`: `i` when
  // the next line does not run on from it.
  size_t End(size_t i, int zone) const;
  // The paragraph line `i` starts in `zone`, its first words `text` (the
  // line's, or the rest of it).
  ParagraphView View(size_t i, int zone, std::string_view text) const;

 private:
  // Whether the paragraph runs on from line `i` into line i + 1 in `zone`.
  bool RunsOnAfter(size_t i, int zone) const;

  const GrammarData& g_;
  const std::vector<Line>& lines_;
  const Layout& layout_;
  const std::vector<RuleMask>& masks_;
  // Per zone (empty until asked), per line: End(). Filled on demand, by a
  // const reader: the extents are facts of the text, not state.
  mutable std::vector<std::vector<size_t>> end_;
};

}  // namespace whereas::internal

#endif  // WHEREAS_SRC_PARAGRAPHS_H_
