// whereas: the command-line shell. Raw arguments -> Config -> a command run
// over a batch of inputs -> exit status; the work itself is the library's.
#include <malloc.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <csignal>
#include <cstdlib>
#include <stdexcept>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "batch.h"
#include "crash_note.h"
#include "input.h"
#include "ndjson.h"
#include "options.h"
#include "paint.h"
#include "workers.h"
#include "whereas/whereas.h"

namespace whereas::cli {
namespace {

std::string Complaint(const std::string& file, const std::string& message) {
  return "whereas: " + file + ": " + message + "\n";
}

// Standard output, or -o FILE written through a temporary file in the same
// directory and renamed into place at the end, so FILE is either the old
// file or the whole new one. With no document at all, FILE is left alone.
class Sink {
 public:
  explicit Sink(const Config& config) : path_(config.output) {
    if (path_) {
      tmp_ = *path_ + ".tmp." + std::to_string(getpid());
      file_ = std::make_unique<std::ofstream>(tmp_, std::ios::binary | std::ios::trunc);
      if (!*file_) error_ = errno;
    }
  }
  ~Sink() {
    if (path_ && !closed_) std::remove(tmp_.c_str());
  }
  // False (and says why) when -o FILE cannot be written at all: before any
  // document is read, not after the whole batch.
  bool Ready() {
    if (!path_ || *file_) return true;
    std::cerr << Complaint(*path_, "cannot write output: " + Reason());
    closed_ = true;
    return false;
  }
  std::ostream& out() { return path_ ? *file_ : std::cout; }
  void Write(const std::string& s) {
    if (!s.empty()) wrote_ = true;
    out() << s;
  }
  // Returns false (and says why) if the output could not be written.
  bool Close() {
    closed_ = true;
    if (!path_) {
      std::cout.flush();
      return static_cast<bool>(std::cout);
    }
    file_->flush();
    bool ok = static_cast<bool>(*file_);
    if (!ok && error_ == 0) error_ = errno;
    file_.reset();
    if (ok && wrote_ && std::rename(tmp_.c_str(), path_->c_str()) != 0) {
      error_ = errno;
      ok = false;
    }
    if (!wrote_ || !ok) {
      std::remove(tmp_.c_str());
      if (wrote_) std::cerr << Complaint(*path_, "cannot write output: " + Reason());
      return !wrote_;
    }
    return true;
  }

 private:
  std::string Reason() const { return error_ != 0 ? std::strerror(error_) : "write error"; }

  std::optional<std::string> path_;
  std::string tmp_;
  std::unique_ptr<std::ofstream> file_;
  int error_ = 0;  // errno of the failure
  bool wrote_ = false;
  bool closed_ = false;
};

const Grammar* FindGrammar(const Config& config) {
  for (const Grammar& g : config.grammars) {
    if (g.name() == config.kind) return &g;
  }
  return nullptr;
}

#ifdef WHEREAS_TEST_HOOKS
// A fault the tests provoke on purpose, to show that one document's crash
// or runaway costs that document only: WHEREAS_TEST_FAULT=KIND:NAME, KIND
// one of segv, abort, hang, throw, on the input called NAME. Built only
// with -DWHEREAS_TEST_HOOKS=ON, never into a binary to ship.
void ProvokeFault(const std::string& name) {
  const char* spec = std::getenv("WHEREAS_TEST_FAULT");
  if (spec == nullptr) return;
  const std::string_view s(spec);
  const size_t colon = s.find(':');
  if (colon == std::string_view::npos || s.substr(colon + 1) != name) return;
  const std::string_view kind = s.substr(0, colon);
  if (kind == "segv") std::raise(SIGSEGV);
  if (kind == "abort") std::abort();
  if (kind == "throw") throw std::runtime_error("provoked for a test");
  if (kind == "hang") {
    for (;;) pause();
  }
}
#endif

// Reads (or takes) one input as the document whereas parses: text as it
// is, a PDF or an HTML page through its reader. Returns nullopt, with the
// reason in `o->err`, when the input cannot be read.
std::optional<SourceText> ReadDocument(const Config& config, const Input& input, Outcome* o) {
  o->file = input.name;
  std::string bytes;
  if (input.text) {
    bytes = *input.text;
  } else {
    auto read = ReadInput(input.name, {.format = config.input_format, .max_bytes = config.max_bytes});
    if (!read) {
      std::error_code ec;
      const bool dir = std::filesystem::is_directory(input.name, ec);
      std::string globs;
      for (const std::string& glob : config.include) globs += (globs.empty() ? "" : ",") + glob;
      o->err = Complaint(input.name, dir ? "a directory with no file matching --include '" + globs + "'"
                                         : read.error().message);
      o->unreadable = true;
      return std::nullopt;
    }
    bytes = std::move(read).value();
  }
  o->bytes = bytes.size();
  const InputFormat format = config.input_format.value_or(SniffFormat(bytes));
  if (format == InputFormat::kText) return SourceText{std::move(bytes), {}, 0};
  auto source = ReadAs(format, bytes, {.max_pages = config.max_pages});
  if (!source) {
    o->err = Complaint(input.name, source.error().message);
    o->unreadable = true;
    return std::nullopt;
  }
  return std::move(source).value();
}

// Reads one input and parses it. Returns nullopt, with the reason in
// `o->err`, when the input cannot be read.
std::optional<Document> Load(const Config& config, const Input& input, Outcome* o) {
  NoteCurrentFile(input.name);
#ifdef WHEREAS_TEST_HOOKS
  ProvokeFault(input.name);
#endif
  const std::optional<SourceText> text = ReadDocument(config, input, o);
  if (!text) return std::nullopt;
  const Grammar* grammar = FindGrammar(config);
  Document doc = grammar ? Parse(*grammar, *text, input.name)
                         : config.detector->ParseDetected(*text, input.name);
  if (doc.kind == "unknown") {
    o->err = Complaint(input.name, "no grammar recognises this document; its text is under 'unplaced'");
    o->unknown = true;
  }
  // Little of it could be read: said on standard error too, where parse
  // and deadlines show it (check reports it with the other findings).
  if (config.command != Command::kCheck) {
    for (const Diagnostic& d : doc.diagnostics) {
      if (d.rule == "low-structure") o->err += Complaint(input.name, "warning: " + d.message);
    }
  }
  return doc;
}

// The inputs of a batch: paths expanded up front, or NDJSON records read
// from standard input as they come.
struct Inputs {
  std::vector<std::string> paths;
  size_t next = 0;
  bool ndjson = false;
  size_t ndjson_line = 0;

  bool Next(Input* input, std::string* err) {
    if (!ndjson) {
      if (next == paths.size()) return false;
      *input = Input{paths[next++], std::nullopt};
      return true;
    }
    std::string line;
    while (std::getline(std::cin, line)) {
      ++ndjson_line;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      size_t column = 0;
      auto record = ParseInputRecord(line, &column);
      if (!record) {
        std::string where = "-:" + std::to_string(ndjson_line);
        if (column > 0) where += ":" + std::to_string(column);
        *err += Complaint(where, record.error().message);
        continue;
      }
      *input = Input{std::move(record.value().source), std::move(record.value().text)};
      return true;
    }
    return false;
  }
};

struct Totals {
  size_t inputs = 0;
  size_t unreadable = 0;
  size_t unknown = 0;
  size_t stopped = 0;  // a worker crashed or ran out of time on it
};

// Runs `work` over the inputs of `config`; `deliver` sees each outcome in
// input order after its messages went to standard error.
Totals Run(const Config& config, const std::function<Outcome(const Input&)>& work,
           const std::function<void(Outcome&)>& deliver, bool* input_error) {
  Inputs inputs;
  inputs.ndjson = config.ndjson_input;
  Totals totals;
  if (!inputs.ndjson) {
    auto paths = ExpandInputs(config);
    if (!paths) {
      std::cerr << "whereas: " << paths.error().message << '\n';
      *input_error = true;
      return totals;
    }
    inputs.paths = std::move(paths).value();
  }
  // A user who typed no file may not know a document is awaited.
  const bool reads_terminal =
      inputs.ndjson || std::find(inputs.paths.begin(), inputs.paths.end(), "-") != inputs.paths.end();
  if (reads_terminal && isatty(0) != 0) {
    std::cerr << "whereas: reading " << (inputs.ndjson ? "NDJSON records" : "a document")
              << " from standard input (a terminal); end it with Ctrl-D, or give files: whereas "
              << Info(config.command).name << " FILE...\n";
  }
  std::string reader_err;
  const auto next = [&](Input* input) {
    const bool more = inputs.Next(input, &reader_err);
    if (!reader_err.empty()) {
      std::cerr << reader_err;
      totals.unreadable += static_cast<size_t>(std::count(reader_err.begin(), reader_err.end(), '\n'));
      totals.inputs += static_cast<size_t>(std::count(reader_err.begin(), reader_err.end(), '\n'));
      reader_err.clear();
    }
    return more;
  };
  const size_t total = inputs.paths.size();
  const bool progress = config.progress && (total > 1 || inputs.ndjson);
  const auto take = [&](Outcome&& o) {
    ++totals.inputs;
    totals.unreadable += o.unreadable;
    totals.unknown += o.unknown;
    totals.stopped += o.stopped;
    std::cerr << o.err;
    deliver(o);
  };
  if (config.isolate) {
    for (const Grammar& g : config.grammars) g.Compile();  // once, shared by every worker
    RunInWorkers(next, config.jobs, config.timeout, total, progress, work, take);
  } else {
    InstallCrashNote();
    RunBatch(next, config.jobs, total, progress, work, take);
  }
  return totals;
}

int Status(const Totals& t, bool failed_output, bool findings) {
  if (failed_output) return kExitFailure;
  if (t.inputs > 0 && t.unreadable == t.inputs) return kExitFailure;
  return t.unreadable + t.unknown + t.stopped > 0 || findings ? kExitFindings : kExitOk;
}

int RunParse(const Config& config) {
  Sink sink(config);
  if (!sink.Ready()) return kExitFailure;
  if (config.format == Format::kCsv) {  // one header, whatever the inputs
    std::string header;
    AppendItemsCsvHeader(&header);
    sink.Write(header);
  }
  // Several JSON documents make one array; the count of the first inputs
  // is only known for paths, so the array opens lazily.
  const bool json = config.format == Format::kJson;
  bool single_json = json && config.inputs.size() == 1 && !config.files_from &&
                     config.inputs[0] != "." && !std::filesystem::is_directory(config.inputs[0]);
  size_t emitted = 0;
  bool input_error = false;
  const Totals totals = Run(
      config,
      [&](const Input& input) {
        Outcome o;
        auto doc = Load(config, input, &o);
        if (!doc) return o;
        // The output is about twice the input: one allocation, not a dozen.
        o.out.reserve(o.bytes * 5 / 2 + 4096);
        if (config.format == Format::kYaml) {
          AppendYaml(*doc, &o.out);
        } else if (config.format == Format::kCsv) {
          AppendItemsCsv(*doc, &o.out);
        } else {
          AppendJson(*doc, &o.out);
        }
        return o;
      },
      [&](Outcome& o) {
        if (o.out.empty()) return;
        if (config.format == Format::kCsv) {  // one table: rows of every document
          sink.Write(o.out);
          return;
        }
        if (config.format == Format::kYaml && emitted > 0) sink.Write("---\n");
        if (json && !single_json) {
          o.out.pop_back();  // the newline; documents are joined by commas
          sink.Write(emitted == 0 ? "[" : ",");
        }
        sink.Write(o.out);
        ++emitted;
      },
      &input_error);
  if (json && !single_json) sink.Write(emitted == 0 ? "[]\n" : "]\n");
  const bool failed = !sink.Close() || input_error;
  return Status(totals, failed, false);
}

int RunCheck(const Config& config) {
  if (config.list_rules) {
    for (const CheckRule& r : CheckRules()) {
      std::cout << r.id << '\t' << ToString(r.severity) << '\t'
                << (r.on_by_default ? "on" : "off") << '\t' << r.summary << '\n';
    }
    return kExitOk;
  }
  Sink sink(config);
  if (!sink.Ready()) return kExitFailure;
  std::vector<FileDiagnostics> files;  // for the record formats
  int errors = 0, warnings = 0, notes = 0;
  size_t checked = 0;
  bool input_error = false;
  const Totals totals = Run(
      config,
      [&](const Input& input) {
        Outcome o;
        auto doc = Load(config, input, &o);
        if (!doc) return o;
        for (Diagnostic& d : doc->diagnostics) {
          if (config.rules.count(d.rule)) o.diagnostics.push_back(std::move(d));
        }
        if (config.format == Format::kText) {
          for (const Diagnostic& d : o.diagnostics) {
            const std::string line = FormatDiagnostic(input.name, d);
            o.out += (config.color ? Paint(line) : line) + '\n';
          }
        }
        return o;
      },
      [&](Outcome& o) {
        if (o.unreadable || o.stopped) return;
        ++checked;
        for (const Diagnostic& d : o.diagnostics) {
          (d.severity == Severity::kError ? errors
           : d.severity == Severity::kWarning ? warnings : notes)++;
        }
        if (config.format == Format::kText) {
          sink.Write(o.out);
        } else {
          files.push_back({o.file, std::move(o.diagnostics)});
        }
      },
      &input_error);
  if (config.format == Format::kYaml) EmitDiagnosticsYaml(files, sink.out());
  if (config.format == Format::kJson) EmitDiagnosticsJson(files, sink.out());
  if (config.format == Format::kSarif) EmitSarif(files, sink.out());
  const auto plural = [](size_t n, const char* what) {
    return std::to_string(n) + " " + what + (n == 1 ? "" : "s");
  };
  std::cerr << "whereas: checked " << plural(checked, "file") << ": "
            << plural(static_cast<size_t>(errors), "error") << ", "
            << plural(static_cast<size_t>(warnings), "warning");
  // cppcheck-suppress knownConditionTrueFalse ; set in the deliver lambda
  if (notes) std::cerr << ", " << plural(static_cast<size_t>(notes), "note");
  if (totals.unreadable) std::cerr << "; " << totals.unreadable << " unreadable";
  if (totals.stopped) std::cerr << "; " << totals.stopped << " stopped";
  std::cerr << '\n';
  const bool failed = !sink.Close() || input_error;
  return Status(totals, failed, errors > 0 || (config.strict && warnings > 0));
}

// Tab-separated fields hold no tab or newline.
std::string Field(std::string s) {
  for (char& c : s) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return s;
}

// One deadline of a batch, for the tables.
struct DeadlineRow {
  const std::string* file;
  const Deadline* d;
};

std::string DateOrEmpty(const std::optional<Date>& date) { return date ? date->ToIso() : ""; }

// Tab-separated, with a header row: FILE DUE END TYPE PERIOD PATH TEXT.
std::string DeadlinesTable(const std::vector<DeadlineRow>& rows) {
  std::string out = "FILE\tDUE\tEND\tTYPE\tPERIOD\tPATH\tTEXT\n";
  for (const DeadlineRow& r : rows) {
    out += Field(*r.file) + '\t' + DateOrEmpty(r.d->due) + '\t' + DateOrEmpty(r.d->end) + '\t' +
           std::string(ToString(r.d->type)) + '\t' + r.d->period.value_or("") + '\t' +
           Field(r.d->path) + '\t' + Field(r.d->text) + '\n';
  }
  return out;
}

// RFC 4180, every field whole: source, due, end, type, period, anchor,
// path, text, line, page (empty when the text has no pages).
std::string DeadlinesCsv(const std::vector<DeadlineRow>& rows) {
  std::string out;
  AppendCsvRecord({"source", "due", "end", "type", "period", "anchor", "path", "text", "line",
                   "page"},
                  &out);
  for (const DeadlineRow& r : rows) {
    const std::string due = DateOrEmpty(r.d->due), end = DateOrEmpty(r.d->end);
    const std::string line = std::to_string(r.d->line);
    const std::string page = r.d->page > 0 ? std::to_string(r.d->page) : "";
    AppendCsvRecord({*r.file, due, end, ToString(r.d->type), r.d->period.value_or(""),
                     r.d->anchor.value_or(""), r.d->path, r.d->text, line, page},
                    &out);
  }
  return out;
}

int RunDeadlines(const Config& config) {
  Sink sink(config);
  if (!sink.Ready()) return kExitFailure;
  std::vector<FileDeadlines> files;
  bool input_error = false;
  const Totals totals = Run(
      config,
      [&](const Input& input) {
        Outcome o;
        auto doc = Load(config, input, &o);
        if (!doc) return o;
        o.deadlines = std::move(doc->deadlines);
        return o;
      },
      [&](Outcome& o) {
        if (!o.unreadable && !o.stopped) files.push_back({o.file, std::move(o.deadlines)});
      },
      &input_error);
  if (config.format == Format::kYaml) {
    EmitDeadlinesYaml(files, sink.out());
  } else if (config.format == Format::kJson) {
    EmitDeadlinesJson(files, sink.out());
  } else {
    std::vector<DeadlineRow> rows;
    for (const auto& f : files) {
      for (const Deadline& d : f.deadlines) rows.push_back({&f.file, &d});
    }
    // By due date; undated ones last, in input and line order.
    std::stable_sort(rows.begin(), rows.end(), [](const DeadlineRow& a, const DeadlineRow& b) {
      if (a.d->due.has_value() != b.d->due.has_value()) return a.d->due.has_value();
      return a.d->due && *a.d->due < *b.d->due;
    });
    if (config.format == Format::kCsv) {
      sink.Write(DeadlinesCsv(rows));
    } else {
      sink.Write(DeadlinesTable(rows));
    }
  }
  const bool failed = !sink.Close() || input_error;
  return Status(totals, failed, false);
}

// Runs `write` on each input read as a document, writing what it leaves in
// Outcome::out in input order (detect, text).
int RunPerDocument(const Config& config,
                   const std::function<void(const Input&, SourceText&&, Outcome*)>& write) {
  Sink sink(config);
  if (!sink.Ready()) return kExitFailure;
  bool input_error = false;
  const Totals totals = Run(
      config,
      [&](const Input& input) {
        Outcome o;
        std::optional<SourceText> text = ReadDocument(config, input, &o);
        if (text) write(input, std::move(*text), &o);
        return o;
      },
      [&](const Outcome& o) { sink.Write(o.out); }, &input_error);
  const bool failed = !sink.Close() || input_error;
  return Status(totals, failed, false);
}

int RunDetect(const Config& config) {
  return RunPerDocument(config, [&](const Input& input, SourceText&& text, Outcome* o) {
    const Detection d = config.detector->Detect(text.text);
    std::ostringstream row;
    row << input.name << '\t' << (d.grammar ? d.grammar->name() : "unknown") << '\t'
        << d.confidence << '\n';
    if (config.explain) {
      // "  direction 0.6: direction-title 0.4 (line 1), directs 0.1 (line 11)"
      for (const KindScore& k : config.detector->Explain(text.text)) {
        row << "  " << k.kind << ' ' << k.score;
        const char* separator = ": ";
        for (const DetectionEvidence& e : k.evidence) {
          row << separator << e.rule << ' ' << e.weight << " (line " << e.line << ')';
          separator = ", ";
        }
        row << '\n';
      }
    }
    o->out = row.str();
    o->unknown = d.grammar == nullptr;
  });
}

// The text of each input as whereas reads it, in input order: what every
// record's line counts in.
int RunText(const Config& config) {
  return RunPerDocument(config, [](const Input&, SourceText&& text, Outcome* o) {
    o->out = std::move(text.text);
  });
}

int RunLint(const Config& config) {
  if (config.reference) std::cout << GrammarReference();
  std::vector<std::pair<std::string, std::string>> sources;
  if (config.builtin) {
    for (const GrammarSource& s : BuiltinGrammarSources()) {
      sources.emplace_back(std::string(s.file_name), std::string(s.text));
    }
  }
  int status = kExitOk;
  for (const std::string& path : config.inputs) {
    auto text = ReadInput(path, {.format = InputFormat::kText});  // a grammar file
    if (!text) {
      std::cerr << Complaint(path, text.error().message);
      status = kExitFailure;
      continue;
    }
    sources.emplace_back(path, std::move(text).value());
  }
  for (const auto& [name, text] : sources) {
    auto grammar = LoadGrammar(text, name);
    if (!grammar) {
      for (const auto& d : grammar.error().diagnostics) {
        std::cout << (config.color ? Paint(d) : d) << '\n';
      }
      status = std::max(status, kExitFindings);
      continue;
    }
    for (const auto& w : grammar.value().warnings()) {
      std::cout << (config.color ? Paint(w) : w) << '\n';
    }
    if (config.strict && !grammar.value().warnings().empty()) {
      status = std::max(status, kExitFindings);
    }
  }
  return status;
}

// The version of the program, of its output contract, and of each built-in
// grammar: the records depend on all three.
int PrintVersion() {
  std::cout << "whereas " << Version() << "\noutput schema " << Document::kSchemaVersion
            << "\ngrammars:";
  const char* separator = " ";
  for (const Grammar& g : LoadBuiltinGrammars()) {
    std::cout << separator << g.name() << ' ' << g.version();
    separator = ", ";
  }
  std::cout << '\n';
  return kExitOk;
}

int Main(int argc, const char* const* argv) {
  auto config = MakeConfig(argc, argv);
  if (!config) {
    std::cerr << "whereas: " << config.error().message << '\n';
    for (const auto& d : config.error().diagnostics) std::cerr << d << '\n';
    return kExitFailure;
  }
  const Config& c = config.value();
  switch (c.command) {
    case Command::kHelp:
      std::cout << (c.help_topic ? CommandHelp(*c.help_topic) : GeneralHelp());
      return kExitOk;
    case Command::kVersion:
      return PrintVersion();
    case Command::kParse:
      return RunParse(c);
    case Command::kCheck:
      return RunCheck(c);
    case Command::kDeadlines:
      return RunDeadlines(c);
    case Command::kDetect:
      return RunDetect(c);
    case Command::kText:
      return RunText(c);
    case Command::kLint:
      return RunLint(c);
  }
  return kExitFailure;
}

}  // namespace
}  // namespace whereas::cli

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  // Documents pass through a bounded window, each allocating and freeing
  // buffers of the same few sizes. glibc would hand that memory back to the
  // kernel after each one and fault it in again for the next, page by page;
  // keeping up to 64 MiB makes a batch about 15% faster at -j 2 and peak
  // memory no larger (bench/run.sh measures both).
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
  mallopt(M_TOP_PAD, 16 << 20);
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  // Expected failures are values; an exception here is a bug or exhaustion
  // (std::bad_alloc): say so and fail, never abort with a core dump.
  try {
    return whereas::cli::Main(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "whereas: internal error: " << e.what() << '\n';
    return whereas::cli::kExitFailure;
  }
}
