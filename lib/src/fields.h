// The metadata a document's lines give while the outline is walked: the
// title, the date, field values (a value that wraps reads on into the loose
// lines after it), and the paragraphs of zones' text fields.
#ifndef WHEREAS_SRC_FIELDS_H_
#define WHEREAS_SRC_FIELDS_H_

#include <re2/re2.h>

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "findings.h"
#include "grammar_internal.h"
#include "outline.h"
#include "walk.h"

namespace whereas::internal {

class Fields {
 public:
  // All must outlive the Fields; `out` receives the title, date, fields
  // and passages.
  Fields(const GrammarData& grammar, Findings* findings, Outline* out)
      : g_(grammar), findings_(findings), out_(out) {}

  // Fills what rule `rule`'s captures (`groups`, matched on `piece`) give:
  // the title (a rule's replaces a loose line's, and a stronger rule's a
  // weaker's; the replaced words are unplaced), the document date, fields
  // not set yet (lists and records take every value). False when it fills
  // nothing.
  bool Capture(const LineRule& rule, const Piece& piece,
               const std::vector<re2::StringPiece>& groups);
  // After Capture() filled fields from index `before` on: a wrapping rule
  // that filled one value (or the title) reads on into loose lines.
  void OpenWrap(const LineRule& rule, int line, size_t before);
  size_t count() const { return out_->fields.size(); }

  // A value is reading on into loose lines; the rule that gave it.
  bool wrapping() const { return title_wraps_ || wrapping_field_ >= 0; }
  bool WrappedBy(const LineRule& rule) const { return &rule == wrapping_rule_; }
  void StopWrapping() {
    wrapping_field_ = -1;
    title_wraps_ = false;
  }
  // A loose line's words, onto the value reading on.
  void Wrap(const std::string& text);

  // The title of a title zone: open while its next line may continue it.
  bool title_open() const { return title_open_; }
  void set_title_open(bool open) { title_open_ = open; }
  // A loose line as the title, open.
  void LooseTitle(const std::string& text, int line);
  void ContinueTitle(const std::string& text) {
    std::string& title = out_->title ? *out_->title : out_->title.emplace();
    title += " " + text;
  }

  // The last text went to a zone's text field.
  bool text_field_open() const { return text_field_open_; }
  void CloseTextField() { text_field_open_ = false; }
  // The open paragraph of text field `field` (the last text went to it),
  // or nullptr.
  const std::string* OpenParagraph(int field) const;
  // `text`, line `line`: onto the open paragraph, or a new paragraph of
  // `field`, which opens it.
  void JoinParagraph(const std::string& text, int line);
  void NewParagraph(int field, const std::string& text, int line);

  // Text fields into the outline: a string field holds its paragraphs
  // joined by newlines, a list one paragraph each, records one {text, line}
  // each; each paragraph and footnote is a passage (for dates).
  void Finish();

 private:
  // A paragraph of a zone's text field.
  struct Paragraph {
    int field;
    std::string text;
    int line;
    std::vector<std::pair<int, int>> text_lines;  // (offset in text, line) after the first
  };

  const GrammarData& g_;
  Findings* findings_;
  Outline* out_;
  bool title_open_ = false;       // the title continues on the next line
  bool title_from_rule_ = false;  // a title rule matched it (not a loose line)
  int title_priority_ = 0;        // of that rule
  int title_line_ = 0;
  // The field value (index in out_->fields) that a loose line right after
  // it continues: a signatory's role printed over two lines. -1: none.
  int wrapping_field_ = -1;
  bool title_wraps_ = false;  // the same, for a title a wrapping rule gave
  const LineRule* wrapping_rule_ = nullptr;  // the rule that gave it
  std::set<std::pair<int, std::string>> set_;  // (field, key) filled
  std::vector<Paragraph> paragraphs_;
  bool text_field_open_ = false;
};

}  // namespace whereas::internal

#endif  // WHEREAS_SRC_FIELDS_H_
