// Stage 6: deadlines, recurring duties, scheduled events and every date
// mentioned, resolved against the document's own date.
#ifndef WHEREAS_SRC_DEADLINES_H_
#define WHEREAS_SRC_DEADLINES_H_

#include <re2/re2.h>
#include <re2/set.h>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "whereas/date.h"
#include "outline.h"
#include "whereas/document.h"

namespace YAML {
class Node;
}

namespace whereas::internal {

// An ISO 8601 duration of one unit: P3M, P2W, P1Y, P10D.
struct Period {
  int amount = 0;
  char unit = 'M';  // D, W, M or Y

  // "P3M" -> {3, 'M'}; nullopt for anything else.
  static std::optional<Period> Parse(std::string_view iso);
  std::string ToIso() const;
};

// `date` moved by `period`: days and weeks exactly; months and years by
// the calendar, clamped to the month's last day (31 January + 1 month is
// 28 or 29 February).
std::optional<Date> AddPeriod(const Date& date, const Period& period);

struct DeadlineRule {
  std::string id;
  DeadlineType type = DeadlineType::kBy;
  // type `none`: words that are no deadline ("the annual budget"), matched
  // only to keep the other rules off them (an overlap goes to the earlier).
  bool masks_only = false;
  std::unique_ptr<RE2> re;
  std::optional<Period> period;  // fixed period of a recurring rule
  bool end_of_month = false;     // a month without a day is its last day
  bool month_range = false;      // a month without a day is the whole month
  int default_month = 0;         // the month when none is captured, 1-12; 0: none
  // RE2 group numbers, 0 when absent.
  int phrase = 0, day = 0, month = 0, year = 0, end_day = 0, end_month = 0,
      end_year = 0, count = 0, unit = 0, anchor = 0;
};

struct DateRule {
  std::string id;
  std::unique_ptr<RE2> re;
  int day = 0, month = 0, year = 0;
};

struct DeadlineRules {
  std::map<std::string, int> numbers;    // "six" -> 6, lower case
  std::map<std::string, Period> units;   // "months" -> P1M, lower case
  std::unique_ptr<RE2> document_anchor;  // "the date of this Direction"
  std::vector<DeadlineRule> rules;
  std::vector<DateRule> dates;
  // The deadline rules, then the date rules, in one set: one pass over a
  // text tells which of them can match at all, so most texts cost one scan,
  // not one per rule.
  std::unique_ptr<RE2::Set> phrase_set;
};

// Compiles the deadline rules in `node` (the body of grammars/deadlines.yaml
// or a grammar's `deadlines:` section, already checked against the schema's
// "deadlines" section), compiling every pattern and checking every example.
// Problems are appended to `errors` as "FILE:LINE:COL: error: ..." and
// nullptr is returned.
std::shared_ptr<const DeadlineRules> LoadDeadlineRules(const YAML::Node& node,
                                                        std::string_view file,
                                                        std::vector<std::string>* errors);

// The built-in rules of grammars/deadlines.yaml, compiled once. An error in
// that file fails every grammar load, so the build's lint catches it.
const std::shared_ptr<const DeadlineRules>& BuiltinDeadlineRules(
    std::vector<std::string>* errors);

// The year a date printed without one takes from the texts around its
// record: the last year the nearest of them that names one names, or else
// the `outer` texts' year. Each text is read once, when a year is first
// asked for, however many records share it (an item's words are around
// every item below it).
class YearsAround {
 public:
  // `texts`, nearest first, and `outer` must outlive this.
  YearsAround(std::vector<std::string_view> texts, const YearsAround* outer)
      : texts_(std::move(texts)), outer_(outer) {}
  std::optional<int> Year() const;

 private:
  std::vector<std::string_view> texts_;
  const YearsAround* outer_;
  mutable bool found_ = false;
  mutable std::optional<int> year_;
};

// Where a phrase stands, for resolving it: the document's date and the texts
// a missing year may be taken from, nearest first (the phrase's own text is
// searched first, around the phrase): `around`, then `years_around`.
struct PhraseContext {
  std::optional<Date> document_date;
  // What the document calls itself in an anchor; null: the rules' own.
  const RE2* document_anchor = nullptr;
  // The anchor's name in a deadline: "document-date", or the metadata field
  // the anchor's words name (then document_date is that field's date).
  std::string anchor_name = "document-date";
  std::vector<std::string_view> around;
  const YearsAround* years_around = nullptr;  // must outlive the context
};

// A deadline or date found in a text, with its byte offset there.
template <typename T>
struct Found {
  T record;
  size_t offset;
};

// Deadlines in `text` (path and line left empty).
std::vector<Found<Deadline>> FindDeadlines(const DeadlineRules& rules,
                                           std::string_view text,
                                           const PhraseContext& context);

// Dates mentioned in `text` (path and line left empty).
std::vector<Found<DateMention>> FindDates(const DeadlineRules& rules,
                                          std::string_view text,
                                          const PhraseContext& context);

// Fills doc->deadlines and doc->dates from every record of `doc`, then from
// `passages` (the metadata text of zones; path: the field's name).
// `document_anchor`, when not null, is what the document calls itself in an
// anchor ("this Direction"), in place of the rules' own. A period from it
// counts from `anchor_date` and is named `anchor_name` ("document-date"; a
// memorandum's "directions_date").
struct DocumentAnchor {
  const RE2* words = nullptr;
  std::optional<Date> date;
  std::string name = "document-date";
};
void ExtractDeadlines(const DeadlineRules& rules, const DocumentAnchor& anchor,
                      const std::vector<Passage>& passages, Document* doc);

}  // namespace whereas::internal

#endif  // WHEREAS_SRC_DEADLINES_H_
