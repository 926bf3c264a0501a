// A report's header table as converters print it: one cell a line (a label
// over its value), in layout columns (the label beside its value's lines),
// and two or more rows on one line ("Report to:  Cabinet   Date:  1 May").
// Each row is read by a grammar rule that names its label; its values go
// to the fields.
#ifndef WHEREAS_SRC_HEADER_TABLE_H_
#define WHEREAS_SRC_HEADER_TABLE_H_

#include <re2/re2.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "fields.h"
#include "walk.h"

namespace whereas::internal {

class HeaderTables {
 public:
  // All must outlive the HeaderTables; `cursor` is the walker's.
  HeaderTables(const Inputs& in, const Cursor* cursor, Fields* fields)
      : g_(in.grammar), lines_(in.lines), layout_(in.layout), masks_(in.masks), cursor_(cursor),
        fields_(fields) {}

  // "Meeting" over "Cabinet", "Date of meeting" over "12 March 2025": a
  // table a PDF converter printed one cell a line. A short line that no
  // rule reads here (or only a weaker field rule, `r`) is a row's label
  // when a `value_below` rule reads it and the next line of words as one
  // row, capturing from the next line only. That line is then read with
  // it (`*resume_at` is set past it). A label its cell wrapped ("Officer
  // Contact" over "Details", a blank line, then the value) is read as one,
  // by a rule that names it (not the catch-all of other rows).
  bool ReadValueBelow(const Piece& piece, int r, size_t* resume_at);
  // "Officer Contact    Jo Bloggs, Director" over "Details
  //  jo.bloggs@example.gov.uk", or a label printed beside the middle line of
  // its value: a table as a layout-mode converter prints it, the label's
  // words left of a column where the value's begin, a row a run of lines
  // up to a blank one. The row is read whole, as label TAB value, by a
  // rule that names the label; `*resume_at` is set past it.
  bool ReadColumnRow(const Piece& piece, size_t* resume_at);

  // A line holding a row read by field rule `rule` and, after a gap, more
  // rows: the row, the next row (a rule names its label), and the columns
  // after that one.
  struct Columns {
    Piece row;
    std::optional<Piece> next;
    std::optional<Piece> after;
  };
  // "Report to:  Cabinet      Date:  12 March 2025": a converter's layout
  // mode prints a two-column table's rows on one line. The row read by
  // `rule` ends where, after a tab or two spaces or more, a row a rule
  // names by its label (`value_below: true`) begins, up to a later gap or
  // the line's end. A row spans at most eight gaps. `groups` are matched
  // again on the row.
  Columns NextColumn(const LineRule& rule, const Piece& piece,
                     std::vector<re2::StringPiece>& groups) const;

  // A cell's value wrapped onto line `line`: the table goes on past it.
  void CellWrapped(size_t line) {
    if (line == table_end_) ++table_end_;
  }

 private:
  // The row `label` TAB `value` read by one of `allowed` rules, as strong
  // as rule `r` that read the line alone (r < 0: none); reading resumes at
  // line `resume`. `in_table`, `colon`: under a row read so, or a label
  // ending in a colon, any row's rule may read it.
  bool ReadRow(const Piece& piece, int r, std::string_view label, std::string_view value,
               size_t resume, bool in_table, bool colon, RuleMask allowed, size_t* resume_at);
  // Line `j` may be a table cell's value: not a label of its own (ending in
  // a colon), a row of its own (cells between tabs), a heading or an item.
  bool IsCellValue(int j) const;

  const GrammarData& g_;
  const std::vector<Line>& lines_;
  const Layout& layout_;
  const std::vector<RuleMask>& masks_;
  const Cursor* cursor_;
  Fields* fields_;
  // One past the last line of a table printed one cell a line, so far.
  size_t table_end_ = 0;
  std::string row_;  // a label and the value below it, as one row
};

}  // namespace whereas::internal

#endif  // WHEREAS_SRC_HEADER_TABLE_H_
