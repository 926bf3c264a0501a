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

Result<std::string> ReadInput(const std::string& path) {
  std::string data;
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    data = ss.str();
  } else {
    struct stat st {};
    if (stat(path.c_str(), &st) != 0) {
      return Error{std::strerror(errno), {}};
    }
    if (S_ISDIR(st.st_mode)) return Error{"is a directory", {}};
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error{std::strerror(errno), {}};
    if (S_ISREG(st.st_mode)) data.reserve(static_cast<size_t>(st.st_size));
    data.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (in.bad()) return Error{"read error", {}};
  }
  const bool utf16 = data.size() >= 2 && (data.compare(0, 2, "\xFF\xFE") == 0 ||
                                          data.compare(0, 2, "\xFE\xFF") == 0);
  if (!utf16 && std::memchr(data.data(), '\0', data.size()) != nullptr) {
    return Error{"binary file (contains NUL bytes); skipped", {}};
  }
  return data;
}

}  // namespace whereas::cli
