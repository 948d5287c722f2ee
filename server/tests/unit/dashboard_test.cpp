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

// ---- stage guidance (issue 8) -------------------------------------------------------------------

TEST(Dashboard, AnAssessmentSinceTheLatestDecisionGivesThePhase) {
  // Concluded "needed" (even before completion) or completed: a decision is awaited.
  EXPECT_EQ(client_phase({.assessments = 1, .concluded_assessments = 1,
                          .latest_assessment_at = "2026-06-01T10:00:00Z",
                          .latest_conclusion = "needed"}),
            "decision");
  EXPECT_EQ(client_phase({.assessments = 1, .concluded_assessments = 1,
                          .latest_assessment_at = "2026-06-01T10:00:00Z",
                          .latest_conclusion = "not_needed", .latest_completed_on = "2026-06-02"}),
            "decision");
  // "Not needed" and not completed: still an assessment, no decision awaited.
  EXPECT_EQ(client_phase({.assessments = 1, .concluded_assessments = 1,
                          .latest_assessment_at = "2026-06-01T10:00:00Z",
                          .latest_conclusion = "not_needed"}),
            "assessment");
  // A new assessment after an ended period is the phase, not "ended".
  EXPECT_EQ(client_phase({.assessments = 2, .concluded_assessments = 2, .decisions = 1,
                          .closed_periods = 1, .latest_decision_at = "2026-01-01T10:00:00Z",
                          .latest_decision_outcome = "granted",
                          .latest_assessment_at = "2026-06-01T10:00:00Z",
                          .latest_conclusion = "needed"}),
            "decision");
}

TEST(Dashboard, ADecisionAfterTheAssessmentEndsTheWait) {
  const PathFacts denied{.assessments = 1, .concluded_assessments = 1, .decisions = 1,
                         .latest_decision_at = "2026-06-05T10:00:00Z",
                         .latest_decision_outcome = "denied",
                         .latest_assessment_at = "2026-06-01T10:00:00Z",
                         .latest_conclusion = "needed", .latest_completed_on = "2026-06-02"};
  EXPECT_EQ(client_phase(denied), "denied");
  // Denied after an ended period: denied is the latest step.
  PathFacts denied_after_period = denied;
  denied_after_period.closed_periods = 1;
  EXPECT_EQ(client_phase(denied_after_period), "denied");
  // Granted, period ended: ended.
  PathFacts ended = denied;
  ended.latest_decision_outcome = "granted";
  ended.closed_periods = 1;
  EXPECT_EQ(client_phase(ended), "ended");
  // A referral received after the decision starts a new case.
  PathFacts again = denied;
  again.latest_referral_at = "2026-07-01T10:00:00Z";
  EXPECT_EQ(client_phase(again), "referral");
  // An open period wins over everything.
  PathFacts open = denied;
  open.open_period_phase = "start";
  EXPECT_EQ(client_phase(open), "start");
}

TEST(Dashboard, CallsForDecision) {
  EXPECT_TRUE(calls_for_decision("needed", std::nullopt));
  EXPECT_TRUE(calls_for_decision("needed", "2026-06-01"));
  EXPECT_TRUE(calls_for_decision("not_needed", "2026-06-01"));
  EXPECT_FALSE(calls_for_decision("not_needed", std::nullopt));
  EXPECT_FALSE(calls_for_decision(std::nullopt, std::nullopt));
}

TEST(Dashboard, TheDecisionIsDueThreeMonthsAfterTheCaseStarted) {
  EXPECT_EQ(kDecisionMonths, 3);
  EXPECT_EQ(add_months("2026-03-15", 3), "2026-06-15");
  EXPECT_EQ(add_months("2026-11-30", 3), "2027-02-28");  // no 30 February: the last day
  EXPECT_EQ(add_months("2027-11-30", 3), "2028-02-29");  // a leap year
  EXPECT_EQ(add_months("2026-10-31", 3), "2027-01-31");  // across a year's end
  const auto on_time = decision_wait("2026-03-15", "2026-06-15");  // the due day itself
  EXPECT_EQ(on_time.due_on, "2026-06-15");
  EXPECT_EQ(on_time.days_waiting, 92);
  EXPECT_FALSE(on_time.late);
  EXPECT_TRUE(on_time.near);
  const auto late = decision_wait("2026-03-15", "2026-06-16");
  EXPECT_TRUE(late.late);
  EXPECT_FALSE(late.near);
  EXPECT_EQ(late.days_waiting, 93);
  const auto fresh = decision_wait("2026-03-15", "2026-05-31");  // 15 days before the due day
  EXPECT_FALSE(fresh.late);
  EXPECT_FALSE(fresh.near);
  EXPECT_TRUE(decision_wait("2026-03-15", "2026-06-01").near);  // 14 days before
}

TEST(Dashboard, AReviewIsOverdueFromTheDayAfterItsDateUntilReviewed) {
  EXPECT_FALSE(review_overdue("2026-06-10", std::nullopt, "2026-06-10"));
  EXPECT_TRUE(review_overdue("2026-06-10", std::nullopt, "2026-06-11"));
  EXPECT_TRUE(review_overdue("2026-06-10", "2026-06-09", "2026-06-11"));   // reviewed before it
  EXPECT_FALSE(review_overdue("2026-06-10", "2026-06-10", "2026-06-11"));  // reviewed on it
}

TEST(Dashboard, ADraftKeyNamesItsFormAndClientOrPeriod) {
  const auto meeting = draft_subject("meeting:c1");
  EXPECT_EQ(meeting.form, "meeting");
  EXPECT_EQ(meeting.client_id, "c1");
  EXPECT_FALSE(meeting.period_id);
  const auto review = draft_subject("review:c1:g1");
  EXPECT_EQ(review.form, "review");
  EXPECT_EQ(review.client_id, "c1");
  const auto final_evaluation = draft_subject("final:p1");
  EXPECT_EQ(final_evaluation.period_id, "p1");
  EXPECT_FALSE(final_evaluation.client_id);
  EXPECT_EQ(draft_subject("client-new").form, "client");
  EXPECT_FALSE(draft_subject("client-new").client_id);
  for (const char* unknown : {"whatever", "meeting:", "nosuch:c1", ":c1", ""}) {
    const auto s = draft_subject(unknown);
    EXPECT_EQ(s.form, "") << unknown;
    EXPECT_FALSE(s.client_id) << unknown;
    EXPECT_FALSE(s.period_id) << unknown;
  }
}
