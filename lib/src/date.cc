// Dates in British day-month order.
#include "whereas/date.h"

#include <re2/re2.h>

#include <array>
#include <chrono>
#include <cstdio>

#include "str_util.h"

namespace whereas {

namespace chr = std::chrono;

int DaysInMonth(int year, int month) {
  if (month < 1 || month > 12) return 0;
  const chr::year_month_day_last last{chr::year{year} / chr::month{static_cast<unsigned>(month)} /
                                      chr::last};
  return static_cast<int>(static_cast<unsigned>(last.day()));
}

int MonthFromName(std::string_view name) {
  static constexpr std::array<std::string_view, 12> kNames = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  const std::string n = internal::Lower(name);
  if (n.size() < 3) return 0;
  for (size_t i = 0; i < kNames.size(); ++i) {
    if (n == kNames[i] || n == kNames[i].substr(0, 3) ||
        (i == 8 && n == "sept")) {
      return static_cast<int>(i) + 1;
    }
  }
  return 0;
}

std::optional<Date> Date::FromYmd(int year, int month, int day) {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  const chr::year_month_day ymd{chr::year{year}, chr::month{static_cast<unsigned>(month)},
                                chr::day{static_cast<unsigned>(day)}};
  if (!ymd.ok()) return std::nullopt;  // 31 April, 29 February 2019
  return Date{year, month, day};
}

std::optional<Date> Date::Parse(std::string_view text) {
  // Compiled once; RE2 objects are safe to share between threads.
  static const RE2 kWords(
      R"((?i)^\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?)"
      R"((\d{1,2})(?:st|nd|rd|th)?\s+(?:day\s+of\s+)?([a-z]{3,9})\.?,?\s+(\d{4})\.?\s*$)");
  static const RE2 kNumeric(R"(^\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*$)");
  static const RE2 kIso(R"(^\s*(\d{4})-(\d{2})-(\d{2})\s*$)");
  int day = 0, year = 0, month = 0;
  std::string month_name;
  if (RE2::FullMatch(text, kWords, &day, &month_name, &year)) {
    month = MonthFromName(month_name);
    if (month == 0) return std::nullopt;
    return FromYmd(year, month, day);
  }
  if (RE2::FullMatch(text, kNumeric, &day, &month, &year)) {
    return FromYmd(year, month, day);
  }
  if (RE2::FullMatch(text, kIso, &year, &month, &day)) {
    return FromYmd(year, month, day);
  }
  return std::nullopt;
}

std::string Date::ToIso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

}  // namespace whereas
