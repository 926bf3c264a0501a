// How much of a document its grammar placed: the low-structure warning.
#ifndef WHEREAS_STRUCTURE_H_
#define WHEREAS_STRUCTURE_H_

#include <optional>
#include <vector>

#include "text.h"
#include "whereas/document.h"

namespace whereas::internal {

// A warning [low-structure] when half or more of the words of `lines` were
// left unplaced, or when `doc` has no item and a tenth is unplaced or labels
// stand alone on their lines; its message
// gives the share placed and the likely cause. nullopt when the document was
// read. One pass over the lines and the unplaced text.
std::optional<Diagnostic> CheckStructure(const Document& doc, const std::vector<Line>& lines);

}  // namespace whereas::internal

#endif  // WHEREAS_STRUCTURE_H_
