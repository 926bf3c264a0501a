// whereas: the command-line shell. Raw arguments -> Config -> command -> exit
// status; everything else is the library's.
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "input.h"
#include "options.h"
#include "whereas/check.h"
#include "whereas/whereas.h"

namespace whereas::cli {
namespace {

void Complain(const std::string& file, const std::string& message) {
  std::cerr << "whereas: " << file << ": " << message << '\n';
}

// Writes `text` to `path` through a temporary file in the same directory
// and a rename, so `path` is either the old file or the whole new one.
bool WriteAtomically(const std::string& path, const std::string& text) {
  const std::string tmp = path + ".tmp." + std::to_string(getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << text;
    out.flush();
    if (!out) {
      std::remove(tmp.c_str());
      return false;
    }
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::remove(tmp.c_str());
    return false;
  }
  return true;
}

class Output {
 public:
  explicit Output(const Config& config) : config_(config) {}

  void Document(const whereas::Document& doc) {
    std::ostringstream one;
    switch (config_.format) {
      case Format::kYaml:
        if (count_ > 0) buffer_ << "---\n";
        EmitYaml(doc, buffer_);
        break;
      case Format::kJson:
        EmitJson(doc, one);
        json_.push_back(one.str());
        break;
      case Format::kNdjson:
      case Format::kText:
      case Format::kSarif:  // not offered for documents
        EmitJson(doc, buffer_);
        break;
    }
    ++count_;
    if (!config_.output && config_.format != Format::kJson) Flush();
  }

  void Text(const std::string& s) {
    buffer_ << s;
    if (!config_.output) Flush();
  }

  // Returns false if the output file could not be written. With -o and no
  // document at all, the file is left as it was.
  bool Close() {
    if (config_.output && count_ == 0) return true;
    if (config_.format == Format::kJson && !json_.empty()) {
      // One document is an object; several are an array of them.
      if (json_.size() == 1) {
        buffer_ << json_[0];
      } else {
        buffer_ << '[';
        for (size_t i = 0; i < json_.size(); ++i) {
          std::string& j = json_[i];
          j.pop_back();  // the newline
          buffer_ << (i ? "," : "") << j;
        }
        buffer_ << "]\n";
      }
    }
    if (config_.output) {
      if (!WriteAtomically(*config_.output, buffer_.str())) {
        Complain(*config_.output, "cannot write output");
        return false;
      }
      return true;
    }
    Flush();
    std::cout.flush();
    return static_cast<bool>(std::cout);
  }

 private:
  void Flush() {
    std::cout << buffer_.str();
    buffer_.str("");
  }

  const Config& config_;
  std::ostringstream buffer_;
  std::vector<std::string> json_;
  int count_ = 0;
};

const Grammar* FindGrammar(const Config& config) {
  for (const Grammar& g : config.grammars) {
    if (g.name() == config.kind) return &g;
  }
  return nullptr;
}

int RunParse(const Config& config) {
  Output output(config);
  int unreadable = 0;
  int problems = 0;
  for (const std::string& path : config.inputs) {
    auto bytes = ReadInput(path);
    if (!bytes) {
      Complain(path, bytes.error().message);
      ++unreadable;
      continue;
    }
    const Grammar* grammar = FindGrammar(config);
    whereas::Document doc =
        grammar ? Parse(*grammar, bytes.value(), path)
                : ParseDetected(config.grammars, bytes.value(), path);
    if (doc.kind == "unknown") {
      Complain(path, "no grammar recognises this document; its text is under 'unplaced'");
      ++problems;
    }
    output.Document(doc);
  }
  if (!output.Close()) return kExitFailure;
  if (unreadable == static_cast<int>(config.inputs.size())) return kExitFailure;
  return unreadable + problems > 0 ? kExitFindings : kExitOk;
}

int RunCheck(const Config& config) {
  if (config.list_rules) {
    for (const CheckRule& r : CheckRules()) {
      std::cout << r.id << '\t' << ToString(r.severity) << '\t'
                << (r.on_by_default ? "on" : "off") << '\t' << r.summary << '\n';
    }
    return kExitOk;
  }
  std::vector<FileDiagnostics> files;
  int unreadable = 0;
  int errors = 0, warnings = 0, notes = 0;
  for (const std::string& path : config.inputs) {
    auto bytes = ReadInput(path);
    if (!bytes) {
      Complain(path, bytes.error().message);
      ++unreadable;
      continue;
    }
    const Grammar* grammar = FindGrammar(config);
    const whereas::Document doc =
        grammar ? Parse(*grammar, bytes.value(), path)
                : ParseDetected(config.grammars, bytes.value(), path);
    FileDiagnostics f{path, {}};
    for (const Diagnostic& d : doc.diagnostics) {
      if (!config.rules.count(d.rule)) continue;
      (d.severity == Severity::kError ? errors
       : d.severity == Severity::kWarning ? warnings : notes)++;
      f.diagnostics.push_back(d);
    }
    if (config.format == Format::kText) {
      std::string text;
      for (const Diagnostic& d : f.diagnostics) text += FormatDiagnostic(path, d) + '\n';
      std::cout << text << std::flush;
    }
    files.push_back(std::move(f));
  }
  switch (config.format) {
    case Format::kYaml: EmitDiagnosticsYaml(files, std::cout); break;
    case Format::kJson: EmitDiagnosticsJson(files, std::cout); break;
    case Format::kSarif: EmitSarif(files, std::cout); break;
    default: break;
  }
  std::cout.flush();
  const auto plural = [](int n, const char* what) {
    return std::to_string(n) + " " + what + (n == 1 ? "" : "s");
  };
  std::cerr << "whereas: checked " << plural(static_cast<int>(files.size()), "file") << ": "
            << plural(errors, "error") << ", " << plural(warnings, "warning");
  if (notes) std::cerr << ", " << plural(notes, "note");
  if (unreadable) std::cerr << "; " << unreadable << " unreadable";
  std::cerr << '\n';
  if (unreadable == static_cast<int>(config.inputs.size())) return kExitFailure;
  const bool failed = errors > 0 || (config.strict && warnings > 0) || unreadable > 0;
  return failed ? kExitFindings : kExitOk;
}

// Tab-separated fields hold no tab or newline.
std::string Field(std::string s) {
  for (char& c : s) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return s;
}

int RunDeadlines(const Config& config) {
  std::vector<FileDeadlines> files;
  int unreadable = 0;
  int unknown = 0;
  for (const std::string& path : config.inputs) {
    auto bytes = ReadInput(path);
    if (!bytes) {
      Complain(path, bytes.error().message);
      ++unreadable;
      continue;
    }
    const Grammar* grammar = FindGrammar(config);
    whereas::Document doc = grammar ? Parse(*grammar, bytes.value(), path)
                                    : ParseDetected(config.grammars, bytes.value(), path);
    if (doc.kind == "unknown") {
      Complain(path, "no grammar recognises this document");
      ++unknown;
    }
    files.push_back({path, std::move(doc.deadlines)});
  }
  if (config.format == Format::kYaml) {
    EmitDeadlinesYaml(files, std::cout);
  } else if (config.format == Format::kJson) {
    EmitDeadlinesJson(files, std::cout);
  } else {
    struct Row {
      const std::string* file;
      const Deadline* d;
    };
    std::vector<Row> rows;
    for (const auto& f : files) {
      for (const Deadline& d : f.deadlines) rows.push_back({&f.file, &d});
    }
    // By due date; undated ones last, in input and line order.
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
      if (a.d->due.has_value() != b.d->due.has_value()) return a.d->due.has_value();
      return a.d->due && *a.d->due < *b.d->due;
    });
    std::string out = "FILE\tDUE\tEND\tTYPE\tPERIOD\tPATH\tTEXT\n";
    for (const Row& r : rows) {
      out += Field(*r.file) + '\t' + (r.d->due ? r.d->due->ToIso() : "") + '\t' +
             (r.d->end ? r.d->end->ToIso() : "") + '\t' + std::string(ToString(r.d->type)) +
             '\t' + r.d->period.value_or("") + '\t' + Field(r.d->path) + '\t' +
             Field(r.d->text) + '\n';
    }
    std::cout << out;
  }
  std::cout.flush();
  if (unreadable == static_cast<int>(config.inputs.size())) return kExitFailure;
  return unreadable + unknown > 0 ? kExitFindings : kExitOk;
}

int RunDetect(const Config& config) {
  Output output(config);
  int unreadable = 0;
  int unknown = 0;
  for (const std::string& path : config.inputs) {
    auto bytes = ReadInput(path);
    if (!bytes) {
      Complain(path, bytes.error().message);
      ++unreadable;
      continue;
    }
    const Detection d = Detect(config.grammars, bytes.value());
    std::ostringstream row;
    row << path << '\t' << (d.grammar ? d.grammar->name() : "unknown") << '\t'
        << d.confidence << '\n';
    if (!d.grammar) ++unknown;
    output.Text(row.str());
  }
  if (!output.Close()) return kExitFailure;
  if (unreadable == static_cast<int>(config.inputs.size())) return kExitFailure;
  return unreadable + unknown > 0 ? kExitFindings : kExitOk;
}

int RunLint(const Config& config) {
  std::vector<std::pair<std::string, std::string>> sources;
  if (config.builtin) {
    for (const GrammarSource& s : BuiltinGrammarSources()) {
      sources.emplace_back(std::string(s.file_name), std::string(s.text));
    }
  }
  int status = kExitOk;
  for (const std::string& path : config.inputs) {
    auto text = ReadInput(path);
    if (!text) {
      Complain(path, text.error().message);
      status = kExitFailure;
      continue;
    }
    sources.emplace_back(path, std::move(text).value());
  }
  for (const auto& [name, text] : sources) {
    auto grammar = LoadGrammar(text, name);
    if (!grammar) {
      for (const auto& d : grammar.error().diagnostics) std::cout << d << '\n';
      status = std::max(status, kExitFindings);
      continue;
    }
    for (const auto& w : grammar.value().warnings()) std::cout << w << '\n';
    if (config.strict && !grammar.value().warnings().empty()) {
      status = std::max(status, kExitFindings);
    }
  }
  return status;
}

int Run(int argc, const char* const* argv) {
  auto config = MakeConfig(argc, argv);
  if (!config) {
    std::cerr << "whereas: " << config.error().message << '\n';
    for (const auto& d : config.error().diagnostics) std::cerr << d << '\n';
    return kExitFailure;
  }
  switch (config.value().command) {
    case Command::kHelp:
      std::cout << HelpText();
      return kExitOk;
    case Command::kVersion:
      std::cout << "whereas " << Version() << '\n';
      return kExitOk;
    case Command::kParse:
      return RunParse(config.value());
    case Command::kDetect:
      return RunDetect(config.value());
    case Command::kCheck:
      return RunCheck(config.value());
    case Command::kDeadlines:
      return RunDeadlines(config.value());
    case Command::kLint:
      return RunLint(config.value());
  }
  return kExitFailure;
}

}  // namespace
}  // namespace whereas::cli

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  return whereas::cli::Run(argc, argv);
}
