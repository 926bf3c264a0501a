// Batches in worker processes: a crash, an abort or a runaway parse costs
// the document that caused it, never the rest of the batch (the isolation
// Apache Tika's ForkParser gives its parsers).
#ifndef WHEREAS_CLI_WORKERS_H_
#define WHEREAS_CLI_WORKERS_H_

#include <cstddef>
#include <functional>

#include "batch.h"

namespace whereas::cli {

// RunBatch() with `jobs` worker processes forked from this one (so the
// compiled grammars are shared, not built again) instead of threads. Each
// input goes to an idle worker, which runs `work` on it and sends the
// Outcome back. A worker that dies (a signal, an abort) or takes longer than
// `timeout_seconds` on one input (0: no limit; it is then killed) gives that
// input an Outcome with `stopped` set and a message naming the file and the
// cause; a new worker takes its place. Outcomes reach `deliver` in input
// order, at most 4 * jobs in flight. Must be called with no other thread
// running: fork() copies only the calling thread.
void RunInWorkers(const InputSource& next, int jobs, double timeout_seconds, size_t total,
                  bool progress, const std::function<Outcome(const Input&)>& work,
                  const std::function<void(Outcome&&)>& deliver);

}  // namespace whereas::cli

#endif  // WHEREAS_CLI_WORKERS_H_
