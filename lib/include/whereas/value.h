// Value: the small typed tree that holds a document's kind-specific metadata.
#ifndef WHEREAS_VALUE_H_
#define WHEREAS_VALUE_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "whereas/date.h"

namespace whereas {

// A JSON-like value whose maps keep their keys in insertion order, so output
// is deterministic. Metadata fields are declared by the grammar, which also
// fixes their order and type; a field the text does not fill stays null (or
// an empty list), so consumers never test for a key's existence.
class Value {
 public:
  enum class Kind { kNull, kBool, kInt, kString, kDate, kList, kMap };

  Value() = default;
  static Value Bool(bool b);
  static Value Int(long long i);
  static Value String(std::string s);
  static Value FromDate(const Date& d);
  static Value List();
  static Value Map();

  Kind kind() const { return kind_; }
  bool is_null() const { return kind_ == Kind::kNull; }
  bool as_bool() const { return bool_; }
  long long as_int() const { return int_; }
  // The string of a kString, or the ISO form of a kDate.
  const std::string& as_string() const { return string_; }

  // Lists.
  const std::vector<Value>& items() const { return list_; }
  void Append(Value v) { list_.push_back(std::move(v)); }

  // Maps. Set() replaces an existing key in place or appends a new one.
  const std::vector<std::pair<std::string, Value>>& entries() const {
    return map_;
  }
  void Set(std::string_view key, Value v);
  // Returns the value at `key`, or nullptr if the map has no such key.
  const Value* Find(std::string_view key) const;
  Value* Find(std::string_view key);

 private:
  Kind kind_ = Kind::kNull;
  bool bool_ = false;
  long long int_ = 0;
  std::string string_;
  std::vector<Value> list_;
  std::vector<std::pair<std::string, Value>> map_;
};

}  // namespace whereas

#endif  // WHEREAS_VALUE_H_
