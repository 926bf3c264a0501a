// Deadline phrases -> records: the calendar arithmetic and the resolution.
#include <doctest/doctest.h>

#include "deadlines.h"
#include "test_util.h"

using whereas::Date;
using whereas::DeadlineType;
using whereas::internal::AddPeriod;
using whereas::internal::BuiltinDeadlineRules;
using whereas::internal::FindDeadlines;
using whereas::internal::Period;
using whereas::internal::PhraseContext;

namespace {

const whereas::internal::DeadlineRules& Rules() {
  std::vector<std::string> errors;
  const auto& rules = BuiltinDeadlineRules(&errors);
  REQUIRE_MESSAGE(errors.empty(), errors.front());
  return *rules;
}

struct Case {
  const char* text;      // the sentence
  const char* doc_date;  // the document's date, or nullptr
  const char* around;    // text around it (an ancestor), or nullptr
  const char* phrase;    // expected deadline text; nullptr: no deadline
  const char* type;
  const char* due;
  const char* end;
  const char* period;
  const char* anchor;
};

const char* Str(const std::optional<std::string>& s) { return s ? s->c_str() : nullptr; }
std::string Iso(const std::optional<Date>& d) { return d ? d->ToIso() : ""; }
std::string Or(const char* s) { return s ? s : ""; }

}  // namespace

TEST_CASE("deadline phrases") {
  // clang-format off
  const Case cases[] = {
      // within: a period from an anchor
      {"the first report being within 3 months of the date of this Direction", "2018-01-25", nullptr,
       "within 3 months of the date of this Direction", "within", "2018-04-25", nullptr, "P3M", "document-date"},
      // "the Direction" is the document only in a direction (its grammar's
      // document_anchor); the shared rules know only "this ...".
      {"within three months of the date of the Direction", "2018-01-25", nullptr,
       "within three months of the date of the Direction", "within", nullptr, nullptr, "P3M", "the date of the Direction"},
      {"within 1 month of the date of this direction", "2018-01-31", nullptr,
       "within 1 month of the date of this direction", "within", "2018-02-28", nullptr, "P1M", "document-date"},
      {"within 1 month of the date of this direction", "2020-01-31", nullptr,  // leap year
       "within 1 month of the date of this direction", "within", "2020-02-29", nullptr, "P1M", "document-date"},
      // an event's date is not known: the anchor is its words, due null
      {"To report within one month of the Commissioner's appointment;", "2019-01-14", nullptr,
       "within one month of the Commissioner's appointment", "within", nullptr, nullptr, "P1M", "the Commissioner's appointment"},
      {"a plan within 6 weeks of receipt of the Commissioner’s report", "2019-01-14", nullptr,
       "within 6 weeks of receipt of the Commissioner’s report", "within", nullptr, nullptr, "P6W", "receipt of the Commissioner’s report"},
      {"report to the Secretary of State within one month of appointment, and", "2019-01-14", nullptr,
       "within one month of appointment", "within", nullptr, nullptr, "P1M", "appointment"},
      // the end of a year: its last day; of a financial year, a season,
      // "the year": no due date the calendar fixes
      {"recruit a permanent director by the end of 2024;", "2024-02-26", nullptr,
       "by the end of 2024", "by", "2024-12-31", nullptr, nullptr, nullptr},
      {"agree the plan by the end of 2024/25", "2024-02-26", nullptr,
       "by the end of 2024/25", "by", nullptr, nullptr, nullptr, nullptr},
      {"agree the plan by the end of the financial year;", "2024-02-26", nullptr,
       "by the end of the financial year", "by", nullptr, nullptr, nullptr, nullptr},
      {"report by spring 2025", "2024-02-26", nullptr,
       "by spring 2025", "by", nullptr, nullptr, nullptr, nullptr},
      {"publish the plan by 31/03/2025;", "2024-02-26", nullptr,
       "by 31/03/2025", "by", "2025-03-31", nullptr, nullptr, nullptr},
      // a working day is no fixed length: no period, no due date
      {"respond within 10 working days of the date of this Direction", "2023-01-16", nullptr,
       "within 10 working days of the date of this Direction", "within", nullptr, nullptr, nullptr, "document-date"},
      // "no later than" a period: within, from the document or from an event unnamed
      {"report not later than 6 weeks from the date of this Direction", "2023-01-16", nullptr,
       "not later than 6 weeks from the date of this Direction", "within", "2023-02-27", nullptr, "P6W", "document-date"},
      {"publish the plan by no later than 28 days after it is agreed", "2023-01-16", nullptr,
       "no later than 28 days after", "within", nullptr, nullptr, "P28D", nullptr},
      // the day a direction takes effect
      {"This Direction comes into force on 1 February 2023 and", "2023-01-16", nullptr,
       "on 1 February 2023", "on", "2023-02-01", nullptr, nullptr, nullptr},
      {"within 14 days of the date of this Direction", "2018-12-25", nullptr,
       "within 14 days of the date of this Direction", "within", "2019-01-08", nullptr, "P14D", "document-date"},
      {"within two weeks of the date of this notice", "2019-02-20", nullptr,
       "within two weeks of the date of this notice", "within", "2019-03-06", nullptr, "P2W", "document-date"},
      {"within a fortnight of the date of this letter", "2019-02-20", nullptr,
       "within a fortnight of the date of this letter", "within", "2019-03-06", nullptr, "P2W", "document-date"},
      {"within twelve months of the date of this Direction", "2016-02-29", nullptr,
       "within twelve months of the date of this Direction", "within", "2017-02-28", nullptr, "P12M", "document-date"},
      {"within 2 years of the date of this Direction", "2018-07-12", nullptr,
       "within 2 years of the date of this Direction", "within", "2020-07-12", nullptr, "P2Y", "document-date"},
      {"within one quarter of the date of this Direction", "2018-11-30", nullptr,
       "within one quarter of the date of this Direction", "within", "2019-02-28", nullptr, "P3M", "document-date"},
      {"within 3 months of the date of this Direction", nullptr, nullptr,  // no document date
       "within 3 months of the date of this Direction", "within", nullptr, nullptr, "P3M", "document-date"},
      {"within 6 months of the inspection", "2018-01-25", nullptr,
       "within 6 months of the inspection", "within", nullptr, nullptr, "P6M", "the inspection"},
      {"to respond within 21 days", "2018-01-25", nullptr,
       "within 21 days", "within", nullptr, nullptr, "P21D", nullptr},
      {"following full implementation of the model in six months", "2018-01-30", nullptr,
       "in six months", "within", nullptr, nullptr, "P6M", nullptr},
      // after: a point after an anchor
      {"Agree to review support arrangements with DfE 12 months after the date of the Direction.", "2018-07-12", nullptr,
       "12 months after the date of the Direction", "after", nullptr, nullptr, "P12M", "the date of the Direction"},
      {"six months after the date of this Direction", "2018-08-31", nullptr,
       "six months after the date of this Direction", "after", "2019-02-28", nullptr, "P6M", "document-date"},
      {"one year after the date of this Direction", "2020-02-29", nullptr,
       "one year after the date of this Direction", "after", "2021-02-28", nullptr, "P1Y", "document-date"},
      {"3 weeks following the issue of this Direction", "2018-12-20", nullptr,
       "3 weeks following the issue of this Direction", "after", "2019-01-10", nullptr, "P3W", "document-date"},
      {"after the model has been in operation for at least six months.", "2018-01-30", nullptr,
       "at least six months", "after", nullptr, nullptr, "P6M", nullptr},
      // by: a date something must happen by
      {"To provide a report to the Secretary of State by the end of May 2018.", "2018-01-25", nullptr,
       "by the end of May 2018", "by", "2018-05-31", nullptr, nullptr, nullptr},
      {"to report by the end of February 2019 with a recommendation", "2018-11-30", nullptr,
       "by the end of February 2019", "by", "2019-02-28", nullptr, nullptr, nullptr},
      {"by the end of February 2020", nullptr, nullptr,
       "by the end of February 2020", "by", "2020-02-29", nullptr, nullptr, nullptr},
      {"before the end of April 2019", nullptr, nullptr,
       "before the end of April 2019", "by", "2019-04-30", nullptr, nullptr, nullptr},
      {"by end of December 2018", nullptr, nullptr,
       "by end of December 2018", "by", "2018-12-31", nullptr, nullptr, nullptr},
      {"by the end of March", nullptr, nullptr,  // no year anywhere: never guessed
       "by the end of March", "by", nullptr, nullptr, nullptr, nullptr},
      {"by the end of March", "2018-07-12", "The plan for 2019 sets out", // year from around
       "by the end of March", "by", "2019-03-31", nullptr, nullptr, nullptr},
      {"by 31 March", nullptr, nullptr,
       "by 31 March", "by", nullptr, nullptr, nullptr, nullptr},
      {"by 31 March 2019", nullptr, nullptr,
       "by 31 March 2019", "by", "2019-03-31", nullptr, nullptr, nullptr},
      {"by 25th January 2018", nullptr, nullptr,
       "by 25th January 2018", "by", "2018-01-25", nullptr, nullptr, nullptr},
      {"no later than 1st June 2019", nullptr, nullptr,
       "no later than 1st June 2019", "by", "2019-06-01", nullptr, nullptr, nullptr},
      {"not later than 30 September 2019", nullptr, nullptr,
       "not later than 30 September 2019", "by", "2019-09-30", nullptr, nullptr, nullptr},
      {"on or before the 5th day of May 2020", nullptr, nullptr,
       "on or before the 5th day of May 2020", "by", "2020-05-05", nullptr, nullptr, nullptr},
      {"by 29 February 2019", nullptr, nullptr,  // not a date: null, still recorded
       "by 29 February 2019", "by", nullptr, nullptr, nullptr, nullptr},
      {"the model has been agreed to run until September 2018, at which point", "2018-01-30", nullptr,
       "until September 2018", "by", "2018-09-30", nullptr, nullptr, nullptr},
      {"by May 2019", nullptr, nullptr,
       "by May 2019", "by", "2019-05-31", nullptr, nullptr, nullptr},
      {"by 31 March, as agreed in the 2019 plan", nullptr, nullptr,
       "by 31 March", "by", "2019-03-31", nullptr, nullptr, nullptr},
      // on: a scheduled date or range
      {"The next monitoring visit will take place on 31 July and 1 August 2018 focussing", "2018-06-06", nullptr,
       "on 31 July and 1 August 2018", "on", "2018-07-31", "2018-08-01", nullptr, nullptr},
      {"The Fostering Fortnight, from 14 to 27 May 2018, will be celebrated", "2018-06-06", nullptr,
       "from 14 to 27 May 2018", "on", "2018-05-14", "2018-05-27", nullptr, nullptr},
      {"from 3 June to 4 July 2019", nullptr, nullptr,
       "from 3 June to 4 July 2019", "on", "2019-06-03", "2019-07-04", nullptr, nullptr},
      {"from 28 December 2018 to 2 January 2019", nullptr, nullptr,
       "from 28 December 2018 to 2 January 2019", "on", "2018-12-28", "2019-01-02", nullptr, nullptr},
      {"The next training session is scheduled for 31 May 2018;", "2018-06-06", nullptr,
       "scheduled for 31 May 2018", "on", "2018-05-31", nullptr, nullptr, nullptr},
      {"the hearing is due on 3 March 2021", nullptr, nullptr,
       "due on 3 March 2021", "on", "2021-03-03", nullptr, nullptr, nullptr},
      {"will be submitting an annual report to the Panel in September 2018.", "2018-06-06", nullptr,
       "annual", "recurring", nullptr, nullptr, "P1Y", nullptr},
      {"training will take place in May 2018 as part of", "2018-06-06", nullptr,
       "in May 2018", "on", "2018-05-01", "2018-05-31", nullptr, nullptr},
      {"The board is expected to meet in February 2020", nullptr, nullptr,
       "in February 2020", "on", "2020-02-01", "2020-02-29", nullptr, nullptr},
      {"The new plan is to be published in March 2025.", nullptr, nullptr,
       "in March 2025", "on", "2025-03-01", "2025-03-31", nullptr, nullptr},
      {"the panel will meet on 3rd June", nullptr, nullptr,
       "on 3rd June", "on", nullptr, nullptr, nullptr, nullptr},
      {"16th May:", "2018-06-06", "The Fostering Fortnight, from 14 to 27 May 2018",  // year carried
       "16th May", "on", "2018-05-16", nullptr, nullptr, nullptr},
      {"25th May: A Stall at the market", nullptr, "celebrated in May 2018 through the following events:",
       "25th May", "on", "2018-05-25", nullptr, nullptr, nullptr},
      // recurring
      {"reports on progress, on a quarterly basis, to the Secretary of State", nullptr, nullptr,
       "on a quarterly basis", "recurring", nullptr, nullptr, "P3M", nullptr},
      {"as per the quarterly schedule", nullptr, nullptr,
       "quarterly", "recurring", nullptr, nullptr, "P3M", nullptr},
      {"To co-operate with six monthly reviews", nullptr, nullptr,
       "six monthly", "recurring", nullptr, nullptr, "P6M", nullptr},
      {"6-monthly reviews", nullptr, nullptr,
       "6-monthly", "recurring", nullptr, nullptr, "P6M", nullptr},
      {"Monthly meetings of the group", nullptr, nullptr,
       "Monthly", "recurring", nullptr, nullptr, "P1M", nullptr},
      {"the committee (bi-monthly)", nullptr, nullptr,
       "bi-monthly", "recurring", nullptr, nullptr, "P2M", nullptr},
      {"an annual review", nullptr, nullptr,
       "annual", "recurring", nullptr, nullptr, "P1Y", nullptr},
      {"to be reviewed annually", nullptr, nullptr,
       "annually", "recurring", nullptr, nullptr, "P1Y", nullptr},
      {"to report every 12 months", nullptr, nullptr,
       "every 12 months", "recurring", nullptr, nullptr, "P12M", nullptr},
      {"every month", nullptr, nullptr,
       "every month", "recurring", nullptr, nullptr, "P1M", nullptr},
      {"weekly visits", nullptr, nullptr,
       "weekly", "recurring", nullptr, nullptr, "P1W", nullptr},
      {"fortnightly calls", nullptr, nullptr,
       "fortnightly", "recurring", nullptr, nullptr, "P2W", nullptr},
      {"half-yearly returns", nullptr, nullptr,
       "half-yearly", "recurring", nullptr, nullptr, "P6M", nullptr},
      {"daily checks", nullptr, nullptr,
       "daily", "recurring", nullptr, nullptr, "P1D", nullptr},
      {"The Commissioner shall report annually to the Secretary of State", nullptr, nullptr,
       "annually", "recurring", nullptr, nullptr, "P1Y", nullptr},
      {"provide six monthly reports to the Secretary of State", nullptr, nullptr,
       "six monthly", "recurring", nullptr, nullptr, "P6M", nullptr},
      {"to report at intervals of no more than six months", nullptr, nullptr,
       "at intervals of no more than six months", "recurring", nullptr, nullptr, "P6M", nullptr},
      // a period word that only describes a thing is no duty
      {"support the preparation of the annual budget", nullptr, nullptr,
       nullptr, nullptr, nullptr, nullptr, nullptr, nullptr},
      {"in advance of the first annual review of the contract", nullptr, nullptr,
       nullptr, nullptr, nullptr, nullptr, nullptr, nullptr},
      {"before the Council\u2019s annual accounts are signed", nullptr, nullptr,
       nullptr, nullptr, nullptr, nullptr, nullptr, nullptr},
      {"and its quarterly return to the department", nullptr, nullptr,
       nullptr, nullptr, nullptr, nullptr, nullptr, nullptr},
      // history, not deadlines
      {"as detailed in Ofsted's inspection report of 7 July 2017", "2018-01-25", nullptr,
       nullptr, nullptr, nullptr, nullptr, nullptr, nullptr},
      {"to issue a statutory direction on 12 September 2017", "2018-01-25", nullptr,
       nullptr, nullptr, nullptr, nullptr, nullptr, nullptr},
      {"Ofsted undertook a Monitoring Visit on 25 and 26 April 2018.", "2018-06-06", nullptr,
       nullptr, nullptr, nullptr, nullptr, nullptr, nullptr},
      {"In April 2018, Ofsted conducted the third monitoring visit", "2018-06-06", nullptr,
       nullptr, nullptr, nullptr, nullptr, nullptr, nullptr},
      {"In May 2018 4 Team Managers were appointed", "2018-06-06", nullptr,
       nullptr, nullptr, nullptr, nullptr, nullptr, nullptr},
      {"Ofsted judged children's services to be inadequate in March 2023.", nullptr, nullptr,
       nullptr, nullptr, nullptr, nullptr, nullptr, nullptr},
      {"The Council will improve. In June 2022 the service was inspected.", nullptr, nullptr,
       nullptr, nullptr, nullptr, nullptr, nullptr, nullptr},
      {"with 26 managers attending training on this in the last 12 months", nullptr, nullptr,
       nullptr, nullptr, nullptr, nullptr, nullptr, nullptr},
      {"This direction will remain in force until it is revoked by the Secretary of State.", nullptr, nullptr,
       nullptr, nullptr, nullptr, nullptr, nullptr, nullptr},
      {"so far as not falling within paragraph a. above", nullptr, nullptr,
       nullptr, nullptr, nullptr, nullptr, nullptr, nullptr},
      {"LIVE UNLIMITED a charity launched five months ago", nullptr, nullptr,
       nullptr, nullptr, nullptr, nullptr, nullptr, nullptr},
      {"as it may require; and", nullptr, nullptr,
       nullptr, nullptr, nullptr, nullptr, nullptr, nullptr},
      {"Families Act 2014 applies", nullptr, nullptr,
       nullptr, nullptr, nullptr, nullptr, nullptr, nullptr},
      // a day of the week, a time of day: the date is what is due
      {"The Council shall reply by Friday 14 February 2025.", nullptr, nullptr,
       "by Friday 14 February 2025", "by", "2025-02-14", nullptr, nullptr, nullptr},
      {"responses no later than 5.00 p.m. on 14 February 2025", nullptr, nullptr,
       "no later than 5.00 p.m. on 14 February 2025", "by", "2025-02-14", nullptr, nullptr, nullptr},
      {"by 12 noon on Monday, 3 March 2025", nullptr, nullptr,
       "by 12 noon on Monday, 3 March 2025", "by", "2025-03-03", nullptr, nullptr, nullptr},
      {"The Board will meet on Tuesday 4 March 2025 to agree it.", nullptr, nullptr,
       "on Tuesday 4 March 2025", "on", "2025-03-04", nullptr, nullptr, nullptr},
      // a sentence's full stop is no abbreviation's: no year, no due date
      {"The Council shall reply by 5 March.", "2025-02-01", nullptr,
       "by 5 March", "by", nullptr, nullptr, nullptr, nullptr},
      {"by 5 Mar. 2025", nullptr, nullptr,
       "by 5 Mar. 2025", "by", "2025-03-05", nullptr, nullptr, nullptr},
  };
  // clang-format on
  int count = 0;
  for (const Case& c : cases) {
    CAPTURE(c.text);
    ++count;
    PhraseContext context;
    if (c.doc_date) context.document_date = Date::Parse(c.doc_date);
    if (c.around) context.around.push_back(c.around);
    const auto found = FindDeadlines(Rules(), c.text, context);
    if (!c.phrase) {
      CHECK(found.empty());
      continue;
    }
    REQUIRE(!found.empty());
    const whereas::Deadline& d = found[0].record;
    CHECK(d.text == c.phrase);
    CHECK(whereas::ToString(d.type) == c.type);
    CHECK(Iso(d.due) == Or(c.due));
    CHECK(Iso(d.end) == Or(c.end));
    CHECK(Or(Str(d.period)) == Or(c.period));
    CHECK(Or(Str(d.anchor)) == Or(c.anchor));
  }
  CHECK(count >= 60);
}

TEST_CASE("a phrase that holds several deadlines gives each once, in order") {
  const auto found = FindDeadlines(
      Rules(),
      "will be submitting an annual report in September 2018; the Committee (bi-monthly), "
      "Panel (quarterly) and Group (monthly).",
      {});
  std::vector<std::string> texts;
  for (const auto& f : found) texts.push_back(f.record.text);
  CHECK(texts == std::vector<std::string>{"annual", "in September 2018", "bi-monthly",
                                          "quarterly", "monthly"});
}

TEST_CASE("periods: ISO durations and calendar arithmetic that clamps") {
  CHECK(Period::Parse("P3M")->ToIso() == "P3M");
  CHECK_FALSE(Period::Parse("3M").has_value());
  CHECK_FALSE(Period::Parse("P0M").has_value());
  const auto add = [](const char* date, const char* period) {
    return AddPeriod(*Date::Parse(date), *Period::Parse(period))->ToIso();
  };
  CHECK(add("2018-01-31", "P1M") == "2018-02-28");
  CHECK(add("2020-01-31", "P1M") == "2020-02-29");
  CHECK(add("2020-02-29", "P1Y") == "2021-02-28");
  CHECK(add("2018-10-31", "P4M") == "2019-02-28");
  CHECK(add("2018-12-25", "P2W") == "2019-01-08");
  CHECK(add("2019-12-31", "P1D") == "2020-01-01");
  CHECK(add("2018-01-25", "P3M") == "2018-04-25");
}

TEST_CASE("what counts from the document's own date depends on its kind") {
  const auto deadline = [](const char* kind, const std::string& text) {
    const auto doc = whereas::Parse(whereas::test::Builtin(kind), text, "t.txt");
    REQUIRE(doc.deadlines.size() == 1);
    return doc.deadlines[0];
  };
  // A direction's "the Direction" is itself.
  const auto direction = deadline(
      "direction",
      "DIRECTION\n\nNOW, THEREFORE, the Secretary of State directs the Council as follows:\n\n"
      "1. The Council shall provide a plan within three months of the date of the Direction.\n\n"
      "Dated: 25 January 2018\n");
  CHECK(direction.anchor.value_or("") == "document-date");
  CHECK(Iso(direction.due) == "2018-04-25");
  // In a council's report, "the direction" is another document: no date
  // is computed from the meeting's.
  const std::string report =
      "CHILDREN'S SERVICES COMMITTEE\n14 March 2019\nTitle\tA report\n\n"
      "1.1 The direction requires a plan within 3 months of the date of the direction.\n\n"
      "1.2 The Committee will review it within 6 weeks of the date of this report.\n";
  const auto doc = whereas::Parse(whereas::test::Builtin("committee-report"), report, "t.txt");
  REQUIRE(doc.deadlines.size() == 2);
  CHECK(doc.deadlines[0].anchor.value_or("") == "the date of the direction");
  CHECK_FALSE(doc.deadlines[0].due.has_value());
  CHECK(doc.deadlines[1].anchor.value_or("") == "document-date");
  CHECK(Iso(doc.deadlines[1].due) == "2019-04-25");
}

TEST_CASE("deadlines of the samples") {
  struct Expect {
    const char* sample;
    const char* path;
    const char* text;
    const char* type;
    const char* due;
    const char* end;
    const char* period;
  };
  // clang-format off
  const Expect cases[] = {
      {"direction-barnet-2018-01.txt", "8.f", "within 3 months of the date of this Direction", "within", "2018-04-25", "", "P3M"},
      {"direction-barnet-2018-01.txt", "8.f", "on a quarterly basis", "recurring", "", "", "P3M"},
      {"direction-barnet-2018-01.txt", "8.e", "six monthly", "recurring", "", "", "P6M"},
      {"direction-barnet-2018-01.txt", "B.3", "by the end of May 2018", "by", "2018-05-31", "", ""},
      {"direction-buckinghamshire-2018-07.txt", "A.3", "12 months after the date of the Direction", "after", "2019-07-12", "", "P12M"},
      {"direction-northamptonshire-2018-11.txt", "ANNEX.4", "by the end of February 2019", "by", "2019-02-28", "", ""},
      {"committee-report-barnet-2018-06.txt", "1.20", "on 31 July and 1 August 2018", "on", "2018-07-31", "2018-08-01", ""},
      {"committee-report-barnet-2018-06.txt", "1.52", "from 14 to 27 May 2018", "on", "2018-05-14", "2018-05-27", ""},
      {"committee-report-barnet-2018-06.txt", "1.52.1", "16th May", "on", "2018-05-16", "", ""},
      {"committee-report-barnet-2018-06.txt", "5.7.3.2", "scheduled for 31 May 2018", "on", "2018-05-31", "", ""},
      {"committee-report-barnet-2018-06.txt", "5.7.3.1", "in September 2018", "on", "2018-09-01", "2018-09-30", ""},
      {"commissioner-extract-barnet-2018-01.txt", "6.15", "until September 2018", "by", "2018-09-30", "", ""},
      {"commissioner-extract-barnet-2018-01.txt", "6.14", "in six months", "within", "", "", "P6M"},
      {"commissioner-extract-barnet-2018-01.txt", "6.17.3", "at least six months", "after", "", "", "P6M"},
  };
  // clang-format on
  for (const Expect& e : cases) {
    CAPTURE(e.sample);
    CAPTURE(e.text);
    const auto bytes = whereas::test::ReadFile(whereas::test::SourcePath(std::string("samples/") + e.sample));
    const auto doc = whereas::ParseDetected(whereas::test::AllBuiltins(), bytes, e.sample);
    const whereas::Deadline* found = nullptr;
    for (const auto& d : doc.deadlines) {
      if (d.text == e.text && d.path == e.path) found = &d;
    }
    REQUIRE(found != nullptr);
    CHECK(whereas::ToString(found->type) == e.type);
    CHECK(Iso(found->due) == e.due);
    CHECK(Iso(found->end) == e.end);
    CHECK(found->period.value_or("") == e.period);
  }
  // History is not a deadline, but every date is in the timeline.
  const auto bytes = whereas::test::ReadFile(whereas::test::SourcePath("samples/direction-barnet-2018-01.txt"));
  const auto doc = whereas::ParseDetected(whereas::test::AllBuiltins(), bytes, "b");
  for (const auto& d : doc.deadlines) CHECK(d.text.find("2017") == std::string::npos);
  bool inspection = false;
  for (const auto& m : doc.dates) inspection |= m.text == "7 July 2017" && m.path == "1" && m.line == 5;
  CHECK(inspection);
}

TEST_CASE("calendar arithmetic at its edges: leap centuries, the year's end, no overflow") {
  const auto add = [](const char* date, const char* period) {
    const auto d = AddPeriod(*Date::Parse(date), *Period::Parse(period));
    return d ? d->ToIso() : std::string("null");
  };
  CHECK(add("1900-01-31", "P1M") == "1900-02-28");  // 1900 is no leap year
  CHECK(add("2000-01-31", "P1M") == "2000-02-29");  // 2000 is
  CHECK(add("2018-03-31", "P1M") == "2018-04-30");
  CHECK(add("2018-08-31", "P6M") == "2019-02-28");
  CHECK(add("2018-11-30", "P3M") == "2019-02-28");
  CHECK(add("2019-02-28", "P1Y") == "2020-02-28");
  CHECK(add("2020-02-29", "P4Y") == "2024-02-29");
  CHECK(add("2020-02-28", "P1D") == "2020-02-29");
  CHECK(add("2018-01-25", "P52W") == "2019-01-24");
  CHECK(add("2018-01-25", "P12M") == add("2018-01-25", "P1Y"));
  CHECK(add("9999-12-01", "P1M") == "null");  // past year 9999
  for (char unit : {'D', 'W', 'M', 'Y'}) {
    CHECK_FALSE(AddPeriod(*Date::Parse("2018-01-25"), Period{2147483647, unit}).has_value());
  }
}
