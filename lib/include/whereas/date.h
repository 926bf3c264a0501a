// Calendar dates as printed in British official documents.
#ifndef WHEREAS_DATE_H_
#define WHEREAS_DATE_H_

#include <optional>
#include <string>
#include <string_view>

namespace whereas {

// A proleptic Gregorian calendar date. Always valid when obtained from
// Date::FromYmd() or Date::Parse().
struct Date {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..DaysInMonth(year, month)

  // Returns the date, or nullopt if the triple is not a real date
  // (31 April, 29 February 2019).
  static std::optional<Date> FromYmd(int year, int month, int day);

  // Parses a whole date phrase in British day-month order: "25th January
  // 2018", "12 July 2018", "1st day of March, 2019", "25/01/2018",
  // "2018-01-25", "Tuesday 30 January 2018". Leading and trailing white space
  // is ignored. Returns nullopt for anything else, including a date without a
  // year: a date that cannot be known is never guessed.
  static std::optional<Date> Parse(std::string_view text);

  // "2018-01-25".
  std::string ToIso() const;

  friend bool operator==(const Date&, const Date&) = default;
  friend auto operator<=>(const Date&, const Date&) = default;
};

// 28..31; 0 for a month outside 1..12.
int DaysInMonth(int year, int month);

// Returns 1..12 for an English month name or its three-letter abbreviation
// ("January", "jan", "Sept"), case-insensitive; 0 otherwise.
int MonthFromName(std::string_view name);

}  // namespace whereas

#endif  // WHEREAS_DATE_H_
