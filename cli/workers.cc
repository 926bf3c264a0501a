// Worker processes for a batch: requests and outcomes over socket pairs.
#include "workers.h"

#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <deque>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "progress.h"

namespace whereas::cli {
namespace {

// Frames: an 8-byte length, then the body: an 8-byte header length, the
// header (numbers and short strings), then the tails, long strings (a
// document's text, its output) sent from where they are, not copied into
// the header. Both ends are the same binary: host byte order is fine.
class Writer {
 public:
  void U64(uint64_t v) { header_.append(reinterpret_cast<const char*>(&v), sizeof v); }
  void I32(int32_t v) { header_.append(reinterpret_cast<const char*>(&v), sizeof v); }
  void Str(std::string_view s) {
    U64(s.size());
    header_.append(s);
  }
  void OptStr(const std::optional<std::string>& s) {
    I32(s ? 1 : 0);
    if (s) Str(*s);
  }
  void OptDate(const std::optional<Date>& d) {
    I32(d ? 1 : 0);
    if (d) I32(d->year), I32(d->month), I32(d->day);
  }
  // A long string: its length in the header, its bytes after it. `s` must
  // outlive Send().
  void Tail(std::string_view s) {
    U64(s.size());
    tails_.push_back(s);
  }
  // Sends the frame; false when the other end is gone. MSG_NOSIGNAL: a dead
  // peer is an error value here, not a SIGPIPE for the whole batch.
  bool Send(int fd) const {
    uint64_t prefix[2] = {sizeof(uint64_t) + header_.size(), header_.size()};
    for (std::string_view t : tails_) prefix[0] += t.size();
    std::vector<iovec> iov;
    iov.push_back({prefix, sizeof prefix});
    iov.push_back({const_cast<char*>(header_.data()), header_.size()});
    for (std::string_view t : tails_) iov.push_back({const_cast<char*>(t.data()), t.size()});
    size_t first = 0;
    while (first < iov.size()) {
      msghdr msg{};
      msg.msg_iov = iov.data() + first;
      msg.msg_iovlen = std::min<size_t>(iov.size() - first, IOV_MAX);
      ssize_t n = sendmsg(fd, &msg, MSG_NOSIGNAL);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) return false;
      // Step past what was sent, whole pieces and then part of one.
      while (first < iov.size() && static_cast<size_t>(n) >= iov[first].iov_len) {
        n -= static_cast<ssize_t>(iov[first].iov_len);
        ++first;
      }
      if (n > 0) {
        iov[first].iov_base = static_cast<char*>(iov[first].iov_base) + n;
        iov[first].iov_len -= static_cast<size_t>(n);
      }
    }
    return true;
  }

 private:
  std::string header_;
  std::vector<std::string_view> tails_;
};

// Reads a body Writer wrote; any read past the end makes ok() false.
class Reader {
 public:
  explicit Reader(std::string_view body) {
    const uint64_t header = Fixed<uint64_t>(&body);
    if (!ok_ || header > body.size()) {
      ok_ = false;
      return;
    }
    in_ = body.substr(0, header);
    tails_ = body.substr(header);
  }
  bool ok() const { return ok_; }
  uint64_t U64() { return Fixed<uint64_t>(&in_); }
  int32_t I32() { return Fixed<int32_t>(&in_); }
  std::string Str() { return Take(&in_, U64()); }
  std::string Tail() { return Take(&tails_, U64()); }
  std::optional<std::string> OptStr() {
    if (I32() == 0) return std::nullopt;
    return Str();
  }
  std::optional<Date> OptDate() {
    if (I32() == 0) return std::nullopt;
    Date d;
    d.year = I32();
    d.month = I32();
    d.day = I32();
    return d;
  }

 private:
  template <typename T>
  T Fixed(std::string_view* from) {
    T v{};
    if (from->size() < sizeof v) {
      ok_ = false;
      *from = {};
      return v;
    }
    std::memcpy(&v, from->data(), sizeof v);
    from->remove_prefix(sizeof v);
    return v;
  }
  std::string Take(std::string_view* from, uint64_t n) {
    if (!ok_ || n > from->size()) {
      ok_ = false;
      *from = {};
      return {};
    }
    std::string s(from->substr(0, n));
    from->remove_prefix(n);
    return s;
  }
  std::string_view in_;
  std::string_view tails_;
  bool ok_ = true;
};

Writer RequestFor(const Input& input) {
  Writer w;
  w.Str(input.name);
  w.I32(input.text ? 1 : 0);
  w.Tail(input.text ? std::string_view(*input.text) : std::string_view());
  return w;
}

Writer OutcomeFor(const Outcome& o) {
  Writer w;
  w.Str(o.file);
  w.Tail(o.out);
  w.Tail(o.err);
  w.I32(o.unreadable);
  w.I32(o.unknown);
  w.I32(o.stopped);
  w.U64(o.bytes);
  w.U64(o.diagnostics.size());
  for (const Diagnostic& d : o.diagnostics) {
    w.I32(static_cast<int32_t>(d.severity));
    w.Str(d.rule);
    w.Str(d.path);
    w.I32(d.line);
    w.I32(d.column);
    w.Str(d.message);
    w.I32(d.page);
  }
  w.U64(o.deadlines.size());
  for (const Deadline& d : o.deadlines) {
    w.Str(d.text);
    w.I32(static_cast<int32_t>(d.type));
    w.OptDate(d.due);
    w.OptDate(d.end);
    w.OptStr(d.period);
    w.OptStr(d.anchor);
    w.Str(d.path);
    w.I32(d.line);
    w.I32(d.page);
  }
  return w;
}

bool DecodeOutcome(std::string_view body, Outcome* o) {
  Reader r(body);
  o->file = r.Str();
  o->out = r.Tail();
  o->err = r.Tail();
  o->unreadable = r.I32() != 0;
  o->unknown = r.I32() != 0;
  o->stopped = r.I32() != 0;
  o->bytes = r.U64();
  for (uint64_t n = r.U64(); r.ok() && n > 0; --n) {
    Diagnostic& d = o->diagnostics.emplace_back();
    d.severity = static_cast<Severity>(r.I32());
    d.rule = r.Str();
    d.path = r.Str();
    d.line = r.I32();
    d.column = r.I32();
    d.message = r.Str();
    d.page = r.I32();
  }
  for (uint64_t n = r.U64(); r.ok() && n > 0; --n) {
    Deadline& d = o->deadlines.emplace_back();
    d.text = r.Str();
    d.type = static_cast<DeadlineType>(r.I32());
    d.due = r.OptDate();
    d.end = r.OptDate();
    d.period = r.OptStr();
    d.anchor = r.OptStr();
    d.path = r.Str();
    d.line = r.I32();
    d.page = r.I32();
  }
  return r.ok();
}

// Reads exactly `n` bytes; false at the end of the stream or on an error.
bool ReceiveAll(int fd, size_t n, std::string* out) {
  out->resize(n);
  size_t got = 0;
  while (got < n) {
    const ssize_t k = recv(fd, out->data() + got, n - got, 0);
    if (k < 0 && errno == EINTR) continue;
    if (k <= 0) return false;
    got += static_cast<size_t>(k);
  }
  return true;
}

// A worker's life: a request, `work`, the outcome; until the batch closes
// its end. Leaves with _exit(): the parent's atexit handlers and static
// destructors are not the worker's to run.
[[noreturn]] void ServeRequests(int fd, const std::function<Outcome(const Input&)>& work) {
  std::string frame;
  for (;;) {
    uint64_t size = 0;
    if (!ReceiveAll(fd, sizeof size, &frame)) _exit(0);
    std::memcpy(&size, frame.data(), sizeof size);
    if (!ReceiveAll(fd, size, &frame)) _exit(0);
    Reader r(frame);
    Input input;
    input.name = r.Str();
    const bool has_text = r.I32() != 0;
    std::string text = r.Tail();
    if (has_text) input.text = std::move(text);
    if (!r.ok()) _exit(1);
    Outcome o;
    try {
      o = work(input);
    } catch (const std::exception& e) {
      // Exhaustion (std::bad_alloc) or a bug: this input's, not the batch's.
      o = Outcome{};
      o.file = input.name;
      o.err = "whereas: " + input.name + ": internal error: " + e.what() + "\n";
      o.stopped = true;
    }
    if (!OutcomeFor(o).Send(fd)) _exit(1);
  }
}

// An input handed to a worker, kept until its outcome is in: a worker
// that dies is blamed for the input it was on, and the one queued behind it
// goes to its successor.
struct Job {
  size_t index = 0;
  Input input;
};

// A worker holds up to kDepth jobs, so that it starts the next input as
// soon as it sends an outcome instead of waiting (a wake-up of the batch,
// dear on a VM) for one.
constexpr size_t kDepth = 2;

struct Worker {
  pid_t pid = -1;
  int fd = -1;  // the batch's end of the socket pair
  std::deque<Job> jobs;  // sent, in order; the first is the one under way
  std::chrono::steady_clock::time_point started;  // of the first job
  uint64_t size = 0;  // the outcome's body size, once its prefix is in
  size_t got = 0;     // bytes of the prefix, then of the body, so far
  std::string received;  // the outcome's body
};

// "was killed by signal 11 (Segmentation fault)", "exited with status 3".
std::string Cause(int status) {
  if (WIFSIGNALED(status)) {
    const int sig = WTERMSIG(status);
    return "was killed by signal " + std::to_string(sig) + " (" + strsignal(sig) + ")";
  }
  if (WIFEXITED(status)) return "exited with status " + std::to_string(WEXITSTATUS(status));
  return "stopped";
}

class Pool {
 public:
  // A finished input: its index and outcome.
  using Done = std::pair<size_t, Outcome>;

  Pool(int jobs, const std::function<Outcome(const Input&)>& work) : work_(work) {
    workers_.resize(static_cast<size_t>(jobs));
    for (Worker& w : workers_) Start(&w);
  }
  ~Pool() {
    for (Worker& w : workers_) Stop(&w, /*kill_it=*/false);
  }
  Pool(const Pool&) = delete;
  Pool& operator=(const Pool&) = delete;

  std::vector<Worker>& workers() { return workers_; }

  // Queues input `index` on worker `w` (which holds fewer than kDepth).
  void Send(Worker* w, size_t index, Input input) {
    if (w->jobs.empty()) w->started = std::chrono::steady_clock::now();
    // A failed send shows as the worker's end, read by Receive().
    RequestFor(input).Send(w->fd);
    w->jobs.push_back({index, std::move(input)});
  }

  // Reads what worker `w` has sent, adding each finished input to `*done`:
  // outcomes complete, or the input it died on (a new worker takes the rest).
  void Receive(Worker* w, std::vector<Done>* done) {
    for (;;) {
      const bool prefix = w->got < sizeof w->size;
      char* into = prefix ? reinterpret_cast<char*>(&w->size) + w->got
                          : w->received.data() + (w->got - sizeof w->size);
      const size_t want = prefix ? sizeof w->size - w->got : w->size - (w->got - sizeof w->size);
      if (want == 0) {
        if (!Complete(w, done)) return;
        continue;
      }
      const ssize_t n = recv(w->fd, into, want, MSG_DONTWAIT);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return;
      if (n <= 0) return Died(w, "the parser " + WaitFor(w) + "; nothing emitted for it", done);
      w->got += static_cast<size_t>(n);
      if (w->got == sizeof w->size) w->received.resize(w->size);
    }
  }

  // Stops worker `w` if its current input has run past `timeout`.
  void CheckTime(Worker* w, std::chrono::duration<double> timeout, double seconds,
                 std::vector<Done>* done) {
    if (w->jobs.empty() || std::chrono::steady_clock::now() - w->started <= timeout) return;
    kill(w->pid, SIGKILL);
    WaitFor(w);
    Died(w, "parsing took longer than " + Seconds(seconds) + " (--timeout); stopped, nothing emitted for it",
         done);
  }

 private:
  static std::string Seconds(double s) {
    return (s == std::floor(s) ? std::to_string(static_cast<long>(s)) : std::to_string(s)) + " s";
  }

  // The outcome in w->received: the first job's. False when garbled (the
  // worker is then stopped).
  bool Complete(Worker* w, std::vector<Done>* done) {
    Outcome o;
    if (w->jobs.empty() || !DecodeOutcome(w->received, &o)) {
      kill(w->pid, SIGKILL);  // not to be trusted further
      Died(w, "the parser " + WaitFor(w) + "; nothing emitted for it", done);
      return false;
    }
    done->emplace_back(w->jobs.front().index, std::move(o));
    w->jobs.pop_front();
    w->started = std::chrono::steady_clock::now();
    w->got = 0;
    w->received.clear();
    return true;
  }

  // Waits for the worker's end; how it ended.
  static std::string WaitFor(Worker* w) {
    int status = 0;
    while (waitpid(w->pid, &status, 0) < 0 && errno == EINTR) {
    }
    w->pid = -1;
    return Cause(status);
  }

  // The worker has ended (WaitFor): its first job stopped, `why`; a new
  // worker takes the jobs queued behind it.
  void Died(Worker* w, const std::string& why, std::vector<Done>* done) {
    close(w->fd);
    w->fd = -1;
    std::deque<Job> jobs = std::move(w->jobs);
    w->jobs.clear();
    if (!jobs.empty()) {
      Outcome o;
      o.file = jobs.front().input.name;
      o.err = "whereas: " + o.file + ": " + why + "\n";
      o.stopped = true;
      done->emplace_back(jobs.front().index, std::move(o));
      jobs.pop_front();
    }
    Start(w);
    for (Job& job : jobs) Send(w, job.index, std::move(job.input));
  }

  void Start(Worker* w) {
    int fds[2];
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) {
      throw std::runtime_error(std::string("cannot start a worker: ") + std::strerror(errno));
    }
    const pid_t pid = fork();
    if (pid < 0) throw std::runtime_error(std::string("cannot start a worker: ") + std::strerror(errno));
    if (pid == 0) {
      // The other workers' ends stay with the batch, so that each worker
      // sees its own end close.
      for (const Worker& other : workers_) {
        if (other.fd >= 0) close(other.fd);
      }
      close(fds[0]);
      ServeRequests(fds[1], work_);
    }
    close(fds[1]);
    w->pid = pid;
    w->fd = fds[0];
    w->got = 0;
    w->received.clear();
  }

  static void Stop(Worker* w, bool kill_it) {
    if (w->pid < 0) return;
    if (kill_it) kill(w->pid, SIGKILL);
    close(w->fd);  // an idle worker reads the end and leaves
    w->fd = -1;
    WaitFor(w);
  }

  const std::function<Outcome(const Input&)>& work_;
  std::vector<Worker> workers_;
};

}  // namespace

void RunInWorkers(const InputSource& next, int jobs, double timeout_seconds, size_t total,
                  bool progress, const std::function<Outcome(const Input&)>& work,
                  const std::function<void(Outcome&&)>& deliver) {
  Progress bar(progress, total);
  jobs = std::max(jobs, 1);
  Pool pool(jobs, work);
  const auto timeout = std::chrono::duration<double>(timeout_seconds);
  const size_t window = static_cast<size_t>(jobs) * 4;
  std::map<size_t, Outcome> finished;  // waiting for their turn
  std::vector<Pool::Done> done;
  size_t submitted = 0, delivered = 0, bytes = 0;
  bool more = true;
  std::vector<pollfd> polled;
  std::vector<Worker*> polled_workers;
  while (more || delivered < submitted) {
    // Idle workers first, then a second job each.
    for (size_t depth = 0; depth < kDepth; ++depth) {
      for (Worker& w : pool.workers()) {
        if (w.jobs.size() != depth || !more || submitted - delivered >= window) continue;
        Input input;
        more = next(&input);
        if (more) pool.Send(&w, submitted++, std::move(input));
      }
    }
    for (auto it = finished.find(delivered); it != finished.end(); it = finished.find(delivered)) {
      bytes += it->second.bytes;
      bar.Interrupt(it->second.out, it->second.err);
      deliver(std::move(it->second));
      finished.erase(it);
      bar.Update(++delivered, bytes);
    }
    if (!more && delivered == submitted) break;
    // Wait for an outcome, or for the first worker's time to run out.
    polled.clear();
    polled_workers.clear();
    int wait_ms = -1;
    const auto now = std::chrono::steady_clock::now();
    for (Worker& w : pool.workers()) {
      if (w.jobs.empty()) continue;
      polled.push_back({w.fd, POLLIN, 0});
      polled_workers.push_back(&w);
      if (timeout_seconds > 0) {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(w.started + timeout - now).count();
        const int ms = static_cast<int>(std::max<long long>(0, left) + 1);
        wait_ms = wait_ms < 0 ? ms : std::min(wait_ms, ms);
      }
    }
    if (polled.empty()) continue;  // the window is full of finished outcomes
    if (poll(polled.data(), polled.size(), wait_ms) < 0 && errno != EINTR) {
      throw std::runtime_error(std::string("poll: ") + std::strerror(errno));
    }
    done.clear();
    for (size_t k = 0; k < polled.size(); ++k) {
      if (polled[k].revents != 0) pool.Receive(polled_workers[k], &done);
      if (timeout_seconds > 0) pool.CheckTime(polled_workers[k], timeout, timeout_seconds, &done);
    }
    for (auto& [index, o] : done) finished.emplace(index, std::move(o));
  }
}

}  // namespace whereas::cli
