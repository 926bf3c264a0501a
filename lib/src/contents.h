// A contents list printed ahead of the text it lists (an entries_only zone):
// its entries, one a line or wrapped onto the next, and where it ends (the
// first line that is no new entry: a heading it listed, printed again).
#ifndef WHEREAS_SRC_CONTENTS_H_
#define WHEREAS_SRC_CONTENTS_H_

#include <re2/re2.h>

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "walk.h"

namespace whereas::internal {

class Contents {
 public:
  // All must outlive the Contents; `cursor` is the walker's.
  Contents(const Inputs& in, const Cursor* cursor)
      : g_(in.grammar), lines_(in.lines), layout_(in.layout), cursor_(cursor) {}

  // A contents list opens after zone `before`, where it goes back to.
  void Open(int before) {
    zone_before_ = before;
    keys_.clear();
  }
  int zone_before() const { return zone_before_; }

  // An entry wrapped onto the next line ("3. Options for the future
  // delivery of children's social" over "care services ... 12"): the two
  // lines read as one fill more of the rule's captures (rule `r`, `groups`
  // on `piece`, the cursor's line) than the first alone (its page). Returns
  // the two as one line (valid until the next call), with `*mask` their
  // rules and `*resume_at` past the second.
  std::optional<std::string_view> JoinsNextEntry(const Piece& piece, int r,
                                                 const std::vector<re2::StringPiece>& groups,
                                                 RuleMask* mask, size_t* resume_at);
  // `text` is the line JoinsNextEntry() last made.
  bool IsJoined(std::string_view text) const { return text.data() == entry_.data(); }
  // Rule `r` (r < 0: none) matched an entry of the cursor's zone not
  // listed before in it.
  bool IsNewEntry(int r, const std::vector<re2::StringPiece>& groups);

 private:
  const GrammarData& g_;
  const std::vector<Line>& lines_;
  const Layout& layout_;
  const Cursor* cursor_;
  int zone_before_ = 0;
  std::set<std::string> keys_;  // the entries' words
  std::string entry_;           // an entry and the line it wraps onto
};

}  // namespace whereas::internal

#endif  // WHEREAS_SRC_CONTENTS_H_
