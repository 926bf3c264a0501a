// Reading NDJSON input records: {"source": "...", "text": "..."} per line.
#ifndef WHEREAS_CLI_NDJSON_H_
#define WHEREAS_CLI_NDJSON_H_

#include <string>
#include <string_view>

#include "whereas/result.h"

namespace whereas::cli {

struct InputRecord {
  std::string source;
  std::string text;
};

// Parses one line holding a JSON object (RFC 8259, as jq reads it) with
// string members "source" and "text" (other members of any type are
// ignored; a missing or null "source" is "-"). Fails with a message for anything
// else, and for invalid JSON sets `error_column` to the 1-based byte column
// where the reading stopped (0 when the fault is the record's, not a byte's).
Result<InputRecord> ParseInputRecord(std::string_view line, size_t* error_column);

}  // namespace whereas::cli

#endif  // WHEREAS_CLI_NDJSON_H_
