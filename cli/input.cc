// Whole-file reads.
#include "input.h"

#include "whereas/parse.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace whereas::cli {
namespace {

// Reads `fd` to its end into `data`, straight into the string's buffer: one
// copy from the page cache. `expected` (a regular file's size) sizes the
// buffer once; FIFOs and devices have no size and grow it as they go.
// Returns 0, or the errno of the failed read; stops past `max_bytes`.
int ReadAll(int fd, size_t expected, size_t max_bytes, std::string* data) {
  size_t used = 0;
  data->resize(expected > 0 ? expected + 1 : size_t{1} << 16);  // +1: the end is seen at once
  for (;;) {
    if (used == data->size()) data->resize(data->size() * 2);
    const ssize_t n = read(fd, data->data() + used, data->size() - used);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return errno;
    if (n == 0) break;
    used += static_cast<size_t>(n);
    if (used > max_bytes) break;
  }
  data->resize(used);
  return 0;
}

// Closes the file however the read ends.
struct FileCloser {
  int fd;
  ~FileCloser() { close(fd); }
};

}  // namespace

Result<std::string> ReadInput(const std::string& path, const ReadOptions& options) {
  const size_t max_bytes = options.max_bytes;
  const auto too_large = [&] {
    return Error{"larger than --max-bytes (" + std::to_string(max_bytes) + " bytes); skipped", {}};
  };
  std::string data;
  if (path == "-") {
    if (const int err = ReadAll(STDIN_FILENO, 0, max_bytes, &data)) {
      return Error{std::strerror(err), {}};
    }
  } else {
    const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return Error{std::strerror(errno), {}};
    const FileCloser closer{fd};
    struct stat st {};
    if (fstat(fd, &st) != 0) return Error{std::strerror(errno), {}};
    if (S_ISDIR(st.st_mode)) return Error{"is a directory", {}};
    const bool regular = S_ISREG(st.st_mode);
    if (regular && static_cast<size_t>(st.st_size) > max_bytes) return too_large();
    const int err = ReadAll(fd, regular ? static_cast<size_t>(st.st_size) : 0, max_bytes, &data);
    if (err != 0) return Error{std::strerror(err), {}};
  }
  if (data.size() > max_bytes) return too_large();
  if (options.format.value_or(SniffFormat(data)) == InputFormat::kPdf) return data;
  const bool utf16 = data.size() >= 2 && (data.compare(0, 2, "\xFF\xFE") == 0 ||
                                          data.compare(0, 2, "\xFE\xFF") == 0);
  // NOLINTNEXTLINE(bugprone-not-null-terminated-result): a search for NUL, no string made
  if (!options.allow_binary && !utf16 && std::memchr(data.data(), '\0', data.size()) != nullptr) {
    return Error{"binary file (contains NUL bytes); skipped", {}};
  }
  return data;
}

}  // namespace whereas::cli
