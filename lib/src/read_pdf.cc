// A PDF's pages -> words with their boxes (poppler's C++ API) -> text.
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <climits>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "whereas/read.h"

namespace whereas {
namespace {

// Poppler reports what it could not read through one process-wide function:
// each thread keeps the first message of its own document, for the error.
thread_local std::string poppler_said;

void KeepPopplerMessage(const std::string& message, void* /*closure*/) {
  if (poppler_said.empty()) poppler_said = message;
}

std::string PopplerSaid() {
  if (poppler_said.empty()) return "";
  std::string said = poppler_said;
  while (!said.empty() && (said.back() == '\n' || said.back() == ' ')) said.pop_back();
  return " (poppler: " + said + ")";
}

std::string Utf8(const poppler::ustring& s) {
  const poppler::byte_array bytes = s.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

}  // namespace

Result<SourceText> ReadPdf(std::string_view bytes, const ReadLimits& limits) {
  static std::once_flag quiet;
  std::call_once(quiet, [] { poppler::set_debug_error_function(KeepPopplerMessage, nullptr); });
  poppler_said.clear();
  if (bytes.size() > static_cast<size_t>(INT_MAX)) return Error{"a PDF larger than 2 GB; skipped", {}};
  // Poppler reads the bytes in place; it does not write to them.
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(
      bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) {
    return Error{"a PDF that cannot be opened: damaged or truncated" + PopplerSaid() + "; skipped", {}};
  }
  if (doc->is_locked()) {
    return Error{"an encrypted PDF that needs a password to open; whereas does not take "
                 "passwords: decrypt it first (for instance 'qpdf --decrypt "
                 "--password=PASSWORD in.pdf out.pdf'); skipped",
                 {}};
  }
  const int count = doc->pages();
  if (count <= 0) return Error{"a PDF with no pages: damaged or truncated" + PopplerSaid() + "; skipped", {}};
  if (count > limits.max_pages) {
    return Error{"a PDF of " + std::to_string(count) + " pages, more than --max-pages (" +
                     std::to_string(limits.max_pages) + "); skipped",
                 {}};
  }
  std::vector<PageWords> pages;
  pages.reserve(static_cast<size_t>(count));
  size_t words = 0;
  for (int p = 0; p < count; ++p) {
    PageWords& out = pages.emplace_back();
    std::unique_ptr<poppler::page> page(doc->create_page(p));
    if (!page) continue;  // an unreadable page reads as an empty one
    const poppler::rectf box = page->page_rect(poppler::media_box);
    const bool turned = page->orientation() == poppler::page::landscape ||
                        page->orientation() == poppler::page::seascape;
    out.width = turned ? box.height() : box.width();
    out.height = turned ? box.width() : box.height();
    for (const poppler::text_box& t : page->text_list(poppler::page::text_list_include_font)) {
      const poppler::rectf b = t.bbox();
      out.words.push_back({Utf8(t.text()), b.left(), b.top(), b.right(), b.bottom(),
                           t.get_font_size(), t.has_space_after()});
    }
    words += out.words.size();
  }
  if (words == 0) {
    return Error{"a PDF with no text layer (a scan, or pages of images): run OCR on it first "
                 "(for instance 'ocrmypdf in.pdf out.pdf'); skipped",
                 {}};
  }
  return ReadWordBoxes(pages);
}

}  // namespace whereas
