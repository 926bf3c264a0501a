// The walker's questions about the paragraph where it stands: does it
// start a paragraph, is it a title, a sub-heading over items, a lead-in
// over bullets, an unnumbered paragraph item, a heading over one? Each
// reads the cursor, the layout and the paragraph's extent; none moves.
#include <algorithm>

#include "classify.h"
#include "str_util.h"
#include "walker.h"

namespace whereas::internal {
namespace {

// A title is at most this long (IsTitle()).
constexpr size_t kTitleBytes = 100;

}  // namespace

bool Walker::WrappedHere() const {
    return !cursor_.blank_before && cursor_.line > 0 && RunsOn(cursor_.line - 1);
  }

bool Walker::AfterHeading() const {
    if (cursor_.line == 0) return false;
    const int r = WinningRule(g_, (*masks_)[cursor_.line - 1], cursor_.zone);
    return r >= 0 && g_.rules[r].kind == RuleKind::kHeading &&
           !TrimView((*lines_)[cursor_.line - 1].text).empty();
  }

bool Walker::AfterSentence() const {
    if (cursor_.line == 0 || cursor_.blank_before) return false;
    const char last = LastSignificantChar((*lines_)[cursor_.line - 1].text);
    return last == '.' || last == '!' || last == '?';
  }

bool Walker::StartsParagraph() const {
    if (cursor_.blank_before || AfterHeading()) return true;
    if (!layout_->Wrapped() || cursor_.line == 0) return false;
    const std::string_view before = (*lines_)[cursor_.line - 1].text;
    return !RunsOn(cursor_.line - 1) && !TrimView(before).empty() && !EndsInConnective(before);
  }

bool Walker::QuoteClosed() const {
    if (!quoted_ || !cursor_.blank_before || tree_.cur() < 0 || g_.zones[cursor_.zone].after_quote < 0) return false;
    const Node& node = tree_.node(tree_.cur());
    const std::string_view text = TrimView(node.last_text());
    return text.ends_with('"') || text.ends_with("\u201D");
  }

bool Walker::AwaitsWords() const {
    if (tree_.cur() < 0 || fields_.text_field_open()) return false;
    const Node& node = tree_.node(tree_.cur());
    return node.alone && node.text.empty() && node.children.empty();
  }

bool Walker::IsTitle(const ParagraphView& text) {
    const std::optional<std::string> whole = text.Joined(kTitleBytes);
    return whole && IsTitle(*whole);
  }

std::string Walker::NextLabel() const {
  const int j = layout_->next_with_words[WrapEnd(cursor_.line)];
  if (j < 0) return "";
  const RuleMask mask = (*masks_)[j] & g_.labelled_rules;
  if (mask == 0) return "";
  int best = -1;
  for (int i = 0; i < kMaxLineRules; ++i) {
    if ((mask >> i & 1) && (best < 0 || g_.rules[i].priority > g_.rules[best].priority)) {
      best = i;
    }
  }
  if (best < 0) return "";
  const LineRule& rule = g_.rules[best];
  std::vector<re2::StringPiece> groups(rule.label_group + 1);
  const std::string_view text = (*lines_)[j].text;
  if (!MatchRule(rule, text, groups.data(), rule.label_group + 1)) {
    return "";
  }
  return std::string(groups[rule.label_group]);
}

bool Walker::IsTitle(std::string_view text) {
  if (text.empty() || text.size() > kTitleBytes || StartsLowercase(text)) return false;
  const char last = LastSignificantChar(text);
  if (last == '.' || last == ';' || last == ',' || last == '?' || last == '!') {
    return false;
  }
  return std::count(text.begin(), text.end(), ' ') <= 14;
}

bool Walker::IsSubheading(const ParagraphView& text) const {
  return IsTitle(text) && !NextLabel().empty();
}

bool Walker::IsLeadIn(const ParagraphView& text) const {
  if (tree_.cur() < 0 || !text.EndsWithColon() || text.StartsLowercase()) return false;
  const int j = layout_->next_with_words[WrapEnd(cursor_.line)];
  if (j < 0) return false;
  const RuleMask mask = (*masks_)[j];
  bool bullet = false;
  for (int i = 0; i < static_cast<int>(g_.rules.size()); ++i) {
    const LineRule& r = g_.rules[i];
    if ((mask >> i & 1) && r.kind == RuleKind::kItem) {
      if (r.label_group > 0) return false;
      bullet = true;
    }
  }
  if (!bullet) return false;
  int labelled = tree_.cur();
  while (labelled >= 0 && !tree_.node(labelled).label) labelled = tree_.node(labelled).parent;
  return labelled >= 0 && !tree_.node(labelled).text.empty();
}

bool Walker::StartsParagraphItem(const ParagraphView& text) const {
  // Not before a numbered item, unless it introduces their list ("The
  // Council shall:"): a loose line there is a stray, not a paragraph among
  // paragraphs, and its number would clash with theirs.
  if (fields_.text_field_open() || (!text.EndsWithColon() && !NextLabel().empty())) return false;
  // A fragment in lower case, or loose text among numbered items (a zone
  // opened again), is no paragraph of its own.
  if (text.StartsLowercase() || tree_.NumberedRoot()) return false;
  if (tree_.cur() < 0) return true;
  // Inside a paragraph item (or a list under it), a new paragraph (a blank
  // line or a heading over it, a finished sentence, a capital) is the next
  // item; anything else continues the text.
  int root = tree_.cur();
  while (tree_.node(root).parent >= 0) root = tree_.node(root).parent;
  const Node& node = tree_.node(tree_.cur());
  return tree_.node(root).style == ItemStyle::kParagraph && (StartsParagraph() || pending_heading_) &&
         EndsSentence(node.last_text());
}

bool Walker::HeadsParagraph(const std::string& text) const {
  if (!g_.zones[cursor_.zone].paragraph_items || !(StartsParagraph() || AfterSentence()) ||
      !IsTitle(text) || EndsWithColon(text)) {
    return false;
  }
  // The next line with words: no rule's, a sentence in its own paragraph,
  // after a blank line or, as a PDF converter prints it, right under a
  // short line that does not run on.
  constexpr size_t kShortLine = 60;
  const int j = layout_->next_with_words[cursor_.line];
  const std::string_view line = (*lines_)[cursor_.line].text;
  if (j < 0 || WinningRule(g_, (*masks_)[static_cast<size_t>(j)], cursor_.zone) >= 0 ||
      (static_cast<size_t>(j) == cursor_.line + 1 &&
       (text.size() > kShortLine || RunsOn(cursor_.line) || EndsInConnective(line)))) {
    return false;
  }
  const std::string_view next = TrimView((*lines_)[j].text);
  return !StartsLowercase(next) && (EndsSentence(next) || !IsTitle(next)) &&
         (tree_.cur() < 0 || EndsSentence(tree_.node(tree_.cur()).last_text()));
}

bool Walker::OpensParagraphItems(std::string_view line) const {
  const Zone& zone = g_.zones[cursor_.zone];
  if (zone.items_open < 0 || !g_.zones[zone.items_open].paragraph_items) return false;
  const ParagraphView text = Unwrapped(line);
  const char last = text.LastSignificantChar();
  constexpr size_t kMinWords = 6;
  return (last == '.' || last == ':' || last == ';') && !text.StartsLowercase() &&
         text.Spaces(kMinWords - 1) + 1 >= kMinWords && NextLabel().empty();
}

}  // namespace whereas::internal
