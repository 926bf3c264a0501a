// Paragraph extents, once per zone, and views that join no lines.
#include "paragraphs.h"

#include <algorithm>

#include "classify.h"
#include "str_util.h"

namespace whereas::internal {

std::string_view ParagraphView::Part(size_t k) const {
  return k == 0 ? TrimView(first_) : TrimView((*lines_)[after_ + k].text);
}

// The joining spaces are white space to both scans, so the whole's answer
// is that of the first part (from the start) or last part (from the end)
// that has one.
bool ParagraphView::StartsLowercase() const {
  for (size_t k = 0; k < Parts(); ++k) {
    const std::string_view part = Part(k);
    for (const char c : part) {
      if (c == ' ' || c == '\t' || c == '"' || c == '\'' || c == '(') continue;
      return internal::StartsLowercase(part);
    }
  }
  return false;
}

char ParagraphView::LastSignificantChar() const {
  for (size_t k = Parts(); k-- > 0;) {
    if (const char c = internal::LastSignificantChar(Part(k))) return c;
  }
  return '\0';
}

bool ParagraphView::EndsWithColon() const {
  for (size_t k = Parts(); k-- > 0;) {
    const std::string_view part = Part(k);
    if (!part.empty()) return part.back() == ':';
  }
  return false;
}

std::optional<std::string> ParagraphView::Joined(size_t limit) const {
  std::string whole(Part(0));
  for (size_t k = 1; k < Parts() && whole.size() <= limit; ++k) {
    whole += ' ';
    whole += Part(k);
  }
  if (whole.size() > limit) return std::nullopt;
  return whole;
}

size_t ParagraphView::Spaces(size_t at_most) const {
  size_t n = 0;
  for (size_t k = 0; k < Parts() && n < at_most; ++k) {
    if (k > 0) ++n;  // the space that joins it
    for (const char c : Part(k)) n += c == ' ';
  }
  return std::min(n, at_most);
}

bool Paragraphs::RunsOnAfter(size_t i, int zone) const {
  const std::string_view next = TrimView(lines_[i + 1].text);
  if (next.empty() || WinningRule(g_, masks_[i + 1], zone) >= 0 || layout_.running[i + 1]) {
    return false;
  }
  // One paragraph per line, or a text wrapped at a width (a line that is
  // not full ends its paragraph): only a line the sentence runs on into.
  return !((g_.paragraph_lines || layout_.Wrapped()) && !StartsLowercase(next) &&
           !EndsMidSentence(TrimView(lines_[i].text)) && !layout_.RunsOn(i));
}

size_t Paragraphs::End(size_t i, int zone) const {
  if (end_.size() <= static_cast<size_t>(zone)) end_.resize(static_cast<size_t>(zone) + 1);
  std::vector<size_t>& end = end_[static_cast<size_t>(zone)];
  if (end.empty() && !lines_.empty()) {
    end.resize(lines_.size());
    end.back() = lines_.size() - 1;
    for (size_t k = lines_.size() - 1; k-- > 0;) end[k] = RunsOnAfter(k, zone) ? end[k + 1] : k;
  }
  return end[i];
}

ParagraphView Paragraphs::View(size_t i, int zone, std::string_view text) const {
  return ParagraphView(text, lines_, i, End(i, zone));
}

}  // namespace whereas::internal
