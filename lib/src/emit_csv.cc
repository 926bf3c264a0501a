// The CSV writer (RFC 4180): a document's items as rows for a spreadsheet.
#include <string>
#include <string_view>
#include <vector>

#include "whereas/emit.h"

namespace whereas {
namespace {

// A field is quoted when it holds a comma, a quote or a line break; a quote
// inside is doubled.
void AppendCsvField(std::string_view field, std::string* out) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
    out->append(field);
    return;
  }
  *out += '"';
  size_t run = 0;
  for (size_t quote = field.find('"'); quote != std::string_view::npos;
       quote = field.find('"', quote + 1)) {
    out->append(field.substr(run, quote + 1 - run));
    *out += '"';
    run = quote + 1;
  }
  out->append(field.substr(run));
  *out += '"';
}

// A table item's cells, a tab between cells and a line break between rows,
// after its own words: no word of the item is left out of its row.
std::string ItemText(const Item& item) {
  std::string text = item.text;
  for (const auto& row : item.rows) {
    if (!text.empty()) text += '\n';
    for (size_t i = 0; i < row.size(); ++i) {
      if (i > 0) text += '\t';
      text += row[i];
    }
  }
  return text;
}

void AppendItems(const Document& doc, std::string_view zone, const std::vector<Item>& items,
                 std::string* out) {
  for (const Item& item : items) {
    const std::string line = std::to_string(item.line);
    const std::string text = ItemText(item);
    const std::string page = item.page > 0 ? std::to_string(item.page) : "";
    AppendCsvRecord({doc.source, doc.kind, zone, item.path, item.label.value_or(""),
                     ToString(item.style), item.heading.value_or(""), text, line,
                     item.tail.value_or(""), page},
                    out);
    AppendItems(doc, zone, item.items, out);
  }
}

}  // namespace

void AppendCsvRecord(const std::vector<std::string_view>& fields, std::string* out) {
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) *out += ',';
    AppendCsvField(fields[i], out);
  }
  *out += "\r\n";
}

void AppendItemsCsvHeader(std::string* out) {
  AppendCsvRecord({"source", "kind", "zone", "path", "label", "style", "heading", "text", "line",
                   "tail", "page"},
                  out);
}

void AppendItemsCsv(const Document& doc, std::string* out) {
  AppendItems(doc, "recitals", doc.recitals, out);
  AppendItems(doc, "clauses", doc.clauses, out);
  AppendItems(doc, "recommendations", doc.recommendations, out);
  for (const Annex& annex : doc.annexes) AppendItems(doc, "annexes", annex.items, out);
}

}  // namespace whereas
