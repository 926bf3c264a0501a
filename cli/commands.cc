// The command and option tables, and the help made from them.
#include "commands.h"

#include <algorithm>
#include <sstream>

namespace whereas::cli {
namespace {

using C = Command;

// The commands that read documents share the batch options.
const std::vector<Command> kReaders = {C::kParse, C::kCheck, C::kDeadlines, C::kDetect, C::kText};
const std::vector<Command> kParsers = {C::kParse, C::kCheck, C::kDeadlines};

constexpr size_t kWidth = 79;       // of the help text
constexpr size_t kTextColumn = 32;  // where an option's meaning starts

// `text` wrapped at kWidth, every line after the first indented by `indent`
// (the first starts at `column`).
std::string Wrap(std::string_view text, size_t column, size_t indent) {
  std::string out;
  size_t at = column;
  bool first = true;
  std::istringstream words{std::string(text)};
  std::string word;
  while (words >> word) {
    if (!first && at + 1 + word.size() > kWidth) {
      out += '\n' + std::string(indent, ' ');
      at = indent;
    } else if (!first) {
      out += ' ';
      ++at;
    }
    out += word;
    at += word.size();
    first = false;
  }
  return out;
}

std::string OptionRow(const OptionInfo& o, std::string_view text) {
  std::string left = o.letter ? std::string("  -") + o.letter + ", " : std::string(6, ' ');
  left += "--" + std::string(o.name);
  if (!o.value.empty()) left += " " + std::string(o.value);
  if (left.size() + 2 > kTextColumn) {
    return left + "\n" + std::string(kTextColumn, ' ') + Wrap(text, kTextColumn, kTextColumn) + "\n";
  }
  left.resize(kTextColumn, ' ');
  return left + Wrap(text, kTextColumn, kTextColumn) + "\n";
}

constexpr std::string_view kExitStatus = R"(Exit status:
  0  every input was read and parsed (check: no error; lint: no problem)
  1  some input had problems (unreadable, binary, of no known kind, or a fault
     in its parse under --isolate) but the rest was emitted (check: an error
     was found, or a warning with --strict; lint: problems found)
  2  a usage error, a grammar that does not load, or no input could be read
)";

}  // namespace

const std::vector<CommandInfo>& Commands() {
  static const std::vector<CommandInfo> kCommands = {
      {C::kParse, "parse", "[OPTIONS] [FILE|-]...", "parse documents into records",
       "Parses each document into records (recitals, clauses, recommendations, annexes, "
       "deadlines, dates, definitions, metadata, diagnostics; docs/output.md) and writes "
       "them in input order. Directories stand for the files below them; with no FILE, or "
       "FILE \"-\", standard input is read."},
      {C::kCheck, "check", "[OPTIONS] [FILE|-]...",
       "report numbering faults as FILE:LINE:COL: SEVERITY: MESSAGE [RULE]",
       "Reads each document as parse does and reports its numbering faults (gaps, "
       "duplicates, order, wrong case, lost labels...) on standard output as "
       "FILE:LINE:COL: SEVERITY: MESSAGE [RULE], then a summary on standard error."},
      {C::kDeadlines, "deadlines", "[OPTIONS] [FILE|-]...",
       "one row per deadline, by due date: FILE DUE END TYPE PERIOD PATH TEXT",
       "Reads each document as parse does and lists every deadline of the batch, sorted "
       "by due date (undated last): tab-separated with a header row, or as records."},
      {C::kDetect, "detect", "[OPTIONS] [FILE|-]...", "print FILE<TAB>KIND<TAB>CONFIDENCE",
       "Tells the kind of each document: one line FILE<TAB>KIND<TAB>CONFIDENCE, the kind "
       "\"unknown\" when no grammar reaches a confidence of 0.5."},
      {C::kText, "text", "[OPTIONS] [FILE|-]...", "print the text whereas reads in each file",
       "Prints the text of each document as whereas reads it, in input order: a PDF's lines "
       "rebuilt from its words' positions (a form feed after each page), an HTML page's "
       "blocks as lines with its lists numbered, text as it is. Every record's line number "
       "counts in this text."},
      {C::kLint, "lint", "[OPTIONS] [GRAMMAR.yaml]...", "check grammar files",
       "Loads each grammar file as parse would and reports every problem (YAML errors, "
       "unknown or missing keys, values of the wrong type, patterns RE2 rejects, examples "
       "that do not hold) as FILE:LINE:COL: SEVERITY: MESSAGE [RULE]."},
  };
  return kCommands;
}

const CommandInfo* FindCommand(std::string_view name) {
  for (const CommandInfo& c : Commands()) {
    if (c.name == name) return &c;
  }
  return nullptr;
}

const CommandInfo& Info(Command command) {
  for (const CommandInfo& c : Commands()) {
    if (c.command == command) return c;
  }
  return Commands().front();  // help and version have no entry of their own
}

const std::vector<OptionInfo>& Options() {
  static const std::vector<OptionInfo> kOptions = {
      {"format", 'f', "FORMAT", false,
       {{{C::kParse},
         "yaml (default; a stream of documents separated by \"---\"), json (one document, "
         "or an array of several), ndjson (one JSON object per line), csv (one row per "
         "item: source, kind, zone, path, label, style, heading, text, line, tail)",
         "yaml json ndjson csv"},
        {{C::kCheck}, "text (default), yaml, json, sarif (SARIF 2.1.0)", "text yaml json sarif"},
        {{C::kDeadlines},
         "text (default: tab-separated, with a header row), yaml, json, csv (source, due, "
         "end, type, period, anchor, path, text, line)",
         "text yaml json csv"}}},
      {"output", 'o', "FILE", true,
       {{kReaders, "write to FILE (via a temporary file and a rename, so FILE is never left "
                   "half-written)"}}},
      {"kind", 'k', "NAME", false,
       {{kParsers, "use grammar NAME instead of detecting the kind",
         "direction committee-report commissioner-report explanatory-memorandum"}}},
      {"grammars", 'g', "DIR", true,
       {{{C::kParse, C::kCheck, C::kDeadlines, C::kDetect}, "also load DIR/*.yaml; a grammar named like a built-in one replaces it"}}},
      {"jobs", 'j', "N", false,
       {{kReaders, "read N files at once (default: one per core); the output keeps the "
                   "input order and is the same for any N"}}},
      {"include", 0, "GLOB[,GLOB]...", false,
       {{kReaders, "files taken from a directory (walked recursively, sorted by path) must "
                   "match one of the GLOBs (default *.txt,*.pdf,*.html,*.htm)"}}},
      {"files-from", 0, "FILE", true,
       {{kReaders, "also read the paths listed in FILE (\"-\": standard input), one per line"}}},
      {"null", '0', "", false, {{kReaders, "--files-from paths are NUL-separated (find -print0)"}}},
      {"input", 0, "text|ndjson", false,
       {{{C::kParse},
         "ndjson reads records {\"source\": ..., \"text\": ...} from standard input and "
         "writes NDJSON (a mapper for Hadoop Streaming, Spark pipe, GNU parallel)",
         "text ndjson"}}},
      {"input-format", 0, "FORMAT", false,
       {{kReaders,
         "auto (default): each input is a PDF, an HTML page or text as its content says "
         "(\"%PDF-\", a doctype or <html>), never its name; text, pdf, html: every input is "
         "read as that",
         "auto text pdf html"}}},
      {"max-bytes", 0, "N", false,
       {{kReaders, "refuse inputs larger than N bytes (default 268435456, 256 MiB)"}}},
      {"max-pages", 0, "N", false,
       {{kReaders, "refuse PDFs of more than N pages (default 2000)"}}},
      {"isolate", 0, "", false,
       {{kReaders, "read each document in a worker process, so that a crash or a runaway "
                   "costs that document only (named on standard error, exit status 1); "
                   "about a fifth slower"}}},
      {"no-isolate", 0, "", false, {{kReaders, "threads only (the default)"}}},
      {"timeout", 0, "SECONDS", false,
       {{kReaders, "stop a document that takes longer (implies --isolate; default: no limit)"}}},
      {"explain", 0, "", false,
       {{{C::kDetect},
         "after each row, every kind's score and the detection rules that matched, each with "
         "its weight and the first line it matched"}}},
      {"no-progress", 0, "", false,
       {{kReaders, "no progress line (it is drawn on standard error only when that is a "
                   "terminal and there are several inputs)"}}},
      {"color", 0, "WHEN", false,
       {{{C::kCheck, C::kLint},
         "colour the diagnostics: auto (default: when standard output is a terminal and "
         "NO_COLOR is not set), always, never",
         "auto always never"}}},
      {"list-rules", 0, "", false, {{{C::kCheck}, "list the rules, their severity and meaning"}}},
      {"enable", 0, "RULE", false,
       {{{C::kCheck}, "report RULE too (notes are off by default); may be repeated"}}},
      {"disable", 0, "RULE", false, {{{C::kCheck}, "do not report RULE; may be repeated"}}},
      {"strict", 0, "", false,
       {{{C::kCheck}, "warnings make the exit status 1"},
        {{C::kLint}, "warnings count as problems"}}},
      {"builtin", 0, "", false, {{{C::kLint}, "check the built-in grammars"}}},
      {"reference", 0, "", false,
       {{{C::kLint}, "print every key a grammar file may hold, with its type and meaning "
                     "(Markdown)"}}},
  };
  return kOptions;
}

const OptionInfo* FindOption(std::string_view name) {
  for (const OptionInfo& o : Options()) {
    if (o.name == name) return &o;
  }
  return nullptr;
}

bool Takes(Command command, const OptionInfo& option) {
  return std::any_of(option.help.begin(), option.help.end(), [&](const OptionHelp& h) {
    return std::find(h.commands.begin(), h.commands.end(), command) != h.commands.end();
  });
}

std::vector<std::string> Choices(Command command, std::string_view option) {
  std::vector<std::string> out;
  const OptionInfo* o = FindOption(option);
  if (o == nullptr) return out;
  for (const OptionHelp& h : o->help) {
    if (std::find(h.commands.begin(), h.commands.end(), command) == h.commands.end()) continue;
    std::istringstream words{std::string(h.choices)};
    for (std::string word; words >> word;) out.push_back(word);
  }
  return out;
}

std::string CommandsTaking(const OptionInfo& option) {
  std::string out;
  for (const CommandInfo& c : Commands()) {
    if (Takes(c.command, option)) out += (out.empty() ? "" : ", ") + std::string(c.name);
  }
  return out;
}

std::string GeneralHelp() {
  std::string out = "whereas - published government documents to typed, checkable data\n\nUsage:\n";
  for (const CommandInfo& c : Commands()) {
    std::string left = "  whereas " + std::string(c.name) + " " + std::string(c.operands);
    if (left.size() + 2 > kTextColumn + 8) {
      out += left + "\n" + std::string(kTextColumn + 8, ' ');
    } else {
      left.resize(kTextColumn + 8, ' ');
      out += left;
    }
    out += Wrap(c.summary, kTextColumn + 8, kTextColumn + 8) + "\n";
  }
  out +=
      "  whereas help COMMAND                  what COMMAND does and the options it takes\n"
      "  whereas --help | -h                   this text\n"
      "  whereas --version                     the version, of the output and of each grammar\n"
      "\n"
      "'whereas COMMAND --help' lists the options of COMMAND; an option the command does\n"
      "not take is refused. With no FILE, or FILE \"-\", standard input is read. A FILE\n"
      "that is a directory stands for the files below it. Errors go to standard error as\n"
      "\"whereas: FILE: what went wrong\"; the other inputs are still processed.\n\n"
      "Kinds built in: direction, committee-report, commissioner-report.\n\n";
  out += kExitStatus;
  return out;
}

std::string CommandHelp(Command command) {
  const CommandInfo& c = Info(command);
  std::string out = "Usage: whereas " + std::string(c.name) + " " + std::string(c.operands) +
                    "\n\n" + Wrap(c.details, 0, 0) + "\n\nOptions:\n";
  for (const OptionInfo& o : Options()) {
    for (const OptionHelp& h : o.help) {
      if (std::find(h.commands.begin(), h.commands.end(), command) != h.commands.end()) {
        out += OptionRow(o, h.text);
      }
    }
  }
  out += "  -h, --help                    this text\n\n";
  out += kExitStatus;
  return out;
}

std::optional<std::string> Nearest(std::string_view typed, const std::vector<std::string>& known) {
  std::optional<std::string> best;
  size_t best_distance = 3;  // more than two edits is no typo
  for (const std::string& k : known) {
    if (typed.size() >= 2 && k.compare(0, typed.size(), typed) == 0) return k;
    // Levenshtein distance, one row at a time (both words are short).
    std::vector<size_t> row(k.size() + 1);
    for (size_t j = 0; j <= k.size(); ++j) row[j] = j;
    for (size_t i = 1; i <= typed.size(); ++i) {
      size_t diagonal = row[0];
      row[0] = i;
      for (size_t j = 1; j <= k.size(); ++j) {
        const size_t above = row[j];
        row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (typed[i - 1] != k[j - 1])});
        diagonal = above;
      }
    }
    if (row[k.size()] < best_distance) {
      best_distance = row[k.size()];
      best = k;
    }
  }
  return best;
}

}  // namespace whereas::cli
