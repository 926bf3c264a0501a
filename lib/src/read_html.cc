// An HTML page -> the lines of its text (gumbo, an HTML5 parser), with its
// chrome apart and its lists numbered as a browser numbers them.
#include <gumbo.h>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "str_util.h"
#include "whereas/parse.h"
#include "whereas/read.h"

namespace whereas {
namespace {

// Deeper pages are refused (NestingDepth()).
constexpr size_t kMaxNesting = 1000;

std::string_view Attribute(const GumboElement& e, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  return a != nullptr ? std::string_view(a->value) : std::string_view();
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool Has(std::string_view haystack, std::string_view needle) {
  return Lower(haystack).find(needle) != std::string::npos;
}

// Elements whose content is no word of the page.
bool Unread(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH:
    case GUMBO_TAG_META: case GUMBO_TAG_LINK: case GUMBO_TAG_BASE:
      return true;
    default:
      return false;
  }
}

// Elements that start and end a line.
bool Block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BODY: case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM: case GUMBO_TAG_H1:
    case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR:
    case GUMBO_TAG_LI: case GUMBO_TAG_MAIN: case GUMBO_TAG_NAV: case GUMBO_TAG_OL:
    case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_UL: case GUMBO_TAG_TITLE:
    case GUMBO_TAG_LEGEND: case GUMBO_TAG_OPTION:
      return true;
    default:
      return false;
  }
}

bool IsMain(const GumboElement& e) {
  return e.tag == GUMBO_TAG_MAIN || Lower(Attribute(e, "role")) == "main";
}

// Page chrome: navigation, the site's header and footer (an article's own
// header is its words), breadcrumbs, cookie banners, skip links, and the
// <title> a browser shows in its tab.
bool IsChrome(const GumboElement& e, bool in_content) {
  const std::string role = Lower(Attribute(e, "role"));
  if (e.tag == GUMBO_TAG_NAV || e.tag == GUMBO_TAG_TITLE || role == "navigation" || role == "banner" ||
      role == "contentinfo" || role == "search") {
    return true;
  }
  if (!in_content && (e.tag == GUMBO_TAG_HEADER || e.tag == GUMBO_TAG_FOOTER || e.tag == GUMBO_TAG_ASIDE)) {
    return true;
  }
  for (const char* name : {"class", "id", "aria-label"}) {
    const std::string v = Lower(Attribute(e, name));
    for (const std::string_view word : {"breadcrumb", "cookie", "skip-link", "skiplink"}) {
      if (v.find(word) != std::string::npos) return true;
    }
  }
  return false;
}

bool IsFootnotes(const GumboElement& e) {
  return Has(Attribute(e, "class"), "footnote") || Has(Attribute(e, "id"), "footnote") ||
         Lower(Attribute(e, "role")) == "doc-endnotes";
}

enum class Counter { kDecimal, kLowerAlpha, kUpperAlpha, kLowerRoman, kUpperRoman, kNone, kBullet };

// The counter style an <ol type> or a list-style-type names; `fallback`
// for none.
Counter CounterOf(const GumboElement& e, Counter fallback) {
  const std::string_view type = Attribute(e, "type");
  if (type == "1") return Counter::kDecimal;
  if (type == "a") return Counter::kLowerAlpha;
  if (type == "A") return Counter::kUpperAlpha;
  if (type == "i") return Counter::kLowerRoman;
  if (type == "I") return Counter::kUpperRoman;
  const std::string style = Lower(Attribute(e, "style"));
  const size_t at = style.find("list-style");
  if (at == std::string::npos) return fallback;
  const std::string_view value = std::string_view(style).substr(at, style.find(';', at) - at);
  if (value.find("none") != std::string_view::npos) return Counter::kNone;
  if (value.find("lower-alpha") != std::string_view::npos || value.find("lower-latin") != std::string_view::npos) return Counter::kLowerAlpha;
  if (value.find("upper-alpha") != std::string_view::npos || value.find("upper-latin") != std::string_view::npos) return Counter::kUpperAlpha;
  if (value.find("lower-roman") != std::string_view::npos) return Counter::kLowerRoman;
  if (value.find("upper-roman") != std::string_view::npos) return Counter::kUpperRoman;
  if (value.find("decimal") != std::string_view::npos) return Counter::kDecimal;
  return fallback;
}

std::string Roman(long n, bool upper) {
  static constexpr std::pair<int, const char*> kDigits[] = {
      {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
      {40, "xl"}, {10, "x"}, {9, "ix"}, {5, "v"}, {4, "iv"}, {1, "i"}};
  std::string out;
  for (const auto& [value, digits] : kDigits) {
    for (; n >= value; n -= value) out += digits;
  }
  if (upper) {
    for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return out;
}

std::string Alpha(long n, bool upper) {  // 1 a, 26 z, 27 aa, as browsers count
  std::string out;
  for (; n > 0; n = (n - 1) / 26) out.insert(out.begin(), static_cast<char>((upper ? 'A' : 'a') + (n - 1) % 26));
  return out;
}

// An item's label as the genre prints it: "3." at the top, "(b)", "(iv)"
// below; outside the counter's range (0, negative, past 3999), decimal.
std::string Label(long n, Counter counter, bool top, bool footnote) {
  const bool alpha = counter == Counter::kLowerAlpha || counter == Counter::kUpperAlpha;
  const bool roman = counter == Counter::kLowerRoman || counter == Counter::kUpperRoman;
  if (footnote || n <= 0 || n > 3999 || (!alpha && !roman)) {
    return std::to_string(n) + (footnote ? "" : top || !(alpha || roman) ? "." : "");
  }
  const bool upper = counter == Counter::kUpperAlpha || counter == Counter::kUpperRoman;
  std::string label = "(";
  label += alpha ? Alpha(n, upper) : Roman(n, upper);
  label += ')';
  return label;
}

// True when `text` starts with a label of its own ("1.", "(a)", "iv)", "•"):
// the page printed its numbers, and the list's are not added.
bool PrintsLabel(std::string_view text) {
  constexpr std::string_view kBullet = "\u2022";
  if (text.substr(0, kBullet.size()) == kBullet || text.substr(0, 2) == "- ") return true;
  size_t i = text.substr(0, 1) == "(" ? 1 : 0;
  const size_t start = i;
  while (i < text.size() && i - start < 6 && std::isalnum(static_cast<unsigned char>(text[i]))) ++i;
  if (i == start || i >= text.size()) return false;
  if (text[i] != '.' && text[i] != ')') return false;
  return i + 1 == text.size() || text[i + 1] == ' ';
}

long Number(std::string_view s, long fallback) {
  s = internal::TrimView(s);
  long n = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  return ec == std::errc() && end == s.data() + s.size() ? n : fallback;
}

class HtmlLines {
 public:
  explicit HtmlLines(bool has_main) : has_main_(has_main) {}

  void Read(const GumboNode* root);
  SourceText Take() && {
    Flush(false);
    SourceText out;
    for (size_t i = 0; i < lines_.size(); ++i) {
      out.text += lines_[i];
      out.text += '\n';
    }
    out.roles = std::move(roles_);
    return out;
  }
  bool HasMainText() const { return main_letters_ > 0; }

 private:
  struct List {
    bool ordered;
    Counter counter;
    long next;
    long step;
  };

  LineRole Role() const {
    if (chrome_ > 0 || (has_main_ && main_ == 0)) return LineRole::kFurniture;
    return footnotes_ > 0 ? LineRole::kFootnote : LineRole::kText;
  }
  // What an element opened, to be closed at its end.
  enum Opened : unsigned { kMain = 1, kContent = 2, kChrome = 4, kFootnotes = 8, kPre = 16, kList = 32 };
  unsigned Enter(const GumboNode* node);
  void Exit(const GumboNode* node, unsigned opened);
  void Text(std::string_view text, bool pre);
  void Flush(bool paragraph);
  void StartItem(const GumboElement& li);
  size_t OrderedDepth() const { return ordered_; }

  bool has_main_;
  int main_ = 0, chrome_ = 0, footnotes_ = 0, pre_ = 0, content_ = 0;
  size_t main_letters_ = 0;
  std::vector<List> lists_;
  size_t ordered_ = 0;  // the <ol> among lists_
  std::string line_;
  LineRole line_role_ = LineRole::kText;
  std::string label_;  // the list item's label, printed before its first words
  bool space_ = false, tab_ = false, blank_ = false, in_row_ = false;
  std::vector<std::string> lines_;
  std::vector<LineRole> roles_;
};

void HtmlLines::Flush(bool paragraph) {
  while (!line_.empty() && line_.back() == ' ') line_.pop_back();
  // A paragraph of no-break spaces only ("<p>&nbsp;</p>") is an empty one:
  // the gap a blank line prints.
  if (internal::TrimView(line_).find_first_not_of(" \xC2\xA0") == std::string_view::npos) {
    paragraph = paragraph || !line_.empty();
    line_.clear();
  }
  if (!line_.empty()) {
    if (blank_ && !lines_.empty()) {
      lines_.emplace_back();
      roles_.push_back(line_role_);
    }
    if (line_role_ == LineRole::kText) {
      main_letters_ += static_cast<size_t>(std::count_if(line_.begin(), line_.end(), [](char c) {
        return std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
      }));
    }
    lines_.push_back(std::move(line_));
    roles_.push_back(line_role_);
    blank_ = false;
  }
  line_.clear();
  space_ = tab_ = false;
  blank_ = blank_ || paragraph;
}

void HtmlLines::Text(std::string_view text, bool pre) {
  const auto put = [&](std::string_view words) {
    if (line_.empty()) {
      line_role_ = Role();
      if (!label_.empty() && !PrintsLabel(words)) line_ = label_ + " ";
      label_.clear();
    } else if (tab_) {
      line_ += "    ";
    } else if (space_) {
      line_ += ' ';
    }
    space_ = tab_ = false;
    line_ += words;
  };
  if (pre) {
    for (size_t start = 0; start <= text.size();) {
      const size_t end = std::min(text.find('\n', start), text.size());
      if (end > start) put(text.substr(start, end - start));
      if (end == text.size()) break;
      Flush(false);
      start = end + 1;
    }
    return;
  }
  // White space collapsed, as a browser shows it; but a tab between words
  // (a table pasted as text) keeps them apart as a table's cells are.
  size_t i = 0;
  while (i < text.size()) {
    const size_t start = text.find_first_not_of(" \t\n\r\f", i);
    if (start > i) {
      space_ = space_ || !line_.empty();
      tab_ = tab_ || (!line_.empty() && text.substr(i, start - i).find('\t') != std::string_view::npos);
    }
    if (start == std::string_view::npos) break;
    const size_t end = std::min(text.find_first_of(" \t\n\r\f", start), text.size());
    put(text.substr(start, end - start));
    space_ = end < text.size();
    i = end;
  }
}

void HtmlLines::StartItem(const GumboElement& li) {
  // Chrome's lists (breadcrumbs, menus) are not numbered: no number is
  // added that the page does not show as the document's.
  if (lists_.empty() || Role() == LineRole::kFurniture) return;
  List& list = lists_.back();
  if (!list.ordered) {
    label_ = "\u2022";
    return;
  }
  list.next = Number(Attribute(li, "value"), list.next);
  const Counter counter = CounterOf(li, list.counter);
  if (counter != Counter::kNone) label_ = Label(list.next, counter, OrderedDepth() == 1, footnotes_ > 0);
  list.next += list.step;
}

unsigned HtmlLines::Enter(const GumboNode* node) {
  const GumboElement& e = node->v.element;
  unsigned opened = 0;
  if (IsMain(e)) opened |= kMain | kContent;
  if (e.tag == GUMBO_TAG_ARTICLE || e.tag == GUMBO_TAG_SECTION) opened |= kContent;
  if (IsChrome(e, content_ > 0 || (opened & kContent) != 0)) opened |= kChrome;
  if (IsFootnotes(e)) opened |= kFootnotes;
  if (e.tag == GUMBO_TAG_PRE) opened |= kPre;
  main_ += (opened & kMain) != 0;
  content_ += (opened & kContent) != 0;
  chrome_ += (opened & kChrome) != 0;
  footnotes_ += (opened & kFootnotes) != 0;
  pre_ += (opened & kPre) != 0;
  if (e.tag == GUMBO_TAG_BR) {
    Flush(false);
    return opened;
  }
  if ((e.tag == GUMBO_TAG_TD || e.tag == GUMBO_TAG_TH) && !line_.empty()) {
    line_ += "    ";  // a table's cells apart, as a layout converter sets them
    space_ = false;
  }
  if (!Block(e.tag)) return opened;
  Flush((e.tag != GUMBO_TAG_TR || !in_row_) && e.tag != GUMBO_TAG_P);
  if (e.tag == GUMBO_TAG_TR) in_row_ = true;
  if (e.tag == GUMBO_TAG_OL || e.tag == GUMBO_TAG_UL) {
    opened |= kList;
    const bool ordered = e.tag == GUMBO_TAG_OL;
    static constexpr Counter kByDepth[] = {Counter::kDecimal, Counter::kLowerAlpha,
                                           Counter::kLowerRoman, Counter::kUpperAlpha};
    const size_t depth = std::min<size_t>(OrderedDepth() + 1, 4);
    const Counter counter = ordered ? CounterOf(e, kByDepth[depth - 1]) : Counter::kBullet;
    const bool reversed = gumbo_get_attribute(&e.attributes, "reversed") != nullptr;
    long items = 0;
    for (unsigned i = 0; i < e.children.length; ++i) {
      const auto* child = static_cast<const GumboNode*>(e.children.data[i]);
      items += child->type == GUMBO_NODE_ELEMENT && child->v.element.tag == GUMBO_TAG_LI;
    }
    lists_.push_back({ordered, counter, Number(Attribute(e, "start"), reversed ? items : 1),
                      reversed ? -1 : 1});
    ordered_ += ordered;
  }
  if (e.tag == GUMBO_TAG_LI) StartItem(e);
  return opened;
}

void HtmlLines::Exit(const GumboNode* node, unsigned opened) {
  const GumboElement& e = node->v.element;
  if (Block(e.tag)) {
    const bool row = e.tag == GUMBO_TAG_TR;
    Flush(!row && e.tag != GUMBO_TAG_P);
    if (row) blank_ = false;
    if (e.tag == GUMBO_TAG_TABLE) in_row_ = false, blank_ = true;
  }
  if ((opened & kList) != 0) {
    ordered_ -= lists_.back().ordered;
    lists_.pop_back();
  }
  main_ -= (opened & kMain) != 0;
  content_ -= (opened & kContent) != 0;
  chrome_ -= (opened & kChrome) != 0;
  footnotes_ -= (opened & kFootnotes) != 0;
  pre_ -= (opened & kPre) != 0;
}

void HtmlLines::Read(const GumboNode* root) {
  // Depth first with an explicit stack: pages nest as deep as they like.
  struct Frame {
    const GumboNode* node;
    unsigned next;
    unsigned opened;
  };
  std::vector<Frame> stack{{root, 0, 0}};
  while (!stack.empty()) {
    Frame& f = stack.back();
    const GumboVector* children = f.node->type == GUMBO_NODE_DOCUMENT ? &f.node->v.document.children
                                  : f.node->type == GUMBO_NODE_ELEMENT || f.node->type == GUMBO_NODE_TEMPLATE
                                      ? &f.node->v.element.children
                                      : nullptr;
    if (children == nullptr || f.next == children->length) {
      if (f.node->type == GUMBO_NODE_ELEMENT) Exit(f.node, f.opened);
      stack.pop_back();
      continue;
    }
    const auto* child = static_cast<const GumboNode*>(children->data[f.next++]);
    switch (child->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_CDATA:
      case GUMBO_NODE_WHITESPACE:
        Text(child->v.text.text, pre_ > 0);
        break;
      case GUMBO_NODE_ELEMENT:
        if (Unread(child->v.element.tag)) break;
        stack.push_back({child, 0, Enter(child)});
        break;
      default:  // comments, templates: no words of the page
        break;
    }
  }
}

// The deepest nesting of elements the markup opens, estimated in one pass:
// start tags less end tags, leaving out void elements and those whose end
// tag may be left out (p, li, td...), which do not nest deeper unclosed.
// HTML5 tree building checks scopes along the open elements, a cost that
// grows with their depth for every tag; pages nest a few dozen deep.
size_t NestingDepth(std::string_view html) {
  static const std::unordered_set<std::string> kNotNesting = {
      "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot",
      "colgroup", "caption", "rb", "rt", "rp", "br", "img", "meta", "link", "input", "hr", "wbr",
      "col", "area", "base", "embed", "source", "track", "param", "html", "head", "body"};
  size_t depth = 0, deepest = 0;
  for (size_t i = html.find('<'); i != std::string_view::npos; i = html.find('<', i + 1)) {
    const bool end = i + 1 < html.size() && html[i + 1] == '/';
    size_t j = i + (end ? 2 : 1);
    std::string name;
    while (j < html.size() && name.size() < 16 && std::isalnum(static_cast<unsigned char>(html[j]))) {
      name += static_cast<char>(std::tolower(static_cast<unsigned char>(html[j++])));
    }
    if (name.empty() || kNotNesting.count(name) > 0) continue;
    if (end) {
      depth -= depth > 0;
    } else {
      // Up to the tag's end or the next tag's start, so that markup with no
      // '>' is not read to its end again for every '<'.
      const size_t close = html.find_first_of("<>", j);
      if (close != std::string_view::npos && html[close] == '>' && html[close - 1] == '/') continue;  // <x/>
      deepest = std::max(deepest, ++depth);
    }
  }
  return deepest;
}

bool HasMain(const GumboNode* root) {
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) continue;
    if (node->type == GUMBO_NODE_ELEMENT && IsMain(node->v.element)) return true;
    const GumboVector& children = node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) stack.push_back(static_cast<const GumboNode*>(children.data[i]));
  }
  return false;
}

}  // namespace

Result<SourceText> ReadHtml(std::string_view bytes) {
  if (const size_t depth = NestingDepth(bytes); depth > kMaxNesting) {
    return Error{"an HTML page whose elements nest " + std::to_string(depth) + " deep, more than " +
                     std::to_string(kMaxNesting) + "; skipped",
                 {}};
  }
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, bytes.data(), bytes.size());
  if (output == nullptr) return Error{"an HTML page that cannot be parsed; skipped", {}};
  HtmlLines lines(HasMain(output->document));
  lines.Read(output->document);
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  if (!lines.HasMainText()) {
    return Error{"an HTML page with no main text (only page chrome, scripts or markup); skipped", {}};
  }
  return std::move(lines).Take();
}

Result<SourceText> ReadAs(InputFormat format, std::string_view bytes, const ReadLimits& limits) {
  switch (format) {
    case InputFormat::kPdf:
      return ReadPdf(bytes, limits);
    case InputFormat::kHtml:
      return ReadHtml(bytes);
    case InputFormat::kText:
      break;
  }
  return SourceText{std::string(bytes), {}, 0};
}

}  // namespace whereas
