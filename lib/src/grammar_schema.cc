// The grammar file's schema: the table, the check, the reference.
#include "grammar_schema.h"

#include <algorithm>

#include "whereas/grammar.h"

namespace whereas::internal {
namespace {

using T = KeyType;

const std::vector<std::string_view> kStyles = {
    "decimal", "alpha", "ALPHA", "roman", "ROMAN", "alpha-paren", "roman-paren", "decimal-paren",
    "ALPHA-paren", "ROMAN-paren", "multilevel", "bullet", "paragraph", "table"};
const std::vector<std::string_view> kTransforms = {"squeeze", "title-case", "name-case"};

const std::vector<SectionSpec> kSchema = {
    {"grammar", "the top level of a grammar file", {
        {"name", T::kText, true, {}, "", "the kind's name: `--kind NAME`, `kind` in the output"},
        {"version", T::kInteger, true, {}, "", "bumped on every change; the output's `grammar.version`"},
        {"description", T::kText, false, {}, "", "one line for people"},
        {"max_mem", T::kInteger, false, {}, "",
         "RE2's memory budget for each pattern and rule set, in bytes, 1 MiB to 1 GiB (default 8 MiB)"},
        {"defines", T::kTextMap, false, {}, "",
         "patterns written once, used in others as `{NAME}` (capital letters, digits, `_`)"},
        {"detect", T::kSectionList, true, {}, "detect rule",
         "what tells this kind: the weights of the rules that match some line of a text's opening add "
         "up to its confidence (0.5 at least for this kind)"},
        {"zones", T::kSectionList, true, {}, "zone",
         "the parts of a document, in order of appearance; a document starts in the first"},
        {"metadata", T::kSectionList, false, {}, "metadata field", "the fields of `metadata`, in order"},
        {"rules", T::kSectionList, true, {}, "rule",
         "line rules, at most 64, matched against every line at once; the highest priority that "
         "applies in the zone wins"},
        {"extract", T::kSectionList, false, {}, "extract rule",
         "patterns over the joined text of records that fill metadata"},
        {"splits", T::kSectionList, false, {}, "split rule", "repairs inside an item's text"},
        {"clean", T::kSectionList, false, {}, "clean rule",
         "replacements applied to each line's text as it joins a record"},
        {"select", T::kSectionList, false, {}, "select rule", "items copied into another list"},
        {"definitions", T::kSection, false, {}, "definitions", "how defined terms are found"},
        {"deadlines", T::kSection, false, {}, "deadlines",
         "this kind's own deadline rules, instead of grammars/deadlines.yaml"},
        {"document_anchor", T::kPattern, false, {}, "",
         "what this kind calls itself in a deadline's anchor (`this Direction`): a period from it "
         "counts from the document's date"},
        {"bullet_depth", T::kInteger, false, {}, "",
         "how deep bullet lists nest below a labelled item (default 2)"},
        {"date", T::kText, false, {}, "", "the metadata field (of type date) that is the document's date"},
        {"anchor_date", T::kText, false, {}, "",
         "the metadata field (of type date) that `document_anchor`'s words name, when they name "
         "another document (a memorandum's `the date of the Directions`): a period from it counts "
         "from that field's date, and its `anchor` is the field's name"},
        {"wrap", T::kChoice, false, {"lines", "paragraphs"}, "",
         "`lines` (default): a line break inside a paragraph is a space; `paragraphs` (text from web "
         "pages): each line is a paragraph unless the sentence runs on"},
    }},
    {"zone", "each item of `zones`", {
        {"id", T::kText, true, {}, "", "the zone's name, for rules' `zones` and `opens`"},
        {"role", T::kChoice, true, {"title", "items", "block", "annex"}, "",
         "`title`: its first paragraph is the title; `items`: numbered items for `target`; `block`: "
         "fields only; `annex`: each opening starts an annex (header lines, intro, items)"},
        {"target", T::kChoice, false, {"recitals", "clauses", "recommendations"}, "",
         "where an `items` zone's items go"},
        {"items_open", T::kText, false, {}, "",
         "the zone an item opens when it appears here, where none belong"},
        {"text_field", T::kText, false, {}, "",
         "a metadata field that takes the zone's loose text, a paragraph at a time"},
        {"implicit_parents", T::kBoolean, false, {}, "",
         "`1.1` with no item `1` before it creates `1` (a section printed without its heading)"},
        {"paragraph_items", T::kBoolean, false, {}, "",
         "unnumbered paragraphs where no numbered item is open are items of style `paragraph`"},
        {"tab_rows", T::kBoolean, false, {}, "",
         "a line no rule reads whose cells stand between tabs is a row of a table item"},
        {"entries_only", T::kBoolean, false, {}, "",
         "a `block` zone (not the first) for a list printed ahead of the text it lists: only lines a "
         "field rule naming the zone matches stay in it"},
        {"after_quote", T::kText, false, {}, "",
         "a page quoting its items: after the paragraph that closes the quotation, loose text is read "
         "in this zone"},
    }},
    {"metadata field", "each item of `metadata`", {
        {"name", T::kText, true, {}, "", "the key in `metadata`; a line rule's capture of that name fills it"},
        {"type", T::kChoice, true, {"string", "date", "bool", "list", "map", "records"}, "",
         "`bool` reads yes, no, true, false, y, n; `list` takes every value; `map` and `records` have `keys`"},
        {"keys", T::kTextList, false, {}, "", "the keys of a `map` or of each record of `records`"},
        {"split_at", T::kPattern, false, {}, "",
         "a `list` value is cut before each match (`Appendix 1: ... Appendix 2: ...`)"},
        {"yes", T::kPattern, false, {}, "", "a `bool`'s own words for yes"},
        {"no", T::kPattern, false, {}, "", "a `bool`'s own words for no (`Non-Key`)"},
    }},
    {"rule", "each item of `rules`", {
        {"id", T::kText, true, {}, "", "the rule's name, unique in the grammar"},
        {"kind", T::kChoice, true, {"heading", "subtitle", "field", "item", "row", "furniture"}, "",
         "`heading` opens a zone; `subtitle` an annex's; `field` captures metadata, `title`, `date`; "
         "`item` an enumerated item (`label`, `text`, `heading`); `row` a table row (`cells`); "
         "`furniture` page furniture, set aside"},
        {"pattern", T::kPattern, true, {}, "",
         "matched against a line; named captures are fields or the kind's parts"},
        {"priority", T::kInteger, false, {}, "", "the higher wins when several rules match a line"},
        {"zones", T::kTextList, false, {}, "", "the zones where it applies (default: all)"},
        {"opens", T::kText, false, {}, "", "the zone a heading or subtitle (or an item) opens"},
        {"styles", T::kChoiceList, false, kStyles, "", "the styles an item's label may have"},
        {"into", T::kText, false, {}, "", "a `map` or `records` field whose keys the captures fill"},
        {"transform", T::kChoiceMap, false, kTransforms, "",
         "captures cleaned before they become values: `squeeze` (`497A (4B)` to `497A(4B)`), "
         "`title-case`, `name-case`"},
        {"keep", T::kBoolean, false, {}, "", "the line is also text of the zone it leaves the walk in"},
        {"wraps", T::kBoolean, false, {}, "",
         "a field whose value reads on into the loose lines after it (a role over two lines)"},
        {"value_below", T::kChoice, false, {"true", "false", "within-table"}, "",
         "a field whose label may stand alone on its line and its value on the next; `within-table`: "
         "only under a row read so"},
        {"before", T::kText, false, {}, "", "another rule's id: this one holds only over a line it matches"},
        {"after", T::kText, false, {}, "", "another rule's id: this one holds only under a line it matches"},
        {"examples", T::kTextList, false, {}, "",
         "lines the whole grammar must classify as this rule, checked at every load; a rule without "
         "one is an error of its own (its other faults are reported too)"},
        {"counter_examples", T::kTextList, false, {}, "", "lines this rule must not match"},
    }},
    {"extract rule", "each item of `extract`", {
        {"id", T::kText, true, {}, "", "the rule's name"},
        {"from", T::kChoiceList, true, {"title", "recitals", "clauses", "recommendations", "annexes"}, "",
         "the records whose joined text it reads"},
        {"pattern", T::kPattern, true, {}, "", "its named captures fill fields (or `into`'s keys)"},
        {"into", T::kText, false, {}, "", "a `map` or `records` field whose keys the captures fill"},
        {"all", T::kBoolean, false, {}, "", "every match, not only the first"},
        {"transform", T::kChoiceMap, false, kTransforms, "", "as a line rule's"},
        {"examples", T::kTextList, true, {}, "", "texts it must match"},
        {"counter_examples", T::kTextList, false, {}, "", "texts it must not match"},
    }},
    {"split rule", "each item of `splits`", {
        {"id", T::kText, true, {}, "", "the rule's name"},
        {"pattern", T::kPattern, true, {}, "", "matched against an item's text; captures `text` and `rest`"},
        {"rest", T::kChoice, true, {"tail", "line"}, "",
         "`tail`: the rest continues the parent after the sub-list; `line`: another item glued on"},
        {"examples", T::kTextList, true, {}, "", "texts it must match"},
        {"counter_examples", T::kTextList, false, {}, "", "texts it must not match"},
    }},
    {"clean rule", "each item of `clean`", {
        {"id", T::kText, true, {}, "", "the rule's name"},
        {"pattern", T::kPattern, true, {}, "", "what is replaced"},
        {"replace", T::kText, true, {}, "", "what replaces it (RE2 rewrite: `\\1` for group 1)"},
        {"note", T::kText, false, {}, "",
         "reported as a `text-repair` note, naming what a `removed` group held"},
        {"examples", T::kPairList, true, {}, "", "[input, output] pairs"},
    }},
    {"select rule", "each item of `select`", {
        {"id", T::kText, true, {}, "", "the rule's name"},
        {"from", T::kChoice, true, {"recitals", "clauses"}, "", "the items looked through"},
        {"into", T::kChoice, true, {"recommendations", "clauses"}, "", "where the copies go"},
        {"parent", T::kPattern, true, {}, "",
         "an item whose heading or text matches gives its children (or, with none, itself)"},
        {"examples", T::kTextList, true, {}, "", "texts `parent` must match"},
    }},
    {"definitions", "`definitions`", {
        {"term", T::kPattern, true, {}, "", "finds a defined term in brackets; captures `term`"},
        {"stops", T::kPattern, true, {}, "", "where the phrase a term stands for can start after"},
        {"head", T::kSection, false, {}, "head", "the phrase around the term's last word, tried first"},
        {"means", T::kSectionList, true, {}, "means rule", "tried in order when `head` finds nothing"},
        {"stated", T::kSectionList, false, {}, "stated rule",
         "terms stated outright: `\"the Trust\" means ...`"},
        {"examples", T::kSectionList, false, {}, "definition example", "checked at every load"},
    }},
    {"head", "`definitions.head`", {
        {"reach", T::kInteger, true, {}, "", "how many words back from the term's last word, 1 to 20"},
        {"opener", T::kPattern, true, {}, "", "a word that starts the phrase (`the`, `a`)"},
        {"verb", T::kPattern, true, {}, "", "a verb's form that ends the words before the phrase"},
        {"boundary", T::kPattern, true, {}, "", "a word that ends the words before the phrase (`in`, `by`)"},
        {"clause", T::kPattern, true, {}, "",
         "where a word missing from the segment is looked for back to (at most 600 bytes back)"},
    }},
    {"means rule", "each item of `definitions.means`", {
        {"pattern", T::kPattern, true, {}, "", "anchored at the segment's end; captures `means`"},
        {"reject", T::kPattern, false, {}, "", "a capture that matches this is refused"},
    }},
    {"stated rule", "each item of `definitions.stated`", {
        {"pattern", T::kPattern, true, {}, "", "captures `term` and `means`"},
        {"needs", T::kTextList, true, {}, "", "a text with none of these words is not searched"},
    }},
    {"definition example", "each item of `definitions.examples`", {
        {"text", T::kText, true, {}, "", "a text"},
        {"term", T::kText, true, {}, "", "the term it defines"},
        {"means", T::kText, true, {}, "", "what the term stands for"},
    }},
    {"detect rule", "each item of `detect`", {
        {"id", T::kText, true, {}, "", "the rule's name"},
        {"pattern", T::kPattern, true, {}, "", "matched against each line of a text's opening"},
        {"weight", T::kNumber, true, {}, "", "what a match adds to the confidence, above 0, at most 1"},
        {"examples", T::kTextList, true, {}, "", "lines it must match"},
        {"counter_examples", T::kTextList, false, {}, "", "lines it must not match"},
    }},
    {"deadlines", "`deadlines`, and grammars/deadlines.yaml", {
        {"version", T::kInteger, false, {}, "", "bumped on every change"},
        {"defines", T::kTextMap, false, {}, "", "as a grammar's"},
        {"numbers", T::kIntegerMap, false, {}, "", "number words and their values (`six: 6`)"},
        {"units", T::kTextMap, false, {}, "", "unit words and their ISO 8601 periods (`months: P1M`)"},
        {"document_anchor", T::kPattern, false, {}, "",
         "an anchor that is the document itself (`this Direction`)"},
        {"rules", T::kSectionList, false, {}, "deadline rule", "deadline phrases"},
        {"dates", T::kSectionList, false, {}, "date rule", "dates mentioned"},
    }},
    {"deadline rule", "each item of `deadlines.rules`", {
        {"id", T::kText, true, {}, "", "the rule's name"},
        {"type", T::kChoice, true, {"by", "within", "after", "on", "recurring", "none"}, "",
         "the deadline's type; `none`: words that are no deadline (`the annual budget`), "
         "matched to keep the other rules off them"},
        {"pattern", T::kPattern, true, {}, "",
         "captures among phrase, day, month, year, end_day, end_month, end_year, count, unit, anchor"},
        {"period", T::kText, false, {}, "", "a recurring rule's fixed ISO 8601 period (`P3M`)"},
        {"end_of_month", T::kBoolean, false, {}, "", "a month without a day means its last day"},
        {"month_range", T::kBoolean, false, {}, "", "a month without a day means the whole month"},
        {"default_month", T::kInteger, false, {}, "", "the month, 1 to 12, when the pattern captures none"},
        {"examples", T::kTextList, true, {}, "", "texts it must match"},
        {"counter_examples", T::kTextList, false, {}, "",
         "texts in which all the rules together must read no deadline by this one"},
    }},
    {"date rule", "each item of `deadlines.dates`", {
        {"id", T::kText, true, {}, "", "the rule's name"},
        {"pattern", T::kPattern, true, {}, "", "captures `month`, and `day` and `year` when printed"},
        {"examples", T::kTextList, true, {}, "", "texts it must match"},
        {"counter_examples", T::kTextList, false, {}, "", "texts it must not match"},
    }},
};

const KeySpec* FindKey(const SectionSpec& section, std::string_view key) {
  for (const KeySpec& k : section.keys) {
    if (k.key == key) return &k;
  }
  return nullptr;
}

std::string Join(const std::vector<std::string_view>& values) {
  std::string out;
  for (const std::string_view v : values) {
    if (!out.empty()) out += ", ";
    out += v;
  }
  return out;
}

// What a value of `type` is, for messages and the reference.
std::string TypeName(const KeySpec& k) {
  switch (k.type) {
    case T::kText: return "text";
    case T::kInteger: return "integer";
    case T::kNumber: return "number";
    case T::kBoolean: return "true or false";
    case T::kPattern: return "pattern";
    case T::kChoice: return "one of " + Join(k.values);
    case T::kTextList: return "list of texts";
    case T::kChoiceList: return "list of " + Join(k.values);
    case T::kSection: return "map: " + std::string(k.section);
    case T::kSectionList: return "list of " + std::string(k.section) + " maps";
    case T::kTextMap: return "map of names to texts";
    case T::kIntegerMap: return "map of words to integers";
    case T::kChoiceMap: return "map of captures to one of " + Join(k.values);
    case T::kPairList: return "list of [input, output] pairs";
  }
  return "";
}

// `node` converts to a value of type V as yaml-cpp reads it.
template <typename V>
bool Converts(const YAML::Node& node) {
  V v{};
  return node.IsScalar() && YAML::convert<V>::decode(node, v);
}

bool OneOf(const YAML::Node& node, const std::vector<std::string_view>& values) {
  return node.IsScalar() &&
         std::find(values.begin(), values.end(), std::string_view(node.Scalar())) != values.end();
}

void CheckValue(const YAML::Node& value, const KeySpec& k, std::string_view section,
                const SchemaReport& report) {
  const std::string key(k.key);
  const auto wrong = [&](const YAML::Node& at) {
    const std::string was = at.IsScalar() ? ", not '" + at.Scalar() + "'"
                            : at.IsSequence() ? ", not a list"
                            : at.IsMap() ? ", not a map" : "";
    const std::string type = TypeName(k);
    const std::string article = k.type == T::kChoice || k.type == T::kBoolean ? ""
                                : std::string_view("aeiou").find(type[0]) != std::string_view::npos ? "an "
                                                                                                     : "a ";
    report(at, "'" + key + "' must be " + article + type + was, "grammar-bad-value", section);
  };
  switch (k.type) {
    case T::kText:
    case T::kPattern:
      if (!value.IsScalar()) wrong(value);
      return;
    case T::kInteger:
      if (!Converts<long long>(value)) wrong(value);
      return;
    case T::kNumber:
      if (!Converts<double>(value)) wrong(value);
      return;
    case T::kBoolean:
      if (!Converts<bool>(value)) wrong(value);
      return;
    case T::kChoice:
      if (!OneOf(value, k.values)) wrong(value);
      return;
    case T::kTextList:
    case T::kChoiceList:
    case T::kSectionList:
    case T::kPairList:
      if (!value.IsSequence()) {
        if (!value.IsNull()) wrong(value);
        return;
      }
      for (const YAML::Node& item : value) {
        const bool ok = k.type == T::kTextList      ? item.IsScalar()
                        : k.type == T::kChoiceList  ? OneOf(item, k.values)
                        : k.type == T::kSectionList ? true
                        : item.IsSequence() && item.size() == 2 && item[0].IsScalar() && item[1].IsScalar();
        if (!ok) {
          const std::string was = item.IsScalar() ? ", not '" + item.Scalar() + "'" : "";
          report(item, "each item of '" + key + "' must be " +
                           (k.type == T::kTextList    ? std::string("text")
                            : k.type == T::kChoiceList ? "one of " + Join(k.values)
                                                       : std::string("an [input, output] pair")) + was,
                 "grammar-bad-value", section);
        } else if (k.type == T::kSectionList) {
          CheckSection(item, k.section, report);
        }
      }
      return;
    case T::kSection:
      CheckSection(value, k.section, report);
      return;
    case T::kTextMap:
    case T::kIntegerMap:
    case T::kChoiceMap:
      if (!value.IsMap()) {
        wrong(value);
        return;
      }
      for (const auto& kv : value) {
        const bool ok = k.type == T::kTextMap      ? kv.second.IsScalar()
                        : k.type == T::kIntegerMap ? Converts<long long>(kv.second)
                                                   : OneOf(kv.second, k.values);
        if (!ok) {
          report(kv.second, "each value of '" + key + "' must be " +
                                (k.type == T::kTextMap      ? std::string("text")
                                 : k.type == T::kIntegerMap ? std::string("an integer")
                                                            : "one of " + Join(k.values)),
                 "grammar-bad-value", section);
        }
      }
      return;
  }
}

}  // namespace

const std::vector<SectionSpec>& GrammarSchema() { return kSchema; }

const SectionSpec* FindSection(std::string_view name) {
  for (const SectionSpec& s : kSchema) {
    if (s.name == name) return &s;
  }
  return nullptr;
}

bool CheckSection(const YAML::Node& node, std::string_view section, const SchemaReport& report) {
  const SectionSpec* spec = FindSection(section);
  if (spec == nullptr) return false;  // a bug: every section is in the table
  if (!node.IsMap()) {
    report(node, std::string(section) + " must be a map", "grammar-bad-value", section);
    return false;
  }
  for (const auto& kv : node) {
    const std::string key = kv.first.IsScalar() ? kv.first.Scalar() : "";
    const KeySpec* k = FindKey(*spec, key);
    if (k == nullptr) {
      std::string valid;
      for (const KeySpec& s : spec->keys) valid += (valid.empty() ? "" : ", ") + std::string(s.key);
      report(kv.first, "unknown key '" + key + "' in " + std::string(section) + " (valid keys: " + valid + ")",
             "grammar-unknown-key", section);
      continue;
    }
    CheckValue(kv.second, *k, section, report);
  }
  bool complete = true;
  for (const KeySpec& k : spec->keys) {
    if (k.required && !node[std::string(k.key)]) {
      report(node, std::string(section) + " lacks required key '" + std::string(k.key) + "'",
             "grammar-missing-key", section);
      complete = false;
    }
  }
  return complete;
}

std::string GrammarReference() {
  std::string out =
      "# Grammar reference\n\n"
      "Every key a grammar file may hold, section by section, as the loader checks it\n"
      "(printed from its table by `whereas lint --reference`; a test keeps this file\n"
      "equal to it). How to write a grammar: [grammar-authoring.md](grammar-authoring.md).\n"
      "A key of the wrong type, a value outside the allowed ones, an unknown key and a\n"
      "missing required key are errors at their `FILE:LINE:COL`.\n";
  for (const SectionSpec& s : kSchema) {
    out += "\n## " + std::string(s.name) + "\n\nWhere: " + std::string(s.where) + ".\n\n";
    out += "| key | type | required | meaning |\n|---|---|---|---|\n";
    for (const KeySpec& k : s.keys) {
      std::string meaning(k.meaning);
      for (size_t at = meaning.find('|'); at != std::string::npos; at = meaning.find('|', at + 2)) {
        meaning.replace(at, 1, "\\|");
      }
      out += "| `" + std::string(k.key) + "` | " + TypeName(k) + " | " + (k.required ? "yes" : "") +
             " | " + meaning + " |\n";
    }
  }
  return out;
}

}  // namespace whereas::internal

namespace whereas {

std::string GrammarReference() { return internal::GrammarReference(); }

}  // namespace whereas
