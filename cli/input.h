// Reading inputs: whole files or standard input, with clear refusals.
#ifndef WHEREAS_CLI_INPUT_H_
#define WHEREAS_CLI_INPUT_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "whereas/parse.h"
#include "whereas/read.h"
#include "whereas/result.h"

namespace whereas::cli {

struct ReadOptions {
  bool allow_binary = false;  // accept NUL bytes (a NUL-separated list of paths)
  // What the input is (--input-format); nullopt: told by its content.
  std::optional<InputFormat> format = std::nullopt;
  size_t max_bytes = size_t{256} << 20;
};

// Reads all of `path` ("-": standard input). Fails with a message (no file
// name in it; the caller adds it) for a missing file, a directory, no
// permission, an input larger than `max_bytes` (named with the limit), or
// binary data read as text: NUL bytes in a file that is neither a PDF nor
// UTF-16 with a byte order mark.
Result<std::string> ReadInput(const std::string& path, const ReadOptions& options = {});

}  // namespace whereas::cli

#endif  // WHEREAS_CLI_INPUT_H_
