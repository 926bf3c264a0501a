// Value: the metadata tree.
#include "whereas/value.h"

namespace whereas {

Value Value::Bool(bool b) {
  Value v;
  v.kind_ = Kind::kBool;
  v.bool_ = b;
  return v;
}

Value Value::Int(long long i) {
  Value v;
  v.kind_ = Kind::kInt;
  v.int_ = i;
  return v;
}

Value Value::String(std::string s) {
  Value v;
  v.kind_ = Kind::kString;
  v.string_ = std::move(s);
  return v;
}

Value Value::FromDate(const Date& d) {
  Value v;
  v.kind_ = Kind::kDate;
  v.string_ = d.ToIso();
  return v;
}

Value Value::List() {
  Value v;
  v.kind_ = Kind::kList;
  return v;
}

Value Value::Map() {
  Value v;
  v.kind_ = Kind::kMap;
  return v;
}

void Value::Set(std::string_view key, Value v) {
  if (Value* existing = Find(key)) {
    *existing = std::move(v);
    return;
  }
  map_.emplace_back(std::string(key), std::move(v));
}

const Value* Value::Find(std::string_view key) const {
  for (const auto& [k, v] : map_) {
    if (k == key) return &v;
  }
  return nullptr;
}

Value* Value::Find(std::string_view key) {
  for (auto& [k, v] : map_) {
    if (k == key) return &v;
  }
  return nullptr;
}

}  // namespace whereas
