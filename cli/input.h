// Reading inputs: whole files or standard input, with clear refusals.
#ifndef WHEREAS_CLI_INPUT_H_
#define WHEREAS_CLI_INPUT_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "whereas/result.h"

namespace whereas::cli {

// Why `bytes` are not read as text: a PDF or an HTML page (told by
// content), with the way to its text; nullopt for text.
std::optional<std::string> NotText(std::string_view bytes);

struct ReadOptions {
  bool allow_binary = false;  // accept NUL bytes (a NUL-separated list of paths)
  bool as_text = false;       // read a PDF or an HTML page as text (--input-format text)
  size_t max_bytes = size_t{256} << 20;
};

// Reads all of `path` ("-": standard input). Fails with a message (no file
// name in it; the caller adds it) for a missing file, a directory, no
// permission, an input larger than `max_bytes` (named with the limit), a PDF
// or an HTML page (told by content; saying how to get its text), or binary
// data: NUL bytes in a file that is not UTF-16 with a byte order mark.
Result<std::string> ReadInput(const std::string& path, const ReadOptions& options = {});

}  // namespace whereas::cli

#endif  // WHEREAS_CLI_INPUT_H_
