// Header tables: one cell a line, layout columns, rows side by side.
#include "header_table.h"

#include <algorithm>

#include "classify.h"
#include "str_util.h"

namespace whereas::internal {

HeaderTables::Columns HeaderTables::NextColumn(const LineRule& rule, const Piece& piece,
                                              std::vector<re2::StringPiece>& groups) const {
  if (g_.value_below_rules == 0) return {piece, {}, {}};
  const char* value = nullptr;
  for (const FieldCapture& c : rule.captures) {
    const re2::StringPiece& g = groups[c.group];
    if (!g.empty() && (!value || g.data() < value)) value = g.data();
  }
  if (!value) return {piece, {}, {}};
  const std::string_view text = piece.text;
  // Where the value's gaps (a tab, or two spaces or more) begin and end.
  std::vector<std::pair<size_t, size_t>> gaps;
  for (size_t at = static_cast<size_t>(value - text.data()); at < text.size(); ++at) {
    if (text[at] != '\t' && text.compare(at, 2, "  ") != 0) continue;
    const size_t next = text.find_first_not_of(" \t", at);
    if (next == std::string_view::npos) break;
    gaps.emplace_back(at, next);
    at = next - 1;
  }
  // The first gap after which a named row begins, and the gap it ends at
  // (a third column follows) or gaps.size() (it runs to the line's end). A
  // row's label and value span a few gaps at most: asking longer rows too
  // would cost time quadratic in a line's gaps.
  constexpr size_t kMaxRowGaps = 8;
  for (size_t k = 0; k < gaps.size(); ++k) {
    for (size_t e = k + 1; e <= std::min(gaps.size(), k + kMaxRowGaps); ++e) {
      const size_t begin = gaps[k].second;
      const size_t end = e < gaps.size() ? gaps[e].first : text.size();
      const std::string_view row = text.substr(begin, end - begin);
      if (WinningRule(g_, ClassifyRow(g_, row), cursor_->zone) < 0) continue;
      const Piece head{piece.line, text.substr(0, gaps[k].first), piece.offset};
      if (!MatchRule(rule, head.text, groups.data(), static_cast<int>(groups.size()))) {
        // The row does not hold without the rest: read the line whole.
        MatchRule(rule, text, groups.data(), static_cast<int>(groups.size()));
        return {piece, {}, {}};
      }
      Columns columns{head, Piece{piece.line, row, piece.offset + static_cast<int>(begin)}, {}};
      if (e < gaps.size()) {
        const size_t after = gaps[e].second;
        columns.after = Piece{piece.line, text.substr(after), piece.offset + static_cast<int>(after)};
      }
      return columns;
    }
  }
  return {piece, {}, {}};
}

bool HeaderTables::ReadValueBelow(const Piece& piece, int r, size_t* resume_at) {
  if (g_.value_below_rules == 0 || piece.offset != 0) return false;
  // A label is short, starts with a capital and ends no sentence or clause.
  const std::string_view label = TrimView(piece.text);
  if (label.empty() || label.size() > 60 || label[0] < 'A' || label[0] > 'Z' ||
      std::count(label.begin(), label.end(), ' ') > 6) {
    return false;
  }
  const char last = label.back();
  if (last == '.' || last == ',' || last == ';') return false;
  // Under a row read so, the table goes on: a label there may look like a
  // heading ("Appendices" over "Appendix A - ...").
  size_t above = cursor_->line;
  while (above > 0 && TrimView(lines_[above - 1].text).empty()) --above;
  const bool in_table = above > 0 && above == table_end_;
  if (r >= 0 && g_.rules[r].kind != RuleKind::kField &&
      !(in_table && g_.rules[r].kind == RuleKind::kHeading)) {
    return false;
  }
  // The value: the next line with words, with only blank lines between
  // (page furniture between is no table's).
  const int j = layout_.next_with_words[cursor_->line];
  if (j < 0) return false;
  for (size_t k = cursor_->line + 1; k < static_cast<size_t>(j); ++k) {
    if (!TrimView(lines_[k].text).empty()) return false;
  }
  const bool colon = last == ':';
  if (static_cast<size_t>(j) == cursor_->line + 1) {
    const std::string_view more = TrimView(lines_[j].text);
    const int k = layout_.next_with_words[j];
    if (k > j + 1 && more.size() <= 30 && std::count(more.begin(), more.end(), ' ') <= 3 &&
        WinningRule(g_, masks_[static_cast<size_t>(j)], cursor_->zone) < 0) {
      std::string two(label);
      two += ' ';
      two += more;
      if (IsCellValue(k) &&
          ReadRow(piece, r, two, TrimView(lines_[k].text), static_cast<size_t>(k) + 1,
                  in_table, colon, g_.value_below_rules & ~g_.within_table_rules, resume_at)) {
        return true;
      }
    }
  }
  return IsCellValue(j) && ReadRow(piece, r, label, TrimView(lines_[j].text),
                                   static_cast<size_t>(j) + 1, in_table, colon,
                                   g_.value_below_rules, resume_at);
}

bool HeaderTables::IsCellValue(int j) const {
  const std::string_view value = TrimView(lines_[j].text);
  // A label of its own, or a row of its own ("Key<TAB>No" under an empty
  // "Urgent<TAB>").
  if (value.back() == ':' || value.find('\t') != std::string_view::npos) return false;
  // A heading or an item is no cell's value ("Report of" over
  // "Recommendations": the cell was empty).
  const int own = WinningRule(g_, masks_[static_cast<size_t>(j)], cursor_->zone);
  if (own < 0) return true;
  if (g_.rules[own].kind != RuleKind::kField) return false;
  // Nor is a row a field rule reads with its own label ("Title    ..."
  // under an empty "Report to"); a value alone ("12 March 2025" under
  // "Date of meeting") is.
  std::vector<re2::StringPiece> groups;
  if (!CaptureRule(g_, own, value, &groups)) return true;
  for (const FieldCapture& c : g_.rules[own].captures) {
    if (!groups[c.group].empty()) return groups[c.group].data() == value.data();
  }
  return true;
}

bool HeaderTables::ReadRow(const Piece& piece, int r, std::string_view label, std::string_view value,
                           size_t resume, bool in_table, bool colon, RuleMask allowed,
                           size_t* resume_at) {
  row_.assign(label);
  row_ += '\t';
  row_ += value;
  // Any row within a table, or under a label ending in a colon; not on the
  // words of a value that wraps onto this line: only a label a rule names
  // there.
  const bool wrapping = fields_->wrapping() && !cursor_->blank_before;
  const bool any_row = (in_table || colon) && !wrapping;
  const RuleMask rules = allowed & (any_row ? ~RuleMask{0} : ~g_.within_table_rules);
  const int w = WinningRule(g_, ClassifyLine(g_, row_) & rules, cursor_->zone);
  // It must be as strong as what reads the line alone (stronger outside a
  // table): "Summary" after a table is the summary's heading still.
  if (w < 0 || (r >= 0 && g_.rules[w].priority < g_.rules[r].priority + (in_table ? 0 : 1))) {
    return false;
  }
  const LineRule& rule = g_.rules[w];
  std::vector<re2::StringPiece> groups;
  if (!CaptureRule(g_, w, row_, &groups)) return false;
  // The label is all of this line: a value is captured from the next line,
  // and no capture runs from one line into the other.
  const char* value_at = row_.data() + label.size() + 1;
  bool below = false;
  for (const FieldCapture& c : rule.captures) {
    const re2::StringPiece& g = groups[c.group];
    if (g.empty()) continue;
    if (g.data() < value_at && g.data() + g.size() >= value_at) return false;
    below = below || g.data() >= value_at;
  }
  if (!below) return false;
  const size_t before = fields_->count();
  if (!fields_->Capture(rule, Piece{piece.line, row_, 0}, groups)) return false;  // set already
  fields_->OpenWrap(rule, piece.line, before);
  *resume_at = table_end_ = resume;
  return true;
}

bool HeaderTables::ReadColumnRow(const Piece& piece, size_t* resume_at) {
  if (g_.value_below_rules == 0 || piece.offset != 0 ||
      g_.zones[cursor_->zone].role == ZoneRole::kItems || g_.zones[cursor_->zone].role == ZoneRole::kAnnex) {
    return false;
  }
  // The run of lines up to a blank one, and the column its values start at:
  // that of a line indented to it (a value's words alone), or of the words
  // after a gap of two spaces or more on a line that starts at the margin.
  constexpr size_t kMaxRowLines = 8;
  constexpr size_t kMinColumn = 8;
  const std::vector<Line>& lines = lines_;
  size_t end = cursor_->line;
  while (end < lines.size() && end - cursor_->line < kMaxRowLines &&
         !TrimView(lines[end].text).empty()) {
    ++end;
  }
  if (end - cursor_->line < 2 || (end < lines.size() && !TrimView(lines[end].text).empty())) {
    return false;
  }
  size_t column = 0;
  bool labelled = false;
  for (size_t i = cursor_->line; i < end; ++i) {
    const std::string_view text = lines[i].text;
    if (text.find('\t') != std::string_view::npos) return false;
    const size_t start = text.find_first_not_of(' ');
    size_t at = start;
    if (start < kMinColumn) {
      labelled = true;
      const size_t gap = text.find("  ", start);
      at = gap == std::string_view::npos ? gap : text.find_first_not_of(' ', gap);
      if (at == std::string_view::npos) continue;  // the label's words only
    }
    if (at < kMinColumn) return false;
    if (column == 0) column = at;
    if (at + 1 < column || at > column + 1) return false;  // not one column
  }
  if (column == 0 || !labelled) return false;
  std::string label;
  std::string value;
  for (size_t i = cursor_->line; i < end; ++i) {
    const std::string_view text = lines[i].text;
    const size_t split = std::min(text.size(), column - 1);
    for (const auto& [part, dst] : {std::pair{TrimView(text.substr(0, split)), &label},
                                    std::pair{TrimView(text.substr(split)), &value}}) {
      if (part.empty()) continue;
      if (!dst->empty()) *dst += ' ';
      *dst += part;
    }
  }
  if (label.empty() || value.empty() || label.size() > 60) return false;
  // Only a rule that names its label reads it: a line over a row of its
  // own ("PAPER C" over "Purpose : for Decision") is no label.
  return ReadRow(piece, -1, label, value, end, true, false,
                 g_.value_below_rules & ~g_.within_table_rules, resume_at);
}

}  // namespace whereas::internal
