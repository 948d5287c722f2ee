// The rules of the key worker's home (domain/dashboard.h): the client's phase, the week, the
// deadline window, no contact, how far ahead reviews are shown. `today` is an argument.
#include "domain/dashboard.h"

#include <gtest/gtest.h>

using namespace soku::domain;

TEST(Dashboard, AnOpenPeriodGivesThePhase) {
  EXPECT_EQ(client_phase({.open_period_phase = "working", .closed_periods = 2}), "working");
}

TEST(Dashboard, WithoutAnOpenPeriodTheFurthestStepReachedIsThePhase) {
  EXPECT_EQ(client_phase({}), "referral");
  EXPECT_EQ(client_phase({.assessments = 1}), "assessment");
  EXPECT_EQ(client_phase({.assessments = 1, .concluded_assessments = 1}), "decision");
  EXPECT_EQ(client_phase({.assessments = 1, .concluded_assessments = 1, .decisions = 1}),
            "decided");
  EXPECT_EQ(client_phase({.decisions = 1, .closed_periods = 1}), "ended");
}

TEST(Dashboard, TheWeekRunsFromMondayToSunday) {
  // 2026-06-01 is a Monday, 2026-06-07 a Sunday.
  for (const char* day : {"2026-06-01", "2026-06-03", "2026-06-07"}) {
    const auto w = week_of(day);
    EXPECT_EQ(w.from, "2026-06-01") << day;
    EXPECT_EQ(w.to, "2026-06-07") << day;
  }
  EXPECT_EQ(week_of("2026-06-08").from, "2026-06-08");
  EXPECT_EQ(week_of("2026-05-31").from, "2026-05-25");
  // Across a year's end: Thursday 2026-01-01 is in the week of Monday 2025-12-29.
  EXPECT_EQ(week_of("2026-01-01").from, "2025-12-29");
  EXPECT_EQ(week_of("2026-01-01").to, "2026-01-04");
}

TEST(Dashboard, ADeadlineExactlyFourteenDaysAheadIsNear) {
  EXPECT_EQ(kDeadlineWindowDays, 14);
  EXPECT_TRUE(near_deadline("2026-06-15", "2026-06-01"));   // today + 14
  EXPECT_FALSE(near_deadline("2026-06-16", "2026-06-01"));  // today + 15
  EXPECT_TRUE(near_deadline("2026-06-01", "2026-06-01"));
  EXPECT_TRUE(near_deadline("2026-05-20", "2026-06-01"));   // passed
  EXPECT_TRUE(near_deadline("2026-03-01", "2026-02-15"));   // 14 days over a short February
}

TEST(Dashboard, NoContactAfterMoreThanSevenDays) {
  const std::vector<std::string> individual{"individual"};
  // Last contact today - 7: still in contact; today - 8: not.
  EXPECT_FALSE(without_contact(individual, "working", "2026-06-01", "2026-01-01", "2026-06-08"));
  EXPECT_TRUE(without_contact(individual, "working", "2026-06-01", "2026-01-01", "2026-06-09"));
}

TEST(Dashboard, WithoutAMeetingThePeriodStartCounts) {
  const std::vector<std::string> individual{"group", "individual"};
  EXPECT_FALSE(without_contact(individual, "start", std::nullopt, "2026-06-01", "2026-06-08"));
  EXPECT_TRUE(without_contact(individual, "start", std::nullopt, "2026-06-01", "2026-06-09"));
}

TEST(Dashboard, NoContactOnlyInIndividualWorkBeforeClosing) {
  EXPECT_FALSE(without_contact({"group"}, "working", std::nullopt, "2026-01-01", "2026-06-09"));
  EXPECT_FALSE(without_contact({}, "working", std::nullopt, "2026-01-01", "2026-06-09"));
  EXPECT_FALSE(
      without_contact({"individual"}, "closing", std::nullopt, "2026-01-01", "2026-06-09"));
}

TEST(Dashboard, ReviewsAreShownSevenDaysAhead) {
  EXPECT_EQ(review_window_end("2026-06-01"), "2026-06-08");
  EXPECT_EQ(review_window_end("2026-12-28"), "2027-01-04");
}
