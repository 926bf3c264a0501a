// The grammar loader (grammar_load.cc, and grammar_load_text.cc for the
// rules over whole texts): a grammar file, checked against the schema's
// table (grammar_schema.h), compiled into GrammarData with every problem
// reported at once. Private to those two files.
#ifndef WHEREAS_SRC_GRAMMAR_LOADER_H_
#define WHEREAS_SRC_GRAMMAR_LOADER_H_

#include <re2/re2.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "grammar_internal.h"
#include "grammar_schema.h"
#include "whereas/result.h"

namespace whereas::internal {

// Structural capture names a line rule may use besides metadata fields.
inline const std::set<std::string> kStructuralCaptures = {
    "label", "text", "heading", "id", "subtitle", "title", "date", "cells"};

// node[key], or an empty (Null) node when the key is absent: yaml-cpp's
// missing-key nodes throw on most calls, Null nodes iterate as empty.
inline YAML::Node Opt(const YAML::Node& node, const char* key) {
  if (!node.IsMap()) return YAML::Node();
  YAML::Node child = node[key];
  return child ? child : YAML::Node();
}

// RE2's memory budget for one pattern or set, unless a grammar sets its own.
inline constexpr int64_t kDefaultMaxMem = int64_t{8} << 20;
// The memory of the one set that classifies every line (at least; a
// grammar's max_mem may raise it). Its DFA grows with the rules it holds:
// with 8 MB the direction grammar's (32 rules, Unicode classes in its name
// patterns) was thrown away and rebuilt every few lines, its lines read at
// 11 MB/s instead of some 200, and a whole parse of the bench corpus took
// 4 times as long (bench/vectorscan_probe.cc found it). 32 MB is a cap, not
// an allocation: a set holds the states its lines lead to, and with the
// rules too large for it matched alone (below) the built-in sets stay well
// under it (docs/performance.md).
inline constexpr int64_t kLineSetMaxMem = int64_t{32} << 20;
// A line rule whose program has more instructions than this is matched on
// its own, not in the set. A name pattern over Unicode letter classes takes
// some 11,000 (the other built-in rules at most 1,600), and in the set it
// multiplies the DFA states of every other rule: the direction grammar's
// set needed 12 to 16 MB of them with its name rule, under 8 without.
inline constexpr int kLoneRuleSize = 4000;

inline RE2::Options PatternOptions(int64_t max_mem = kDefaultMaxMem) {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(max_mem);
  return options;
}

struct Positioned {
  int line;    // cppcheck-suppress unusedStructMember ; sorted on in Sorted()
  int column;  // cppcheck-suppress unusedStructMember
  std::string text;
};

class GrammarLoader {
 public:
  // `check_examples`: see LoadOptions. `head_only`: the name, version,
  // fields, zones and detection rules, not the rest (LoadOptions::defer_rules).
  explicit GrammarLoader(std::string_view file, bool check_examples = true, bool head_only = false)
      : file_(file), check_examples_(check_examples), head_only_(head_only) {}

  Result<std::shared_ptr<const GrammarData>> Load(std::string_view text);

 private:
  // Messages in the compiler form, 1-based line and column.
  void Report(const YAML::Mark& mark, std::string_view severity,
              const std::string& message, std::string_view rule) {
    std::ostringstream os;
    os << file_ << ':' << (mark.line + 1) << ':' << (mark.column + 1) << ": "
       << severity << ": " << message << " [" << rule << ']';
    auto& list = severity == "error" ? errors_ : warnings_;
    list.push_back({mark.line, mark.column, os.str()});
  }
  // Diagnostics in file order, whatever order the checks ran in.
  static std::vector<std::string> Sorted(std::vector<Positioned> list) {
    std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) {
      return std::tie(a.line, a.column) < std::tie(b.line, b.column);
    });
    std::vector<std::string> out;
    out.reserve(list.size());
    for (auto& p : list) out.push_back(std::move(p.text));
    return out;
  }
  void Error(const YAML::Node& at, const std::string& message,
             std::string_view rule) {
    Report(at.Mark(), "error", message, rule);
  }

  // `map` has the shape of its section (grammar_schema.h): a map with its
  // required keys. Problems were reported when the whole file was checked;
  // an item without that shape is skipped.
  static bool Valid(const YAML::Node& map, std::string_view section) {
    const SectionSpec* spec = FindSection(section);
    if (spec == nullptr || !map.IsMap()) return false;
    return std::all_of(spec->keys.begin(), spec->keys.end(),
                       [&](const KeySpec& k) { return !k.required || map[std::string(k.key)]; });
  }
  std::string Scalar(const YAML::Node& node, std::string_view what);
  std::vector<std::string> StringList(const YAML::Node& node,
                                      std::string_view what);
  std::unique_ptr<RE2> Compile(const YAML::Node& node, std::string_view what);
  // Checks the named and unnamed groups of `re`: every group is named, and
  // `known` says which names are allowed.
  void CheckGroups(const YAML::Node& at, const RE2& re,
                   const std::function<bool(const std::string&)>& known);
  int ZoneIndex(const YAML::Node& node);
  int FieldIndex(const std::string& name) const;
  Transform TransformFor(const YAML::Node& transforms,
                         const std::string& capture);

  void LoadZones(const YAML::Node& node);
  void LoadFields(const YAML::Node& node);
  void LoadRules(const YAML::Node& node);
  void LoadExtracts(const YAML::Node& node);
  void LoadSplits(const YAML::Node& node);
  void LoadCleans(const YAML::Node& node);
  void LoadSelects(const YAML::Node& node);
  void LoadDefinitions(const YAML::Node& node);
  void LoadDetect(const YAML::Node& node);
  void CheckRuleExamples(const std::vector<YAML::Node>& rule_nodes);
  std::vector<FieldCapture> Captures(const YAML::Node& rule, const RE2& re,
                                     int into);

  std::string file_;
  bool check_examples_ = true;
  bool head_only_ = false;
  std::vector<Positioned> errors_;
  std::vector<Positioned> warnings_;
  std::unique_ptr<GrammarData> data_ = std::make_unique<GrammarData>();
  std::set<int> used_fields_;
  int64_t max_mem_ = kDefaultMaxMem;
  std::map<std::string, std::string> defines_;  // {NAME} -> pattern
};

// Resolves `into` for a rule, or -1; checks that captures are keys of it
// (grammar_load.cc).
int ResolveInto(const YAML::Node& rule, const GrammarData& data, const RE2* re,
                const std::function<void(const YAML::Node&, const std::string&)>& error);

// Checks `examples` and `counter_examples` of a rule that matches free
// text (grammar_load_text.cc).
void CheckTextExamples(const YAML::Node& r, const RE2& re,
                       const std::function<void(const YAML::Node&, const std::string&)>& error);

}  // namespace whereas::internal

#endif  // WHEREAS_SRC_GRAMMAR_LOADER_H_
