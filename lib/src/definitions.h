// Defined terms: 'Borsetshire Council ("the Council")'.
#ifndef WHEREAS_SRC_DEFINITIONS_H_
#define WHEREAS_SRC_DEFINITIONS_H_

#include <string_view>
#include <vector>

#include "grammar_internal.h"
#include "whereas/document.h"

namespace whereas::internal {

// Every defined term in `text`, in order. A bracketed term stands for the
// words before the parenthesis, after the last `stops` match, that the
// first `means` rule accepts (nullopt when none does); a stated one for
// what its `stated` pattern captured. `line` is copied into each
// Definition.
std::vector<Definition> FindDefinitions(const DefinitionRules& rules,
                                        std::string_view text, int line);

}  // namespace whereas::internal

#endif  // WHEREAS_SRC_DEFINITIONS_H_
