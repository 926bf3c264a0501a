// LoadGrammar(): YAML text -> checked, compiled GrammarData.
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <stdexcept>
#include <tuple>
#include <sstream>

#include "grammar_internal.h"
#include "grammar_loader.h"
#include "grammar_schema.h"
#include "classify.h"
#include "deadlines.h"
#include "defines.h"
#include "definitions.h"
#include "labels.h"
#include "rest_of_line.h"
#include "whereas/grammar.h"

namespace whereas {
namespace internal {

std::string GrammarLoader::Scalar(const YAML::Node& node, std::string_view what) {
  if (!node.IsScalar()) {
    Error(node, std::string(what) + " must be a single value",
          "grammar-bad-value");
    return "";
  }
  return node.Scalar();
}

std::vector<std::string> GrammarLoader::StringList(const YAML::Node& node,
                                            std::string_view what) {
  std::vector<std::string> out;
  if (!node || node.IsNull()) return out;
  if (!node.IsSequence()) {
    Error(node, std::string(what) + " must be a list", "grammar-bad-value");
    return out;
  }
  for (const auto& item : node) out.push_back(Scalar(item, what));
  return out;
}

std::unique_ptr<RE2> GrammarLoader::Compile(const YAML::Node& node,
                                     std::string_view what) {
  std::vector<std::string> unknown;
  const std::string pattern = ExpandDefines(Scalar(node, what), defines_, &unknown);
  for (const std::string& name : unknown) {
    Error(node, "unknown placeholder {" + name + "}", "grammar-unknown-field");
  }
  auto re = std::make_unique<RE2>(FoldQuotes(pattern), PatternOptions(max_mem_));
  if (!re->ok()) {
    std::string message = "pattern does not compile: " + re->error();
    if (!re->error_arg().empty()) message += ": '" + re->error_arg() + "'";
    if (re->error_code() == RE2::ErrorPatternTooLarge) {
      message += " (the grammar's max_mem is " + std::to_string(max_mem_) + " bytes)";
    }
    Error(node, message, "grammar-pattern");
    return nullptr;
  }
  return re;
}

void GrammarLoader::CheckGroups(
    const YAML::Node& at, const RE2& re,
    const std::function<bool(const std::string&)>& known) {
  const auto& names = re.CapturingGroupNames();
  if (static_cast<int>(names.size()) != re.NumberOfCapturingGroups()) {
    Error(at,
          "pattern has unnamed capture groups; write (?:...) for grouping",
          "grammar-unnamed-group");
  }
  for (const auto& [index, name] : names) {
    if (!known(name)) {
      Error(at, "capture '" + name + "' is not a declared field",
            "grammar-unknown-field");
    }
  }
}

int GrammarLoader::ZoneIndex(const YAML::Node& node) {
  const std::string id = Scalar(node, "zone");
  for (size_t i = 0; i < data_->zones.size(); ++i) {
    if (data_->zones[i].id == id) return static_cast<int>(i);
  }
  Error(node, "unknown zone '" + id + "'", "grammar-unknown-zone");
  return -1;
}

int GrammarLoader::FieldIndex(const std::string& name) const {
  for (size_t i = 0; i < data_->fields.size(); ++i) {
    if (data_->fields[i].name == name) return static_cast<int>(i);
  }
  return -1;
}

Transform GrammarLoader::TransformFor(const YAML::Node& transforms,
                               const std::string& capture) {
  if (!transforms.IsMap() || !transforms[capture]) return Transform::kNone;
  const YAML::Node node = transforms[capture];
  const std::string name = Scalar(node, "transform");
  if (name == "squeeze") return Transform::kSqueeze;
  if (name == "title-case") return Transform::kTitleCase;
  if (name == "name-case") return Transform::kNameCase;
  return Transform::kNone;  // the schema check reported it
}

void GrammarLoader::LoadZones(const YAML::Node& node) {
  if (!node.IsSequence() || node.size() == 0) {
    Error(node, "zones must be a non-empty list", "grammar-bad-value");
    return;
  }
  for (const auto& z : node) {
    if (!Valid(z, "zone")) continue;
    Zone zone;
    zone.id = Scalar(z["id"], "id");
    const std::string role = Scalar(z["role"], "role");
    static const std::map<std::string, ZoneRole> kRoles = {
        {"title", ZoneRole::kTitle},
        {"items", ZoneRole::kItems},
        {"block", ZoneRole::kBlock},
        {"annex", ZoneRole::kAnnex}};
    const auto known_role = kRoles.find(role);
    if (known_role != kRoles.end()) zone.role = known_role->second;
    if (z["target"]) {
      static const std::map<std::string, Target> kTargets = {
          {"recitals", Target::kRecitals},
          {"clauses", Target::kClauses},
          {"recommendations", Target::kRecommendations}};
      const std::string target = Scalar(z["target"], "target");
      if (auto it = kTargets.find(target); it != kTargets.end()) zone.target = it->second;
    }
    if (z["text_field"]) {
      const std::string f = Scalar(z["text_field"], "text_field");
      zone.text_field = FieldIndex(f);
      if (zone.text_field < 0) {
        Error(z["text_field"], "unknown field '" + f + "'", "grammar-unknown-field");
      } else {
        used_fields_.insert(zone.text_field);
      }
    }
    zone.implicit_parents = z["implicit_parents"] && z["implicit_parents"].as<bool>(false);
    zone.paragraph_items = z["paragraph_items"] && z["paragraph_items"].as<bool>(false);
    zone.tab_rows = z["tab_rows"] && z["tab_rows"].as<bool>(false);
    zone.entries_only = z["entries_only"] && z["entries_only"].as<bool>(false);
    // It closes back into the zone before it, so a document cannot start in it.
    if (zone.entries_only && (zone.role != ZoneRole::kBlock || data_->zones.empty())) {
      Error(z["entries_only"], "only a zone with role 'block', not the first, can be entries_only",
            "grammar-bad-value");
    }
    if (known_role != kRoles.end() && zone.role == ZoneRole::kItems && zone.target == Target::kNone) {
      Error(z, "a zone with role 'items' needs a target",
            "grammar-missing-key");
    }
    data_->zones.push_back(std::move(zone));
  }
  // items_open may name a zone declared later, so resolve after all exist.
  size_t i = 0;
  for (const auto& z : node) {
    if (i < data_->zones.size() && z.IsMap() && z["items_open"]) {
      data_->zones[i].items_open = ZoneIndex(z["items_open"]);
    }
    if (i < data_->zones.size() && z.IsMap() && z["after_quote"]) {
      data_->zones[i].after_quote = ZoneIndex(z["after_quote"]);
    }
    ++i;
  }
}

void GrammarLoader::LoadFields(const YAML::Node& node) {
  if (!node) return;
  if (!node.IsSequence()) {
    Error(node, "metadata must be a list", "grammar-bad-value");
    return;
  }
  static const std::map<std::string, FieldType> kTypes = {
      {"string", FieldType::kString}, {"date", FieldType::kDate},
      {"bool", FieldType::kBool},     {"list", FieldType::kList},
      {"map", FieldType::kMap},       {"records", FieldType::kRecords}};
  for (const auto& f : node) {
    if (!Valid(f, "metadata field")) {
      continue;
    }
    Field field;
    field.name = Scalar(f["name"], "name");
    const std::string type = Scalar(f["type"], "type");
    if (auto it = kTypes.find(type); it != kTypes.end()) field.type = it->second;
    field.keys = StringList(Opt(f, "keys"), "keys");
    if (f["split_at"]) {
      if (field.type != FieldType::kList) {
        Error(f["split_at"], "split_at is for list fields", "grammar-bad-value");
      }
      field.split_at = Compile(f["split_at"], "split_at");
      if (field.split_at) {
        CheckGroups(f["split_at"], *field.split_at, [](const std::string&) { return false; });
      }
    }
    for (auto [key, words] : {std::pair{"yes", &field.yes}, std::pair{"no", &field.no}}) {
      if (!f[key]) continue;
      if (field.type != FieldType::kBool) {
        Error(f[key], std::string(key) + " is for bool fields", "grammar-bad-value");
        continue;
      }
      *words = Compile(f[key], key);
      if (*words) CheckGroups(f[key], **words, [](const std::string&) { return false; });
    }
    const bool needs_keys =
        field.type == FieldType::kMap || field.type == FieldType::kRecords;
    if (needs_keys && field.keys.empty()) {
      Error(f, "a '" + type + "' field needs keys", "grammar-missing-key");
    }
    if (FieldIndex(field.name) >= 0) {
      Error(f["name"], "duplicate field '" + field.name + "'",
            "grammar-duplicate-id");
    }
    data_->fields.push_back(std::move(field));
  }
}

std::vector<FieldCapture> GrammarLoader::Captures(const YAML::Node& rule,
                                           const RE2& re, int into) {
  std::vector<FieldCapture> out;
  const YAML::Node transforms = Opt(rule, "transform");
  if (!transforms.IsNull() && !transforms.IsMap()) {
    Error(transforms, "transform must be a map of capture: transform",
          "grammar-bad-value");
  }
  for (const auto& [group, name] : re.CapturingGroupNames()) {
    FieldCapture capture;
    capture.group = group;
    capture.transform =
        transforms.IsMap() ? TransformFor(transforms, name) : Transform::kNone;
    if (into >= 0) {
      capture.field = into;
      capture.key = name;
      used_fields_.insert(into);
    } else if (name == "date") {
      capture.field = -1;
    } else if (int f = FieldIndex(name); f >= 0) {
      capture.field = f;
      used_fields_.insert(f);
    } else {
      continue;  // a structural capture, handled by the rule kind
    }
    out.push_back(std::move(capture));
  }
  if (transforms.IsMap()) {
    for (const auto& kv : transforms) {
      const std::string name = kv.first.as<std::string>("");
      if (re.NamedCapturingGroups().count(name) == 0) {
        Error(kv.first, "transform names no capture of the pattern: '" + name +
                            "'",
              "grammar-unknown-field");
      }
    }
  }
  return out;
}

// Resolves `into` for a rule, or -1; checks that captures are keys of it.
int ResolveInto(const YAML::Node& rule, const GrammarData& data,
                const RE2* re, const std::function<void(const YAML::Node&,
                                                        const std::string&)>&
                                   error) {
  if (!rule["into"]) return -1;
  const std::string name = rule["into"].as<std::string>("");
  for (size_t i = 0; i < data.fields.size(); ++i) {
    const Field& f = data.fields[i];
    if (f.name != name) continue;
    if (f.type != FieldType::kMap && f.type != FieldType::kRecords) {
      error(rule["into"], "'into' must name a map or records field");
      return -1;
    }
    if (re) {
      for (const auto& [group, capture] : re->CapturingGroupNames()) {
        if (std::find(f.keys.begin(), f.keys.end(), capture) == f.keys.end()) {
          error(rule["pattern"], "capture '" + capture +
                                     "' is not a key of field '" + name + "'");
        }
      }
    }
    return static_cast<int>(i);
  }
  error(rule["into"], "unknown field '" + name + "'");
  return -1;
}

void GrammarLoader::LoadRules(const YAML::Node& node) {
  if (!node || !node.IsSequence() || node.size() == 0) {
    Error(node ? node : YAML::Node(), "rules must be a non-empty list",
          "grammar-missing-key");
    return;
  }
  if (node.size() > kMaxLineRules) {
    Error(node,
          "a grammar has at most " + std::to_string(kMaxLineRules) +
              " line rules",
          "grammar-too-many-rules");
    return;
  }
  std::set<std::string> ids;
  std::vector<YAML::Node> rule_nodes;
  for (const auto& r : node) {
    if (!Valid(r, "rule")) {
      continue;
    }
    LineRule rule;
    rule.id = Scalar(r["id"], "id");
    rule.line = r.Mark().line + 1;
    if (Opt(r, "examples").size() == 0) {
      Error(r, "rule '" + rule.id + "' has no examples", "grammar-example");
    }
    if (!ids.insert(rule.id).second) {
      Error(r["id"], "duplicate rule id '" + rule.id + "'",
            "grammar-duplicate-id");
    }
    const std::string kind = Scalar(r["kind"], "kind");
    static const std::map<std::string, RuleKind> kKinds = {
        {"heading", RuleKind::kHeading},
        {"subtitle", RuleKind::kSubtitle},
        {"field", RuleKind::kField},
        {"item", RuleKind::kItem},
        {"row", RuleKind::kRow},
        {"furniture", RuleKind::kFurniture}};
    if (auto it = kKinds.find(kind); it != kKinds.end()) rule.kind = it->second;
    if (r["priority"]) rule.priority = r["priority"].as<int>(0);
    rule.keep = r["keep"] && r["keep"].as<bool>(false);
    rule.wraps = r["wraps"] && r["wraps"].as<bool>(false);
    if (rule.wraps && (rule.kind != RuleKind::kField || rule.keep)) {
      Error(r["wraps"],
            "only a field rule that does not keep its line wraps onto the "
            "lines after it",
            "grammar-bad-value");
    }
    if (const YAML::Node v = r["value_below"]) {
      const std::string value = Scalar(v, "value_below");
      if (value == "true") {
        rule.value_below = LineRule::ValueBelow::kYes;
      } else if (value == "within-table") {
        rule.value_below = LineRule::ValueBelow::kWithinTable;
      }
    }
    if (rule.value_below != LineRule::ValueBelow::kNo &&
        (rule.kind != RuleKind::kField || rule.keep)) {
      Error(r["value_below"],
            "only a field rule that does not keep its line reads its value "
            "from the line below",
            "grammar-bad-value");
    }
    for (const auto& z : Opt(r, "zones")) {
      if (int zi = ZoneIndex(z); zi >= 0) rule.zones.push_back(zi);
    }
    if (r["opens"]) rule.opens = ZoneIndex(r["opens"]);
    if ((rule.kind == RuleKind::kHeading || rule.kind == RuleKind::kSubtitle) &&
        !r["opens"]) {
      Error(r, "a " + kind + " rule needs 'opens'", "grammar-missing-key");
    }
    for (const auto& s : StringList(Opt(r, "styles"), "styles")) {
      if (auto style = ParseItemStyle(s)) rule.styles.push_back(*style);
    }
    if (rule.kind == RuleKind::kItem && rule.styles.empty()) {
      Error(r, "an item rule needs 'styles'", "grammar-missing-key");
    }
    rule.re = Compile(r["pattern"], "pattern");
    if (rule.re) {
      rule.into = ResolveInto(r, *data_, rule.re.get(),
                              [this](const YAML::Node& at,
                                     const std::string& m) {
                                Error(at, m, "grammar-unknown-field");
                              });
      if (rule.into < 0) {
        CheckGroups(r["pattern"], *rule.re, [this](const std::string& n) {
          return kStructuralCaptures.count(n) > 0 || FieldIndex(n) >= 0;
        });
      }
      const auto group = [&](const char* name) { return GroupIndex(*rule.re, name); };
      rule.label_group = group("label");
      rule.text_group = group("text");
      rule.heading_group = group("heading");
      rule.id_group = group("id");
      rule.subtitle_group = group("subtitle");
      rule.cells_group = group("cells");
      if (rule.kind == RuleKind::kRow && rule.cells_group == 0) {
        Error(r["pattern"], "a row rule must capture 'cells'", "grammar-missing-key");
      }
      if (rule.kind == RuleKind::kItem && rule.text_group == 0 &&
          rule.heading_group == 0) {
        Error(r["pattern"], "an item rule must capture 'text' or 'heading'",
              "grammar-missing-key");
      }
      if (rule.kind == RuleKind::kSubtitle && rule.subtitle_group == 0) {
        Error(r["pattern"], "a subtitle rule must capture 'subtitle'",
              "grammar-missing-key");
      }
      rule.captures = Captures(r, *rule.re, rule.into);
      if (rule.into < 0) {
        // "title" is a document key, captured like a field.
        if (int g = group("title"); g > 0) {
          rule.captures.push_back({g, -2, "", Transform::kNone});
        }
      }
    }
    data_->rules.push_back(std::move(rule));
    rule_nodes.push_back(r);
  }
  for (size_t i = 0; i < data_->rules.size(); ++i) {
    LineRule& rule = data_->rules[i];
    for (auto [key, other] : {std::pair{"before", &rule.before}, std::pair{"after", &rule.after}}) {
      const YAML::Node named = rule_nodes[i][key];
      if (!named) continue;
      const std::string id = Scalar(named, key);
      for (size_t j = 0; j < data_->rules.size(); ++j) {
        if (data_->rules[j].id == id && j != i) *other = static_cast<int>(j);
      }
      if (*other < 0) {
        Error(named, std::string(key) + " names no other rule: '" + id + "'",
              "grammar-bad-value");
      }
      data_->conditional_rules |= RuleMask{1} << i;
    }
    if (rule.value_below != LineRule::ValueBelow::kNo) {
      data_->value_below_rules |= RuleMask{1} << i;
    }
    if (rule.value_below == LineRule::ValueBelow::kWithinTable) {
      data_->within_table_rules |= RuleMask{1} << i;
    }
  }
  if (!errors_.empty()) return;

  // Anchored: a line that no rule can start with costs a few bytes, not the
  // whole line. A pattern that may match further in is given a leading .*?.
  auto set = std::make_unique<RE2::Set>(PatternOptions(std::max(max_mem_, kLineSetMaxMem)),
                                        RE2::ANCHOR_START);
  // The rules a header row may start with (value_below, not only within a
  // table), on their own: reading a line's columns asks them of many rows,
  // and their DFA stops within a few bytes where no label starts.
  auto row_set = std::make_unique<RE2::Set>(PatternOptions(max_mem_), RE2::ANCHOR_START);
  for (size_t i = 0; i < data_->rules.size(); ++i) {
    std::string pattern = CompileHead(&data_->rules[i], PatternOptions(max_mem_));
    if (!StartsAnchored(pattern)) pattern = "(?s:.*?)(?:" + pattern + ")";
    const LineRule& rule = data_->rules[i];
    std::string error;
    if ((rule.head ? *rule.head : *rule.re).ProgramSize() > kLoneRuleSize) {
      GrammarData::LoneRule& lone = data_->lone_rules.emplace_back();
      lone.rule = static_cast<int>(i);
      lone.re = rule.re.get();
      if (pattern != rule.re->pattern()) {  // a head's condition, or a leading .*?
        lone.own = std::make_unique<RE2>(pattern, PatternOptions(max_mem_));
        lone.re = lone.own.get();
      }
    } else if (set->Add(pattern, &error) >= 0) {
      data_->set_rules.push_back(static_cast<int>(i));
    } else {
      Error(rule_nodes[i]["pattern"], "pattern does not compile: " + error,
            "grammar-pattern");
    }
    if (rule.value_below == LineRule::ValueBelow::kYes && row_set->Add(pattern, nullptr) >= 0) {
      data_->row_rules.push_back(static_cast<int>(i));
    }
  }
  if (!errors_.empty()) return;
  if ((!data_->set_rules.empty() && !set->Compile()) ||
      (!data_->row_rules.empty() && !row_set->Compile())) {
    Error(node, "the rules together exceed RE2's memory budget (max_mem " +
                    std::to_string(max_mem_) + " bytes)",
          "grammar-pattern");
    return;
  }
  if (!data_->set_rules.empty()) data_->rule_set = std::move(set);
  if (!data_->row_rules.empty()) data_->row_set = std::move(row_set);
  for (size_t r = 0; r < data_->rules.size(); ++r) {
    const LineRule& rule = data_->rules[r];
    const RuleMask bit = RuleMask{1} << r;
    if (rule.kind == RuleKind::kItem && rule.label_group > 0) data_->labelled_rules |= bit;
    if (rule.kind == RuleKind::kFurniture) data_->furniture_rules |= bit;
    if (!rule.head) data_->whole_line_rules |= bit;
  }
  if (check_examples_) CheckRuleExamples(rule_nodes);
}

void GrammarLoader::CheckRuleExamples(const std::vector<YAML::Node>& rule_nodes) {
  for (size_t i = 0; i < data_->rules.size(); ++i) {
    const LineRule& rule = data_->rules[i];
    const YAML::Node& r = rule_nodes[i];
    for (const auto& ex : Opt(r, "examples")) {
      const std::string line = Scalar(ex, "example");
      int winner = -1;
      if (!WinsSomewhere(*data_, line, static_cast<int>(i), &winner)) {
        Error(ex,
              "example is not classified as rule '" + rule.id + "'" +
                  (winner < 0 ? std::string(": no rule matches it")
                              : ": rule '" + data_->rules[winner].id +
                                    "' wins"),
              "grammar-example");
      }
    }
    for (const auto& ex : Opt(r, "counter_examples")) {
      const std::string line = Scalar(ex, "counter-example");
      if (RE2::PartialMatch(line, *rule.re)) {
        Error(ex, "counter-example is matched by rule '" + rule.id + "'",
              "grammar-counter-example");
      }
    }
  }
}

Result<std::shared_ptr<const GrammarData>> GrammarLoader::Load(
    std::string_view text) {
  YAML::Node root;
  try {
    root = YAML::Load(std::string(text));
  } catch (const YAML::ParserException& e) {
    Report(e.mark, "error", e.msg, "grammar-yaml");
    return whereas::Error{file_ + ": invalid YAML", Sorted(errors_)};
  }
  try {
    // The whole file against the schema's table: every key, type and value.
    // The rules name zones and fields: with those broken, loading them would
    // only report the breakage again.
    bool parts_broken = false;
    const bool complete = CheckSection(
        root, "grammar",
        [&](const YAML::Node& at, const std::string& message, std::string_view rule,
            std::string_view section) {
          Error(at, message, rule);
          parts_broken = parts_broken || section == "grammar" || section == "zone" ||
                         section == "metadata field";
        });
    if (!complete) return whereas::Error{file_ + ": invalid grammar", Sorted(errors_)};
    const size_t schema_errors = errors_.size();
    if (root["max_mem"]) {
      max_mem_ = root["max_mem"].as<int64_t>(0);
      if (max_mem_ < (int64_t{1} << 20) || max_mem_ > (int64_t{1} << 30)) {
        Error(root["max_mem"], "max_mem must be from 1 MiB to 1 GiB (bytes)", "grammar-bad-value");
        max_mem_ = kDefaultMaxMem;
      }
    }
    for (const auto& kv : Opt(root, "defines")) {
      defines_[Scalar(kv.first, "define's name")] = Scalar(kv.second, "define");
    }
    data_->name = Scalar(root["name"], "name");
    data_->version = root["version"].as<int>(0);
    data_->file = file_;
    if (root["description"]) {
      data_->description = Scalar(root["description"], "description");
    }
    if (root["bullet_depth"]) {
      data_->bullet_depth = root["bullet_depth"].as<int>(2);
    }
    LoadFields(root["metadata"]);
    LoadZones(root["zones"]);
    if (root["date"]) {
      const std::string f = Scalar(root["date"], "date");
      data_->date_field = FieldIndex(f);
      if (data_->date_field < 0 || data_->fields[data_->date_field].type != FieldType::kDate) {
        Error(root["date"], "'date' must name a field of type date", "grammar-bad-value");
      }
    }
    if (root["anchor_date"]) {
      const std::string f = Scalar(root["anchor_date"], "anchor_date");
      data_->anchor_date_field = FieldIndex(f);
      if (data_->anchor_date_field < 0 ||
          data_->fields[data_->anchor_date_field].type != FieldType::kDate) {
        Error(root["anchor_date"], "'anchor_date' must name a field of type date", "grammar-bad-value");
      }
    }
    if (root["wrap"]) {
      data_->paragraph_lines = Scalar(root["wrap"], "wrap") == "paragraphs";
    }
    if (!parts_broken && errors_.size() == schema_errors && head_only_) {
      LoadDetect(root["detect"]);
    } else if (!parts_broken && errors_.size() == schema_errors) {
      LoadRules(root["rules"]);
      LoadExtracts(root["extract"]);
      LoadSplits(root["splits"]);
      LoadCleans(root["clean"]);
      LoadSelects(root["select"]);
      LoadDefinitions(root["definitions"]);
      LoadDetect(root["detect"]);
      std::vector<std::string> errors;
      data_->deadlines = root["deadlines"]
                             ? LoadDeadlineRules(root["deadlines"], file_, &errors)
                             : BuiltinDeadlineRules(&errors);
      for (std::string& e : errors) errors_.push_back({0, 0, std::move(e)});
      if (root["document_anchor"]) {
        data_->document_anchor = Compile(root["document_anchor"], "document_anchor");
      }
    }
  } catch (const YAML::Exception& e) {
    // A value of the wrong type (a list where a number belongs).
    Report(e.mark, "error", e.msg, "grammar-bad-value");
  }
  if (!errors_.empty()) {
    return whereas::Error{file_ + ": invalid grammar", Sorted(errors_)};
  }
  for (size_t i = 0; i < data_->fields.size() && !head_only_; ++i) {
    if (!used_fields_.count(static_cast<int>(i))) {
      Report(root["metadata"][i].Mark(), "warning",
             "field '" + data_->fields[i].name + "' is filled by no rule",
             "grammar-unused-field");
    }
  }
  data_->warnings = Sorted(warnings_);
  return std::shared_ptr<const GrammarData>(std::move(data_));
}

const GrammarData& GrammarCell::Whole() const {
  std::call_once(compiled, [this] {
    if (whole) return;
    auto data = GrammarLoader(head->file, /*check_examples=*/false).Load(source);
    if (!data) {
      throw std::logic_error("grammar " + head->file + " was deferred but does not load: " +
                             data.error().message);
    }
    whole = std::move(data).value();
  });
  return *whole;
}

}  // namespace internal

const std::string& Grammar::name() const { return cell_->head->name; }
int Grammar::version() const { return cell_->head->version; }
const std::string& Grammar::file() const { return cell_->head->file; }
const std::string& Grammar::description() const { return cell_->head->description; }
const std::vector<std::string>& Grammar::warnings() const { return cell_->Whole().warnings; }
void Grammar::Compile() const { cell_->Whole(); }

Result<Grammar> LoadGrammar(std::string_view yaml_text, std::string_view file_name,
                            const LoadOptions& options) {
  auto data = internal::GrammarLoader(file_name, options.check_examples, options.defer_rules)
                  .Load(yaml_text);
  if (!data) return data.error();
  auto cell = std::make_shared<internal::GrammarCell>();
  cell->head = std::move(data).value();
  if (options.defer_rules) {
    cell->source = std::string(yaml_text);
  } else {
    cell->whole = cell->head;
  }
  return Grammar(std::move(cell));
}

}  // namespace whereas
