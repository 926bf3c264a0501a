// Command-line arguments -> a typed Config (raw strings are checked here,
// once, so the commands work only with valid settings).
#ifndef WHEREAS_CLI_OPTIONS_H_
#define WHEREAS_CLI_OPTIONS_H_

#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "commands.h"
#include "whereas/whereas.h"

namespace whereas::cli {

enum class Format { kText, kYaml, kJson, kNdjson, kSarif, kCsv };

struct Config {
  Command command = Command::kHelp;
  // kHelp: the command whose help is asked for, or nullopt for the list.
  std::optional<Command> help_topic;
  std::vector<std::string> inputs;  // "-" is standard input
  Format format = Format::kYaml;
  std::optional<std::string> output;  // -o FILE
  std::string kind;                   // --kind, "" to detect
  std::vector<Grammar> grammars;      // built-in, then --grammars DIR
  std::shared_ptr<const Detector> detector;  // of `grammars`
  bool strict = false;                // lint: warnings are errors
  bool builtin = false;               // lint: the built-in grammars
  bool reference = false;             // lint: print the grammar reference
  std::set<std::string> rules;        // check: the rules reported
  bool color = false;                 // check, lint: colour the diagnostics
  bool list_rules = false;            // check: print the rules and stop
  // Batches.
  // Files taken from directories: a name matching one of these globs.
  std::vector<std::string> include = {"*.txt", "*.pdf", "*.html", "*.htm"};
  std::optional<std::string> files_from;  // a list of paths ("-": stdin)
  bool null_separated = false;            // -0: the list is NUL-separated
  int jobs = 1;                           // worker threads
  bool progress = false;                  // draw a progress line
  bool ndjson_input = false;              // --input ndjson
  bool explain = false;                   // detect: print the evidence
  // --input-format: what every input is; nullopt (auto) tells each by its
  // content (SniffFormat).
  std::optional<InputFormat> input_format;
  size_t max_bytes = size_t{256} << 20;   // larger inputs are refused
  int max_pages = 2000;                   // PDFs of more pages are refused
  // Each document is parsed in a worker process (workers.h), so a crash or
  // a runaway costs that document only; `timeout` seconds per document
  // (0: none) then stops a runaway.
  bool isolate = false;
  double timeout = 0;
};

// Exit statuses, as documented in --help.
constexpr int kExitOk = 0;
constexpr int kExitFindings = 1;  // some input had problems; the rest ran
constexpr int kExitFailure = 2;   // usage error, bad grammar, no input read

// Parses argv. On a usage error or a grammar that does not load, returns an
// Error whose message and diagnostics say why.
Result<Config> MakeConfig(int argc, const char* const* argv);

}  // namespace whereas::cli

#endif  // WHEREAS_CLI_OPTIONS_H_
