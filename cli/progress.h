// The progress line a batch draws on standard error: files done of total,
// MB/s, time left.
#ifndef WHEREAS_CLI_PROGRESS_H_
#define WHEREAS_CLI_PROGRESS_H_

#include <chrono>
#include <cstddef>

namespace whereas::cli {

// Draws at most ten times a second, and only when `on`; the destructor
// clears the line so that nothing printed after it shares the line.
class Progress {
 public:
  Progress(bool on, size_t total) : on_(on), total_(total), start_(Clock::now()) {}
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  void Update(size_t done, size_t bytes);

 private:
  using Clock = std::chrono::steady_clock;
  bool on_;
  size_t total_;
  Clock::time_point start_;
  Clock::time_point last_;
  bool drawn_ = false;
};

}  // namespace whereas::cli

#endif  // WHEREAS_CLI_PROGRESS_H_
