// The item tree while the outline is built: where each item goes, placed by
// the sequence of its label, in an explicit stack of open lists; and, when
// the walk is over, the items assembled under their targets and annexes.
#ifndef WHEREAS_SRC_ITEM_TREE_H_
#define WHEREAS_SRC_ITEM_TREE_H_

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "findings.h"
#include "grammar_internal.h"
#include "outline.h"
#include "whereas/document.h"

namespace whereas::internal {

// A style a label may have and its position in a list of that style.
struct Candidate {
  ItemStyle style;
  int value;
};

class ItemTree {
 public:
  // An item while the tree is built; children are indices of nodes.
  struct Node {
    std::optional<std::string> label;  // as printed
    std::string path_label;            // as addressed in `path`
    ItemStyle style = ItemStyle::kBullet;
    std::optional<std::string> heading;
    std::string text;
    std::optional<std::string> tail;
    bool in_tail = false;  // continuation text goes to the tail
    bool alone = false;    // its line held its label only ("2.")
    int line = 0;
    int offset = 0;  // byte offset of the label (or text) in the line
    int parent = -1;
    int depth = 0;
    int container = 0;
    std::vector<int> children;
    std::vector<std::vector<std::string>> rows;  // tables
    std::vector<int> row_lines;
    std::vector<std::pair<int, int>> text_lines;  // (offset in text, line)
    int tail_line = 0;

    // The text continuation words go to: the tail, once the item has one.
    std::string& last_text() { return in_tail && tail ? *tail : text; }
    const std::string& last_text() const { return in_tail && tail ? *tail : text; }
  };
  // An open list: siblings under one parent (-1: the container's roots).
  struct List {
    int parent = -1;
    ItemStyle style = ItemStyle::kBullet;
    int last = 0;  // value of the last label
    std::vector<int> nodes;
  };

  // `grammar` and `findings` must outlive the tree.
  ItemTree(const GrammarData& grammar, Findings* findings) : g_(grammar), findings_(findings) {}

  // Where root items go from now on: `target`'s list (the same container
  // each time it is opened), a new annex (index `annex` of the outline's),
  // or nowhere (CloseContainer: a zone of no items). Each closes the lists.
  void OpenTarget(Target target);
  void OpenAnnex(int annex);
  void CloseContainer();
  bool HasContainer() const { return container_ >= 0; }
  int container() const { return container_; }
  // The current container has a root that is not a paragraph item.
  bool NumberedRoot() const { return containers_[container_].numbered_root; }
  // The current container has no root yet.
  bool NoRoots() const { return containers_[container_].roots.empty(); }
  // Some root of the current container is labelled `label`.
  bool HasRootLabel(const std::string& label) const;
  // The number of roots of the current container.
  size_t RootCount() const { return containers_[container_].roots.size(); }

  // The open lists, outermost first.
  const std::vector<List>& lists() const { return stack_; }

  // Adds `node` (not yet placed) to the current container; its index.
  int Add(Node node);
  Node& node(int n) { return nodes_[n]; }
  const Node& node(int n) const { return nodes_[n]; }
  // The item continuation words belong to, or -1.
  int cur() const { return cur_; }
  void set_cur(int n) { cur_ = n; }

  // Node `n` with a label, as the candidates of its label (styles and
  // values) continue an open list or open one. Reports lost labels and
  // letters in the wrong case.
  void PlaceLabelled(int n, const std::vector<Candidate>& candidates);
  // Node `n` with a multilevel label ("6.3.1"): under the open item whose
  // label it extends, or beside its last sibling of the same depth.
  void PlaceMultilevel(int n);
  // Node `n`, unlabelled: a bullet under an item that introduces a list,
  // in the open bullet list, or among labelled siblings as a label the
  // source lost (reported). `introduces`: its paragraph ends with a colon.
  void PlaceBullet(int n, bool introduces);
  // Node `n`, unnumbered, as a paragraph among the roots (style
  // `paragraph`), addressed by its position among them.
  void PlaceRootParagraph(int n);
  // Node `n`, a lead-in ("Regarding shared liability:"): a bullet of the
  // nearest labelled item at or above the current one.
  void PlaceLeadIn(int n);
  // Creates the sections "1.2.3" implies that are not printed ("1", then
  // "1.2"), at most as deep as items nest; the outermost takes `*heading`
  // (reset then), if given and set.
  void ImplicitParent(const std::string& label, int line, std::optional<std::string>* heading);
  // Records node `n`'s label as the latest node of that label.
  void RegisterLabel(int n);

  // The items, in the outline's targets and annexes, with their paths
  // (annexes prefix their own: "A.2"); each finding about a node gets its
  // path. `out` holds the annexes the tree was given.
  void Assemble(Outline* out);

 private:
  // Where root items go: a target list or an annex.
  struct Container {
    Target target = Target::kNone;
    int annex = -1;
    std::vector<int> roots;
    std::map<std::string, int> by_label;  // latest node of each label
    bool numbered_root = false;  // a root that is not a paragraph item
  };

  void AppendTo(int list, int n, int value);
  void NewList(int parent, int n, ItemStyle style, int value);
  void Diagnose(Severity severity, std::string rule, int node, int line, int offset,
                std::string message) {
    findings_->Add(severity, std::move(rule), node, line, offset, std::move(message));
  }

  const GrammarData& g_;
  Findings* findings_;
  std::vector<Node> nodes_;
  std::vector<Container> containers_;
  int container_ = -1;
  std::vector<List> stack_;
  int cur_ = -1;
  bool depth_reported_ = false;
};

}  // namespace whereas::internal

#endif  // WHEREAS_SRC_ITEM_TREE_H_
