// Date parsing and calendar facts.
#include <doctest/doctest.h>

#include "whereas/date.h"

using whereas::Date;

TEST_CASE("Date::Parse reads British dates") {
  struct Case {
    const char* text;
    const char* iso;  // nullptr: not a date
  };
  const Case cases[] = {
      {"25th January 2018", "2018-01-25"},
      {"12 July 2018", "2018-07-12"},
      {"1st day of March 2019", "2019-03-01"},
      {"Tuesday 30 January 2018", "2018-01-30"},
      {" 2 Sept 2019 ", "2019-09-02"},
      {"25/01/2018", "2018-01-25"},
      {"2018-01-25", "2018-01-25"},
      {"29 February 2020", "2020-02-29"},
      {"29 February 2019", nullptr},
      {"31 April 2018", nullptr},
      {"25 January", nullptr},
      {"January 2018", nullptr},
      {"13/13/2018", nullptr},
      {"the 25th", nullptr},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    const auto d = Date::Parse(c.text);
    if (c.iso) {
      REQUIRE(d.has_value());
      CHECK(d->ToIso() == c.iso);
    } else {
      CHECK_FALSE(d.has_value());
    }
  }
}

TEST_CASE("days in month, leap years") {
  CHECK(whereas::DaysInMonth(2019, 2) == 28);
  CHECK(whereas::DaysInMonth(2020, 2) == 29);
  CHECK(whereas::DaysInMonth(1900, 2) == 28);
  CHECK(whereas::DaysInMonth(2000, 2) == 29);
  CHECK(whereas::DaysInMonth(2018, 4) == 30);
  CHECK(whereas::DaysInMonth(2018, 13) == 0);
  CHECK(whereas::MonthFromName("SEPTEMBER") == 9);
  CHECK(whereas::MonthFromName("Ma") == 0);
}
