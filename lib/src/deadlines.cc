// Deadline phrases and dates: found by the grammar's patterns, resolved by
// calendar arithmetic. A date that cannot be computed stays null.
#include "deadlines.h"

#include "defines.h"
#include "grammar_internal.h"
#include "grammar_schema.h"
#include "str_util.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <chrono>
#include <cctype>
#include <charconv>
#include <deque>
#include <iterator>
#include <set>
#include <sstream>
#include <tuple>

namespace whereas::internal {

std::string_view BuiltinDeadlineText();  // generated with the grammars

namespace {

// Days since 1970-01-01 and back (Howard Hinnant's civil-date algorithms).
std::string_view Group(const std::vector<re2::StringPiece>& g, int i) {
  if (i <= 0 || g[i].data() == nullptr) return {};
  return std::string_view(g[i].data(), g[i].size());
}

// "May", "Sept.", "09" -> 5, 9, 9; 0 when not a month.
int MonthOf(std::string_view s) {
  while (!s.empty() && s.back() == '.') s.remove_suffix(1);
  if (!s.empty() && std::isdigit(static_cast<unsigned char>(s[0]))) {
    const int m = std::atoi(std::string(s).c_str());
    return m >= 1 && m <= 12 ? m : 0;
  }
  return MonthFromName(s);
}

// A count in figures or words; 0 when it is neither, or too large for any
// period (a user's grammar may capture "\d+").
int Number(const DeadlineRules& rules, std::string_view s) {
  if (s.empty()) return 0;
  if (std::isdigit(static_cast<unsigned char>(s[0]))) {
    int n = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
    return ec == std::errc() && n <= 100000 ? n : 0;
  }
  auto it = rules.numbers.find(Lower(s));
  return it == rules.numbers.end() ? 0 : it->second;
}

// The years a text names, each with its offset, in order.
std::vector<std::pair<size_t, int>> YearsIn(std::string_view t) {
  static const RE2 kYear(R"((?:^|[^0-9])((?:19|20)\d\d)(?:[^0-9]|$))");
  std::vector<std::pair<size_t, int>> out;
  re2::StringPiece input(t.data(), t.size());
  re2::StringPiece year;
  while (RE2::FindAndConsume(&input, kYear, &year)) {
    out.push_back({static_cast<size_t>(year.data() - t.data()), std::atoi(std::string(year).c_str())});
    // The non-digit after the year was consumed; step back onto it.
    if (input.data() > t.data() && input.data() <= t.data() + t.size()) {
      const size_t back = static_cast<size_t>(input.data() - year.data()) - year.size();
      input = re2::StringPiece(input.data() - back, input.size() + back);
    }
  }
  return out;
}

// The years of one text, found the first time a date in it lacks one: a
// text with many such dates is read once, not once per date.
class TextYears {
 public:
  explicit TextYears(std::string_view text) : text_(text) {}
  const std::vector<std::pair<size_t, int>>& All() {
    if (!found_) years_ = YearsIn(text_), found_ = true;
    return years_;
  }

 private:
  std::string_view text_;
  bool found_ = false;
  std::vector<std::pair<size_t, int>> years_;
};

}  // namespace

std::optional<int> YearsAround::Year() const {
  if (!found_) {
    for (const std::string_view t : texts_) {
      const auto years = YearsIn(t);
      if (!years.empty()) {
        year_ = years.back().second;
        break;
      }
    }
    if (!year_ && outer_) year_ = outer_->Year();
    found_ = true;
  }
  return year_;
}

namespace {

// A year for a date printed without one, at [start, end) of a text: the
// nearest after it in the same clause, else the last before it, else the
// first after it, else the nearest text around it. nullopt when no text
// names a year: never guessed.
std::optional<int> CarryYear(TextYears* own, size_t start, size_t end,
                             const PhraseContext& context) {
  const auto& years = own->All();
  const auto at_or_after = [&](size_t offset) {
    return std::lower_bound(years.begin(), years.end(), offset,
                            [](const auto& y, size_t o) { return y.first < o; });
  };
  const auto after = at_or_after(end);
  if (after != years.end() && after->first - end <= 40) return after->second;
  if (const auto before = at_or_after(start); before != years.begin()) return std::prev(before)->second;
  if (after != years.end()) return after->second;
  for (std::string_view t : context.around) {
    const auto found = YearsIn(t);
    if (!found.empty()) return found.back().second;
  }
  if (context.years_around) return context.years_around->Year();
  return std::nullopt;
}

struct Span {
  size_t start;
  size_t end;
  size_t index;  // into the candidate list
};

// Keeps the spans that do not overlap one kept before: the earliest first,
// then the longest.
std::vector<size_t> NonOverlapping(std::vector<Span> spans) {
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) {
    return std::make_tuple(a.start, b.end, a.index) < std::make_tuple(b.start, a.end, b.index);
  });
  std::vector<size_t> kept;
  size_t covered = 0;
  bool any = false;
  for (const Span& s : spans) {
    if (any && s.start < covered) continue;
    kept.push_back(s.index);
    covered = s.end;
    any = true;
  }
  std::sort(kept.begin(), kept.end());
  return kept;
}

// Whether the whole rule set reads a deadline in `text` by rules.rules[rule]
// (defined below, with the matching).
bool ReadsDeadline(const DeadlineRules& rules, size_t rule, std::string_view text);

class Loader {
 public:
  Loader(std::string_view file, std::vector<std::string>* errors)
      : file_(file), errors_(errors) {}

  std::shared_ptr<const DeadlineRules> Load(const YAML::Node& node);

 private:
  void Error(const YAML::Node& at, const std::string& message, std::string_view rule) {
    std::ostringstream os;
    const YAML::Mark m = at.Mark();
    os << file_ << ':' << (m.line + 1) << ':' << (m.column + 1) << ": error: " << message
       << " [" << rule << ']';
    errors_->push_back(os.str());
    ok_ = false;
  }
  std::string Expand(const YAML::Node& at, const std::string& pattern);
  std::unique_ptr<RE2> Compile(const YAML::Node& at);
  // Each example must match `re`; each counter-example must not, or, for a
  // deadline rule (`by_set`), must not be read as a deadline by it once
  // every rule has its say (a `none` rule may take the words first).
  void CheckExamples(const YAML::Node& rule, const RE2& re, bool by_set = false);

  std::string file_;
  std::vector<std::string>* errors_;
  bool ok_ = true;
  std::map<std::string, std::string> defines_;
  // Deadline rules' counter-examples, checked when the set is complete.
  std::vector<std::pair<YAML::Node, size_t>> counter_examples_;
  size_t rules_so_far_ = 0;  // the index the deadline rule being read will have
};

std::string Loader::Expand(const YAML::Node& at, const std::string& pattern) {
  std::vector<std::string> unknown;
  std::string out = ExpandDefines(pattern, defines_, &unknown);
  for (const std::string& name : unknown) {
    Error(at, "unknown placeholder {" + name + "}", "grammar-unknown-field");
  }
  return out;
}

std::unique_ptr<RE2> Loader::Compile(const YAML::Node& at) {
  RE2::Options options;
  options.set_log_errors(false);
  auto re = std::make_unique<RE2>(FoldQuotes(Expand(at, at.as<std::string>(""))), options);
  if (!re->ok()) {
    Error(at, "pattern does not compile: " + re->error() + ": '" + re->error_arg() + "'",
          "grammar-pattern");
    return nullptr;
  }
  return re;
}

void Loader::CheckExamples(const YAML::Node& rule, const RE2& re, bool by_set) {
  if (!rule["examples"] || rule["examples"].size() == 0) {
    Error(rule, "rule has no examples", "grammar-example");
  }
  for (const auto& ex : rule["examples"]) {
    if (!RE2::PartialMatch(ex.as<std::string>(""), re)) {
      Error(ex, "example does not match the pattern", "grammar-example");
    }
  }
  if (!rule["counter_examples"]) return;
  for (const auto& ex : rule["counter_examples"]) {
    if (by_set) {
      counter_examples_.emplace_back(ex, rules_so_far_);
    } else if (RE2::PartialMatch(ex.as<std::string>(""), re)) {
      Error(ex, "counter-example matches the pattern", "grammar-counter-example");
    }
  }
}

std::shared_ptr<const DeadlineRules> Loader::Load(const YAML::Node& node) {
  auto rules = std::make_shared<DeadlineRules>();
  if (node["defines"]) {
    for (const auto& kv : node["defines"]) {
      defines_[kv.first.as<std::string>("")] = kv.second.as<std::string>("");
    }
  }
  if (node["numbers"]) {
    for (const auto& kv : node["numbers"]) {
      rules->numbers[Lower(kv.first.as<std::string>(""))] = kv.second.as<int>(0);
    }
  }
  if (node["units"]) {
    for (const auto& kv : node["units"]) {
      if (auto p = Period::Parse(kv.second.as<std::string>(""))) {
        rules->units[Lower(kv.first.as<std::string>(""))] = *p;
      } else {
        Error(kv.second, "not an ISO 8601 duration of one unit (P3M)", "grammar-bad-value");
      }
    }
  }
  if (node["document_anchor"]) rules->document_anchor = Compile(node["document_anchor"]);

  static const std::map<std::string, DeadlineType> kTypes = {
      {"by", DeadlineType::kBy},         {"within", DeadlineType::kWithin},
      {"after", DeadlineType::kAfter},   {"on", DeadlineType::kOn},
      {"recurring", DeadlineType::kRecurring}, {"none", DeadlineType::kBy}};
  static const std::set<std::string> kCaptures = {
      "phrase", "day", "month", "year", "end_day", "end_month", "end_year", "count",
      "unit", "anchor"};
  for (const auto& r : node["rules"]) {
    if (!r.IsMap() || !r["pattern"] || !r["type"]) continue;  // reported by the schema check
    DeadlineRule rule;
    rule.id = r["id"].as<std::string>("");
    const std::string type = r["type"].as<std::string>("");
    if (auto it = kTypes.find(type); it != kTypes.end()) rule.type = it->second;
    rule.masks_only = type == "none";
    if (r["period"]) {
      rule.period = Period::Parse(r["period"].as<std::string>(""));
      if (!rule.period) Error(r["period"], "not an ISO 8601 duration", "grammar-bad-value");
    }
    rule.end_of_month = r["end_of_month"] && r["end_of_month"].as<bool>(false);
    rule.month_range = r["month_range"] && r["month_range"].as<bool>(false);
    if (r["default_month"]) {
      rule.default_month = r["default_month"].as<int>(0);
      if (rule.default_month < 1 || rule.default_month > 12) {
        Error(r["default_month"], "not a month, 1 to 12", "grammar-bad-value");
      }
    }
    rule.re = Compile(r["pattern"]);
    if (!rule.re) continue;
    for (const auto& [name, index] : rule.re->NamedCapturingGroups()) {
      if (!kCaptures.count(name)) {
        Error(r["pattern"], "capture '" + name + "' is not a deadline field",
              "grammar-unknown-field");
      }
    }
    const auto group = [&](const char* n) { return GroupIndex(*rule.re, n); };
    rule.phrase = group("phrase");
    rule.day = group("day");
    rule.month = group("month");
    rule.year = group("year");
    rule.end_day = group("end_day");
    rule.end_month = group("end_month");
    rule.end_year = group("end_year");
    rule.count = group("count");
    rule.unit = group("unit");
    rule.anchor = group("anchor");
    if (rule.type == DeadlineType::kRecurring && !rule.period && !rule.unit) {
      Error(r, "a recurring rule needs a 'period' or a 'unit' capture", "grammar-missing-key");
    }
    rules_so_far_ = rules->rules.size();
    CheckExamples(r, *rule.re, /*by_set=*/true);
    rules->rules.push_back(std::move(rule));
  }
  for (const auto& r : node["dates"]) {
    if (!r.IsMap() || !r["pattern"]) continue;  // reported by the schema check
    DateRule rule;
    rule.id = r["id"].as<std::string>("");
    rule.re = Compile(r["pattern"]);
    if (!rule.re) continue;
    rule.month = GroupIndex(*rule.re, "month");
    if (rule.month == 0) {
      Error(r["pattern"], "a date pattern must capture 'month'", "grammar-missing-key");
      continue;
    }
    rule.day = GroupIndex(*rule.re, "day");
    rule.year = GroupIndex(*rule.re, "year");
    CheckExamples(r, *rule.re);
    rules->dates.push_back(std::move(rule));
  }
  if (!ok_) return nullptr;
  RE2::Options options;
  options.set_log_errors(false);
  rules->phrase_set = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
  for (const DeadlineRule& r : rules->rules) rules->phrase_set->Add(r.re->pattern(), nullptr);
  for (const DateRule& r : rules->dates) rules->phrase_set->Add(r.re->pattern(), nullptr);
  if ((!rules->rules.empty() || !rules->dates.empty()) && !rules->phrase_set->Compile()) {
    Error(node, "the deadline rules together exceed RE2's memory budget", "grammar-pattern");
    return nullptr;
  }
  for (const auto& [ex, rule] : counter_examples_) {
    if (ReadsDeadline(*rules, rule, ex.as<std::string>(""))) {
      Error(ex, "counter-example is read as a deadline by this rule", "grammar-counter-example");
    }
  }
  if (!ok_) return nullptr;
  return rules;
}

// The indices in the phrase set (deadline rules, then date rules) of the
// rules that may match somewhere in `text`, in order: all of them when the
// set's DFA ran out of memory (each rule then decides).
std::vector<int> Prefilter(const DeadlineRules& rules, std::string_view text) {
  std::vector<int> hits;
  if (text.empty() || (rules.rules.empty() && rules.dates.empty())) return hits;
  RE2::Set::ErrorInfo info;
  if (!rules.phrase_set->Match(text, &hits, &info) && info.kind != RE2::Set::kNoError) {
    hits.clear();
    for (size_t i = 0; i < rules.rules.size() + rules.dates.size(); ++i) {
      hits.push_back(static_cast<int>(i));
    }
  }
  std::sort(hits.begin(), hits.end());
  return hits;
}

// Resolves one matched deadline phrase.
Deadline Resolve(const DeadlineRules& rules, const DeadlineRule& rule,
                 const std::vector<re2::StringPiece>& g, std::string_view text,
                 const PhraseContext& context, TextYears* years) {
  Deadline d;
  d.type = rule.type;
  const int phrase = rule.phrase ? rule.phrase : 0;
  d.text = std::string(Group(g, phrase).empty() ? std::string_view(g[0].data(), g[0].size())
                                                : Group(g, phrase));

  std::optional<Period> period = rule.period;
  if (rule.unit) {
    auto unit = rules.units.find(Lower(Group(g, rule.unit)));
    const int count = rule.count && !Group(g, rule.count).empty() ? Number(rules, Group(g, rule.count)) : 1;
    if (unit != rules.units.end() && count > 0) {
      period = Period{unit->second.amount * count, unit->second.unit};
    }
  }
  if (period) d.period = period->ToIso();
  if (rule.anchor && !Group(g, rule.anchor).empty()) {
    const std::string anchor(Group(g, rule.anchor));
    const RE2* self = context.document_anchor ? context.document_anchor
                                              : rules.document_anchor.get();
    const bool is_document = self != nullptr && RE2::FullMatch(anchor, *self);
    d.anchor = is_document ? context.anchor_name : anchor;
  }

  if (d.type == DeadlineType::kWithin || d.type == DeadlineType::kAfter) {
    if (d.anchor == context.anchor_name && context.document_date && period) {
      d.due = AddPeriod(*context.document_date, *period);
    }
    return d;
  }
  if (d.type == DeadlineType::kRecurring) return d;

  // by / on: a date, a month, or a range.
  const size_t start = static_cast<size_t>(g[0].data() - text.data());
  const size_t end = start + g[0].size();
  int month = MonthOf(Group(g, rule.month));
  int end_month = MonthOf(Group(g, rule.end_month));
  if (month == 0) month = end_month;
  if (month == 0) month = rule.default_month;
  std::optional<int> year;
  if (!Group(g, rule.year).empty()) year = std::atoi(std::string(Group(g, rule.year)).c_str());
  std::optional<int> end_year;
  if (!Group(g, rule.end_year).empty()) {
    end_year = std::atoi(std::string(Group(g, rule.end_year)).c_str());
  }
  if (!year) year = end_year;
  if (!year) year = CarryYear(years, start, end, context);
  if (!end_year) end_year = year;
  if (month == 0 || !year) return d;
  const int day = Number(rules, Group(g, rule.day));
  if (day > 0) {
    d.due = Date::FromYmd(*year, month, day);
  } else if (rule.end_of_month) {
    d.due = Date::FromYmd(*year, month, DaysInMonth(*year, month));
  } else if (rule.month_range) {
    d.due = Date::FromYmd(*year, month, 1);
    d.end = Date::FromYmd(*year, month, DaysInMonth(*year, month));
  }
  const int end_day = Number(rules, Group(g, rule.end_day));
  if (end_day > 0 && end_year) {
    d.end = Date::FromYmd(*end_year, end_month ? end_month : month, end_day);
  }
  return d;
}

}  // namespace

std::optional<Period> Period::Parse(std::string_view iso) {
  static const RE2 kIso(R"(P(\d{1,4})([DWMY]))");
  int amount = 0;
  std::string unit;
  if (!RE2::FullMatch(iso, kIso, &amount, &unit) || amount <= 0) return std::nullopt;
  return Period{amount, unit[0]};
}

std::string Period::ToIso() const { return "P" + std::to_string(amount) + unit; }

std::optional<Date> AddPeriod(const Date& date, const Period& period) {
  namespace chr = std::chrono;
  // No deadline runs past year 9999; the bound also keeps the arithmetic
  // below far from overflow.
  constexpr long long kMaxMonths = 10000LL * 12;
  const chr::year_month_day start{chr::year{date.year}, chr::month{static_cast<unsigned>(date.month)},
                                  chr::day{static_cast<unsigned>(date.day)}};
  chr::year_month_day end;
  if (period.unit == 'D' || period.unit == 'W') {
    const long long days = static_cast<long long>(period.amount) * (period.unit == 'W' ? 7 : 1);
    if (days > kMaxMonths * 31) return std::nullopt;
    end = chr::year_month_day{chr::sys_days{start} + chr::days{days}};
  } else {
    const long long months = static_cast<long long>(period.amount) * (period.unit == 'Y' ? 12 : 1);
    if (months > kMaxMonths) return std::nullopt;
    end = start + chr::months{months};
    // 31 January + 1 month is no day: the month's last one is meant.
    if (!end.ok()) end = chr::year_month_day{end.year() / end.month() / chr::last};
  }
  return Date::FromYmd(static_cast<int>(end.year()), static_cast<int>(static_cast<unsigned>(end.month())),
                       static_cast<int>(static_cast<unsigned>(end.day())));
}

std::shared_ptr<const DeadlineRules> LoadDeadlineRules(const YAML::Node& node,
                                                        std::string_view file,
                                                        std::vector<std::string>* errors) {
  try {
    return Loader(file, errors).Load(node);
  } catch (const YAML::Exception& e) {
    std::ostringstream os;
    os << file << ':' << (e.mark.line + 1) << ':' << (e.mark.column + 1)
       << ": error: " << e.msg << " [grammar-bad-value]";
    errors->push_back(os.str());
    return nullptr;
  }
}

const std::shared_ptr<const DeadlineRules>& BuiltinDeadlineRules(
    std::vector<std::string>* errors) {
  // Compiled once, then shared read-only by every grammar and thread.
  static const std::pair<std::shared_ptr<const DeadlineRules>, std::vector<std::string>>
      kBuiltin = [] {
        std::vector<std::string> errs;
        std::shared_ptr<const DeadlineRules> rules;
        try {
          const YAML::Node root = YAML::Load(std::string(BuiltinDeadlineText()));
          const bool complete = CheckSection(
              root, "deadlines",
              [&](const YAML::Node& at, const std::string& message, std::string_view rule,
                  std::string_view) {
                errs.push_back("grammars/deadlines.yaml:" + std::to_string(at.Mark().line + 1) + ":" +
                               std::to_string(at.Mark().column + 1) + ": error: " + message + " [" +
                               std::string(rule) + "]");
              });
          if (complete) rules = LoadDeadlineRules(root, "grammars/deadlines.yaml", &errs);
        } catch (const YAML::Exception& e) {
          errs.push_back("grammars/deadlines.yaml: " + e.msg);
        }
        return std::make_pair(rules, errs);
      }();
  errors->insert(errors->end(), kBuiltin.second.begin(), kBuiltin.second.end());
  return kBuiltin.first;
}

namespace {

// A match of one rule, `start` being where its span (the phrase) begins.
template <typename Rule>
struct RuleMatch {
  const Rule* rule;
  std::vector<re2::StringPiece> groups;
  size_t start;
};

// Every match in `text` of the rules that the prefilter `hits` (minus
// `first`, where `rules` start in the phrase set) says may match, keeping
// the ones whose spans (`span_of` a match) do not overlap, in text order.
template <typename Rule, typename SpanOf>
std::vector<RuleMatch<Rule>> Matches(const std::vector<Rule>& rules, int first,
                                     const std::vector<int>& hits, std::string_view text,
                                     SpanOf span_of) {
  std::vector<RuleMatch<Rule>> candidates;
  std::vector<Span> spans;
  for (int hit : hits) {
    if (hit < first || hit >= first + static_cast<int>(rules.size())) continue;
    const Rule& rule = rules[hit - first];
    const int n = rule.re->NumberOfCapturingGroups() + 1;
    std::vector<re2::StringPiece> g(n);
    size_t pos = 0;
    while (pos <= text.size() &&
           rule.re->Match(text, pos, text.size(), RE2::UNANCHORED, g.data(), n)) {
      const re2::StringPiece span = span_of(rule, g);
      const size_t start = static_cast<size_t>(span.data() - text.data());
      spans.push_back({start, start + span.size(), candidates.size()});
      candidates.push_back({&rule, g, start});
      const size_t end = static_cast<size_t>(g[0].data() - text.data()) + g[0].size();
      pos = std::max(end, pos + 1);
    }
  }
  std::vector<RuleMatch<Rule>> kept;
  for (size_t i : NonOverlapping(spans)) kept.push_back(std::move(candidates[i]));
  std::sort(kept.begin(), kept.end(),
            [](const auto& a, const auto& b) { return a.start < b.start; });
  return kept;
}

// A deadline's span: its `phrase` capture, or the whole match without one.
re2::StringPiece PhraseOf(const DeadlineRule& r, const std::vector<re2::StringPiece>& g) {
  return r.phrase && g[r.phrase].data() ? g[r.phrase] : g[0];
}

std::vector<Found<Deadline>> DeadlinesIn(const DeadlineRules& rules, std::string_view text,
                                         const PhraseContext& context,
                                         const std::vector<int>& hits) {
  std::vector<Found<Deadline>> out;
  TextYears years(text);
  for (const auto& match : Matches(rules.rules, 0, hits, text, PhraseOf)) {
    if (match.rule->masks_only) continue;  // words that are no deadline
    out.push_back({Resolve(rules, *match.rule, match.groups, text, context, &years), match.start});
  }
  return out;
}

bool ReadsDeadline(const DeadlineRules& rules, size_t rule, std::string_view text) {
  for (const auto& match : Matches(rules.rules, 0, Prefilter(rules, text), text, PhraseOf)) {
    if (match.rule == &rules.rules[rule] && !match.rule->masks_only) return true;
  }
  return false;
}

std::vector<Found<DateMention>> DatesIn(const DeadlineRules& rules, std::string_view text,
                                        const PhraseContext& context,
                                        const std::vector<int>& hits) {
  std::vector<Found<DateMention>> out;
  const auto whole = [](const DateRule&, const std::vector<re2::StringPiece>& g) { return g[0]; };
  const int first = static_cast<int>(rules.rules.size());
  TextYears years(text);
  for (const auto& match : Matches(rules.dates, first, hits, text, whole)) {
    const auto& g = match.groups;
    DateMention m;
    m.text = std::string(g[0].data(), g[0].size());
    const size_t start = match.start;
    const int month = MonthOf(Group(g, match.rule->month));
    std::optional<int> year;
    if (!Group(g, match.rule->year).empty()) {
      year = std::atoi(std::string(Group(g, match.rule->year)).c_str());
    } else {
      year = CarryYear(&years, start, start + g[0].size(), context);
    }
    const int day = Number(rules, Group(g, match.rule->day));
    m.precision = day > 0 ? "day" : "month";
    if (month > 0 && year) m.date = Date::FromYmd(*year, month, day > 0 ? day : 1);
    out.push_back({std::move(m), start});
  }
  return out;
}

}  // namespace

std::vector<Found<Deadline>> FindDeadlines(const DeadlineRules& rules, std::string_view text,
                                           const PhraseContext& context) {
  return DeadlinesIn(rules, text, context, Prefilter(rules, text));
}

std::vector<Found<DateMention>> FindDates(const DeadlineRules& rules, std::string_view text,
                                          const PhraseContext& context) {
  return DatesIn(rules, text, context, Prefilter(rules, text));
}

void ExtractDeadlines(const DeadlineRules& rules, const DocumentAnchor& anchor,
                      const std::vector<Passage>& passages, Document* doc) {
  static const RE2 kYearDigits(R"(\d{4})");
  // The line a byte offset of a text comes from: `first` where it starts,
  // then the last (offset, line) of `text_lines` (in order) reached.
  const auto line_of = [](int first, const std::vector<std::pair<int, int>>& text_lines,
                          size_t offset) {
    const auto past = std::upper_bound(
        text_lines.begin(), text_lines.end(), offset,
        [](size_t o, const std::pair<int, int>& at) { return o < static_cast<size_t>(at.first); });
    return past == text_lines.begin() ? first : std::prev(past)->second;
  };
  // A text copied into two records (recommendations selected from the
  // body) is read once: a phrase is known by its line, where it stands in
  // the text read, its words and its path. (Two mentions of one date in one
  // paragraph are two.)
  std::set<std::tuple<int, size_t, std::string, std::string>> seen;
  int column = 1;  // of the record being scanned, for diagnostics
  const auto scan = [&](std::string_view text, const std::string& path,
                        const PhraseContext& context, const auto& line_at) {
    const std::vector<int> hits = Prefilter(rules, text);
    if (hits.empty()) return;  // most texts
    for (auto& f : DeadlinesIn(rules, text, context, hits)) {
      f.record.path = path;
      f.record.line = line_at(f.offset);
      if (seen.insert({f.record.line, f.offset, f.record.text, "d" + path}).second) {
        doc->deadlines.push_back(std::move(f.record));
      }
    }
    for (auto& f : DatesIn(rules, text, context, hits)) {
      f.record.path = path;
      f.record.line = line_at(f.offset);
      // "29 February 2013": a day, a month and a year that make no date.
      if (!f.record.date && f.record.precision == "day" &&
          std::any_of(f.record.text.begin(), f.record.text.end(),
                      [](char c) { return c >= '0' && c <= '9'; }) &&
          RE2::PartialMatch(f.record.text, kYearDigits)) {
        Diagnostic d;
        d.severity = Severity::kWarning;
        d.rule = "impossible-date";
        d.path = path;
        d.line = f.record.line;
        d.column = column;
        d.message = "'" + f.record.text + "' is not a date in the calendar";
        if (seen.insert({d.line, 0, d.message, "x"}).second) doc->diagnostics.push_back(d);
      }
      if (seen.insert({f.record.line, f.offset, f.record.text, "m" + path}).second) {
        doc->dates.push_back(std::move(f.record));
      }
    }
  };
  PhraseContext base;
  base.document_date = anchor.date;
  base.document_anchor = anchor.words;
  base.anchor_name = anchor.name;
  if (doc->title) {
    scan(*doc->title, "", base, [](size_t) { return 1; });
  }
  // Items in document order, each with its ancestors' words for years (in
  // a deque: the frames point to them, and they stay where they are).
  std::deque<YearsAround> arounds;
  const auto items = [&](const std::vector<Item>& roots) {
    struct Frame {
      const Item* item;
      const YearsAround* around;  // its ancestors', nearest first; null: none
    };
    std::vector<Frame> stack;
    for (auto it = roots.rbegin(); it != roots.rend(); ++it) stack.push_back({&*it, nullptr});
    while (!stack.empty()) {
      const Frame f = stack.back();
      stack.pop_back();
      const Item& item = *f.item;
      PhraseContext context = base;
      context.years_around = f.around;
      column = std::max(item.column, 1);
      if (item.heading) scan(*item.heading, item.path, context, [&](size_t) { return item.line; });
      scan(item.text, item.path, context, [&](size_t at) { return line_of(item.line, item.text_lines, at); });
      if (item.tail) {
        scan(*item.tail, item.path, context, [&](size_t) { return item.tail_line ? item.tail_line : item.line; });
      }
      for (size_t r = 0; r < item.rows.size(); ++r) {
        const int line = r < item.row_lines.size() ? item.row_lines[r] : item.line;
        const std::vector<std::string>& cells = item.rows[r];
        // Cells of a row give each other their year ("16th May:" | "..."):
        // the last other cell that names one; so the last two cells that
        // name one are all a row needs.
        size_t last = cells.size(), before_last = cells.size();
        for (size_t c = cells.size(); c-- > 0 && before_last == cells.size();) {
          if (YearsIn(cells[c]).empty()) continue;
          (last == cells.size() ? last : before_last) = c;
        }
        for (size_t c = 0; c < cells.size(); ++c) {
          std::vector<std::string_view> others;
          const size_t other = last != c ? last : before_last;
          if (other < cells.size()) others.push_back(cells[other]);
          const YearsAround& row_around = arounds.emplace_back(std::move(others), f.around);
          PhraseContext row_context = context;
          row_context.years_around = &row_around;
          scan(cells[c], item.path, row_context, [&](size_t) { return line; });
        }
      }
      std::vector<std::string_view> texts{item.text};
      if (item.heading) texts.push_back(*item.heading);
      const YearsAround* around = item.items.empty() ? nullptr : &arounds.emplace_back(std::move(texts), f.around);
      for (auto it = item.items.rbegin(); it != item.items.rend(); ++it) stack.push_back({&*it, around});
    }
  };
  items(doc->recitals);
  items(doc->clauses);
  items(doc->recommendations);
  for (const Annex& annex : doc->annexes) {
    if (annex.intro) {
      const std::string prefix = annex.items.empty()
                                     ? annex.id.value_or("ANNEX")
                                     : annex.items.front().path.substr(
                                           0, annex.items.front().path.find('.'));
      scan(*annex.intro, prefix, base, [&](size_t) { return annex.line; });
    }
    items(annex.items);
  }
  for (const Passage& p : passages) {
    scan(p.text, p.field, base, [&](size_t at) { return line_of(p.line, p.text_lines, at); });
  }
}

}  // namespace whereas::internal
