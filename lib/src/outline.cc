// Stage 4, outline: the walk over the classified lines (walker.h), zone by
// zone, each line's piece dispatched by the rule that wins it.
#include "outline.h"

#include <algorithm>
#include <tuple>
#include <utility>

#include "classify.h"
#include "labels.h"
#include "str_util.h"
#include "walker.h"

namespace whereas::internal {
namespace {

// The rests of a line that holds glued items ("...DfE;6.17.3 Further")
// are read again at most this many times the line's length (Split()).
constexpr size_t kSplitBudget = 8;

// A tab after words: a table's row ("Milestone<TAB>Date", "Urgent<TAB>"
// with its value cell empty), not a line of prose.
bool TabAfterWords(std::string_view line) {
  const size_t first = line.find_first_not_of(" \t");
  return first != std::string_view::npos && line.find('\t', first) != std::string_view::npos;
}

// A row whose cells stand between tabs, a word after a tab too.
bool IsTabRow(std::string_view line) {
  const std::string_view words = TrimView(line);
  const size_t tab = words.find('\t');
  return tab != std::string_view::npos && words.find_first_not_of(" \t", tab) != std::string_view::npos;
}

}  // namespace

std::string Walker::Clean(std::string text, int line, int offset) {
  for (const CleanRule& rule : g_.cleans) {
    if (rule.note.empty()) {
      RE2::GlobalReplace(&text, *rule.re, rule.replace);
      continue;
    }
    // The note names what was removed (a `removed` group), so the words
    // dropped from the text still reach the output.
    const auto& names = rule.re->NamedCapturingGroups();
    const auto removed = names.find("removed");
    const int n = removed == names.end() ? 1 : removed->second + 1;
    std::vector<re2::StringPiece> groups(n);
    if (!rule.re->Match(text, 0, text.size(), RE2::UNANCHORED, groups.data(), n)) continue;
    const re2::StringPiece& what = removed == names.end() ? groups[0] : groups[n - 1];
    const int at = offset + static_cast<int>(what.data() - text.data());
    const std::string message = rule.note + ": removed '" + std::string(what) + "'";
    RE2::GlobalReplace(&text, *rule.re, rule.replace);
    Diagnose(Severity::kNote, "text-repair", -1, line, at, message);
  }
  return text;
}

std::string_view Walker::JoinWith(std::string_view dst, std::string_view text) const {
  if (dst.empty()) return "";
  const bool new_line = cursor_.blank_before || g_.paragraph_lines;
  // One paragraph per line: a line break continues a sentence when the next
  // line starts in lower case, or when the line before cannot end one
  // ("... for" / "Children's Services": a report converted from PDF under a
  // grammar written for HTML pages, whose headlines end unpunctuated).
  const bool same_sentence =
      StartsLowercase(text) || WrappedHere() ||
      (g_.paragraph_lines ? EndsMidSentence(dst) : !EndsSentence(dst));
  if (new_line && !same_sentence) return "\n";
  return JoinsAtHyphen(dst, text) ? "" : " ";
}

void Walker::Join(std::string& dst, const std::string& text) {
  dst += JoinWith(dst, text);
  dst += text;
}

void Walker::PlaceLeadIn(const Piece& piece, const std::string& text) {
  Node node;
  node.line = piece.line;
  node.offset = piece.offset + static_cast<int>(TrimView(piece.text).data() - piece.text.data());
  node.text = Clean(text, piece.line, node.offset);
  tree_.PlaceLeadIn(tree_.Add(std::move(node)));
}

bool Walker::AddToTextField(const std::string& text, int line) {
  const int field = g_.zones[cursor_.zone].text_field;
  if (field < 0) return false;
  if (const std::string* dst = fields_.OpenParagraph(field)) {
    // As JoinWith() decides for an item's text.
    const bool new_line = cursor_.blank_before || g_.paragraph_lines;
    if (!new_line || StartsLowercase(text) || WrappedHere() ||
        (g_.paragraph_lines ? EndsMidSentence(*dst) : !EndsSentence(*dst))) {
      fields_.JoinParagraph(text, line);
      return true;
    }
  }
  fields_.NewParagraph(field, text, line);
  return true;
}

void Walker::UnplacePendingHeading() {
  if (!pending_heading_) return;
  out_.unplaced.push_back({pending_heading_->second, pending_heading_->first});
  pending_heading_.reset();
}

void Walker::FlushPending() {
  for (const Piece& p : pending_) Unplace(p);
  pending_.clear();
}

void Walker::OpenZone(int zone, int line) {
  FlushPending();
  // A heading with nothing under it ("SUMMARY/PURPOSE", then "1.") heads
  // the first item of a zone of items; anywhere else it is unplaced.
  if (g_.zones[zone].role != ZoneRole::kItems) UnplacePendingHeading();
  fields_.CloseTextField();
  if (g_.zones[zone].entries_only && zone != cursor_.zone) {
    contents_.Open(cursor_.zone);
  }
  cursor_.zone = zone;
  quoted_ = false;
  fields_.set_title_open(false);
  const Zone& z = g_.zones[zone];
  if (z.role == ZoneRole::kItems) {
    tree_.OpenTarget(z.target);
  } else if (z.role == ZoneRole::kAnnex) {
    Annex annex;
    annex.line = line;
    out_.annexes.push_back(std::move(annex));
    tree_.OpenAnnex(static_cast<int>(out_.annexes.size()) - 1);
    annex_header_ = 0;
  } else {
    tree_.CloseContainer();
  }
}

void Walker::OnHeading(const LineRule& rule, const Piece& piece,
                        const std::vector<re2::StringPiece>& groups) {
  OpenZone(rule.opens, piece.line);
  if (rule.label_group > 0 && !groups[rule.label_group].empty()) {
    const auto& label = groups[rule.label_group];
    Diagnose(Severity::kWarning, "numbered-heading", -1, piece.line,
             static_cast<int>(label.data() - piece.text.data()) + piece.offset,
             "heading '" + Trim(piece.text) + "' is numbered like a paragraph ('" +
                 std::string(label) + "'); it is read as a heading");
  }
  if (g_.zones[rule.opens].role == ZoneRole::kAnnex) {
    Annex& annex = CurrentAnnex();
    annex.heading = Trim(piece.text);
    if (rule.id_group > 0 && !groups[rule.id_group].empty()) {
      annex.id = std::string(groups[rule.id_group]);
    }
    if (rule.subtitle_group > 0 && !groups[rule.subtitle_group].empty()) {
      annex.subtitle = Trim(std::string_view(groups[rule.subtitle_group]));
      annex_header_ = 2;
    }
  } else if (rule.heading_group > 0 && !groups[rule.heading_group].empty()) {
    // Words after the heading ("NOW THEREFORE the Secretary of State
    // directs ... as follows:") head the zone's first item.
    pending_heading_ = {Clean(Trim(std::string_view(groups[rule.heading_group])), piece.line,
                              piece.offset + static_cast<int>(groups[rule.heading_group].data() -
                                                              piece.text.data())),
                        piece.line};
    heading_end_line_ = piece.line;
  }
  // A heading's words that fill no field (it is set already) are not lost.
  const bool captured = std::any_of(rule.captures.begin(), rule.captures.end(),
                                    [&](const FieldCapture& c) { return !groups[c.group].empty(); });
  if (!fields_.Capture(rule, piece, groups) && captured) Unplace(piece);
}

void Walker::OnSubtitle(const Piece& piece, const std::string& subtitle,
                         int opens) {
  const bool fresh_annex = g_.zones[cursor_.zone].role == ZoneRole::kAnnex &&
                           !CurrentAnnex().subtitle &&
                           tree_.NoRoots();
  if (!fresh_annex) {
    // An annex printed without its heading: the line just before the
    // subtitle, if unclaimed, is its title.
    std::optional<Piece> title;
    if (!pending_.empty()) {
      title = pending_.back();
      pending_.pop_back();
    }
    OpenZone(opens, title ? title->line : piece.line);
    if (title) {
      CurrentAnnex().title = Trim(title->text);
      annex_header_ = 1;
    }
  }
  CurrentAnnex().subtitle = subtitle;
  annex_header_ = 2;
}

void Walker::OnItem(const LineRule& rule, const Piece& piece,
                    const std::vector<re2::StringPiece>& groups) {
  if (!EnterItems(rule, piece)) return;
  const std::string label =
      rule.label_group > 0 ? std::string(groups[rule.label_group]) : std::string();
  const std::vector<Candidate> candidates = Candidates(rule, label);
  bool opens_section = false;  // its paragraphs are numbered under it
  if (HeadsOtherSection(rule, piece, groups, label, candidates, &opens_section)) return;
  const int text_group = rule.text_group > 0 ? rule.text_group : rule.heading_group;
  const int text_offset = piece.offset + static_cast<int>(groups[text_group].data() - piece.text.data());
  Node node = ItemNode(rule, piece, groups, opens_section);
  node.alone = !label.empty() && node.text.empty() && !node.heading;
  HeadImpliedSection(label, candidates, piece.line, &node);
  if (!label.empty()) {
    node.label = label;
    node.path_label = label;
    node.offset = piece.offset + static_cast<int>(groups[rule.label_group].data() - piece.text.data());
  }
  const int n = tree_.Add(std::move(node));
  if (candidates.empty() && rule.styles[0] == ItemStyle::kParagraph) {
    tree_.PlaceRootParagraph(n);
  } else if (candidates.empty()) {
    tree_.PlaceBullet(n, Unwrapped(tree_.node(n).text).EndsWithColon());
  } else if (candidates[0].style == ItemStyle::kMultilevel) {
    tree_.node(n).style = ItemStyle::kMultilevel;
    tree_.PlaceMultilevel(n);
  } else {
    tree_.PlaceLabelled(n, candidates);
  }
  tree_.RegisterLabel(n);
  tree_.set_cur(n);
  fields_.Capture(rule, piece, groups);
  next_ = Split(n, piece, text_offset - piece.offset);
}

bool Walker::EnterItems(const LineRule& rule, const Piece& piece) {
  if (rule.opens >= 0 && cursor_.zone != rule.opens) OpenZone(rule.opens, piece.line);
  const Zone& zone = g_.zones[cursor_.zone];
  if (zone.role != ZoneRole::kItems && zone.role != ZoneRole::kAnnex) {
    if (zone.items_open < 0) {
      if (!AddToTextField(Trim(piece.text), piece.line)) Unplace(piece);
      return false;
    }
    // Items where none belong open the zone they imply; in a block, the
    // last unclaimed line is the annex title.
    std::optional<Piece> title;
    if (!pending_.empty() && g_.zones[zone.items_open].role == ZoneRole::kAnnex) {
      title = pending_.back();
      pending_.pop_back();
    }
    OpenZone(zone.items_open, title ? title->line : piece.line);
    if (title) CurrentAnnex().title = Trim(title->text);
  }
  if (g_.zones[cursor_.zone].role == ZoneRole::kAnnex) annex_header_ = 2;
  fields_.CloseTextField();
  const std::string_view words = TrimView(piece.text);
  if (words.starts_with('"') || words.starts_with("\u201C")) quoted_ = true;
  return true;
}

std::vector<Candidate> Walker::Candidates(const LineRule& rule, const std::string& label) {
  std::vector<Candidate> candidates;
  if (label.empty()) return candidates;
  for (ItemStyle style : rule.styles) {
    if (style == ItemStyle::kMultilevel) {
      candidates.push_back({style, 0});
    } else if (int v = LabelValue(label, style); v > 0) {
      candidates.push_back({style, v});
    }
  }
  if (candidates.empty()) candidates.push_back({rule.styles[0], 0});
  return candidates;
}

bool Walker::HeadsOtherSection(const LineRule& rule, const Piece& piece,
                               const std::vector<re2::StringPiece>& groups, const std::string& label,
                               const std::vector<Candidate>& candidates, bool* opens_section) {
  if (label.empty() || candidates[0].style != ItemStyle::kDecimal) return false;
  const std::string next = NextLabel();
  const size_t dot = next.rfind('.');
  if (dot == std::string::npos || dot == 0) return false;
  const std::string next_parent = next.substr(0, dot);
  const bool exists = tree_.HasRootLabel(label);
  const bool extends = next_parent == label && !exists;
  const std::vector<ItemTree::List>& lists = tree_.lists();
  const bool continues = !lists.empty() && lists.back().style == ItemStyle::kDecimal &&
                         candidates[0].value == lists.back().last + 1;
  const bool opens_list = tree_.cur() >= 0 && candidates[0].value == 1 &&
                          EndsWithColon(tree_.node(tree_.cur()).last_text());
  *opens_section = extends;
  if (extends || continues || opens_list) return false;
  const int at = static_cast<int>(groups[rule.label_group].data() - piece.text.data());
  pending_heading_ = {Clean(Trim(piece.text.substr(at)), piece.line, piece.offset + at), piece.line};
  heading_end_line_ = piece.line;
  return true;
}

Walker::Node Walker::ItemNode(const LineRule& rule, const Piece& piece,
                              const std::vector<re2::StringPiece>& groups, bool opens_section) {
  const auto offset_of = [&](const re2::StringPiece& g) {
    return piece.offset + static_cast<int>(g.data() - piece.text.data());
  };
  Node node;
  node.line = piece.line;
  const int text_group = rule.text_group > 0 ? rule.text_group : rule.heading_group;
  node.offset = offset_of(groups[text_group]);
  if (rule.text_group > 0) {
    node.text = Clean(Trim(std::string_view(groups[rule.text_group])), piece.line, node.offset);
  }
  if (rule.heading_group > 0 && !groups[rule.heading_group].empty()) {
    node.heading = Clean(Trim(std::string_view(groups[rule.heading_group])), piece.line,
                         offset_of(groups[rule.heading_group]));
  }
  // A heading does not wrap: a heading-only line whose next line continues
  // it (no blank line, no rule that applies here; in a text wrapped at a
  // width, the heading's line is full or runs on) is a paragraph's text
  // after all.
  const size_t i = cursor_.line;
  if (rule.text_group == 0 && node.heading && i + 1 < lines_->size() &&
      WinningRule(g_, (*masks_)[i + 1], cursor_.zone) < 0 && !TrimView((*lines_)[i + 1].text).empty() &&
      (!layout_->Wrapped() || RunsOn(i) || EndsInConnective((*lines_)[i].text))) {
    node.text = std::move(*node.heading);
    node.heading.reset();
  }
  // "2. Recommendations" over 2.1, 2.2: the words of a section's numbered
  // line are its title, as "2. RECOMMENDATIONS" is by the rule that reads
  // capitals. Not a paragraph a PDF wrapped, nor a sentence.
  if (opens_section && !node.heading && WrapEnd(i) == i && IsTitle(node.text)) {
    node.heading = std::move(node.text);
    node.text.clear();
  }
  return node;
}

void Walker::HeadImpliedSection(const std::string& label, const std::vector<Candidate>& candidates,
                                int line, Node* node) {
  // "2.1" after "1.5" implies a section "2" printed without its heading;
  // "6.4.3" among 6.3.x is a misnumbered paragraph, reported by the check.
  // Not where sections are printed "1.0", "2.0": there "3.1" after "5.0" is
  // a paragraph under the wrong section, reported by the check.
  const auto is_section = [](const std::string& l) { return SectionNumber(l) != l; };
  const std::vector<ItemTree::List>& lists = tree_.lists();
  const bool point_zero_sections = !lists.empty() && lists[0].style == ItemStyle::kMultilevel &&
                                   !lists[0].nodes.empty() &&
                                   is_section(tree_.node(lists[0].nodes[0]).path_label);
  const bool implies_section =
      !candidates.empty() && candidates[0].style == ItemStyle::kMultilevel &&
      g_.zones[cursor_.zone].implicit_parents && !is_section(label) && !point_zero_sections &&
      (lists.empty() || label.substr(label.rfind('.') + 1) == "1");
  if (pending_heading_) {
    // A heading over "5.1" whose section "5" is not printed is that
    // section's ("Conclusions and recommendations" over 5.1).
    std::optional<std::string> heading = std::move(pending_heading_->first);
    pending_heading_.reset();
    if (implies_section) tree_.ImplicitParent(label, line, &heading);
    if (heading) node->heading = node->heading ? *heading + "\n" + *node->heading : *heading;
  } else if (implies_section) {
    tree_.ImplicitParent(label, line, nullptr);
  }
}

void Walker::OnRow(const LineRule& rule, const Piece& piece,
                    const std::vector<re2::StringPiece>& groups) {
  const Zone& zone = g_.zones[cursor_.zone];
  if (zone.role != ZoneRole::kItems && zone.role != ZoneRole::kAnnex) {
    OnText(piece);
    return;
  }
  AddRow(piece, groups[rule.cells_group]);
}

void Walker::AddRow(const Piece& piece, std::string_view inner) {
  std::vector<std::string> cells;
  // Cells between bars (a pipe table), else between tabs.
  const std::string_view separators = inner.find('|') != std::string_view::npos ? "|" : "\t";
  bool markup = true;  // a separator row (|---|:--|) or a row of empty cells
  size_t start = 0;
  while (true) {
    const size_t bar = inner.find_first_of(separators, start);
    std::string cell = Clean(Trim(inner.substr(start, bar - start)), piece.line, piece.offset);
    if (cell.find_first_not_of("-: ") != std::string::npos) markup = false;
    if (!cell.empty() || separators[0] == '|') cells.push_back(std::move(cell));
    if (bar == std::string_view::npos) break;
    start = bar + 1;
  }
  const bool in_table = tree_.cur() >= 0 && tree_.node(tree_.cur()).style == ItemStyle::kTable && !cursor_.blank_before;
  if (!in_table) {
    Node node;
    node.style = ItemStyle::kTable;
    node.line = piece.line;
    const int n = tree_.Add(std::move(node));
    tree_.PlaceBullet(n, Unwrapped(tree_.node(n).text).EndsWithColon());
    tree_.set_cur(n);
  }
  if (!markup) {
    tree_.node(tree_.cur()).rows.push_back(std::move(cells));
    tree_.node(tree_.cur()).row_lines.push_back(piece.line);
  }
}

std::optional<Piece> Walker::Split(int n, const Piece& piece,
                                             int text_offset) {
  for (const SplitRule& rule : g_.splits) {
    Node& node = tree_.node(n);
    const int groups_n = std::max(rule.text_group, rule.rest_group) + 1;
    std::vector<re2::StringPiece> groups(groups_n);
    // Without captures RE2 answers with its DFA in one pass; captures over a
    // whole paragraph cost many times that, so they are asked only of a match.
    // The rule's head, when it has one, reads only up to the rest (on one
    // line, where the rest always runs on to the end).
    const bool by_head = rule.head && node.text.find('\n') == std::string::npos;
    const RE2& re = by_head ? *rule.head : *rule.re;
    const RE2::Anchor anchor = by_head ? RE2::ANCHOR_START : RE2::ANCHOR_BOTH;
    if (!re.Match(node.text, 0, node.text.size(), anchor, nullptr, 0) ||
        !re.Match(node.text, 0, node.text.size(), anchor, groups.data(), groups_n)) {
      continue;
    }
    if (by_head) {  // the rest runs on to the end of the text
      const char* rest_at = groups[rule.rest_group].data();
      groups[rule.rest_group] = re2::StringPiece(
          rest_at, static_cast<size_t>(node.text.data() + node.text.size() - rest_at));
    }
    const std::string first = Trim(std::string_view(groups[rule.text_group]));
    const std::string rest = Trim(std::string_view(groups[rule.rest_group]));
    if (first.empty() || rest.empty()) continue;
    const size_t rest_in_text =
        static_cast<size_t>(groups[rule.rest_group].data() - node.text.data());
    // Where the rest starts in the line: the item text is a trimmed slice of
    // the line, so its offset carries over.
    const std::string_view line_text = piece.text;
    const size_t text_start = line_text.find(node.text, text_offset);
    const int rest_offset =
        piece.offset + static_cast<int>((text_start == std::string_view::npos
                                             ? text_offset
                                             : text_start) +
                                        rest_in_text);
    if (rule.rest_is_line) {
      // Each rest is read again whole: a line of thousands of glued items
      // would cost time quadratic in its length. Past a budget, what is
      // left stays this item's words.
      if (piece.line != split_line_) split_line_ = piece.line, split_bytes_ = 0;
      split_bytes_ += rest.size();
      if (split_bytes_ > kSplitBudget * (*lines_)[cursor_.line].text.size()) {
        if (split_bytes_ - rest.size() <= kSplitBudget * (*lines_)[cursor_.line].text.size()) {
          Diagnose(Severity::kWarning, "merged-items", n, piece.line, rest_offset,
                   "'" + std::string(Utf8Prefix(rest, 20)) +
                       "...' was glued to the previous item's line; more items are glued on this "
                       "line than are split, so the rest are this item's words");
        }
        return std::nullopt;
      }
      node.text = first;
      Diagnose(Severity::kWarning, "merged-items", n, piece.line, rest_offset,
               "'" + std::string(Utf8Prefix(rest, 20)) +
                   "...' was glued to the previous item's line; split it");
      const size_t at = static_cast<size_t>(rest_offset - piece.offset);
      return Piece{piece.line, piece.text.substr(at), rest_offset};
    }
    // The rest continues the parent's sentence after the sub-list.
    const int parent = node.parent;
    if (parent < 0 || !EndsWithColon(tree_.node(parent).last_text())) continue;
    node.text = first;
    Node& p = tree_.node(parent);
    if (!p.tail) p.tail = std::string(), p.tail_line = piece.line;
    p.in_tail = true;
    *p.tail += (p.tail->empty() ? "" : " ") + rest;
    tree_.set_cur(parent);
    Diagnose(Severity::kNote, "text-repair", parent, piece.line, rest_offset,
             "words glued to a sub-item continue its parent; moved to the "
             "parent's tail");
    return std::nullopt;
  }
  return std::nullopt;
}

void Walker::Continue(const Piece& piece) {
  const std::string_view trimmed = TrimView(piece.text);
  const int offset = piece.offset + static_cast<int>(trimmed.data() - piece.text.data());
  const std::string text = Clean(std::string(trimmed), piece.line, offset);
  Node& node = tree_.node(tree_.cur());
  // After a sub-list, words that start in lower case continue the sentence
  // of the item that introduced the list: its tail. They start a line of
  // their own: after a blank line, in one paragraph a line, or, in a text
  // wrapped at a width, after a line that is not full.
  const int parent = node.parent;
  const char last = LastSignificantChar(node.last_text());
  if ((cursor_.blank_before || g_.paragraph_lines || layout_->Wrapped()) && StartsLowercase(text) &&
      !WrappedHere() && !IsCoordinator(text) &&
      parent >= 0 &&
      EndsWithColon(tree_.node(parent).last_text()) && (last == ';' || last == ',' || last == '.')) {
    Node& p = tree_.node(parent);
    if (!p.tail) p.tail = std::string(), p.tail_line = piece.line;
    p.in_tail = true;
    Join(*p.tail, text);
    tree_.set_cur(parent);
    return;
  }
  std::string& dst = node.last_text();
  const std::string_view separator = JoinWith(dst, text);
  if (!node.in_tail) {
    node.text_lines.push_back({static_cast<int>(dst.size() + separator.size()), piece.line});
  }
  dst += separator;
  dst += text;
}

void Walker::PlaceParagraphItem(const Piece& piece, const std::string& text) {
  Node node;
  node.line = piece.line;
  node.offset = piece.offset + static_cast<int>(TrimView(piece.text).data() - piece.text.data());
  node.style = ItemStyle::kParagraph;
  node.text = Clean(text, piece.line, node.offset);
  if (pending_heading_) {
    node.heading = pending_heading_->first;
    pending_heading_.reset();
  }
  const int n = tree_.Add(std::move(node));
  tree_.PlaceRootParagraph(n);
  tree_.set_cur(n);
}

void Walker::OnText(const Piece& piece) {
  const std::string text = Trim(piece.text);
  // A wrapped value reads on, but not into a row of a table ("Urgent<TAB>",
  // its value cell empty): a tab after words ends a label.
  if (fields_.wrapping() && !TabAfterWords(piece.text)) {
    fields_.Wrap(text);
    tables_.CellWrapped(cursor_.line);  // a cell's words wrapped
    return;
  }
  switch (g_.zones[cursor_.zone].role) {
    case ZoneRole::kTitle:
      OnTitleText(piece, text);
      return;
    case ZoneRole::kBlock:
      UnplacePendingHeading();  // it heads words, not an item
      if (!AddToTextField(text, piece.line)) pending_.push_back(piece);
      return;
    case ZoneRole::kAnnex:
      if (OnAnnexHeader(piece, text)) return;
      [[fallthrough]];
    case ZoneRole::kItems:
      OnParagraphText(piece, text);
      return;
  }
}

void Walker::OnTitleText(const Piece& piece, const std::string& text) {
  // A title wraps onto the next line, never across a blank line; with one
  // paragraph per line, only where the next line starts in lower case. A
  // paragraph right under it, as a PDF converter prints one (after a line
  // that is not full, or in lower case under a title in capitals), is none
  // of it either.
  const std::optional<std::string>& title = out_.title;
  const bool paragraph = title && OpensParagraphItems(text);
  if (cursor_.blank_before || (g_.paragraph_lines && !StartsLowercase(text) && !WrappedHere()) ||
      (paragraph && (StartsParagraph() || (!HasLower(*title) && HasLower(text))))) {
    fields_.set_title_open(false);
  }
  if (fields_.title_open()) {
    fields_.ContinueTitle(text);
  } else if (!title) {
    fields_.LooseTitle(text, piece.line);
  } else if (paragraph) {
    // A paragraph after the title, where no heading ("WHEREAS") opens the
    // items: the first of them, unnumbered.
    OpenZone(g_.zones[cursor_.zone].items_open, piece.line);
    PlaceParagraphItem(piece, text);
  } else if (!AddToTextField(text, piece.line)) {
    Unplace(piece);
  }
}

bool Walker::OnAnnexHeader(const Piece& piece, const std::string& text) {
  if (annex_header_ == 2 && HeadsParagraph(text)) {
    // "Purpose" over an unnumbered paragraph, after the annex's title.
    pending_heading_ = {Clean(text, piece.line, piece.offset), piece.line};
    heading_end_line_ = 0;  // one line, whole: the next is the paragraph's
    return true;
  }
  if (!tree_.NoRoots() || pending_heading_) return false;
  Annex& annex = CurrentAnnex();
  const auto add = [&](std::optional<std::string>& field) {
    if (!field) {
      field = text;
    } else {
      *field += (cursor_.blank_before ? "\n" : " ") + text;
    }
  };
  if (annex_header_ == 0) {
    if (!StartsParagraph() || !annex.title) {
      add(annex.title);
    } else {
      annex_header_ = 1;
      add(annex.addressee);
    }
  } else if (annex_header_ == 1) {
    // Wrapped addressee lines, or further header lines.
    std::optional<std::string>& field = annex.addressee ? annex.addressee : annex.title;
    field = field ? *field + " " + text : text;
  } else if (!annex.intro) {
    annex.intro = text;
  } else {
    Join(*annex.intro, text);
  }
  return true;
}

void Walker::OnParagraphText(const Piece& piece, const std::string& text) {
  const Zone& zone = g_.zones[cursor_.zone];
  // What kind of paragraph this is, is read from all of it, not from the
  // first line of a paragraph a PDF wrapped.
  const ParagraphView whole = Unwrapped(text);
  if (QuoteClosed()) {
    OpenZone(zone.after_quote, piece.line);
    OnText(piece);
    return;
  }
  if (pending_heading_ && !cursor_.blank_before && piece.line == heading_end_line_ + 1 &&
      !EndsSentence(pending_heading_->first)) {
    pending_heading_->first += " " + Clean(text, piece.line, piece.offset);
    heading_end_line_ = piece.line;
  } else if (AwaitsWords()) {
    Continue(piece);
  } else if (StartsParagraph() && IsLeadIn(whole)) {
    PlaceLeadIn(piece, text);
  } else if (zone.paragraph_items && StartsParagraphItem(whole)) {
    PlaceParagraphItem(piece, text);
  } else if (((StartsParagraph() || (AfterSentence() && !whole.EndsWithColon())) &&
              IsSubheading(whole)) ||
             HeadsParagraph(text)) {
    // Headings in a row all head the item after them ("NOW THEREFORE ...
    // directs as follows:" over "Interpretation"), one per line.
    std::string heading = Clean(text, piece.line, piece.offset);
    if (pending_heading_) {
      pending_heading_->first += "\n" + heading;
    } else {
      pending_heading_ = {std::move(heading), piece.line};
    }
    // A title over a paragraph is one line, whole: the next is the
    // paragraph's.
    heading_end_line_ = NextLabel().empty() ? 0 : piece.line;
  } else if (tree_.cur() >= 0 && !fields_.text_field_open()) {
    Continue(piece);
  } else if (!AddToTextField(text, piece.line)) {
    Unplace(piece);
  }
}

bool Walker::OnContentsLine(const Piece& piece, int r, const std::vector<re2::StringPiece>& groups,
                            RuleMask mask) {
  RuleMask entry_mask = 0;
  if (r >= 0 && !contents_.IsJoined(piece.text)) {
    if (const auto entry = contents_.JoinsNextEntry(piece, r, groups, &entry_mask, &cursor_.resume_at)) {
      OnPiece(Piece{piece.line, *entry, piece.offset}, entry_mask);
      return true;
    }
  }
  if (contents_.IsNewEntry(r, groups)) return false;
  // The list has ended: the line is read where the list interrupted.
  OpenZone(contents_.zone_before(), piece.line);
  OnPiece(piece, mask);
  return true;
}

void Walker::OnField(const LineRule& rule, const Piece& piece,
                     std::vector<re2::StringPiece>& groups) {
  const size_t before = fields_.count();
  Piece row = piece;
  if (!next_) {
    const HeaderTables::Columns columns = tables_.NextColumn(rule, piece, groups);
    row = columns.row;
    if (columns.next) next_ = columns.next;
    if (columns.after) next_column_ = columns.after;
  }
  if (fields_.Capture(rule, row, groups)) {
    fields_.OpenWrap(rule, piece.line, before);
    return;
  }
  // A line that fills no field may continue a wrapped value ("Title<TAB>
  // Update report on the" over "Improvement Plan", a line like a title);
  // the same rule's line again is a repeat.
  if (fields_.WrappedBy(rule)) fields_.StopWrapping();
  if (!rule.keep) OnText(piece);  // a kept line is text below, once
}

void Walker::OnPiece(const Piece& piece, RuleMask mask) {
  if (TrimView(piece.text).empty()) {
    cursor_.blank_before = true;
    fields_.StopWrapping();
    return;
  }
  // A footnote is read already; the text around it reads on across it.
  if (piece.offset == 0 && layout_->footnote[cursor_.line]) return;
  int r = WinningRule(g_, mask, cursor_.zone);
  const bool running = piece.offset == 0 && layout_->running[cursor_.line];
  if (running || (r >= 0 && g_.rules[r].kind == RuleKind::kFurniture)) {
    // Set aside, leaving every state as it was: a paragraph broken by a page
    // footer reads on, and a blank line before the footer still counts.
    out_.page_furniture.push_back({piece.line, Trim(piece.text)});
    return;
  }
  std::vector<re2::StringPiece> groups;
  if (r >= 0 && !Capture(r, piece.text, &groups)) {
    r = -1;  // matched by the set, so this is unreachable
  }
  if (g_.zones[cursor_.zone].entries_only && OnContentsLine(piece, r, groups, mask)) return;
  if (tables_.ReadColumnRow(piece, &cursor_.resume_at) ||
      tables_.ReadValueBelow(piece, r, &cursor_.resume_at)) {
    if (cursor_.zone != 0) fields_.set_title_open(false);
    cursor_.blank_before = false;
    return;
  }
  if (r < 0 && g_.zones[cursor_.zone].tab_rows && piece.offset == 0 && IsTabRow(piece.text)) {
    AddRow(piece, TrimView(piece.text));
    cursor_.blank_before = false;
    return;
  }
  // An unnumbered paragraph a rule reads is text after a label alone on its
  // line ("2." over "This Direction comes into force ..."), whose words they
  // are, and before a numbered item, whose number its position would clash
  // with.
  if (r < 0 || (g_.rules[r].kind == RuleKind::kItem &&
                g_.rules[r].styles[0] == ItemStyle::kParagraph &&
                (AwaitsWords() || !NextLabel().empty()))) {
    OnText(piece);
    cursor_.blank_before = false;
    return;
  }
  const LineRule& rule = g_.rules[r];
  if (rule.kind != RuleKind::kField) {
    fields_.StopWrapping();
  }
  switch (rule.kind) {
    case RuleKind::kHeading:
      OnHeading(rule, piece, groups);
      break;
    case RuleKind::kField:
      OnField(rule, piece, groups);
      break;
    case RuleKind::kSubtitle:
      OnSubtitle(piece, Trim(std::string_view(groups[rule.subtitle_group])),
                 rule.opens);
      fields_.Capture(rule, piece, groups);
      break;
    case RuleKind::kItem:
      OnItem(rule, piece, groups);
      break;
    case RuleKind::kRow:
      OnRow(rule, piece, groups);
      break;
    case RuleKind::kFurniture:  // set aside above
      break;
  }
  if (rule.keep) OnText(piece);
  if (rule.kind != RuleKind::kField || cursor_.zone != 0) fields_.set_title_open(false);
  cursor_.blank_before = false;
}

void Walker::Finish() {
  FlushPending();
  UnplacePendingHeading();
  fields_.Finish();
  tree_.Assemble(&out_);
  out_.diagnostics = std::move(findings_.diagnostics());
  std::stable_sort(out_.unplaced.begin(), out_.unplaced.end(),
                   [](const Unplaced& a, const Unplaced& b) { return a.line < b.line; });
  std::stable_sort(out_.diagnostics.begin(), out_.diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     return std::tie(a.line, a.column) < std::tie(b.line, b.column);
                   });
}

Outline Walker::Build() {
  const std::vector<Line>& lines = *lines_;
  out_.footnotes = layout_->footnotes;
  OpenZone(0, 1);
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i < cursor_.resume_at) continue;  // read with a line before it
    cursor_.line = i;
    OnPiece(Piece{lines[i].number, lines[i].text, 0}, (*masks_)[i]);
    while (next_) {  // a loop, not recursion: a line may hold many items
      const Piece rest = *next_;
      next_.reset();
      // The rest of a line has no line below it of its own.
      OnPiece(rest, ClassifyLine(g_, rest.text) & ~g_.conditional_rules);
      if (!next_ && next_column_) {
        next_ = next_column_;
        next_column_.reset();
      }
    }
  }
  Finish();
  return std::move(out_);
}

Outline BuildOutline(const GrammarData& grammar, const Text& text, const std::vector<Line>& lines,
                     const Layout& layout, const std::vector<RuleMask>& masks) {
  return Walker(Inputs{grammar, text, lines, layout, masks}).Build();
}

}  // namespace whereas::internal
