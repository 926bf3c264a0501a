// The outline walker (outline.cc): one pass over the classified lines with
// a cursor, a zone at a time, each line's piece dispatched by the rule that
// wins it. Its parts: the item tree, the fields, the header tables and the
// contents list, each with its own state; the paragraph questions it asks
// are in paragraph_roles.cc. Private to the outline stage.
#ifndef WHEREAS_SRC_WALKER_H_
#define WHEREAS_SRC_WALKER_H_

#include <re2/re2.h>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "contents.h"
#include "fields.h"
#include "findings.h"
#include "grammar_internal.h"
#include "header_table.h"
#include "item_tree.h"
#include "layout.h"
#include "outline.h"
#include "paragraphs.h"
#include "walk.h"

namespace whereas::internal {

// Walks the classified lines once, in order, keeping only a cursor: per
// line, the rule that wins it in the zone where the cursor stands decides
// what the line does (opens a zone, fills fields, places an item, adds
// text), with the item tree, the fields, the header tables and the contents
// list each keeping its own state. No line looks ahead further than the
// paragraph extents and the next line with words the layout stage found.
class Walker {
 public:
  explicit Walker(const Inputs& source)
      : g_(source.grammar),
        text_(source.text),
        lines_(&source.lines),
        layout_(&source.layout),
        masks_(&source.masks),
        extents_(source.grammar, source.lines, source.layout, source.masks),
        tables_(source, &cursor_, &fields_),
        contents_(source, &cursor_) {}

  // The outline of the whole text. Call once.
  Outline Build();

 private:
  using Node = ItemTree::Node;

  // The walk (outline.cc).
  // One piece of a line (a whole line, or the rest of one), with the rules
  // that match it.
  void OnPiece(const Piece& piece, RuleMask mask);
  void OpenZone(int zone, int line);
  // A line of a contents list: read with the next as one wrapped entry, or
  // (true) read where the list interrupted, for it has ended.
  bool OnContentsLine(const Piece& piece, int r, const std::vector<re2::StringPiece>& groups,
                      RuleMask mask);
  // A line a field rule reads: its fields filled (the first column of a
  // row printed beside others), or its words as text.
  void OnField(const LineRule& rule, const Piece& piece, std::vector<re2::StringPiece>& groups);
  void OnHeading(const LineRule& rule, const Piece& piece,
                 const std::vector<re2::StringPiece>& groups);
  void OnSubtitle(const Piece& piece, const std::string& subtitle, int opens);
  // A line an item rule reads: placed in the tree (or, a numbered line
  // heading paragraphs numbered under another number, a pending heading).
  void OnItem(const LineRule& rule, const Piece& piece,
              const std::vector<re2::StringPiece>& groups);
  // Opens the zone an item needs; false when its words went elsewhere.
  bool EnterItems(const LineRule& rule, const Piece& piece);
  // The styles and values `label` may have under `rule`.
  static std::vector<Candidate> Candidates(const LineRule& rule, const std::string& label);
  // "2. Governance" between paragraphs 1.20 and 1.21 heads them; it is not
  // section 2. A numbered line is such a sub-heading (made the pending
  // heading; true) when the paragraphs after it are numbered under another
  // number (or under a number that already exists), unless it continues
  // the innermost list. `*opens_section`: they are numbered under it.
  bool HeadsOtherSection(const LineRule& rule, const Piece& piece,
                         const std::vector<re2::StringPiece>& groups, const std::string& label,
                         const std::vector<Candidate>& candidates, bool* opens_section);
  // The item's node: its words as text or heading, as the lines around say.
  Node ItemNode(const LineRule& rule, const Piece& piece,
                const std::vector<re2::StringPiece>& groups, bool opens_section);
  // The sections "5.1" implies that are not printed, and the pending
  // heading: the implied section's, or else `node`'s.
  void HeadImpliedSection(const std::string& label, const std::vector<Candidate>& candidates,
                          int line, Node* node);
  void OnRow(const LineRule& rule, const Piece& piece,
             const std::vector<re2::StringPiece>& groups);
  // Words no rule reads: a title's, an annex header's, a paragraph's, more
  // of the current item's, a text field's, or unplaced.
  void OnText(const Piece& piece);
  // Loose words in a title zone: more of the title, the title, the first
  // unnumbered paragraph, a text field's, or unplaced.
  void OnTitleText(const Piece& piece, const std::string& text);
  // An annex's header lines (title, addressee, subtitle, intro) before its
  // first item; false when `text` is no part of the header.
  bool OnAnnexHeader(const Piece& piece, const std::string& text);
  // Loose words among items: a heading's, a lead-in, a paragraph item, a
  // sub-heading, more of the current item, a text field's, or unplaced.
  void OnParagraphText(const Piece& piece, const std::string& text);
  void PlaceParagraphItem(const Piece& piece, const std::string& text);
  void PlaceLeadIn(const Piece& piece, const std::string& text);
  // A row of a table item: the cells of `inner`, between bars (a pipe
  // table) or else between tabs; a new table unless one is open above.
  void AddRow(const Piece& piece, std::string_view inner);
  // Words that go on with the current item: its text, or its parent's tail.
  void Continue(const Piece& piece);
  // Moves the text of `node` after the first split rule that matches into
  // the parent's tail, or returns the rest that is a line of its own.
  std::optional<Piece> Split(int node, const Piece& piece, int text_offset);
  // Adds text to the zone's text field; false if the zone has none.
  bool AddToTextField(const std::string& text, int line);
  // `text` with the grammar's clean rules applied; notes their repairs.
  std::string Clean(std::string text, int line, int offset);
  // Appends `text` to `dst`: a space within a sentence, a newline between
  // paragraphs (after a blank line, or any line break in `paragraph_lines`
  // grammars, when the sentence before has ended).
  void Join(std::string& dst, const std::string& text);
  // What Join puts between `dst` and `text`: "", "\n" or " " ("" also
  // inside a word broken at a hyphen).
  std::string_view JoinWith(std::string_view dst, std::string_view text) const;
  void Unplace(const Piece& piece) { out_.unplaced.push_back({piece.line, Trim(piece.text)}); }
  // A heading that found no item to head.
  void UnplacePendingHeading();
  // A block zone's unclaimed lines, unplaced.
  void FlushPending();
  void Diagnose(Severity severity, std::string rule, int node, int line, int offset,
                std::string message) {
    findings_.Add(severity, std::move(rule), node, line, offset, std::move(message));
  }
  bool Capture(int r, std::string_view text, std::vector<re2::StringPiece>* groups) const {
    return CaptureRule(g_, r, text, groups);
  }
  Annex& CurrentAnnex() { return out_.annexes.back(); }
  void Finish();

  // Questions about the paragraph at the cursor (paragraph_roles.cc).
  // The last line of the paragraph that line `i` starts as PDF text is
  // wrapped (paragraphs.h): `i` itself when the next line does not run on.
  size_t WrapEnd(size_t i) const { return extents_.End(i, cursor_.zone); }
  // `text` (line `cursor_.line` or the rest of it) and the words of the
  // lines it wraps onto: what decisions about a paragraph must read.
  ParagraphView Unwrapped(std::string_view text) const {
    return extents_.View(cursor_.line, cursor_.zone, text);
  }
  // Line `i` is full at the width the text is wrapped at: its paragraph
  // may run on into the next line whatever its words (FillsWidth()).
  bool RunsOn(size_t i) const { return layout_->RunsOn(i); }
  // The current line follows a full one directly: wrapped, not a new
  // paragraph, in a text wrapped at a width.
  bool WrappedHere() const;
  // The line before is a heading a rule reads ("RECOMMENDATIONS"): a
  // heading does not wrap, so this line starts a paragraph.
  bool AfterHeading() const;
  // The line before ended a sentence (. ! ?): a short unpunctuated line
  // here is a heading, with no blank line around it as a PDF converter
  // prints one, though characters cannot tell whether that line was full
  // in a proportional font. (Not one that ends in a colon: "It shall in
  // particular:" goes on with its paragraph.)
  bool AfterSentence() const;
  // The current line starts a paragraph: after a blank line or a heading,
  // or, in a text wrapped at a width, after a line that is neither full nor
  // ends in the middle of a phrase (a PDF converter prints no blank lines).
  bool StartsParagraph() const;
  // The label of the next line with words after the current line and the
  // lines it wraps onto, if it is a labelled item, else "".
  std::string NextLabel() const;
  // A page quoting the report: its items opened with a quotation mark, and
  // the paragraph before this one, after a blank line, closed it.
  bool QuoteClosed() const;
  // The current item is a label alone ("2." on its line): the next words,
  // after a blank line too, are its own, whatever they look like.
  bool AwaitsWords() const;
  // Words that read as a title: short, not in lower case, no sentence or
  // clause ended ("Reasons for Recommendations", "Update on progress:").
  static bool IsTitle(std::string_view text);
  static bool IsTitle(const ParagraphView& text);
  // A line that heads the items after it rather than being one: a short
  // unpunctuated line before a labelled item.
  bool IsSubheading(const ParagraphView& text) const;
  // "Regarding shared liability:" after a blank line, before bullets: an
  // unlabelled item that the bullets nest under, a child of the nearest
  // labelled item with text of its own.
  bool IsLeadIn(const ParagraphView& text) const;
  // A zone with paragraph_items: does this loose text start an item?
  bool StartsParagraphItem(const ParagraphView& text) const;
  // In a zone that takes paragraph items: a title alone on its line, a
  // paragraph starting after it ("Purpose" over "The Commissioner will
  // ..."), is that paragraph's heading.
  bool HeadsParagraph(const std::string& text) const;
  // In a title zone whose items_open zone takes paragraph items: `line`
  // and the lines it wraps onto, after the title, read as a paragraph (a
  // sentence of some words that ends), not a further line of a heading or
  // an address, and no numbered line comes next.
  bool OpensParagraphItems(std::string_view line) const;

  // What the walk reads.
  const GrammarData& g_;
  const Text& text_;
  const std::vector<Line>* lines_;
  const Layout* layout_;
  const std::vector<RuleMask>* masks_;
  const Paragraphs extents_;  // of the paragraphs (paragraphs.h)

  // Where it stands, what it builds, and its parts.
  Cursor cursor_;
  Outline out_;
  Findings findings_{text_};
  ItemTree tree_{g_, &findings_};
  Fields fields_{g_, &findings_, &out_};
  HeaderTables tables_;
  Contents contents_;

  // What is open at the cursor.
  std::vector<Piece> pending_;  // unclaimed lines of a block zone
  // Annex header state: 0 title next, 1 addressee next, 2 after subtitle.
  int annex_header_ = 0;
  bool quoted_ = false;  // this zone's items opened with a quotation mark
  // A sub-heading waiting for the item it heads: text and line.
  std::optional<std::pair<std::string, int>> pending_heading_;
  // The line a heading's own words end on ("NOW, THEREFORE, the Secretary
  // of State, in exercise of the powers conferred by"): the next line, if
  // the sentence has not ended, continues them. 0: none open.
  int heading_end_line_ = 0;
  // The rest of a line that held two items, placed after the first; the
  // columns after the one in next_, when a line holds three or more.
  std::optional<Piece> next_;
  std::optional<Piece> next_column_;
  // The line whose glued items were split last, and the bytes of the rests
  // read again for it (Split()).
  int split_line_ = 0;
  size_t split_bytes_ = 0;
};

}  // namespace whereas::internal

#endif  // WHEREAS_SRC_WALKER_H_
