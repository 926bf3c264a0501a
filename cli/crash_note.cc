// Fatal-signal handlers that name the file being parsed.
#include "crash_note.h"

#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>

namespace whereas::cli {
namespace {

// Plain bytes in static thread-local storage: reading them is async-signal-
// safe, unlike a std::string's heap.
thread_local char current_file[512];

void Write(const char* s) {
  for (size_t n = std::strlen(s); n > 0;) {
    const ssize_t k = write(STDERR_FILENO, s, n);
    if (k <= 0) return;
    s += k;
    n -= static_cast<size_t>(k);
  }
}

extern "C" void OnFatalSignal(int sig) {
  if (current_file[0] != '\0') {
    Write("\nwhereas: ");
    Write(current_file);
    Write(": the parser crashed (");
    Write(sig == SIGSEGV   ? "SIGSEGV"
          : sig == SIGBUS  ? "SIGBUS"
          : sig == SIGFPE  ? "SIGFPE"
          : sig == SIGILL  ? "SIGILL"
                           : "SIGABRT");
    Write("); the batch stops here: run it with --isolate to go on past such a file\n");
  }
  // Ended by the signal as before, for the exit status and a core dump.
  signal(sig, SIG_DFL);
  raise(sig);
}

}  // namespace

void InstallCrashNote() {
  struct sigaction action {};
  action.sa_handler = OnFatalSignal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESETHAND;
  for (const int sig : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT}) sigaction(sig, &action, nullptr);
}

void NoteCurrentFile(std::string_view name) {
  const size_t n = std::min(name.size(), sizeof current_file - 1);
  std::memcpy(current_file, name.data(), n);
  current_file[n] = '\0';
}

}  // namespace whereas::cli
