// Telling a PDF or an HTML page from text by its first bytes.
#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

#include "whereas/parse.h"

namespace whereas {
namespace {

constexpr size_t kSniffBytes = 1024;

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() &&
         std::equal(prefix.begin(), prefix.end(), s.begin(), [](char a, char b) {
           return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
         });
}

// The bytes after a UTF-8 byte-order mark, white space and <!-- comments -->.
std::string_view FirstPrinted(std::string_view s) {
  if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  for (;;) {
    const size_t start = s.find_first_not_of(" \t\r\n\f");
    if (start == std::string_view::npos) return {};
    s.remove_prefix(start);
    if (s.substr(0, 4) != "<!--") return s;
    const size_t end = s.find("-->", 4);
    if (end == std::string_view::npos) return {};
    s.remove_prefix(end + 3);
  }
}

bool IsHtmlStart(std::string_view s) {
  if (StartsWithNoCase(s, "<?xml")) {  // XHTML: the declaration, then the page
    const size_t end = s.find("?>");
    if (end == std::string_view::npos) return false;
    s = FirstPrinted(s.substr(end + 2));
  }
  if (StartsWithNoCase(s, "<!doctype html")) return true;
  for (std::string_view tag : {"<html", "<head", "<body"}) {
    if (StartsWithNoCase(s, tag) && s.size() > tag.size() &&
        (s[tag.size()] == '>' || std::isspace(static_cast<unsigned char>(s[tag.size()])))) {
      return true;
    }
  }
  return false;
}

}  // namespace

InputFormat SniffFormat(std::string_view bytes) {
  const std::string_view head = bytes.substr(0, kSniffBytes);
  for (size_t at = head.find("%PDF-"); at != std::string_view::npos; at = head.find("%PDF-", at + 1)) {
    if (at == 0 || head[at - 1] == '\n' || head[at - 1] == '\r') return InputFormat::kPdf;
  }
  if (IsHtmlStart(FirstPrinted(head))) return InputFormat::kHtml;
  return InputFormat::kText;
}

}  // namespace whereas
