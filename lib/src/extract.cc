// Metadata fields and defined terms from the records of a document.
#include "extract.h"

#include <algorithm>
#include <functional>

#include "definitions.h"
#include "str_util.h"

namespace whereas::internal {
namespace {

std::string Apply(Transform transform, const std::string& value) {
  switch (transform) {
    case Transform::kNone: return value;
    case Transform::kSqueeze: return Squeeze(value);
    case Transform::kTitleCase: return TitleCase(value);
    case Transform::kNameCase: return NameCase(value);
  }
  return value;
}

Value EmptyField(const Field& field) {
  switch (field.type) {
    case FieldType::kList:
    case FieldType::kRecords:
      return Value::List();
    case FieldType::kMap: {
      Value map = Value::Map();
      for (const auto& key : field.keys) map.Set(key, Value());
      return map;
    }
    default:
      return Value();
  }
}

Value RecordFor(const Field& field, int line) {
  Value record = Value::Map();
  for (const auto& key : field.keys) record.Set(key, Value());
  record.Set("line", Value::Int(line));
  return record;
}

// The scalar `raw` as a value of `field`'s type; null when it cannot be read.
Value Scalar(const Field& field, const std::string& raw) {
  if (field.type == FieldType::kDate) {
    if (auto d = Date::Parse(raw)) return Value::FromDate(*d);
    return Value();
  }
  if (field.type == FieldType::kBool) {
    std::string v = raw;
    std::transform(v.begin(), v.end(), v.begin(), ::tolower);
    if (v == "yes" || v == "true" || v == "y") return Value::Bool(true);
    if (v == "no" || v == "false" || v == "n") return Value::Bool(false);
    if (field.yes && RE2::FullMatch(raw, *field.yes)) return Value::Bool(true);
    if (field.no && RE2::FullMatch(raw, *field.no)) return Value::Bool(false);
    return Value();
  }
  return Value::String(raw);
}

// Calls `visit(text, line)` for every piece of record text in `source`, in
// document order, with an explicit stack instead of recursion.
void VisitSource(const Document& doc, Source source,
                 const std::function<void(std::string_view, int)>& visit) {
  const auto items = [&](const std::vector<Item>& roots) {
    std::vector<const Item*> stack;
    for (auto it = roots.rbegin(); it != roots.rend(); ++it) stack.push_back(&*it);
    while (!stack.empty()) {
      const Item* item = stack.back();
      stack.pop_back();
      if (item->heading) visit(*item->heading, item->line);
      visit(item->text, item->line);
      if (item->tail) visit(*item->tail, item->line);
      for (auto it = item->items.rbegin(); it != item->items.rend(); ++it) {
        stack.push_back(&*it);
      }
    }
  };
  switch (source) {
    case Source::kTitle:
      if (doc.title) visit(*doc.title, 1);
      break;
    case Source::kRecitals: items(doc.recitals); break;
    case Source::kClauses: items(doc.clauses); break;
    case Source::kRecommendations: items(doc.recommendations); break;
    case Source::kAnnexes:
      for (const Annex& annex : doc.annexes) {
        if (annex.intro) visit(*annex.intro, annex.line);
        items(annex.items);
      }
      break;
  }
}

// `value` cut before each match of the field's split_at pattern.
std::vector<std::string> SplitAt(const Field& field, const std::string& value) {
  if (!field.split_at) return {value};
  std::vector<std::string> parts;
  re2::StringPiece match;
  size_t start = 0;
  size_t pos = 0;
  while (pos < value.size() &&
         field.split_at->Match(value, pos, value.size(), RE2::UNANCHORED, &match, 1)) {
    const size_t at = static_cast<size_t>(match.data() - value.data());
    if (at > start) {
      std::string part = Trim(std::string_view(value).substr(start, at - start));
      if (!part.empty()) parts.push_back(std::move(part));
      start = at;
    }
    pos = std::max(at + match.size(), pos + 1);
  }
  std::string last = Trim(std::string_view(value).substr(start));
  if (!last.empty()) parts.push_back(std::move(last));
  return parts;
}

// Copies the children of items whose heading or text matches a select rule;
// such an item with no children is the selection itself ("6.5 I also
// recommend that the Department reviews progress.").
void Select(const GrammarData& g, Document* doc) {
  for (const SelectRule& rule : g.selects) {
    const std::vector<Item>& from =
        rule.from == Source::kRecitals ? doc->recitals : doc->clauses;
    std::vector<Item>& into =
        rule.into == Target::kClauses ? doc->clauses : doc->recommendations;
    std::vector<Item> selected;
    std::vector<const Item*> stack;
    for (auto it = from.rbegin(); it != from.rend(); ++it) stack.push_back(&*it);
    while (!stack.empty()) {
      const Item* item = stack.back();
      stack.pop_back();
      if (RE2::PartialMatch(item->text, *rule.parent) ||
          (item->heading && RE2::PartialMatch(*item->heading, *rule.parent))) {
        if (item->items.empty() && !item->text.empty() && !EndsWithColon(item->text)) {
          selected.push_back(*item);
        } else {
          selected.insert(selected.end(), item->items.begin(), item->items.end());
        }
        continue;
      }
      for (auto it = item->items.rbegin(); it != item->items.rend(); ++it) {
        stack.push_back(&*it);
      }
    }
    into.insert(into.end(), selected.begin(), selected.end());
  }
}

class Metadata {
 public:
  // A value that cannot be read is noted in `diagnostics`, words and all.
  Metadata(const GrammarData& g, std::vector<Diagnostic>* diagnostics)
      : g_(g), diagnostics_(diagnostics) {
    for (const Field& f : g.fields) values_.push_back(EmptyField(f));
    records_.resize(g.fields.size());
  }

  void Add(const FieldValue& fv) {
    const Field& field = g_.fields[fv.field];
    const std::string value = Apply(fv.transform, fv.value);
    Value& dst = values_[fv.field];
    switch (field.type) {
      case FieldType::kList:
        for (std::string& part : SplitAt(field, value)) dst.Append(Value::String(std::move(part)));
        break;
      case FieldType::kMap:
        if (Value* v = dst.Find(fv.key); v && v->is_null()) {
          *v = Value::String(value);
        }
        break;
      case FieldType::kRecords: {
        auto& records = records_[fv.field];
        if (fv.new_record || records.empty()) {
          records.emplace_back(fv.line, RecordFor(field, fv.line));
        }
        if (Value* v = records.back().second.Find(fv.key)) {
          *v = Value::String(value);
        }
        break;
      }
      default:
        if (!dst.is_null()) break;
        dst = Scalar(field, value);
        if (dst.is_null() && !value.empty()) Unreadable(field, value, fv.line);
        break;
    }
  }

  bool IsSet(int field) const {
    const Value& v = values_[field];
    if (v.kind() == Value::Kind::kMap) {
      for (const auto& [key, value] : v.entries()) {
        if (value.is_null()) return false;
      }
      return true;
    }
    return !v.is_null() && v.kind() != Value::Kind::kList;
  }

  Value Finish() {
    Value map = Value::Map();
    for (size_t i = 0; i < values_.size(); ++i) {
      auto& records = records_[i];
      std::stable_sort(records.begin(), records.end(),
                       [](const auto& a, const auto& b) { return a.first < b.first; });
      for (auto& [line, record] : records) values_[i].Append(std::move(record));
      map.Set(g_.fields[i].name, std::move(values_[i]));
    }
    return map;
  }

 private:
  void Unreadable(const Field& field, const std::string& value, int line) {
    Diagnostic d;
    d.severity = Severity::kNote;
    d.rule = field.type == FieldType::kDate ? "unreadable-date" : "unreadable-value";
    d.line = line;
    d.column = 1;
    d.message = "cannot read '" + value + "' as " +
                (field.type == FieldType::kDate ? "a date" : "yes or no") + "; " +
                field.name + " is null";
    diagnostics_->push_back(std::move(d));
  }

  const GrammarData& g_;
  std::vector<Diagnostic>* diagnostics_;
  std::vector<Value> values_;
  std::vector<std::vector<std::pair<int, Value>>> records_;
};

void RunExtract(const ExtractRule& rule, const Document& doc, Metadata* meta) {
  bool done = false;
  const int n = rule.re->NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> groups(n);
  for (Source source : rule.sources) {
    VisitSource(doc, source, [&](std::string_view text, int line) {
      size_t pos = 0;
      while (!done && pos <= text.size() &&
             rule.re->Match(text, pos, text.size(), RE2::UNANCHORED,
                            groups.data(), n)) {
        bool first = true;
        for (const FieldCapture& c : rule.captures) {
          if (groups[c.group].data() == nullptr) continue;
          meta->Add({c.field, c.key, Trim(std::string_view(groups[c.group])),
                     c.transform, line, first});
          first = false;
        }
        if (!rule.all) done = true;
        const size_t end =
            static_cast<size_t>(groups[0].data() - text.data()) + groups[0].size();
        pos = std::max(end, pos + 1);
      }
    });
    if (done) return;
  }
}

}  // namespace

void ExtractRecords(const GrammarData& grammar, Outline&& outline,
                    Document* doc) {
  doc->title = std::move(outline.title);
  doc->date = outline.date;
  doc->recitals = std::move(outline.recitals);
  doc->clauses = std::move(outline.clauses);
  doc->recommendations = std::move(outline.recommendations);
  doc->annexes = std::move(outline.annexes);
  doc->unplaced = std::move(outline.unplaced);
  doc->page_furniture = std::move(outline.page_furniture);
  doc->footnotes = std::move(outline.footnotes);
  for (Diagnostic& d : outline.diagnostics) doc->diagnostics.push_back(std::move(d));

  Metadata meta(grammar, &doc->diagnostics);
  for (const FieldValue& fv : outline.fields) meta.Add(fv);
  for (const ExtractRule& rule : grammar.extracts) {
    // A field a line rule filled is not overwritten by a sentence.
    if (!rule.all && rule.into < 0 && !rule.captures.empty() &&
        meta.IsSet(rule.captures[0].field)) {
      continue;
    }
    RunExtract(rule, *doc, &meta);
  }
  doc->metadata = meta.Finish();
  if (grammar.date_field >= 0 && !doc->date) {
    const Value* v = doc->metadata.Find(grammar.fields[grammar.date_field].name);
    if (v && v->kind() == Value::Kind::kDate) doc->date = Date::Parse(v->as_string());
  }
  Select(grammar, doc);

  for (Source source : {Source::kTitle, Source::kRecitals, Source::kClauses,
                        Source::kRecommendations, Source::kAnnexes}) {
    VisitSource(*doc, source, [&](std::string_view text, int line) {
      for (Definition& d : FindDefinitions(grammar.definitions, text, line)) {
        doc->definitions.push_back(std::move(d));
      }
    });
  }
  std::stable_sort(doc->definitions.begin(), doc->definitions.end(),
                   [](const Definition& a, const Definition& b) { return a.line < b.line; });
}

}  // namespace whereas::internal
