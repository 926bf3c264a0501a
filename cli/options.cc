// argv -> Config, with Boost.Program_options.
#include "options.h"

#include <algorithm>
#include <boost/program_options.hpp>
#include <cstdlib>
#include <stdexcept>
#include <string_view>
#include <filesystem>
#include <fstream>
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
  std::string include = "*.txt,*.pdf,*.html,*.htm";
  std::string files_from;
  bool null_separated = false;
  int jobs = 0;
  bool no_progress = false;
  bool explain = false;
  bool isolate = false;
  bool no_isolate = false;
  double timeout = 0;
  std::string input = "text";
  std::string input_format = "auto";
  size_t max_bytes = size_t{256} << 20;
  int max_pages = 2000;
  std::string color = "auto";
};

// The options `command` takes (commands.cc says which), bound to `raw`.
po::options_description CommandOptions(Command command, RawArgs* raw) {
  po::options_description opts;
  size_t bound = 0;
  const auto add = [&](const char* names, auto make_value) {
    const std::string_view name = std::string_view(names).substr(0, std::string_view(names).find(','));
    const OptionInfo* info = FindOption(name);
    if (info == nullptr) throw std::logic_error("option --" + std::string(name) + " is in no table");
    if (!Takes(command, *info)) return;
    opts.add_options()(names, make_value(), "");
    ++bound;
  };
  add("format,f", [&] { return po::value(&raw->format); });
  add("output,o", [&] { return po::value(&raw->output); });
  add("kind,k", [&] { return po::value(&raw->kind); });
  add("grammars,g", [&] { return po::value(&raw->grammars_dir); });
  add("strict", [&] { return po::bool_switch(&raw->strict); });
  add("builtin", [&] { return po::bool_switch(&raw->builtin); });
  add("reference", [&] { return po::bool_switch(&raw->reference); });
  add("list-rules", [&] { return po::bool_switch(&raw->list_rules); });
  add("enable", [&] { return po::value(&raw->enable)->composing(); });
  add("disable", [&] { return po::value(&raw->disable)->composing(); });
  add("include", [&] { return po::value(&raw->include); });
  add("files-from", [&] { return po::value(&raw->files_from); });
  add("null,0", [&] { return po::bool_switch(&raw->null_separated); });
  add("jobs,j", [&] { return po::value(&raw->jobs); });
  add("no-progress", [&] { return po::bool_switch(&raw->no_progress); });
  add("explain", [&] { return po::bool_switch(&raw->explain); });
  add("isolate", [&] { return po::bool_switch(&raw->isolate); });
  add("no-isolate", [&] { return po::bool_switch(&raw->no_isolate); });
  add("timeout", [&] { return po::value(&raw->timeout); });
  add("input", [&] { return po::value(&raw->input); });
  add("input-format", [&] { return po::value(&raw->input_format); });
  add("max-bytes", [&] { return po::value(&raw->max_bytes); });
  add("max-pages", [&] { return po::value(&raw->max_pages); });
  add("color", [&] { return po::value(&raw->color); });
  // Every option of the table is bound above: a new one must be both.
  const auto taken = static_cast<size_t>(std::count_if(
      Options().begin(), Options().end(), [&](const OptionInfo& o) { return Takes(command, o); }));
  if (bound != taken) throw std::logic_error("an option of the table is not bound");
  opts.add_options()("file", po::value(&raw->inputs), "");
  return opts;
}

// Built-in grammars, then those of `dir`; a grammar with the name of a
// built-in one replaces it.
Result<std::vector<Grammar>> LoadGrammars(const std::string& dir) {
  // Only their names and detection rules compile here; the rest of each
  // when a document of its kind is first parsed.
  std::vector<Grammar> grammars = LoadBuiltinGrammars();
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
      auto text = ReadInput(f.string(), {.format = InputFormat::kText});
      if (!text) return Error{text.error().message, {}};
      add(LoadGrammar(text.value(), f.string()));
    }
  }
  if (!errors.empty()) return Error{"grammars failed to load", errors};
  return grammars;
}

}  // namespace

namespace {

// A step of MakeConfig(): nullopt, or why the arguments are refused.
using Refusal = std::optional<Error>;

// The names of the commands, for "did you mean".
std::vector<std::string> CommandNames() {
  std::vector<std::string> names;
  for (const CommandInfo& c : Commands()) names.emplace_back(c.name);
  names.emplace_back("help");
  return names;
}

// The command `first` names (help and version too).
Result<Command> CommandNamed(const std::string& first) {
  if (first == "--help" || first == "-h" || first == "help") return Command::kHelp;
  if (first == "--version" || first == "-V") return Command::kVersion;
  if (const CommandInfo* c = FindCommand(first)) return c->command;
  std::string message = "unknown command '" + first + "'";
  if (auto near = Nearest(first, CommandNames())) message += " (did you mean '" + *near + "'?)";
  return Error{message + "; see 'whereas --help'", {}};
}

// Why boost refused an option: not one of this command's, or no option.
Error UnknownOption(Command command, const po::unknown_option& e) {
  std::string typed = e.get_option_name();
  if (const size_t eq = typed.find('='); eq != std::string::npos) typed.resize(eq);  // --color=always
  std::string name = typed.substr(std::min(typed.size(), typed.find_first_not_of('-')));
  if (name.size() == 1) {  // a short name: -j
    for (const OptionInfo& o : Options()) {
      if (o.letter == name[0]) name = std::string(o.name);
    }
  }
  const std::string help = "see 'whereas " + std::string(Info(command).name) + " --help'";
  if (const OptionInfo* o = FindOption(name)) {
    return Error{std::string(Info(command).name) + " does not take '" + typed +
                     "' (an option of " + CommandsTaking(*o) + "); " + help, {}};
  }
  std::vector<std::string> names;
  for (const OptionInfo& o : Options()) {
    if (Takes(command, o)) names.push_back(std::string(o.name));
  }
  std::string message = "unknown option '" + typed + "'";
  if (auto near = Nearest(name, names)) message += " (did you mean '--" + *near + "'?)";
  return Error{message + "; " + help, {}};
}

// The command's arguments (argv[2...]) into `raw`; `*help` when asked.
Refusal ParseArguments(Command command, int argc, const char* const* argv, RawArgs* raw,
                       bool* help) {
  po::positional_options_description positional;
  positional.add("file", -1);
  po::variables_map vm;
  try {
    auto opts = CommandOptions(command, raw);
    opts.add_options()("help,h", "");
    po::store(po::command_line_parser(argc - 1, argv + 1).options(opts).positional(positional).run(),
              vm);
    po::notify(vm);
  } catch (const po::unknown_option& e) {
    return UnknownOption(command, e);
  } catch (const po::error& e) {
    return Error{std::string(e.what()) + "; see 'whereas " + std::string(Info(command).name) +
                     " --help'", {}};
  }
  *help = vm.count("help") > 0;
  return std::nullopt;
}

// Each command has its formats; the first is the default.
Refusal SetFormat(RawArgs* raw, Config* config) {
  static const std::map<std::string, Format> kFormats = {
      {"text", Format::kText}, {"yaml", Format::kYaml}, {"json", Format::kJson},
      {"ndjson", Format::kNdjson}, {"sarif", Format::kSarif}, {"csv", Format::kCsv}};
  const std::vector<std::string> allowed = Choices(config->command, "format");
  if (allowed.empty()) return std::nullopt;  // detect, lint: one format of their own
  // NDJSON records in, NDJSON records out, unless another format is asked.
  if (raw->format.empty()) raw->format = raw->input == "ndjson" ? "ndjson" : allowed.front();
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

// Colour for diagnostics on a terminal, unless NO_COLOR (no-color.org) or
// a dumb terminal says otherwise.
Refusal SetColor(const RawArgs& raw, Config* config) {
  if (raw.color == "always") {
    config->color = true;
  } else if (raw.color == "never") {
    config->color = false;
  } else if (raw.color == "auto") {
    const char* no_color = std::getenv("NO_COLOR");
    const char* term = std::getenv("TERM");
    config->color = raw.output.empty() && isatty(1) != 0 &&
                    (no_color == nullptr || *no_color == '\0') &&
                    !(term != nullptr && std::string_view(term) == "dumb");
  } else {
    return Error{"unknown --color '" + raw.color + "' (use auto, always, never)", {}};
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
  config->include.clear();
  for (size_t start = 0; start <= raw.include.size();) {
    const size_t end = std::min(raw.include.find(',', start), raw.include.size());
    if (end > start) config->include.push_back(raw.include.substr(start, end - start));
    start = end + 1;
  }
  if (config->include.empty()) return Error{"--include takes a glob, or several separated by commas", {}};
  if (!raw.files_from.empty()) config->files_from = raw.files_from;
  config->null_separated = raw.null_separated;
  if (raw.jobs < 0) return Error{"-j takes a number of threads, 0 for one per core", {}};
  config->jobs = raw.jobs > 0 ? raw.jobs
                              : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  config->progress = !raw.no_progress && isatty(2) != 0;
  config->explain = raw.explain;
  if (raw.input != "text" && raw.input != "ndjson") {
    return Error{"unknown input format '" + raw.input + "' (use text or ndjson)", {}};
  }
  config->ndjson_input = raw.input == "ndjson";
  static const std::map<std::string, std::optional<InputFormat>> kFormats = {
      {"auto", std::nullopt}, {"text", InputFormat::kText}, {"pdf", InputFormat::kPdf},
      {"html", InputFormat::kHtml}};
  const auto format = kFormats.find(raw.input_format);
  if (format == kFormats.end()) {
    return Error{"unknown --input-format '" + raw.input_format + "' (use auto, text, pdf or html)", {}};
  }
  config->input_format = format->second;
  if (raw.max_pages < 1) return Error{"--max-pages must be at least 1", {}};
  config->max_pages = raw.max_pages;
  if (config->ndjson_input) {
    if (config->command != Command::kParse) return Error{"--input ndjson is for parse", {}};
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
  if (config.command == Command::kHelp && argc > 2) {
    // help COMMAND
    const Result<Command> topic = CommandNamed(argv[2]);
    if (!topic) return topic.error();
    if (topic.value() != Command::kHelp && topic.value() != Command::kVersion) {
      config.help_topic = topic.value();
    }
  }
  if (config.command == Command::kHelp || config.command == Command::kVersion) return config;
  RawArgs raw;
  bool help = false;
  if (Refusal r = ParseArguments(config.command, argc, argv, &raw, &help)) return std::move(*r);
  if (help) {
    config.help_topic = config.command;
    config.command = Command::kHelp;
    return config;
  }
  if (Refusal r = SetColor(raw, &config)) return std::move(*r);
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
  // `text` reads documents and parses none: compiling the grammars would be
  // most of its start.
  if (config.command == Command::kText) return config;
  if (Refusal r = SetGrammars(raw, &config)) return std::move(*r);
  return config;
}

}  // namespace whereas::cli
