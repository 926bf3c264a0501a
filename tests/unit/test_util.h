// Helpers shared by the unit tests.
#ifndef WHEREAS_TESTS_TEST_UTIL_H_
#define WHEREAS_TESTS_TEST_UTIL_H_

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "whereas/whereas.h"

namespace whereas::test {

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "cannot open " << path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline std::string SourcePath(const std::string& relative) {
  return std::string(WHEREAS_SOURCE_DIR) + "/" + relative;
}

// The built-in grammar called `name`; fails the test if there is none.
inline const Grammar& Builtin(const std::string& name) {
  static const std::vector<Grammar> grammars = [] {
    std::vector<Grammar> out;
    for (const auto& s : BuiltinGrammarSources()) {
      auto g = LoadGrammar(s.text, s.file_name);
      REQUIRE_MESSAGE(g.has_value(), s.file_name);
      out.push_back(std::move(g).value());
    }
    return out;
  }();
  for (const Grammar& g : grammars) {
    if (g.name() == name) return g;
  }
  FAIL("no built-in grammar " << name);
  return grammars.front();
}

inline const std::vector<Grammar>& AllBuiltins() {
  static const std::vector<Grammar> grammars = [] {
    std::vector<Grammar> out;
    for (const auto& s : BuiltinGrammarSources()) {
      out.push_back(LoadGrammar(s.text, s.file_name).value());
    }
    return out;
  }();
  return grammars;
}

inline Document ParseDirection(const std::string& text) {
  return Parse(Builtin("direction"), text, "test.txt");
}

// The item at `path` ("8.b.ii") among `items` and their descendants, or
// nullptr.
inline const Item* Find(const std::vector<Item>& items, const std::string& path) {
  std::vector<const std::vector<Item>*> stack{&items};
  while (!stack.empty()) {
    const auto* list = stack.back();
    stack.pop_back();
    for (const Item& item : *list) {
      if (item.path == path) return &item;
      stack.push_back(&item.items);
    }
  }
  return nullptr;
}

}  // namespace whereas::test

#endif  // WHEREAS_TESTS_TEST_UTIL_H_
