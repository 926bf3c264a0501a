// Without worker processes a crash ends the batch: at least say which file
// did it and how to go on past it.
#ifndef WHEREAS_CLI_CRASH_NOTE_H_
#define WHEREAS_CLI_CRASH_NOTE_H_

#include <string_view>

namespace whereas::cli {

// Installs handlers for the fatal signals (SIGSEGV, SIGBUS, SIGFPE, SIGILL,
// SIGABRT) that write "whereas: FILE: crashed ..." for the file the
// crashing thread was on, then let the signal end the process as before.
void InstallCrashNote();

// The file this thread is on now ("" when none); kept, cut to 511 bytes,
// for the handler, which may read only what is already in place.
void NoteCurrentFile(std::string_view name);

}  // namespace whereas::cli

#endif  // WHEREAS_CLI_CRASH_NOTE_H_
