// Placing items by the sequence of their labels; assembling the tree.
#include "item_tree.h"

#include <algorithm>

#include "labels.h"
#include "str_util.h"

namespace whereas::internal {
namespace {

// Items nest at most this deep; deeper ones stay at this depth, so no
// reader of the output meets unbounded nesting.
constexpr size_t kMaxItemDepth = 64;

}  // namespace

void ItemTree::OpenTarget(Target target) {
  stack_.clear();
  cur_ = -1;
  container_ = -1;
  for (size_t i = 0; i < containers_.size(); ++i) {
    if (containers_[i].target == target) container_ = static_cast<int>(i);
  }
  if (container_ < 0) {
    containers_.push_back({target, -1, {}, {}});
    container_ = static_cast<int>(containers_.size()) - 1;
  }
}

void ItemTree::OpenAnnex(int annex) {
  stack_.clear();
  cur_ = -1;
  containers_.push_back({Target::kNone, annex, {}, {}});
  container_ = static_cast<int>(containers_.size()) - 1;
}

void ItemTree::CloseContainer() {
  stack_.clear();
  cur_ = -1;
  container_ = -1;
}

bool ItemTree::HasRootLabel(const std::string& label) const {
  const auto& roots = containers_[container_].roots;
  return std::any_of(roots.begin(), roots.end(), [&](int r) { return nodes_[r].label == label; });
}

int ItemTree::Add(Node node) {
  node.container = container_;
  nodes_.push_back(std::move(node));
  return static_cast<int>(nodes_.size()) - 1;
}

void ItemTree::RegisterLabel(int n) {
  if (const std::optional<std::string>& label = nodes_[n].label) {
    containers_[container_].by_label[std::string(SectionNumber(*label))] = n;
  }
}

void ItemTree::PlaceLeadIn(int n) {
  int parent = cur_;
  while (!nodes_[parent].label) parent = nodes_[parent].parent;
  int list = -1;
  for (int k = static_cast<int>(stack_.size()) - 1; k >= 0; --k) {
    if (stack_[k].parent == parent && stack_[k].style == ItemStyle::kBullet) list = k;
  }
  if (list >= 0) {
    AppendTo(list, n, 0);
  } else {
    NewList(parent, n, ItemStyle::kBullet, 0);
  }
  cur_ = n;
}

void ItemTree::AppendTo(int list, int n, int value) {
  stack_.resize(static_cast<size_t>(list) + 1);
  List& l = stack_[list];
  nodes_[n].parent = l.parent;
  if (nodes_[n].style != ItemStyle::kTable &&
      (nodes_[n].style == ItemStyle::kBullet || l.style != ItemStyle::kBullet)) {
    nodes_[n].style = l.style;
  }
  l.nodes.push_back(n);
  l.last = value;
  nodes_[n].depth = l.parent >= 0 ? nodes_[l.parent].depth + 1 : 0;
  if (l.parent >= 0) {
    nodes_[l.parent].children.push_back(n);
  } else {
    containers_[container_].roots.push_back(n);
    if (nodes_[n].style != ItemStyle::kParagraph) containers_[container_].numbered_root = true;
  }
  if (!nodes_[n].label && (l.style == ItemStyle::kBullet || l.style == ItemStyle::kParagraph)) {
    nodes_[n].path_label = std::to_string(l.nodes.size());
  }
}


void ItemTree::NewList(int parent, int n, ItemStyle style, int value) {
  // The parent is the last node of some open list; close the lists below it.
  while (!stack_.empty() && parent >= 0 &&
         (stack_.back().nodes.empty() || stack_.back().nodes.back() != parent)) {
    stack_.pop_back();
  }
  if (parent < 0) stack_.clear();
  if (parent >= 0 && static_cast<size_t>(nodes_[parent].depth) + 1 >= kMaxItemDepth && !stack_.empty()) {
    if (!depth_reported_) {
      depth_reported_ = true;
      Diagnose(Severity::kWarning, "depth-limit", n, nodes_[n].line, nodes_[n].offset,
               "items nest deeper than " + std::to_string(kMaxItemDepth) +
                   " levels; deeper items are kept at that level");
    }
    AppendTo(static_cast<int>(stack_.size()) - 1, n, value);
    return;
  }
  stack_.push_back(List{parent, style, 0, {}});
  if (nodes_[n].style != ItemStyle::kTable) nodes_[n].style = style;
  AppendTo(static_cast<int>(stack_.size()) - 1, n, value);
}


void ItemTree::PlaceLabelled(int n, const std::vector<Candidate>& candidates) {
  const int top = static_cast<int>(stack_.size()) - 1;
  // 1. A first label after a line that ends with ':' opens a sub-list, even
  // where it could also continue a list ("h. ...including:" then "i.").
  if (cur_ >= 0 && EndsWithColon(nodes_[cur_].last_text())) {
    for (const Candidate& c : candidates) {
      if (c.value == 1) {
        NewList(cur_, n, c.style, 1);
        return;
      }
    }
  }
  // 2. The next label of an open list, nearest first.
  for (int k = top; k >= 0; --k) {
    for (const Candidate& c : candidates) {
      if (stack_[k].style == c.style && c.value == stack_[k].last + 1) {
        AppendTo(k, n, c.value);
        return;
      }
    }
  }
  // 3. A bullet list of n items followed by label n+1: its labels were lost.
  if (top >= 0 && stack_[top].style == ItemStyle::kBullet) {
    List& l = stack_[top];
    const int count = static_cast<int>(l.nodes.size());
    for (const Candidate& c : candidates) {
      if (c.value != count + 1 || count < 1) continue;
      l.style = c.style;
      for (int i = 0; i < count; ++i) {
        Node& lost = nodes_[l.nodes[i]];
        if (lost.label) continue;
        lost.style = c.style;
        lost.path_label = LabelAt(i + 1, c.style);
        Diagnose(Severity::kWarning, "numbering-missing-label", l.nodes[i],
                 lost.line, lost.offset,
                 "item has no label; expected '" + lost.path_label +
                     "' before '" + nodes_[n].label.value_or("") + "'");
      }
      AppendTo(top, n, c.value);
      return;
    }
  }
  // 4. The next label of an open list in the other letter case: "I." for
  // "i." after "h.". The path uses the list's case.
  for (int k = top; k >= 0; --k) {
    for (const Candidate& c : candidates) {
      if (stack_[k].style == OtherCase(c.style) && c.style != stack_[k].style &&
          c.value == stack_[k].last + 1) {
        const std::string expected = LabelAt(c.value, stack_[k].style);
        const std::string previous = LabelAt(stack_[k].last, stack_[k].style);
        nodes_[n].path_label = expected;
        const int line = nodes_[n].line;
        const int offset = nodes_[n].offset;
        AppendTo(k, n, c.value);
        Diagnose(Severity::kWarning, "numbering-case", n, line, offset,
                 "expected '" + expected + "' after '" + previous +
                     "', found '" + nodes_[n].label.value_or("") + "'");
        return;
      }
    }
  }
  // 5. A first label opens a sub-list under the item before it, unless it
  // has the style of the list it follows: then it is out of order there.
  for (const Candidate& c : candidates) {
    if (c.value == 1 && (top < 0 || stack_[top].style != c.style)) {
      NewList(cur_, n, c.style, 1);
      return;
    }
  }
  // 6. Out of sequence: the nearest open list of the same style.
  for (int k = top; k >= 0; --k) {
    for (const Candidate& c : candidates) {
      if (stack_[k].style == c.style) {
        AppendTo(k, n, c.value);
        return;
      }
    }
  }
  // 7. A new list, under the item before it.
  const Candidate& c = *std::min_element(
      candidates.begin(), candidates.end(),
      [](const Candidate& a, const Candidate& b) { return a.value < b.value; });
  NewList(cur_, n, c.style, c.value);
}


void ItemTree::PlaceMultilevel(int n) {
  // A multilevel label is its own address.
  const std::string& label = nodes_[n].path_label;
  const std::string prefix = label.substr(0, label.rfind('.'));
  // Under the item its label extends ("6.3" for "6.3.1") when that item is
  // open (the current item or one of its ancestors); a paragraph under the
  // wrong heading stays where it stands.
  int parent = -1;
  for (int a = cur_; a >= 0; a = nodes_[a].parent) {
    const std::optional<std::string>& ancestor = nodes_[a].label;
    if (ancestor && SectionNumber(*ancestor) == prefix) {
      parent = a;
      break;
    }
  }
  if (parent >= 0) {
    for (int k = static_cast<int>(stack_.size()) - 1; k >= 0; --k) {
      if (stack_[k].parent == parent) {
        AppendTo(k, n, 0);
        return;
      }
    }
    NewList(parent, n, ItemStyle::kMultilevel, 0);
    return;
  }
  const auto depth_of = [](std::string_view l) {
    const std::string_view section = SectionNumber(l);
    return std::count(section.begin(), section.end(), '.');
  };
  const auto depth = depth_of(label);
  for (int k = static_cast<int>(stack_.size()) - 1; k >= 0; --k) {
    const List& l = stack_[k];
    if (l.style == ItemStyle::kMultilevel && !l.nodes.empty()) {
      // The address, printed or implied: a sibling may have lost its label.
      if (depth_of(nodes_[l.nodes.back()].path_label) == depth) {
        AppendTo(k, n, 0);
        return;
      }
    }
  }
  NewList(cur_, n, ItemStyle::kMultilevel, 0);
}


void ItemTree::PlaceBullet(int n, bool introduces) {
  const int top = static_cast<int>(stack_.size()) - 1;
  // How many bullet lists are open at the top of the stack.
  int bullet_depth = 0;
  for (int k = top; k >= 0 && stack_[k].style == ItemStyle::kBullet; --k) {
    ++bullet_depth;
  }
  if (cur_ >= 0 && EndsWithColon(nodes_[cur_].last_text()) &&
      !(nodes_[cur_].style == ItemStyle::kBullet &&
        bullet_depth >= g_.bullet_depth)) {
    NewList(cur_, n, ItemStyle::kBullet, 0);
    return;
  }
  if (top >= 0 && stack_[top].style == ItemStyle::kBullet) {
    // A bullet that introduces a list cannot stand where its list could not
    // nest: it belongs one level up.
    if (introduces && bullet_depth >= g_.bullet_depth && top > 0 &&
        stack_[top - 1].style == ItemStyle::kBullet) {
      AppendTo(top - 1, n, 0);
    } else {
      AppendTo(top, n, 0);
    }
    return;
  }
  if (cur_ >= 0 && nodes_[cur_].children.empty()) {
    NewList(cur_, n, ItemStyle::kBullet, 0);
    return;
  }
  if (top < 0) {
    NewList(-1, n, ItemStyle::kBullet, 0);
    return;
  }
  // Among labelled siblings: a label the source lost. A multilevel label
  // is a whole address: the next one after the last sibling's.
  const List& l = stack_[top];
  nodes_[n].style = l.style;
  std::string implied;
  if (l.style == ItemStyle::kMultilevel) implied = NextAddress(nodes_[l.nodes.back()].path_label);
  nodes_[n].path_label = implied.empty() ? LabelAt(l.last + 1, l.style) : implied;
  Diagnose(Severity::kWarning, "numbering-missing-label", n, nodes_[n].line,
           nodes_[n].offset,
           "item has no label; expected '" + nodes_[n].path_label + "'");
  AppendTo(top, n, l.last + 1);
}


void ItemTree::PlaceRootParagraph(int n) {
  if (!stack_.empty() && stack_[0].parent < 0 && stack_[0].style == ItemStyle::kParagraph) {
    AppendTo(0, n, 0);
  } else {
    NewList(-1, n, ItemStyle::kParagraph, 0);
  }
  // Addressed by position among all the roots of the container, also when
  // its zone was opened again.
  nodes_[n].path_label = std::to_string(containers_[container_].roots.size());
}


void ItemTree::ImplicitParent(const std::string& label, int line,
                             std::optional<std::string>* heading) {
  // The missing ancestors of "1.2.3", outermost first: "1", then "1.2";
  // no deeper than items nest (a label of thousands of parts would make
  // thousands of ancestors, each a copy of most of it).
  std::vector<size_t> dots;
  for (size_t dot = label.find('.', 1); dot != std::string::npos && dots.size() < kMaxItemDepth;
       dot = label.find('.', dot + 1)) {
    dots.push_back(dot);
  }
  std::vector<std::string> missing;  // innermost first
  for (size_t k = dots.size(); k-- > 0;) {
    std::string prefix = label.substr(0, dots[k]);
    if (containers_[container_].by_label.count(prefix)) break;
    missing.push_back(std::move(prefix));
  }
  for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
    Node section;
    section.label = *it;
    section.path_label = *it;
    section.line = line;
    section.container = container_;
    if (heading && *heading && it == missing.rbegin()) {
      section.heading = std::move(**heading);
      heading->reset();
    }
    const int n = static_cast<int>(nodes_.size());
    nodes_.push_back(std::move(section));
    if (it->find('.') == std::string::npos) {
      PlaceLabelled(n, {{ItemStyle::kDecimal, LabelValue(*it, ItemStyle::kDecimal)}});
    } else {
      nodes_[n].style = ItemStyle::kMultilevel;
      PlaceMultilevel(n);
    }
    containers_[container_].by_label[*it] = n;
    cur_ = n;
  }
}


void ItemTree::Assemble(Outline* out) {
  // Paths: parents come before their children in nodes_, so one pass in
  // order sees every parent's path first.
  std::vector<std::string> paths(nodes_.size());
  std::vector<std::string> prefixes(containers_.size());
  for (size_t c = 0; c < containers_.size(); ++c) {
    const int a = containers_[c].annex;
    if (a < 0) continue;
    const std::optional<std::string>& id = out->annexes[a].id;
    // The next annex's letter, if it is one after 'A'.
    char next = 0;
    if (a + 1 < static_cast<int>(out->annexes.size())) {
      const std::optional<std::string>& next_id = out->annexes[a + 1].id;
      if (next_id && next_id->size() == 1 && next_id->front() > 'A' && next_id->front() <= 'Z') {
        next = next_id->front();
      }
    }
    if (id) {
      prefixes[c] = *id + ".";
    } else if (next != 0) {
      // An annex printed without a heading before "ANNEX B" is annex A.
      prefixes[c] = std::string(1, static_cast<char>(next - 1)) + ".";
    } else {
      prefixes[c] = "ANNEX.";
    }
  }
  for (size_t i = 0; i < nodes_.size(); ++i) {
    const Node& at = nodes_[i];
    // A multilevel label ("6.3.1") is a whole address already.
    if (at.parent < 0 || at.style == ItemStyle::kMultilevel) {
      paths[i] = prefixes[at.container] + at.path_label;
    } else {
      paths[i] = paths[at.parent] + "." + at.path_label;
    }
  }
  for (size_t k = 0; k < findings_->nodes().size(); ++k) {
    const int n = findings_->nodes()[k];
    if (n >= 0) findings_->diagnostics()[k].path = paths[static_cast<size_t>(n)];
  }
  // Items: children have larger indices than their parent, so building from
  // the last node back completes every child before its parent takes it.
  std::vector<Item> items(nodes_.size());
  for (size_t k = nodes_.size(); k-- > 0;) {
    Node& from = nodes_[k];
    Item& item = items[k];
    item.label = std::move(from.label);
    item.path = std::move(paths[k]);
    item.style = from.style;
    item.heading = std::move(from.heading);
    item.text = std::move(from.text);
    item.tail = std::move(from.tail);
    item.line = from.line;
    item.column = findings_->text().OriginalColumn(from.line, from.offset);
    item.rows = std::move(from.rows);
    item.row_lines = std::move(from.row_lines);
    item.text_lines = std::move(from.text_lines);
    item.text_lines.insert(item.text_lines.begin(), {0, from.line});
    item.tail_line = from.tail_line;
    item.items.reserve(from.children.size());
    for (int child : from.children) item.items.push_back(std::move(items[child]));
  }
  for (const Container& c : containers_) {
    std::vector<Item>* dst = nullptr;
    switch (c.target) {
      case Target::kRecitals: dst = &out->recitals; break;
      case Target::kClauses: dst = &out->clauses; break;
      case Target::kRecommendations: dst = &out->recommendations; break;
      case Target::kNone: dst = &out->annexes[c.annex].items; break;
    }
    for (int root : c.roots) dst->push_back(std::move(items[root]));
  }
}

}  // namespace whereas::internal
