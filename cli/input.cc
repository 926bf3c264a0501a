// Whole-file reads.
#include "input.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <sys/stat.h>

namespace whereas::cli {

Result<std::string> ReadInput(const std::string& path, bool allow_binary, size_t max_bytes) {
  const auto too_large = [&] {
    return Error{"larger than --max-bytes (" + std::to_string(max_bytes) + " bytes); skipped", {}};
  };
  std::string data;
  if (path == "-") {
    char buf[1 << 16];
    while (std::cin.read(buf, sizeof buf) || std::cin.gcount() > 0) {
      data.append(buf, static_cast<size_t>(std::cin.gcount()));
      if (data.size() > max_bytes) return too_large();
    }
  } else {
    struct stat st {};
    if (stat(path.c_str(), &st) != 0) {
      return Error{std::strerror(errno), {}};
    }
    if (S_ISDIR(st.st_mode)) return Error{"is a directory", {}};
    if (S_ISREG(st.st_mode) && static_cast<size_t>(st.st_size) > max_bytes) return too_large();
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error{std::strerror(errno), {}};
    if (S_ISREG(st.st_mode)) data.reserve(static_cast<size_t>(st.st_size));
    // FIFOs and devices have no size: read in chunks up to the limit.
    char buf[1 << 16];
    while (in.read(buf, sizeof buf) || in.gcount() > 0) {
      data.append(buf, static_cast<size_t>(in.gcount()));
      if (data.size() > max_bytes) return too_large();
    }
    if (in.bad()) return Error{std::strerror(errno), {}};
  }
  const bool utf16 = data.size() >= 2 && (data.compare(0, 2, "\xFF\xFE") == 0 ||
                                          data.compare(0, 2, "\xFE\xFF") == 0);
  // NOLINTNEXTLINE(bugprone-not-null-terminated-result): a search for NUL, no string made
  if (!allow_binary && !utf16 && std::memchr(data.data(), '\0', data.size()) != nullptr) {
    return Error{"binary file (contains NUL bytes); skipped", {}};
  }
  return data;
}

}  // namespace whereas::cli
