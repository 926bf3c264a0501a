// Metadata from the lines: title, date, fields, text fields.
#include "fields.h"

#include <map>

#include "str_util.h"

namespace whereas::internal {
namespace {

// FieldCapture::field values that are no metadata field.
constexpr int kDocumentDate = -1;
constexpr int kDocumentTitle = -2;

}  // namespace

bool Fields::Capture(const LineRule& rule, const Piece& piece,
                       const std::vector<re2::StringPiece>& groups) {
  bool placed = false;
  bool record_started = false;
  for (const FieldCapture& c : rule.captures) {
    if (groups[c.group].empty()) continue;
    const std::string value = Trim(std::string_view(groups[c.group]));
    if (c.field == kDocumentTitle) {
      // A title from a rule stands, unless a stronger rule finds another
      // ("Title: ..." after a line that only looks like one).
      if (out_->title && title_from_rule_ && rule.priority <= title_priority_) continue;
      if (out_->title) {
        // A loose line ("Department for Education") was taken for the title
        // before the line the title rule knows: it is only unplaced text.
        out_->unplaced.push_back({title_line_, *out_->title});
      }
      out_->title = value;
      title_from_rule_ = true;
      title_priority_ = rule.priority;
      title_line_ = piece.line;
      title_open_ = true;
      placed = true;
      continue;
    }
    if (c.field == kDocumentDate) {
      if (out_->date) continue;
      if (auto date = Date::Parse(value)) {
        out_->date = date;
        placed = true;
      } else {
        findings_->Add(Severity::kNote, "unreadable-date", -1, piece.line,
                 static_cast<int>(groups[c.group].data() - piece.text.data()) +
                     piece.offset,
                 "cannot read '" + value + "' as a date; date is null");
      }
      continue;
    }
    const Field& field = g_.fields[c.field];
    const bool repeatable =
        field.type == FieldType::kRecords || field.type == FieldType::kList;
    if (!repeatable && !set_.insert({c.field, c.key}).second) continue;
    FieldValue fv{c.field, c.key, value, c.transform, piece.line, false};
    if (field.type == FieldType::kRecords && !record_started) {
      fv.new_record = record_started = true;
    }
    out_->fields.push_back(std::move(fv));
    placed = true;
  }
  return placed;
}

void Fields::OpenWrap(const LineRule& rule, int line, size_t before) {
  const bool wraps = rule.wraps && out_->fields.size() == before + 1;
  wrapping_field_ = wraps ? static_cast<int>(before) : -1;
  title_wraps_ = rule.wraps && title_from_rule_ && title_line_ == line;
  wrapping_rule_ = wraps || title_wraps_ ? &rule : nullptr;
}

void Fields::Wrap(const std::string& text) {
  if (title_wraps_ && out_->title) {
    *out_->title += " " + text;
  } else if (wrapping_field_ >= 0) {
    out_->fields[wrapping_field_].value += " " + text;
  }
}

void Fields::LooseTitle(const std::string& text, int line) {
  out_->title = text;
  title_from_rule_ = false;
  title_line_ = line;
  title_open_ = true;
}

const std::string* Fields::OpenParagraph(int field) const {
  if (!text_field_open_ || paragraphs_.empty() || paragraphs_.back().field != field) return nullptr;
  return &paragraphs_.back().text;
}

void Fields::JoinParagraph(const std::string& text, int line) {
  std::string& dst = paragraphs_.back().text;
  paragraphs_.back().text_lines.push_back({static_cast<int>(dst.size() + 1), line});
  dst += " " + text;
}

void Fields::NewParagraph(int field, const std::string& text, int line) {
  paragraphs_.push_back({field, text, line, {}});
  text_field_open_ = true;
}

void Fields::Finish() {
  // Text fields: a string field holds its paragraphs joined by newlines; a
  // list one paragraph each; records one {text, line} each.
  std::map<int, int> string_paragraph;  // field -> index in out_->fields
  for (Paragraph& p : paragraphs_) {
    const Field& field = g_.fields[p.field];
    out_->passages.push_back({field.name, p.text, p.line, p.text_lines});
    if (field.type == FieldType::kString) {
      if (auto it = string_paragraph.find(p.field); it != string_paragraph.end()) {
        out_->fields[it->second].value += "\n" + p.text;
        continue;
      }
      string_paragraph[p.field] = static_cast<int>(out_->fields.size());
    }
    const std::string key = field.type == FieldType::kRecords ? "text" : "";
    out_->fields.push_back({p.field, key, std::move(p.text), Transform::kNone, p.line, true});
  }
  // A footnote's deadlines and dates count too.
  for (const Footnote& f : out_->footnotes) out_->passages.push_back({"footnotes", f.text, f.line, {}});
}

}  // namespace whereas::internal
