// The grammar file's schema as one table: each section's keys, their type,
// the values they allow, whether they are required, and what they mean. The
// loader checks a file against it (unknown keys, missing keys, values of the
// wrong type or outside the allowed ones, each at its FILE:LINE:COL), its
// messages list the valid keys and values from it, and
// docs/grammar-reference.md is printed from it (`whereas lint --reference`;
// a test keeps the two equal).
#ifndef WHEREAS_SRC_GRAMMAR_SCHEMA_H_
#define WHEREAS_SRC_GRAMMAR_SCHEMA_H_

#include <yaml-cpp/yaml.h>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace whereas::internal {

enum class KeyType {
  kText,        // a scalar
  kInteger,     // a whole number
  kNumber,      // a number, 0.25
  kBoolean,     // true or false
  kPattern,     // an RE2 pattern ({NAME} placeholders from `defines`)
  kChoice,      // one of `values`
  kTextList,    // a list of scalars
  kChoiceList,  // a list of some of `values`
  kSection,     // a map: the keys of section `section`
  kSectionList, // a list of maps, each with the keys of section `section`
  kTextMap,     // a map of names to scalars (patterns, periods)
  kIntegerMap,  // a map of words to whole numbers
  kChoiceMap,   // a map of names to one of `values` each
  kPairList,    // a list of [input, expected output] pairs
};

struct KeySpec {
  std::string_view key;
  KeyType type;
  bool required;
  std::vector<std::string_view> values;  // kChoice, kChoiceList, kChoiceMap
  std::string_view section;               // kSection, kSectionList
  std::string_view meaning;
};

struct SectionSpec {
  std::string_view name;   // as messages name it: "rule", "zone"
  std::string_view where;  // where it stands in a file
  std::vector<KeySpec> keys;
};

// Every section, the file's top level ("grammar") first.
const std::vector<SectionSpec>& GrammarSchema();

// Section `name`, or nullptr.
const SectionSpec* FindSection(std::string_view name);

// Reports a problem at `at`: its message, its rule ("grammar-unknown-key")
// and the section it is in ("zone").
using SchemaReport = std::function<void(const YAML::Node& at, const std::string& message,
                                        std::string_view rule, std::string_view section)>;

// Checks `node` against section `section` and, recursively, the sections
// its keys hold: a map, no unknown key (the valid ones listed), each
// required key present, each value of its type and among its values.
// Reports every problem; returns false when `node` is no map or lacks a
// required key (its later checks would have nothing to read).
bool CheckSection(const YAML::Node& node, std::string_view section, const SchemaReport& report);

// The reference of grammar files, in Markdown, from the table.
std::string GrammarReference();

}  // namespace whereas::internal

#endif  // WHEREAS_SRC_GRAMMAR_SCHEMA_H_
