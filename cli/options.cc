// argv -> Config, with Boost.Program_options.
#include "options.h"

#include <boost/program_options.hpp>
#include <filesystem>
#include <fstream>
#include <future>
#include <map>
#include <sstream>
#include <thread>

#include <unistd.h>

#include "input.h"
#include "whereas/check.h"

namespace po = boost::program_options;
namespace fs = std::filesystem;

namespace whereas::cli {
namespace {

struct RawArgs {
  std::vector<std::string> inputs;
  std::string format;
  std::string output;
  std::string kind;
  std::string grammars_dir;
  bool strict = false;
  bool builtin = false;
  bool reference = false;
  bool list_rules = false;
  std::vector<std::string> enable;
  std::vector<std::string> disable;
  std::string include = "*.txt";
  std::string files_from;
  bool null_separated = false;
  int jobs = 0;
  bool no_progress = false;
  bool isolate = false;
  bool no_isolate = false;
  double timeout = 0;
  std::string input = "text";
  size_t max_bytes = size_t{256} << 20;
};

po::options_description CommandOptions(RawArgs* raw) {
  po::options_description opts;
  opts.add_options()
      ("format,f", po::value(&raw->format), "")
      ("output,o", po::value(&raw->output), "")
      ("kind,k", po::value(&raw->kind), "")
      ("grammars,g", po::value(&raw->grammars_dir), "")
      ("strict", po::bool_switch(&raw->strict), "")
      ("builtin", po::bool_switch(&raw->builtin), "")
      ("reference", po::bool_switch(&raw->reference), "")
      ("list-rules", po::bool_switch(&raw->list_rules), "")
      ("enable", po::value(&raw->enable)->composing(), "")
      ("disable", po::value(&raw->disable)->composing(), "")
      ("include", po::value(&raw->include), "")
      ("files-from", po::value(&raw->files_from), "")
      ("null,0", po::bool_switch(&raw->null_separated), "")
      ("jobs,j", po::value(&raw->jobs), "")
      ("no-progress", po::bool_switch(&raw->no_progress), "")
      ("isolate", po::bool_switch(&raw->isolate), "")
      ("no-isolate", po::bool_switch(&raw->no_isolate), "")
      ("timeout", po::value(&raw->timeout), "")
      ("input", po::value(&raw->input), "")
      ("max-bytes", po::value(&raw->max_bytes), "")
      ("file", po::value(&raw->inputs), "");
  return opts;
}

// Built-in grammars, then those of `dir`; a grammar with the name of a
// built-in one replaces it.
Result<std::vector<Grammar>> LoadGrammars(const std::string& dir) {
  std::vector<Grammar> grammars;
  std::vector<std::string> errors;
  const auto add = [&](Result<Grammar> g) {
    if (!g) {
      errors.insert(errors.end(), g.error().diagnostics.begin(),
                    g.error().diagnostics.end());
      return;
    }
    for (Grammar& existing : grammars) {
      if (existing.name() == g.value().name()) {
        existing = std::move(g).value();
        return;
      }
    }
    grammars.push_back(std::move(g).value());
  };
  // Compiling the patterns is most of a run's start: the built-in grammars
  // compile at once, one thread each, and are taken in their order.
  std::vector<std::future<Result<Grammar>>> builtins;
  for (const GrammarSource& s : BuiltinGrammarSources()) {
    builtins.push_back(std::async(std::launch::async, [&s] { return LoadGrammar(s.text, s.file_name); }));
  }
  for (auto& g : builtins) add(g.get());
  if (!dir.empty()) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
      return Error{dir + ": not a directory", {}};
    }
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
      if (entry.path().extension() == ".yaml") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) {
      auto text = ReadInput(f.string());
      if (!text) return Error{text.error().message, {}};
      add(LoadGrammar(text.value(), f.string()));
    }
  }
  if (!errors.empty()) return Error{"grammars failed to load", errors};
  return grammars;
}

}  // namespace

std::string HelpText() {
  return R"(whereas - plain-text statutory documents to typed, checkable data

Usage:
  whereas parse [OPTIONS] [FILE|-]...   parse documents into records
  whereas check [OPTIONS] [FILE|-]...   report numbering faults as
                                        FILE:LINE:COL: SEVERITY: MESSAGE [RULE]
  whereas deadlines [OPTIONS] [FILE|-]...
                                        one row per deadline, by due date:
                                        FILE DUE END TYPE PERIOD PATH TEXT
  whereas detect [OPTIONS] [FILE|-]...  print FILE<TAB>KIND<TAB>CONFIDENCE
  whereas lint [--strict] [--builtin] [--reference] [GRAMMAR.yaml]...
                                        check grammar files
  whereas --help | -h                   this text
  whereas --version                     the version

With no FILE, or FILE "-", standard input is read. A FILE that is a
directory stands for the files below it.

Options:
  -f, --format FORMAT             parse: yaml (default; a stream of documents
                                  separated by "---"), json (one document, or
                                  an array of several), ndjson (one JSON
                                  object per line); check: text (default),
                                  yaml, json, sarif (SARIF 2.1.0); deadlines:
                                  text (default: tab-separated, with a
                                  header row), yaml, json
  -o, --output FILE               write to FILE (via a temporary file and a
                                  rename, so FILE is never left half-written)
  -k, --kind NAME                 use grammar NAME instead of detecting it
  -g, --grammars DIR              also load DIR/*.yaml; a grammar named like a
                                  built-in one replaces it
  -j, --jobs N                    parse N files at once (default: one per
                                  core); output keeps the input order
      --include GLOB              files taken from a directory (walked
                                  recursively, sorted by path) must match
                                  GLOB (default *.txt)
      --files-from FILE           also read the paths listed in FILE ("-":
                                  standard input), one per line
  -0, --null                      --files-from paths are NUL-separated
                                  (find -print0)
      --input text|ndjson         parse: ndjson reads records
                                  {"source": ..., "text": ...} from standard
                                  input and writes NDJSON (a mapper for
                                  Hadoop Streaming, Spark pipe, GNU parallel)
      --max-bytes N               refuse inputs larger than N bytes
                                  (default 268435456, 256 MiB)
      --isolate                   parse each document in a worker process, so
                                  that a crash or a runaway costs that
                                  document only (named on standard error,
                                  exit status 1); about a quarter slower
      --timeout SECONDS           stop a document that takes longer (implies
                                  --isolate; default: no limit)
      --no-progress               no progress line (it is drawn on standard
                                  error only when that is a terminal and
                                  there are several inputs)
      --strict                    lint: warnings count as errors
      --builtin                   lint: check the built-in grammars
      --reference                 lint: print every key a grammar file may
                                  hold, with its type and meaning (Markdown)
      --list-rules                check: list the rules, their severity and
                                  meaning
      --enable RULE               check: report RULE too (notes are off by
                                  default); may be repeated
      --disable RULE              check: do not report RULE; may be repeated
      --strict                    check: warnings make the exit status 1

Kinds built in: direction, committee-report, commissioner-report.

Errors go to standard error as "whereas: FILE: what went wrong"; the other
inputs are still processed.

Exit status:
  0  every input was read and parsed (check: no error; lint: no problem)
  1  some input had problems (unreadable, binary, of no known kind) but the
     rest was emitted (check: an error was found, or a warning with
     --strict; lint: problems found)
  2  usage error, a grammar that does not load, or no input could be read
)";
}

namespace {

// A step of MakeConfig(): nullopt, or why the arguments are refused.
using Refusal = std::optional<Error>;

// The command `first` names (help and version too).
Result<Command> CommandNamed(const std::string& first) {
  if (first == "--help" || first == "-h" || first == "help") return Command::kHelp;
  if (first == "--version" || first == "-V") return Command::kVersion;
  static const std::map<std::string, Command> kCommands = {
      {"parse", Command::kParse},
      {"detect", Command::kDetect},
      {"check", Command::kCheck},
      {"deadlines", Command::kDeadlines},
      {"lint", Command::kLint}};
  const auto it = kCommands.find(first);
  if (it == kCommands.end()) {
    return Error{"unknown command '" + first + "'; see 'whereas --help'", {}};
  }
  return it->second;
}

// The command's arguments (argv[2...]) into `raw`; `*help` when asked.
Refusal ParseArguments(int argc, const char* const* argv, RawArgs* raw, bool* help) {
  po::positional_options_description positional;
  positional.add("file", -1);
  po::variables_map vm;
  try {
    auto opts = CommandOptions(raw);
    opts.add_options()("help,h", "");
    po::store(po::command_line_parser(argc - 1, argv + 1).options(opts).positional(positional).run(),
              vm);
    po::notify(vm);
  } catch (const po::error& e) {
    return Error{std::string(e.what()) + "; see 'whereas --help'", {}};
  }
  *help = vm.count("help") > 0;
  return std::nullopt;
}

// Each command has its formats; the first is the default.
Refusal SetFormat(RawArgs* raw, Config* config) {
  static const std::map<std::string, Format> kFormats = {
      {"text", Format::kText}, {"yaml", Format::kYaml}, {"json", Format::kJson},
      {"ndjson", Format::kNdjson}, {"sarif", Format::kSarif}};
  const std::vector<std::string> allowed =
      config->command == Command::kCheck       ? std::vector<std::string>{"text", "yaml", "json", "sarif"}
      : config->command == Command::kDeadlines ? std::vector<std::string>{"text", "yaml", "json"}
                                               : std::vector<std::string>{"yaml", "json", "ndjson"};
  if (raw->format.empty()) raw->format = allowed.front();
  if (std::find(allowed.begin(), allowed.end(), raw->format) == allowed.end()) {
    std::string list;
    for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
    return Error{"unknown format '" + raw->format + "' (use " + list + ")", {}};
  }
  config->format = kFormats.at(raw->format);
  return std::nullopt;
}

// check: the rules reported, the defaults with --enable and --disable.
Refusal SetRules(const RawArgs& raw, Config* config) {
  config->list_rules = raw.list_rules;
  for (const CheckRule& r : CheckRules()) {
    if (r.on_by_default) config->rules.insert(std::string(r.id));
  }
  for (const auto* names : {&raw.enable, &raw.disable}) {
    for (const std::string& id : *names) {
      if (!FindCheckRule(id)) {
        return Error{"unknown rule '" + id + "'; see 'whereas check --list-rules'", {}};
      }
      if (names == &raw.enable) {
        config->rules.insert(id);
      } else {
        config->rules.erase(id);
      }
    }
  }
  return std::nullopt;
}

// Inputs, workers and limits of a batch.
Refusal SetBatch(const RawArgs& raw, Config* config) {
  if (!raw.output.empty()) config->output = raw.output;
  config->kind = raw.kind;
  config->strict = raw.strict;
  config->builtin = raw.builtin;
  config->reference = raw.reference;
  config->inputs = raw.inputs;
  config->include = raw.include;
  if (!raw.files_from.empty()) config->files_from = raw.files_from;
  config->null_separated = raw.null_separated;
  if (raw.jobs < 0) return Error{"-j takes a number of threads, 0 for one per core", {}};
  config->jobs = raw.jobs > 0 ? raw.jobs
                              : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  config->progress = !raw.no_progress && isatty(2) != 0;
  if (raw.input != "text" && raw.input != "ndjson") {
    return Error{"unknown input format '" + raw.input + "' (use text or ndjson)", {}};
  }
  config->ndjson_input = raw.input == "ndjson";
  if (config->ndjson_input) {
    if (config->command != Command::kParse) return Error{"--input ndjson is for parse", {}};
    config->format = Format::kNdjson;  // records in, records out
  }
  if (raw.max_bytes == 0) return Error{"--max-bytes must be at least 1", {}};
  if (raw.isolate && raw.no_isolate) return Error{"--isolate and --no-isolate exclude each other", {}};
  if (!(raw.timeout >= 0)) return Error{"--timeout takes a number of seconds, 0 for none", {}};
  if (raw.timeout > 0 && raw.no_isolate) {
    return Error{"--timeout needs worker processes; it cannot go with --no-isolate", {}};
  }
  config->timeout = raw.timeout;
  config->isolate = raw.isolate || raw.timeout > 0;
  config->max_bytes = raw.max_bytes;
  return std::nullopt;
}

// The grammars (built-in, then --grammars), the detector, and --kind.
Refusal SetGrammars(const RawArgs& raw, Config* config) {
  auto grammars = LoadGrammars(raw.grammars_dir);
  if (!grammars) return grammars.error();
  config->grammars = std::move(grammars).value();
  config->detector = std::make_shared<const Detector>(config->grammars);
  if (config->kind.empty()) return std::nullopt;
  const bool known = std::any_of(config->grammars.begin(), config->grammars.end(),
                                 [&](const Grammar& g) { return g.name() == config->kind; });
  if (known) return std::nullopt;
  std::string names;
  for (const Grammar& g : config->grammars) names += " " + g.name();
  return Error{"unknown kind '" + config->kind + "' (known:" + names + ")", {}};
}

}  // namespace

Result<Config> MakeConfig(int argc, const char* const* argv) {
  Config config;
  if (argc < 2) return Error{"no command given; see 'whereas --help'", {}};
  const Result<Command> command = CommandNamed(argv[1]);
  if (!command) return command.error();
  config.command = command.value();
  if (config.command == Command::kHelp || config.command == Command::kVersion) return config;
  RawArgs raw;
  bool help = false;
  if (Refusal r = ParseArguments(argc, argv, &raw, &help)) return std::move(*r);
  if (help) {
    config.command = Command::kHelp;
    return config;
  }
  if (Refusal r = SetFormat(&raw, &config)) return std::move(*r);
  if (Refusal r = SetRules(raw, &config)) return std::move(*r);
  if (Refusal r = SetBatch(raw, &config)) return std::move(*r);
  if (config.command == Command::kCheck && config.list_rules) return config;
  if (config.command == Command::kLint) {
    if (config.inputs.empty() && !config.builtin && !config.reference) {
      return Error{"lint needs grammar files, --builtin or --reference", {}};
    }
    return config;
  }
  if (config.inputs.empty() && !config.files_from && !config.ndjson_input) {
    config.inputs.push_back("-");
  }
  if (Refusal r = SetGrammars(raw, &config)) return std::move(*r);
  return config;
}

}  // namespace whereas::cli
