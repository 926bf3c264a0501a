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

// Parses one line holding a JSON object with string members "source" and
// "text" (other members of any type are ignored). Escapes, \u sequences and
// surrogate pairs are decoded. Fails with a message for anything else.
Result<InputRecord> ParseInputRecord(std::string_view line);

}  // namespace whereas::cli

#endif  // WHEREAS_CLI_NDJSON_H_
