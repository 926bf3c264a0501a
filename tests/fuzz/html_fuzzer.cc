// libFuzzer target: any bytes -> ReadHtml() -> the detected parse of what it
// read. Asserts the reader's promises: a role for every line of its text,
// and a text the parser reads whole (every line in a record, furniture or
// unplaced, never past the text's end).
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "whereas/whereas.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const whereas::Result<whereas::SourceText> read = whereas::ReadHtml(bytes);
  if (!read) return 0;  // no main text: an expected refusal
  const whereas::SourceText& text = read.value();
  size_t lines = 0;
  for (const char c : text.text) lines += c == '\n';
  if (!text.text.empty() && text.text.back() != '\n') std::abort();
  if (text.roles.size() != lines) std::abort();
  static const whereas::Detector detector(whereas::LoadBuiltinGrammars());
  const whereas::Document doc = detector.ParseDetected(text, "fuzz");
  for (const auto& f : doc.page_furniture) {
    if (f.line < 1 || static_cast<size_t>(f.line) > lines) std::abort();
  }
  return 0;
}
