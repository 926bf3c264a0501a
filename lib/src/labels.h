// Enumerator labels: styles, their values, and the sequence they form.
#ifndef WHEREAS_SRC_LABELS_H_
#define WHEREAS_SRC_LABELS_H_

#include <optional>
#include <string>
#include <string_view>

#include "whereas/document.h"

namespace whereas::internal {

// The style named by a grammar file ("alpha-paren"), or nullopt.
std::optional<ItemStyle> ParseItemStyle(std::string_view name);

// The position of `label` in a list of `style`, 1-based: "c" is 3 in alpha,
// "iv" is 4 in roman, "10" is 10 in decimal. Returns 0 when the label cannot
// be of that style ("ii" is not alpha, "iiii" is not roman). Bullets and
// multilevel labels have no position and give 0.
int LabelValue(std::string_view label, ItemStyle style);

// The label at position `value` (>= 1) of `style`: 9 -> "i" in alpha.
std::string LabelAt(int value, ItemStyle style);

// The section a multilevel label stands for: "2.0" is section "2", printed
// over its paragraphs 2.1, 2.2. Other labels stand for themselves.
std::string_view SectionNumber(std::string_view label);

// The multilevel address after `address` among its siblings: "3.1.1" ->
// "3.1.2", a section "2.0" -> "3.0". `address` with its last part not a
// number gives "" (no next address can be told).
std::string NextAddress(std::string_view address);

// The style with the other letter case (alpha <-> ALPHA, roman <-> ROMAN);
// other styles are returned unchanged.
ItemStyle OtherCase(ItemStyle style);

}  // namespace whereas::internal

#endif  // WHEREAS_SRC_LABELS_H_
