// The one walk over a Document (and over check and deadline records) that
// every emitter's sink receives: the output contract's keys, in its order.
#include <algorithm>
#include <string>

#include "sink.h"
#include "whereas/check.h"
#include "whereas/whereas.h"

namespace whereas::internal {
namespace {

void OptString(Sink& s, const std::optional<std::string>& v) {
  if (v) {
    s.String(*v);
  } else {
    s.Null();
  }
}

void OptDate(Sink& s, const std::optional<Date>& d) {
  if (d) {
    s.IsoDate(d->ToIso());
  } else {
    s.Null();
  }
}

void WriteValue(Sink& s, const Value& root) {
  // Metadata is shallow, but walk it with a stack anyway: no recursion on
  // data anywhere in the emitter.
  struct Frame {
    const Value* value;
    size_t next;
  };
  std::vector<Frame> stack;
  const auto scalar_or_open = [&](const Value& v) {
    switch (v.kind()) {
      case Value::Kind::kNull: s.Null(); break;
      case Value::Kind::kBool: s.Bool(v.as_bool()); break;
      case Value::Kind::kInt: s.Int(v.as_int()); break;
      case Value::Kind::kString: s.String(v.as_string()); break;
      case Value::Kind::kDate: s.IsoDate(v.as_string()); break;
      case Value::Kind::kList:
        s.BeginSeq(v.items().empty());
        stack.push_back({&v, 0});
        break;
      case Value::Kind::kMap:
        s.BeginMap(v.entries().empty());
        stack.push_back({&v, 0});
        break;
    }
  };
  scalar_or_open(root);
  while (!stack.empty()) {
    Frame& f = stack.back();
    const Value& v = *f.value;
    if (v.kind() == Value::Kind::kList) {
      if (f.next == v.items().size()) {
        stack.pop_back();
        s.EndSeq();
        continue;
      }
      scalar_or_open(v.items()[f.next++]);
    } else {
      if (f.next == v.entries().size()) {
        stack.pop_back();
        s.EndMap();
        continue;
      }
      const auto& [key, child] = v.entries()[f.next++];
      s.Key(key);
      scalar_or_open(child);
    }
  }
}

// A record's page, when the text has pages: absent otherwise, so a text
// without form feeds reads as it always has.
void WritePage(Sink& s, int page) {
  if (page <= 0) return;
  s.Key("page");
  s.Int(page);
}

void WriteItemFields(Sink& s, const Item& item) {
  s.Key("label");
  OptString(s, item.label);
  s.Key("path");
  s.String(item.path);
  s.Key("style");
  s.String(ToString(item.style));
  s.Key("heading");
  OptString(s, item.heading);
  s.Key("text");
  s.String(item.text);
  s.Key("tail");
  OptString(s, item.tail);
  s.Key("line");
  s.Int(item.line);
  WritePage(s, item.page);
  s.Key("rows");
  s.BeginSeq(item.rows.empty());
  for (const auto& row : item.rows) {
    s.BeginSeq(row.empty(), /*flow=*/true);
    for (const auto& cell : row) s.String(cell);
    s.EndSeq();
  }
  s.EndSeq();
  s.Key("items");
}

// Items nest as deep as the text does: an explicit stack, not recursion.
void WriteItems(Sink& s, const std::vector<Item>& roots) {
  struct Frame {
    const std::vector<Item>* items;
    size_t next;
  };
  std::vector<Frame> stack{{&roots, 0}};
  s.BeginSeq(roots.empty());
  while (!stack.empty()) {
    Frame& f = stack.back();
    if (f.next == f.items->size()) {
      stack.pop_back();
      s.EndSeq();
      if (!stack.empty()) s.EndMap();
      continue;
    }
    const Item& item = (*f.items)[f.next++];
    s.BeginMap();
    WriteItemFields(s, item);
    s.BeginSeq(item.items.empty());
    stack.push_back({&item.items, 0});
  }
}

// One deadline record; with `file`, a "file" key first.
void WriteDeadline(Sink& s, const Deadline& d, const std::string* file) {
  s.BeginMap();
  if (file) {
    s.Key("file");
    s.String(*file);
  }
  s.Key("text");
  s.String(d.text);
  s.Key("type");
  s.String(ToString(d.type));
  s.Key("due");
  OptDate(s, d.due);
  s.Key("end");
  OptDate(s, d.end);
  s.Key("period");
  OptString(s, d.period);
  s.Key("anchor");
  OptString(s, d.anchor);
  s.Key("path");
  s.String(d.path);
  s.Key("line");
  s.Int(d.line);
  WritePage(s, d.page);
  s.EndMap();
}

// One diagnostic record; with `file`, a "file" key first.
// A list of {line, text} records: unplaced text, page furniture.
template <typename LineText>
void WriteLineTexts(Sink& s, std::string_view key, const std::vector<LineText>& records) {
  s.Key(key);
  s.BeginSeq(records.empty());
  for (const LineText& r : records) {
    s.BeginMap();
    s.Key("line");
    s.Int(r.line);
    WritePage(s, r.page);
    s.Key("text");
    s.String(r.text);
    s.EndMap();
  }
  s.EndSeq();
}

void WriteDiagnostic(Sink& s, const Diagnostic& d, const std::string* file) {
  s.BeginMap();
  if (file) {
    s.Key("file");
    s.String(*file);
  }
  s.Key("severity");
  s.String(ToString(d.severity));
  s.Key("rule");
  s.String(d.rule);
  s.Key("path");
  s.String(d.path);
  s.Key("line");
  s.Int(d.line);
  WritePage(s, d.page);
  s.Key("column");
  s.Int(d.column);
  s.Key("message");
  s.String(d.message);
  s.EndMap();
}

}  // namespace

void WriteDocument(Sink& s, const Document& doc) {
  s.BeginMap();
  s.Key("schema");
  s.Int(Document::kSchemaVersion);
  s.Key("source");
  s.String(doc.source);
  s.Key("kind");
  s.String(doc.kind);
  s.Key("grammar");
  s.BeginMap();
  s.Key("name");
  s.String(doc.grammar.name);
  s.Key("version");
  s.Int(doc.grammar.version);
  s.Key("file");
  s.String(doc.grammar.file);
  s.Key("confidence");
  s.Number(doc.grammar.confidence);
  s.EndMap();
  s.Key("title");
  OptString(s, doc.title);
  s.Key("date");
  OptDate(s, doc.date);
  s.Key("metadata");
  WriteValue(s, doc.metadata);
  s.Key("recitals");
  WriteItems(s, doc.recitals);
  s.Key("clauses");
  WriteItems(s, doc.clauses);
  s.Key("recommendations");
  WriteItems(s, doc.recommendations);

  s.Key("annexes");
  s.BeginSeq(doc.annexes.empty());
  for (const Annex& a : doc.annexes) {
    s.BeginMap();
    s.Key("id");
    OptString(s, a.id);
    s.Key("heading");
    OptString(s, a.heading);
    s.Key("title");
    OptString(s, a.title);
    s.Key("addressee");
    OptString(s, a.addressee);
    s.Key("subtitle");
    OptString(s, a.subtitle);
    s.Key("intro");
    OptString(s, a.intro);
    s.Key("line");
    s.Int(a.line);
    WritePage(s, a.page);
    s.Key("items");
    WriteItems(s, a.items);
    s.EndMap();
  }
  s.EndSeq();

  s.Key("deadlines");
  s.BeginSeq(doc.deadlines.empty());
  for (const Deadline& d : doc.deadlines) WriteDeadline(s, d, nullptr);
  s.EndSeq();

  s.Key("dates");
  s.BeginSeq(doc.dates.empty());
  for (const DateMention& m : doc.dates) {
    s.BeginMap();
    s.Key("text");
    s.String(m.text);
    s.Key("date");
    OptDate(s, m.date);
    s.Key("precision");
    s.String(m.precision);
    s.Key("path");
    s.String(m.path);
    s.Key("line");
    s.Int(m.line);
    WritePage(s, m.page);
    s.EndMap();
  }
  s.EndSeq();

  s.Key("definitions");
  s.BeginSeq(doc.definitions.empty());
  for (const Definition& d : doc.definitions) {
    s.BeginMap();
    s.Key("term");
    s.String(d.term);
    s.Key("means");
    OptString(s, d.means);
    s.Key("line");
    s.Int(d.line);
    WritePage(s, d.page);
    s.EndMap();
  }
  s.EndSeq();

  s.Key("diagnostics");
  s.BeginSeq(doc.diagnostics.empty());
  for (const Diagnostic& d : doc.diagnostics) WriteDiagnostic(s, d, nullptr);
  s.EndSeq();

  WriteLineTexts(s, "unplaced", doc.unplaced);
  WriteLineTexts(s, "page_furniture", doc.page_furniture);
  s.Key("footnotes");
  s.BeginSeq(doc.footnotes.empty());
  for (const Footnote& f : doc.footnotes) {
    s.BeginMap();
    s.Key("mark");
    s.String(f.mark);
    s.Key("text");
    s.String(f.text);
    s.Key("line");
    s.Int(f.line);
    WritePage(s, f.page);
    s.EndMap();
  }
  s.EndSeq();
  s.EndMap();
}

void WriteDiagnosticRecords(Sink& s, const std::vector<FileDiagnostics>& files) {
  size_t count = 0;
  for (const auto& f : files) count += f.diagnostics.size();
  s.BeginSeq(count == 0);
  for (const auto& f : files) {
    for (const Diagnostic& d : f.diagnostics) WriteDiagnostic(s, d, &f.file);
  }
  s.EndSeq();
}

void WriteDeadlineRecords(Sink& s, const std::vector<FileDeadlines>& files) {
  size_t count = 0;
  for (const auto& f : files) count += f.deadlines.size();
  s.BeginSeq(count == 0);
  for (const auto& f : files) {
    for (const Deadline& d : f.deadlines) WriteDeadline(s, d, &f.file);
  }
  s.EndSeq();
}

}  // namespace whereas::internal
