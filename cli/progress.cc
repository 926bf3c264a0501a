// The progress line of a batch.
#include "progress.h"

#include <cstdio>
#include <iostream>

#include <unistd.h>

namespace whereas::cli {

Progress::Progress(bool on, size_t total)
    : on_(on), stdout_on_terminal_(isatty(1) != 0), total_(total), start_(Clock::now()) {}

void Progress::Interrupt(const std::string& out, const std::string& err) {
  if (!on_ || !drawn_ || (err.empty() && (out.empty() || !stdout_on_terminal_))) return;
  std::fprintf(stderr, "\r\033[K");
  std::fflush(stderr);
  drawn_ = false;
}

Progress::~Progress() {
  if (on_ && drawn_) std::fprintf(stderr, "\r\033[K");
}

void Progress::Update(size_t done, size_t bytes) {
  if (!on_) return;
  const auto now = Clock::now();
  if (drawn_ && now - last_ < std::chrono::milliseconds(100)) return;
  last_ = now;
  drawn_ = true;
  // What the outcomes wrote to the terminal comes first, then the line.
  if (stdout_on_terminal_) std::cout.flush();
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const double mbps = seconds > 0 ? static_cast<double>(bytes) / 1e6 / seconds : 0;
  std::fprintf(stderr, "\r\033[Kwhereas: %zu", done);
  if (total_) std::fprintf(stderr, "/%zu", total_);
  std::fprintf(stderr, " files, %.1f MB/s", mbps);
  if (total_ && done > 0 && done < total_) {
    const double left = seconds / static_cast<double>(done) * static_cast<double>(total_ - done);
    std::fprintf(stderr, ", %d:%02d left", static_cast<int>(left) / 60, static_cast<int>(left) % 60);
  }
  std::fflush(stderr);
}

}  // namespace whereas::cli
