// Reading inputs: whole files or standard input, with clear refusals.
#ifndef WHEREAS_CLI_INPUT_H_
#define WHEREAS_CLI_INPUT_H_

#include <string>

#include "whereas/result.h"

namespace whereas::cli {

// Reads all of `path` ("-": standard input). Fails with a message (no file
// name in it; the caller adds it) for a missing file, a directory, no
// permission, or binary data: NUL bytes in a file that is not UTF-16 with a
// byte order mark.
// Inputs larger than `max_bytes` are refused, named with the limit.
// `allow_binary` accepts NUL bytes (a NUL-separated list of paths).
Result<std::string> ReadInput(const std::string& path, bool allow_binary = false,
                              size_t max_bytes = size_t{256} << 20);

}  // namespace whereas::cli

#endif  // WHEREAS_CLI_INPUT_H_
