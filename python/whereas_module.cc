// The Python module `whereas`: parse, detect and check a text with the
// built-in grammars (or a folder of one's own), giving the same tree as
// `whereas parse --format json`, as Python dicts and lists. The GIL is
// released while a text is parsed, so threads parse in parallel.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <memory>
#include <optional>
#include <string>

#include "whereas/whereas.h"

namespace py = pybind11;

namespace {

// Text as given: a str (UTF-8) or bytes (any encoding whereas reads).
std::string Bytes(const py::object& text) {
  if (py::isinstance<py::bytes>(text)) return text.cast<std::string>();
  if (py::isinstance<py::str>(text)) return text.cast<std::string>();
  throw py::type_error("text must be str or bytes");
}

whereas::Document ParseOrRaise(const std::string& bytes, const std::optional<std::string>& kind,
                               const std::optional<std::string>& source) {
  whereas::ParseOptions options;
  options.kind = kind.value_or("");
  options.source = source.value_or("-");
  std::optional<whereas::Result<whereas::Document>> doc;
  {
    py::gil_scoped_release release;
    doc.emplace(whereas::Parse(bytes, options));
  }
  if (!*doc) throw py::value_error(doc->error().message);
  return std::move(*doc).value();
}

// JSON text -> Python objects, with the standard library's reader.
py::object Loads(const std::string& json) {
  static py::object loads = py::module_::import("json").attr("loads");
  return loads(py::str(json));
}

py::object ParseText(const py::object& text, const std::optional<std::string>& kind,
                     const std::optional<std::string>& source) {
  const std::string bytes = Bytes(text);
  const whereas::Document doc = ParseOrRaise(bytes, kind, source);
  std::string json;
  {
    py::gil_scoped_release release;
    whereas::AppendJson(doc, &json);
  }
  return Loads(json);
}

py::dict DetectText(const py::object& text) {
  static const whereas::Detector detector(whereas::LoadBuiltinGrammars());
  const std::string bytes = Bytes(text);
  whereas::Detection d;
  {
    py::gil_scoped_release release;
    d = detector.Detect(bytes);
  }
  py::dict out;
  out["kind"] = d.grammar != nullptr ? d.grammar->name() : "unknown";  // as `whereas detect`
  out["confidence"] = d.confidence;
  return out;
}

py::list CheckText(const py::object& text, const std::optional<std::string>& kind,
                   const std::optional<std::string>& source) {
  const whereas::Document doc = ParseOrRaise(Bytes(text), kind, source);
  py::list out;
  for (const whereas::Diagnostic& d : doc.diagnostics) {
    const whereas::CheckRule* rule = whereas::FindCheckRule(d.rule);
    if (rule == nullptr || !rule->on_by_default) continue;  // as `whereas check` reports
    py::dict item;
    item["severity"] = std::string(whereas::ToString(d.severity));
    item["rule"] = d.rule;
    item["path"] = d.path;
    item["line"] = d.line;
    item["column"] = d.column;
    item["message"] = d.message;
    out.append(item);
  }
  return out;
}

}  // namespace

PYBIND11_MODULE(whereas, m) {
  m.doc() = "Published government documents to typed, checkable data.";
  m.attr("__version__") = whereas::Version();
  m.attr("SCHEMA_VERSION") = whereas::Document::kSchemaVersion;
  m.def("parse", &ParseText, py::arg("text"), py::kw_only(), py::arg("kind") = py::none(),
        py::arg("source") = py::none(),
        "Parses a document (str or bytes) into the tree `whereas parse --format json` gives: "
        "a dict. `kind` skips detection; `source` is recorded as the document's source. "
        "Raises ValueError for a kind no grammar has.");
  m.def("detect", &DetectText, py::arg("text"),
        "The kind of a document, as `whereas detect` gives it: {'kind': ..., 'confidence': ...}.");
  m.def("check", &CheckText, py::arg("text"), py::kw_only(), py::arg("kind") = py::none(),
        py::arg("source") = py::none(),
        "The numbering faults `whereas check` reports, as a list of dicts (severity, rule, "
        "path, line, column, message).");
}
