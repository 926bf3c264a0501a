// Batches: inputs expanded from paths, directories and lists; work run on N
// threads; outcomes delivered in input order.
#ifndef WHEREAS_CLI_BATCH_H_
#define WHEREAS_CLI_BATCH_H_

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "options.h"
#include "whereas/document.h"

namespace whereas::cli {

// One document to process: a path to read ("-": standard input), or text
// given inline (an NDJSON input record).
struct Input {
  std::string name;
  std::optional<std::string> text;
};

// The inputs of `config` in order: each FILE as given, each directory walked
// recursively (files matching --include, sorted by path), then the paths of
// --files-from (newline- or, with -0, NUL-separated). A path that does not
// exist is kept, so reading it reports it in its place. Fails only when the
// --files-from list cannot be read.
Result<std::vector<std::string>> ExpandInputs(const Config& config);

// What processing one input produced.
struct Outcome {
  std::string file;  // the input's name
  std::string out;  // for standard output (or -o), in input order
  std::string err;  // for standard error, in input order
  bool unreadable = false;
  bool unknown = false;
  // The parse crashed or ran out of time in a worker process (workers.h);
  // nothing was emitted for the input.
  bool stopped = false;
  size_t bytes = 0;  // input size, for progress
  // Records a command gathers across the batch (check, deadlines).
  std::vector<Diagnostic> diagnostics;
  std::vector<Deadline> deadlines;
};

// Produces the next input; returns false when there are no more.
using InputSource = std::function<bool(Input*)>;

// Runs `work` on each input of `next` with `jobs` threads (the calling
// thread only reads inputs and delivers outcomes) and calls `deliver` with
// each outcome in input order, as soon as it and all before it are done. At
// most 4 * jobs documents are in flight, so memory does not grow with the
// number of inputs. `total` (0 if unknown) feeds the progress line, drawn on
// standard error when `progress` is set.
void RunBatch(const InputSource& next, int jobs, size_t total, bool progress,
              const std::function<Outcome(const Input&)>& work,
              const std::function<void(Outcome&&)>& deliver);

}  // namespace whereas::cli

#endif  // WHEREAS_CLI_BATCH_H_
