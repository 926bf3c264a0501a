// The batch driver: input expansion and an ordered worker pool.
#include "batch.h"

#include <fnmatch.h>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <iostream>
#include <map>
#include <mutex>
#include <thread>

#include "input.h"
#include "progress.h"

namespace fs = std::filesystem;

namespace whereas::cli {
namespace {

// Files below `dir` whose name matches one of `globs`, sorted by path.
std::vector<std::string> Walk(const std::string& dir, const std::vector<std::string>& globs) {
  std::vector<std::string> files;
  std::error_code ec;
  const auto options = fs::directory_options::skip_permission_denied;
  for (auto it = fs::recursive_directory_iterator(dir, options, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    std::error_code type_ec;
    if (!it->is_regular_file(type_ec)) continue;
    const std::string name = it->path().filename().string();
    if (std::any_of(globs.begin(), globs.end(), [&](const std::string& glob) {
          return fnmatch(glob.c_str(), name.c_str(), 0) == 0;
        })) {
      files.push_back(it->path().string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

Result<std::vector<std::string>> ExpandInputs(const Config& config) {
  std::vector<std::string> out;
  for (const std::string& path : config.inputs) {
    std::error_code ec;
    if (path != "-" && fs::is_directory(path, ec)) {
      auto files = Walk(path, config.include);
      // An empty walk keeps the directory, so it is reported in its place.
      if (files.empty()) out.push_back(path);
      for (std::string& f : files) out.push_back(std::move(f));
    } else {
      out.push_back(path);
    }
  }
  if (config.files_from) {
    auto list = ReadInput(*config.files_from, {.allow_binary = true});
    if (!list) return Error{*config.files_from + ": " + list.error().message, {}};
    const char sep = config.null_separated ? '\0' : '\n';
    const std::string& text = list.value();
    size_t start = 0;
    while (start < text.size()) {
      size_t end = text.find(sep, start);
      if (end == std::string::npos) end = text.size();
      std::string path = text.substr(start, end - start);
      if (!config.null_separated && !path.empty() && path.back() == '\r') path.pop_back();
      if (!path.empty()) out.push_back(std::move(path));
      start = end + 1;
    }
  }
  return out;
}

void RunBatch(const InputSource& next, int jobs, size_t total, bool progress,
              const std::function<Outcome(const Input&)>& work,
              const std::function<void(Outcome&&)>& deliver) {
  Progress bar(progress, total);
  size_t done = 0, bytes = 0;
  if (jobs <= 1) {
    Input input;
    while (next(&input)) {
      Outcome o = work(input);
      bytes += o.bytes;
      bar.Interrupt(o.out, o.err);
      deliver(std::move(o));
      bar.Update(++done, bytes);
    }
    return;
  }
  // Each wake-up costs a context switch (dear on a VM), so a worker wakes
  // the caller only for the outcome it waits for, and the caller wakes
  // workers only when it hands out jobs.
  std::mutex mu;
  std::condition_variable has_job;     // workers wait here
  std::condition_variable has_result;  // the caller waits here
  std::deque<std::pair<size_t, Input>> queue;  // waiting for a worker
  std::map<size_t, Outcome> finished;          // waiting for their turn
  size_t wanted = 0;  // the outcome the caller waits for
  bool closed = false;
  std::vector<std::thread> workers;
  workers.reserve(static_cast<size_t>(jobs));
  for (int t = 0; t < jobs; ++t) {
    workers.emplace_back([&] {
      for (;;) {
        std::pair<size_t, Input> job;
        {
          std::unique_lock<std::mutex> lock(mu);
          has_job.wait(lock, [&] { return closed || !queue.empty(); });
          if (queue.empty()) return;
          job = std::move(queue.front());
          queue.pop_front();
        }
        Outcome o = work(job.second);
        bool wake = false;
        {
          std::lock_guard<std::mutex> lock(mu);
          finished.emplace(job.first, std::move(o));
          wake = job.first == wanted;
        }
        if (wake) has_result.notify_one();
      }
    });
  }
  const size_t window = static_cast<size_t>(jobs) * 4;
  size_t submitted = 0, delivered = 0;
  bool more = true;
  std::vector<std::pair<size_t, Input>> fresh;
  std::vector<Outcome> ready;
  while (more || delivered < submitted) {
    // Keep the window full, then hand over what is ready, in order.
    fresh.clear();
    while (more && submitted - delivered < window) {
      Input input;
      more = next(&input);
      if (!more) break;
      fresh.emplace_back(submitted++, std::move(input));
    }
    if (!fresh.empty()) {
      {
        std::lock_guard<std::mutex> lock(mu);
        for (auto& job : fresh) queue.push_back(std::move(job));
      }
      if (fresh.size() == 1) {
        has_job.notify_one();
      } else {
        has_job.notify_all();
      }
    }
    if (delivered == submitted) continue;
    ready.clear();
    {
      std::unique_lock<std::mutex> lock(mu);
      wanted = delivered;
      has_result.wait(lock, [&] { return finished.count(delivered) > 0; });
      // Every outcome finished in an unbroken run from `delivered` on.
      for (auto it = finished.find(delivered);
           it != finished.end() && it->first == delivered + ready.size(); it = finished.erase(it)) {
        ready.push_back(std::move(it->second));
      }
    }
    for (Outcome& o : ready) {
      ++delivered;
      bytes += o.bytes;
      bar.Interrupt(o.out, o.err);
      deliver(std::move(o));
      bar.Update(++done, bytes);
    }
  }
  {
    std::lock_guard<std::mutex> lock(mu);
    closed = true;
  }
  has_job.notify_all();
  for (auto& w : workers) w.join();
}

}  // namespace whereas::cli
