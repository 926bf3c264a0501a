// The progress line a batch draws on standard error: files done of total,
// MB/s, time left.
#ifndef WHEREAS_CLI_PROGRESS_H_
#define WHEREAS_CLI_PROGRESS_H_

#include <chrono>
#include <cstddef>
#include <string>

namespace whereas::cli {

// Draws at most ten times a second, and only when `on`; the destructor
// clears the line so that nothing printed after it shares the line.
class Progress {
 public:
  Progress(bool on, size_t total);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  void Update(size_t done, size_t bytes);
  // Before anything else is written to the terminal the line is drawn on:
  // clears it when `out` (for standard output) or `err` is not empty, to be
  // drawn again by the next Update().
  void Interrupt(const std::string& out, const std::string& err);

 private:
  using Clock = std::chrono::steady_clock;
  bool on_;
  bool stdout_on_terminal_;
  size_t total_;
  Clock::time_point start_;
  Clock::time_point last_;
  bool drawn_ = false;
};

}  // namespace whereas::cli

#endif  // WHEREAS_CLI_PROGRESS_H_
