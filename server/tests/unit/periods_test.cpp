// The rules of a service period (domain/periods.h): which period may be written, the dates of a
// new period and how far an extension may move the deadline — each at its boundary.
#include "domain/periods.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "domain/client_path.h"

using namespace soku::domain;

namespace {

// A rule over two dates (period_dates_problem, extension_problem): for each row, the problem it
// names, or none when `problem` is empty.
struct DatesCase {
  std::string from;
  std::string to;
  std::string problem;
};

void expect_problems(std::optional<std::string> (*rule)(const std::string&, const std::string&),
                     const std::vector<DatesCase>& cases) {
  for (const auto& c : cases) {
    if (c.problem.empty()) {
      EXPECT_FALSE(rule(c.from, c.to)) << c.from << " → " << c.to;
    } else {
      EXPECT_EQ(rule(c.from, c.to), c.problem) << c.from << " → " << c.to;
    }
  }
}

}  // namespace

TEST(Periods, OnlyAnOpenPeriodIsWritable) {
  EXPECT_TRUE(period_writable("open"));
  EXPECT_FALSE(period_writable("closed"));
  EXPECT_FALSE(period_writable("interrupted"));
  EXPECT_FALSE(period_writable(""));
}

TEST(Periods, TheLimitIsTwelveMonthsOfALeapYear) { EXPECT_EQ(kMaxPeriodDays, 366); }

TEST(Periods, NewPeriodDeadlineMustBeAfterTheStart) {
  expect_problems(period_dates_problem,
                  {{"2026-01-10", "2026-01-10", "must be after the start date"},
                   {"2026-01-10", "2026-01-09", "must be after the start date"},
                   {"2026-01-10", "2026-01-11", ""}});
}

TEST(Periods, NewPeriodMayLastExactlyTheLimitButNotADayMore) {
  // 2026-01-01 + 366 days = 2027-01-02.
  expect_problems(period_dates_problem,
                  {{"2026-01-01", "2027-01-02", ""},
                   {"2026-01-01", "2027-01-03", "may be at most 12 months after the start"}});
}

TEST(Periods, ExtensionMustMoveTheDeadlineLater) {
  expect_problems(extension_problem,
                  {{"2026-06-30", "2026-06-30", "must be after the current deadline 2026-06-30"},
                   {"2026-06-30", "2026-06-01", "must be after the current deadline 2026-06-30"},
                   {"2026-06-30", "2026-07-01", ""}});
}

TEST(Periods, ExtensionMayMoveByExactlyTheLimitButNotADayMore) {
  // 2026-06-30 + 366 days = 2027-07-01.
  expect_problems(extension_problem,
                  {{"2026-06-30", "2027-07-01", ""},
                   {"2026-06-30", "2027-07-02", "may extend by at most 12 months at a time"}});
}

TEST(Periods, LeapDayCountsAsADay) {
  // 2028 is a leap year: 2028-01-01 + 366 days = 2029-01-01.
  EXPECT_FALSE(extension_problem("2028-01-01", "2029-01-01"));
  EXPECT_TRUE(extension_problem("2028-01-01", "2029-01-02"));
}

TEST(Periods, AReviewDateAfterTheDeadlineIsFlagged) {
  EXPECT_TRUE(review_after_period("2027-01-02", "2027-01-01"));
  EXPECT_FALSE(review_after_period("2027-01-01", "2027-01-01"));
  EXPECT_FALSE(review_after_period(std::nullopt, "2027-01-01"));
  EXPECT_FALSE(review_after_period("2027-01-02", std::nullopt));
}

TEST(Periods, TheMeetingRhythmIsTheMedianGapBetweenMeetings) {
  EXPECT_EQ(meeting_interval_days({}), std::nullopt);
  EXPECT_EQ(meeting_interval_days({"2026-11-01"}), std::nullopt);
  EXPECT_EQ(meeting_interval_days({"2026-11-01", "2026-11-08"}), 7);
  // gaps 7, 14, 7 → 7; one long break does not change the rhythm
  EXPECT_EQ(meeting_interval_days({"2026-11-01", "2026-11-08", "2026-11-22", "2026-11-29"}), 7);
}
