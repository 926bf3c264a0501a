// libFuzzer target, structured: bytes -> pages of word boxes (coordinates,
// sizes and words taken from the bytes, NaN and infinity included) ->
// ReadWordBoxes() -> the detected parse. Asserts a role per line, one form
// feed per page, and that every page a record names exists.
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

#include "whereas/whereas.h"

namespace {

// Reads the input as a stream of small values; zeros past its end.
class Bytes {
 public:
  Bytes(const uint8_t* data, size_t size) : data_(data), size_(size) {}
  bool more() const { return at_ < size_; }
  uint8_t u8() { return at_ < size_ ? data_[at_++] : 0; }
  // A coordinate: mostly on an A4 page, sometimes wild.
  double coordinate() {
    const uint8_t kind = u8();
    const double v = static_cast<double>(u8() | (u8() << 8)) / 64.0;
    switch (kind % 16) {
      case 0: return std::numeric_limits<double>::quiet_NaN();
      case 1: return std::numeric_limits<double>::infinity();
      case 2: return -v;
      case 3: return v * 1e6;
      default: return v;
    }
  }
  std::string word() {
    static const char* kWords[] = {"1.", "(a)", "The", "Council", "shall", "Commis-", "sioner",
                                   "WHEREAS:", "3", "Page", "of", "Direction", "\xE2\x80\xA2", "ii.",
                                   "within", "months", "-", "\xC3\xA9t\xC3\xA9", "\x01\x02", ""};
    const uint8_t pick = u8();
    if (pick < 200) return kWords[pick % (sizeof kWords / sizeof *kWords)];
    std::string w;
    for (uint8_t n = u8() % 12; n > 0; --n) w += static_cast<char>(u8());
    return w;
  }

 private:
  const uint8_t* data_;
  size_t size_;
  size_t at_ = 0;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  Bytes in(data, size);
  std::vector<whereas::PageWords> pages(1 + in.u8() % 6);
  for (auto& page : pages) {
    page.width = in.u8() % 8 == 0 ? in.coordinate() : 595;
    page.height = in.u8() % 8 == 0 ? in.coordinate() : 842;
  }
  size_t page = 0;
  while (in.more()) {
    const uint8_t op = in.u8();
    if (op % 32 == 0) {
      page = (page + 1) % pages.size();
      continue;
    }
    whereas::WordBox w;
    w.text = in.word();
    w.x0 = in.coordinate();
    w.y0 = in.coordinate();
    w.x1 = op % 5 == 0 ? in.coordinate() : w.x0 + in.u8();
    w.y1 = op % 7 == 0 ? in.coordinate() : w.y0 + 4 + in.u8() % 16;
    w.font_size = op % 11 == 0 ? in.coordinate() : 6 + in.u8() % 12;
    w.space_after = (op & 1) != 0;
    pages[page].words.push_back(std::move(w));
  }
  const whereas::SourceText text = whereas::ReadWordBoxes(pages);
  size_t lines = 0, feeds = 0;
  for (const char c : text.text) lines += c == '\n', feeds += c == '\f';
  if (text.roles.size() != lines || feeds != pages.size() ||
      text.pages != static_cast<int>(pages.size())) {
    std::abort();
  }
  static const whereas::Detector detector(whereas::LoadBuiltinGrammars());
  const whereas::Document doc = detector.ParseDetected(text, "fuzz");
  for (const auto& u : doc.unplaced) {
    if (u.page < 1 || u.page > text.pages) std::abort();
  }
  return 0;
}
