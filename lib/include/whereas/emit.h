// Emitters: Document -> YAML or JSON text, the tree of docs/output.md.
#ifndef WHEREAS_EMIT_H_
#define WHEREAS_EMIT_H_

#include <ostream>
#include <string>
#include <vector>

#include "whereas/document.h"

namespace whereas {

// Writes `doc` as one YAML document (no leading "---"). Every string that a
// YAML 1.1 or 1.2 reader would take for another type ("8", "1.10", "yes",
// "~", "2018-01-25") is quoted; dates are plain ISO dates; every key of the
// schema is present. The output ends with a newline.
void EmitYaml(const Document& doc, std::ostream& out);

// EmitYaml() and EmitJson() appending to a string, for callers that keep
// each document's output whole (no stream in between).
void AppendYaml(const Document& doc, std::string* out);
void AppendJson(const Document& doc, std::string* out);

// Writes `doc` as one JSON object on a single line, ending with a newline,
// the same tree as EmitYaml(). Dates are ISO strings.
void EmitJson(const Document& doc, std::ostream& out);

// The diagnostics of one input, for check reports.
struct FileDiagnostics {
  std::string file;
  std::vector<Diagnostic> diagnostics;
};

// A check report as a YAML list (or a JSON array, on one line) of records:
// file, severity, rule, path, line, column, message.
void EmitDiagnosticsYaml(const std::vector<FileDiagnostics>& files, std::ostream& out);
void EmitDiagnosticsJson(const std::vector<FileDiagnostics>& files, std::ostream& out);

// The deadlines of one input.
struct FileDeadlines {
  std::string file;
  std::vector<Deadline> deadlines;
};

// Deadline records, each with its file: a YAML list, or a JSON array on one
// line.
void EmitDeadlinesYaml(const std::vector<FileDeadlines>& files, std::ostream& out);
void EmitDeadlinesJson(const std::vector<FileDeadlines>& files, std::ostream& out);

// A check report as SARIF 2.1.0 (one run, tool "whereas" with every rule of
// CheckRules(), one result per diagnostic with a physical location), for
// code-scanning tools.
void EmitSarif(const std::vector<FileDiagnostics>& files, std::ostream& out);

}  // namespace whereas

#endif  // WHEREAS_EMIT_H_
