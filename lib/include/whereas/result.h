// Result<T>: a value or an Error, for failures that bad input can cause.
#ifndef WHEREAS_RESULT_H_
#define WHEREAS_RESULT_H_

#include <cassert>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace whereas {

// An expected failure: a bad grammar file, an unreadable input. `message` is
// lowercase with no final period. `diagnostics` holds every problem found,
// each already formatted as "FILE:LINE:COL: error: MESSAGE [RULE]", so a
// caller can print them all at once.
struct Error {
  std::string message;
  std::vector<std::string> diagnostics;
};

// A subset of C++23 std::expected<T, Error>, so it can be swapped for it.
// Accessing value() of a failed Result (or error() of a good one) is a bug
// and asserts.
template <typename T>
class Result {
 public:
  // Implicit, like std::expected: `return value;` and `return Error{...};`.
  // cppcheck-suppress noExplicitConstructor
  Result(T value) : state_(std::move(value)) {}  // NOLINT(google-explicit-constructor)
  // cppcheck-suppress noExplicitConstructor
  Result(Error error) : state_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  bool has_value() const { return state_.index() == 0; }
  explicit operator bool() const { return has_value(); }

  T& value() & {
    assert(has_value());
    return std::get<0>(state_);
  }
  const T& value() const& {
    assert(has_value());
    return std::get<0>(state_);
  }
  T&& value() && {
    assert(has_value());
    return std::get<0>(std::move(state_));
  }
  const Error& error() const {
    assert(!has_value());
    return std::get<1>(state_);
  }

 private:
  std::variant<T, Error> state_;
};

}  // namespace whereas

#endif  // WHEREAS_RESULT_H_
