// NDJSON input records, read with nlohmann/json's SAX parser: the strict
// JSON of RFC 8259 (what jq accepts), no tree built for the members that
// are not wanted, no exception for bad input, no recursion however deep.
#include "ndjson.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace whereas::cli {
namespace {

using json = nlohmann::json;

// Takes "source" and "text" from the top-level object and skips the rest. A
// null "source" is as good as none.
class RecordReader : public nlohmann::json_sax<json> {
 public:
  explicit RecordReader(InputRecord* record) : record_(*record) {}

  bool null() override {
    if (depth_ == 1 && key_ == "source") return true;  // no source: "-"
    return Value("null");
  }
  bool boolean(bool) override { return Value("a boolean"); }
  bool number_integer(number_integer_t) override { return Value("a number"); }
  bool number_unsigned(number_unsigned_t) override { return Value("a number"); }
  bool number_float(number_float_t, const string_t&) override { return Value("a number"); }
  bool binary(binary_t&) override { return Value("binary"); }
  bool string(string_t& s) override {
    if (depth_ == 0) return Fail("not a JSON object");
    if (depth_ == 1 && key_ == "source") {
      record_.source = std::move(s);
      has_source_ = true;
    } else if (depth_ == 1 && key_ == "text") {
      record_.text = std::move(s);
      has_text_ = true;
    }
    return true;
  }
  bool start_object(std::size_t) override { return Open(false); }
  bool end_object() override { return Close(); }
  bool start_array(std::size_t) override { return Open(true); }
  bool end_array() override { return Close(); }
  bool key(string_t& k) override {
    if (depth_ == 1) key_ = std::move(k);
    return true;
  }
  bool parse_error(std::size_t position, const std::string&,
                   const nlohmann::detail::exception& e) override {
    column_ = position;
    error_ = Reason(e.what());
    return false;
  }

  const std::string& error() const { return error_; }
  size_t column() const { return column_; }
  bool has_source() const { return has_source_; }
  bool has_text() const { return has_text_; }

 private:
  // A value that is not a string: an error only where a string must be.
  bool Value(const char* what) {
    if (depth_ == 0) return Fail("not a JSON object");
    if (depth_ == 1 && (key_ == "source" || key_ == "text")) {
      return Fail("\"" + key_ + "\" is " + what + ", not a string");
    }
    return true;
  }
  bool Open(bool array) {
    if (depth_ == 0 && array) return Fail("not a JSON object");
    if (depth_ == 1 && (key_ == "source" || key_ == "text")) {
      return Fail("\"" + key_ + "\" is " + (array ? "an array" : "an object") + ", not a string");
    }
    ++depth_;
    return true;
  }
  bool Close() {
    --depth_;
    return true;
  }
  bool Fail(std::string message) {
    error_ = std::move(message);
    return false;
  }
  // nlohmann's message without its id and position, which we give our way:
  // "[json.exception.parse_error.101] parse error at line 1, column 9:
  // syntax error while parsing value - invalid literal; last read: '+-'".
  static std::string Reason(std::string_view what) {
    const size_t colon = what.find(": ");
    return std::string(colon == std::string_view::npos ? what : what.substr(colon + 2));
  }

  InputRecord& record_;
  int depth_ = 0;
  std::string key_;
  std::string error_;
  size_t column_ = 0;
  bool has_source_ = false, has_text_ = false;
};

}  // namespace

Result<InputRecord> ParseInputRecord(std::string_view line, size_t* error_column) {
  InputRecord record;
  RecordReader reader(&record);
  *error_column = 0;
  if (!json::sax_parse(line.begin(), line.end(), &reader)) {
    *error_column = reader.column();
    return Error{reader.error(), {}};
  }
  if (!reader.has_text()) return Error{"record has no \"text\" string", {}};
  if (!reader.has_source()) record.source.assign(1, '-');  // not = "-": GCC 12 -Wrestrict bug 105329
  return record;
}

}  // namespace whereas::cli
