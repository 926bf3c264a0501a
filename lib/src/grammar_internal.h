// The compiled form of a grammar file, shared read-only by every parse.
#ifndef WHEREAS_SRC_GRAMMAR_INTERNAL_H_
#define WHEREAS_SRC_GRAMMAR_INTERNAL_H_

#include <re2/re2.h>
#include <re2/set.h>

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "rest_of_line.h"
#include "whereas/document.h"
#include "whereas/grammar.h"

namespace whereas::internal {
struct DeadlineRules;
}  // namespace whereas::internal

namespace whereas::internal {

// What a zone does with the lines inside it.
enum class ZoneRole {
  kTitle,  // its first paragraph is the document title
  kItems,  // numbered items that go to a target list
  kBlock,  // fields only (a signature block); other text is unplaced
  kAnnex,  // each opening starts a new Annex: header lines, intro, items
};

enum class Target { kNone, kRecitals, kClauses, kRecommendations };

struct Zone {
  std::string id;
  ZoneRole role = ZoneRole::kItems;
  Target target = Target::kNone;
  // A zone to open when an item appears here (a direction whose annex has no
  // heading, clauses with no NOW THEREFORE line); -1 for none.
  int items_open = -1;
  // A metadata field that takes the text no rule places in this zone, one
  // paragraph at a time (a summary, the page around an extract); -1: such
  // text is unplaced.
  int text_field = -1;
  // "1.1" with no item "1" before it creates "1" (a section printed without
  // its heading).
  bool implicit_parents = false;
  // Unnumbered paragraphs where no numbered item is open are items of
  // their own, style `paragraph`, addressed by position (recitals printed
  // without numbers).
  bool paragraph_items = false;
  // A line no rule reads whose cells stand between tabs ("Milestone<TAB>
  // Date") is a row of a table item, as a pipe table's row rule makes one.
  // (Not a line rule: one that any line may match to its first tab keeps
  // the classification scanning every line.)
  bool tab_rows = false;
  // A list printed ahead of the text it lists (a table of contents): only
  // lines that a field rule naming this zone matches stay in it. The first
  // other line, or the first entry printed again (the listed heading itself,
  // compared by its words, not its page number), closes the zone and is
  // read again in the zone that was open before.
  bool entries_only = false;
  // A page quoting its items ("4.1 ... opens with a quotation mark): after
  // the paragraph that closes the quotation, unlabelled text is the page's
  // again, read in this zone; -1 for none.
  int after_quote = -1;
};

enum class RuleKind {
  kHeading,   // opens zone `opens`; may capture `label` (a numbered heading)
              // and `id` (an annex letter)
  kSubtitle,  // an annex subtitle; opens an annex when not in one
  kField,     // captures metadata fields, the document `date`
  kItem,      // an enumerated item: `label` (absent for bullets), `text`,
              // optionally `heading`; may open a zone and capture fields
  kRow,       // a row of a pipe table: `cells`
  kFurniture, // page furniture (a page number, a running header): kept
              // aside, and the text around it reads on across it
};

// How captured text is cleaned before it becomes a field value.
enum class Transform {
  kNone,
  kSqueeze,    // remove all white space: "497A (4B)" -> "497A(4B)"
  kTitleCase,  // "EDUCATION ACT 1996" -> "Education Act 1996"
  kNameCase,   // "JANE DOE" -> "Jane Doe"
};

// A capture group that fills a metadata field (or a key of a map/records
// field when the rule has `into`).
struct FieldCapture {
  int group = 0;       // 1-based RE2 group
  int field = -1;      // index into GrammarData::fields; -1: document date
  std::string key;     // key inside the field when the rule has `into`
  Transform transform = Transform::kNone;
};

// Bit i set when line rule i matched. Grammars have at most 64 line rules.
using RuleMask = uint64_t;
constexpr int kMaxLineRules = 64;

struct LineRule {
  std::string id;
  RuleKind kind = RuleKind::kItem;
  int priority = 0;
  std::unique_ptr<RE2> re;
  std::vector<int> zones;  // where it applies; empty: everywhere
  int opens = -1;          // zone index, for headings and subtitles
  std::vector<ItemStyle> styles;  // candidate styles, for items
  int label_group = 0, text_group = 0, heading_group = 0, id_group = 0,
      subtitle_group = 0, cells_group = 0;  // 0: no such capture
  bool keep = false;  // the line is also text of the zone it leaves you in
  bool wraps = false;  // a field's value reads on into loose lines after it
  // A field whose label may stand alone on its line and its value on the
  // next ("Meeting" over "Cabinet"): a table a PDF converter printed one
  // cell a line. kWithinTable: only under a row read so already.
  enum class ValueBelow { kNo, kYes, kWithinTable };
  ValueBelow value_below = ValueBelow::kNo;
  // Index of the rule the next line must match for this one to hold, or -1:
  // a name is a signatory's only over a role ("Jane Doe" / "Commissioner").
  int before = -1;
  // Likewise the line before, once `before` conditions are decided.
  int after = -1;
  int into = -1;           // field index for captures, or -1
  std::vector<FieldCapture> captures;
  int line = 0;  // line of the rule in the grammar file
  // The pattern without its final capture of the rest of the line, when it
  // has one (rest_of_line.h): capturing then reads the label, not the whole
  // paragraph. `rest_group` is that capture's group, 0 when not split.
  std::unique_ptr<RE2> head;
  RestKind rest_kind = RestKind::kAny;
  int rest_group = 0;
};

enum class FieldType { kString, kDate, kBool, kList, kMap, kRecords };

struct Field {
  std::string name;
  FieldType type = FieldType::kString;
  std::vector<std::string> keys;  // for maps and records
  // For lists: a captured value is cut before each match of this pattern
  // ("Appendix 1: ... Appendix 2: ..." -> two entries).
  std::unique_ptr<RE2> split_at;
  // For bools: words read as yes and as no besides yes/no/true/false/y/n
  // ("Key or Non-Key Decision: Non-Key"); whole values, null when unset.
  std::unique_ptr<RE2> yes, no;
};

// Where an extract rule looks: the joined text of these records.
enum class Source { kTitle, kRecitals, kClauses, kRecommendations, kAnnexes };

// A pattern run over the joined text of records (not single lines), for
// metadata that a sentence carries: "has appointed X as Y".
struct ExtractRule {
  std::string id;
  std::unique_ptr<RE2> re;
  std::vector<Source> sources;
  int into = -1;  // field index
  std::vector<FieldCapture> captures;
  bool all = false;  // every match, not only the first
};

// A repair inside an item's text: `text` keeps the first part; the `rest`
// capture is either a new line to classify (two items glued together) or the
// parent's tail (text that continues the parent after a sub-list).
struct SplitRule {
  std::string id;
  std::unique_ptr<RE2> re;
  int text_group = 0, rest_group = 0;
  bool rest_is_line = false;
  // `re` without its final ".*" and "$" when the `rest` capture ends so
  // (WithoutTrailingRest()), with the same groups: matching it reads up to
  // where the rest starts, not to the end of a long line. Null otherwise.
  std::unique_ptr<RE2> head;
};

// A replacement applied to each line's text as it joins a record:
// Markdown emphasis, a page number left inside a sentence. With a note, each
// replacement is reported as a text-repair diagnostic.
struct CleanRule {
  std::string id;
  std::unique_ptr<RE2> re;
  std::string replace;  // RE2 rewrite string: \1 for group 1
  std::string note;
};

// Copies the children of items whose text matches `parent` into a target
// list: the items under "I recommend that" are recommendations.
struct SelectRule {
  std::string id;
  Source from = Source::kClauses;
  Target into = Target::kRecommendations;
  std::unique_ptr<RE2> parent;
};

struct MeansRule {
  std::unique_ptr<RE2> re;      // anchored at the end of the segment
  std::unique_ptr<RE2> reject;  // a capture that matches this is refused
};

// Where the phrase around a term's last word starts, reading back from it:
// words that open the phrase, verbs and boundary words before it. Each
// pattern matches one whole word.
struct HeadRules {
  int reach = 0;  // how many words back to look; 0: not used
  std::unique_ptr<RE2> opener;
  std::unique_ptr<RE2> verb;
  std::unique_ptr<RE2> boundary;
  // Where the word is looked for when the segment lacks it: back to the
  // last match of this before the term ("the functions to which ... is
  // applied by ...").
  std::unique_ptr<RE2> clause;
};

struct StatedRule {
  std::unique_ptr<RE2> re;
  int term_group = 0, means_group = 0;
  // A text with none of these words is not searched: a pattern that no
  // literal starts would otherwise cost a DFA pass over every paragraph.
  std::vector<std::string> needs;
};

struct DefinitionRules {
  std::unique_ptr<RE2> term;   // finds ("the Council"); capture `term`
  int term_group = 0;
  std::unique_ptr<RE2> stops;  // where the defined phrase can start after
  HeadRules head;              // tried first
  std::vector<MeansRule> means;
  // Terms stated outright, as an interpretation clause does: '"the Trust"
  // means ...'.
  std::vector<StatedRule> stated;
};

struct DetectRule {
  std::string id;
  std::unique_ptr<RE2> re;
  double weight = 0;
};

struct GrammarData {
  std::string name;
  int version = 0;
  std::string file;
  std::string description;
  std::vector<std::string> warnings;

  std::vector<Zone> zones;  // zones[0] is where a document starts
  std::vector<Field> fields;
  std::vector<LineRule> rules;
  // Every rule's head, anchored at a line's start, in one set (ClassifyLine());
  // rule_set index k is rule set_rules[k]. Null when every rule is alone.
  std::unique_ptr<RE2::Set> rule_set;
  std::vector<int> set_rules;
  // The rules whose programs are too large to share the set (kLoneRuleSize):
  // each matched on its own, anchored at the line's start.
  struct LoneRule {
    int rule;
    const RE2* re;  // the rule's own `re` when the set's pattern is its pattern, else `own`
    std::unique_ptr<RE2> own;
  };
  std::vector<LoneRule> lone_rules;
  // The rules a header row may start with (`value_below: true`), in a set
  // of their own (ClassifyRow()); row_set index k is rule row_rules[k].
  // Null when the grammar has none.
  std::unique_ptr<RE2::Set> row_set;
  std::vector<int> row_rules;
  // The rules with a `before` or `after` condition: they hold only over or
  // under a line another rule matches, which ClassifyLines() decides.
  RuleMask conditional_rules = 0;
  RuleMask value_below_rules = 0;  // the field rules with `value_below`
  RuleMask labelled_rules = 0;   // item rules that capture a label
  RuleMask furniture_rules = 0;  // page furniture rules
  // Rules that do not end in a capture of the rest of the line (no `head`):
  // whether they hold for a wrapped line's paragraph must be asked.
  RuleMask whole_line_rules = 0;
  RuleMask within_table_rules = 0;  // those of them only within a table
  std::vector<ExtractRule> extracts;
  std::vector<SplitRule> splits;
  std::vector<CleanRule> cleans;
  std::vector<SelectRule> selects;
  DefinitionRules definitions;
  std::vector<DetectRule> detect;
  std::unique_ptr<RE2::Set> detect_set;
  // Bullet lists nest at most this deep below a labelled item.
  int bullet_depth = 2;
  // The metadata field whose value is the document's date; -1: a `date`
  // capture sets it.
  int date_field = -1;
  // Each line is a paragraph (text converted from HTML): a line break joins
  // with a space only where the sentence goes on.
  bool paragraph_lines = false;
  // The grammar's `deadlines:` section, or the shared grammars/deadlines.yaml.
  std::shared_ptr<const DeadlineRules> deadlines;
  // What a document of this kind calls itself in a deadline's anchor ("the
  // date of this Direction"); null: the deadline rules' own.
  std::unique_ptr<RE2> document_anchor;
  // The metadata field (of type date) the document_anchor's words name, as
  // a memorandum's "the date of the Directions" names directions_date; -1:
  // the anchor is the document itself and counts from its date.
  int anchor_date_field = -1;
};

// The number of the capture group `name` of `re`, or 0 when it has none.
inline int GroupIndex(const RE2& re, const std::string& name) {
  const auto& groups = re.NamedCapturingGroups();
  const auto it = groups.find(name);
  return it == groups.end() ? 0 : it->second;
}

// What a Grammar holds: its head (name, version, description, detection
// rules), and the whole grammar, the same object unless its rules were
// deferred (LoadOptions::defer_rules), when it is compiled from `source` on
// first use.
struct GrammarCell {
  std::shared_ptr<const GrammarData> head;
  std::string source;  // the YAML text of a grammar whose rules were deferred
  mutable std::once_flag compiled;
  mutable std::shared_ptr<const GrammarData> whole;

  const GrammarData& Whole() const;  // grammar_load.cc
};

// The compiled form of a loaded grammar, which Grammar keeps private.
struct GrammarAccess {
  static const GrammarCell& Cell(const Grammar& g) { return *g.cell_; }
};
// The whole grammar, compiled first if its rules were deferred.
inline const GrammarData& DataOf(const Grammar& g) { return GrammarAccess::Cell(g).Whole(); }
// Name, version and detection rules only: never compiles the rest.
inline const GrammarData& HeadOf(const Grammar& g) { return *GrammarAccess::Cell(g).head; }

}  // namespace whereas::internal

#endif  // WHEREAS_SRC_GRAMMAR_INTERNAL_H_
