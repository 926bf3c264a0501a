// Contents lists: entries, wrapped entries, the list's end.
#include "contents.h"

#include <algorithm>

#include "classify.h"
#include "str_util.h"

namespace whereas::internal {

std::optional<std::string_view> Contents::JoinsNextEntry(const Piece& piece, int r,
                                                         const std::vector<re2::StringPiece>& groups,
                                                         RuleMask* mask, size_t* resume_at) {
  const LineRule& rule = g_.rules[r];
  const size_t next = cursor_->line + 1;
  if (rule.kind != RuleKind::kField || piece.offset != 0 || next >= lines_.size() ||
      layout_.running[next] || layout_.footnote[next]) {
    return std::nullopt;
  }
  const std::string_view words = TrimView(lines_[next].text);
  if (words.empty()) return std::nullopt;
  const auto filled = [](const LineRule& rl, const std::vector<re2::StringPiece>& g) {
    return std::count_if(rl.captures.begin(), rl.captures.end(),
                         [&](const FieldCapture& c) { return !g[c.group].empty(); });
  };
  entry_.assign(TrimView(piece.text));
  entry_ += ' ';
  entry_ += words;
  *mask = ClassifyLine(g_, entry_);
  const int w = WinningRule(g_, *mask, cursor_->zone);
  if (w < 0 || g_.rules[w].kind != RuleKind::kField) return std::nullopt;
  std::vector<re2::StringPiece> joined;
  if (!CaptureRule(g_, w, entry_, &joined) || filled(g_.rules[w], joined) <= filled(rule, groups)) {
    return std::nullopt;
  }
  *resume_at = next + 1;
  return std::string_view(entry_);
}

bool Contents::IsNewEntry(int r, const std::vector<re2::StringPiece>& groups) {
  if (r < 0) return false;
  const LineRule& rule = g_.rules[r];
  if (rule.kind != RuleKind::kField ||
      std::find(rule.zones.begin(), rule.zones.end(), cursor_->zone) == rule.zones.end()) {
    return false;
  }
  // Its words, lower case, spaces squeezed; a page number is no word of it.
  std::string key;
  for (const FieldCapture& c : rule.captures) {
    const std::string_view value = TrimView(std::string_view(groups[c.group]));
    if (value.empty() ||
        std::all_of(value.begin(), value.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) {
      continue;
    }
    bool space = false;
    for (const char ch : value) {
      if (ch == ' ' || ch == '\t') {
        space = true;
        continue;
      }
      if (space) key += ' ';
      space = false;
      key += ch;
    }
    key += '\n';
  }
  key = Lower(key);
  // A page number alone repeats no heading.
  return key.empty() || keys_.insert(key).second;
}

}  // namespace whereas::internal
