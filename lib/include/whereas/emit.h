// Emitters: Document -> YAML or JSON text, the tree of docs/output.md.
#ifndef WHEREAS_EMIT_H_
#define WHEREAS_EMIT_H_

#include <ostream>
#include <string>
#include <string_view>
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

// CSV (RFC 4180), for spreadsheets. A record is its fields separated by
// commas and ended by CRLF; a field holding a comma, a quote or a line break
// is quoted, its quotes doubled.
void AppendCsvRecord(const std::vector<std::string_view>& fields, std::string* out);

// The items of `doc` (recitals, clauses, recommendations, then each annex's),
// one row each, parents before their children, under the header
// AppendItemsCsvHeader() writes: source, kind, zone, path, label, style,
// heading, text, line, tail. A table item's text ends with its rows, cells
// separated by tabs. The other records (metadata, deadlines, dates, ...)
// are in the YAML and JSON trees only.
void AppendItemsCsvHeader(std::string* out);
void AppendItemsCsv(const Document& doc, std::string* out);

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
