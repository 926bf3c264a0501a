// Stage 5: the outline -> typed records: metadata fields and definitions.
#ifndef WHEREAS_SRC_EXTRACT_H_
#define WHEREAS_SRC_EXTRACT_H_

#include "grammar_internal.h"
#include "outline.h"
#include "whereas/document.h"

namespace whereas::internal {

// Fills `doc` from `outline`: title, date, records, and `metadata` with
// every field of the grammar in order (null or [] when the text fills none),
// from field rules and extract rules; then `definitions`, in line order.
void ExtractRecords(const GrammarData& grammar, Outline&& outline,
                    Document* doc);

}  // namespace whereas::internal

#endif  // WHEREAS_SRC_EXTRACT_H_
