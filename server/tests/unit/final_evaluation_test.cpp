// The rules of the final evaluation / interruption that closes a period
// (domain/final_evaluation.h).
#include "domain/final_evaluation.h"

#include <gtest/gtest.h>

using namespace soku::domain;

TEST(FinalEvaluation, AnInterruptionAsksForItsReasonOnly) {
  const auto f = final_evaluation_fields(true);
  EXPECT_TRUE(f.reason);
  EXPECT_FALSE(f.continuation);
  EXPECT_FALSE(f.views_required);
}

TEST(FinalEvaluation, AFinalEvaluationAsksForContinuationAndBothViews) {
  const auto f = final_evaluation_fields(false);
  EXPECT_FALSE(f.reason);
  EXPECT_TRUE(f.continuation);
  EXPECT_TRUE(f.views_required);
}

TEST(FinalEvaluation, AGoalResultMustNameAGoalOfTheClient) {
  EXPECT_FALSE(goal_result_problem("g1", {"g1", "g2"}));
  EXPECT_EQ(goal_result_problem("g3", {"g1", "g2"}), "is not a goal of this client");
  EXPECT_EQ(goal_result_problem("g1", {}), "is not a goal of this client");
}

TEST(FinalEvaluation, EveryActiveGoalNeedsItsResult) {
  EXPECT_FALSE(goal_results_problem(false, {"g1", "g2"}, {"g1", "g2"}));
  EXPECT_FALSE(goal_results_problem(false, {"g1", "g2"}, {"g2", "g1", "g9"}));  // order, extras
  EXPECT_EQ(goal_results_problem(false, {"g1", "g2"}, {"g1"}),
            "give an attainment for every active goal of the period (1 missing)");
  EXPECT_EQ(goal_results_problem(false, {"g1", "g2"}, {}),
            "give an attainment for every active goal of the period (2 missing)");
}

TEST(FinalEvaluation, APeriodWithoutActiveGoalsNeedsNoResults) {
  EXPECT_FALSE(goal_results_problem(false, {}, {}));
}

TEST(FinalEvaluation, AnInterruptionNeedsNoResults) {
  EXPECT_FALSE(goal_results_problem(true, {"g1", "g2"}, {}));
}

TEST(FinalEvaluation, ClosingStatusAndReviewNote) {
  EXPECT_EQ(closing_status(true), "interrupted");
  EXPECT_EQ(closing_status(false), "closed");
  EXPECT_EQ(final_review_note("went well"), "final: went well");
  EXPECT_EQ(final_review_note(""), "final: ");
}

// ---- Before closing a period

TEST(ClosingWarnings, NoneWhenThePeriodHasMeetingsGoalsAndEndsSoon) {
  EXPECT_TRUE(closing_warnings({.meetings = 3, .active_goals = 2, .deadline = "2026-12-20",
                                .starts_on = "2026-06-01", .today = "2026-12-01"})
                  .empty());
}

TEST(ClosingWarnings, NoMeetingsNoGoalsFarDeadlineAndOpenedTodayInThatOrder) {
  const auto w = closing_warnings({.meetings = 0, .active_goals = 0, .deadline = "2027-06-01",
                                   .starts_on = "2026-12-01", .today = "2026-12-01"});
  ASSERT_EQ(w.size(), 4u);
  EXPECT_EQ(w[0].code, "no_meetings");
  EXPECT_EQ(w[1].code, "no_goals");
  EXPECT_EQ(w[2].code, "deadline_far");
  EXPECT_EQ(w[2].days, 182);
  EXPECT_EQ(w[3].code, "opened_today");
}

TEST(ClosingWarnings, TheDeadlineIsFarOnlyBeyondThirtyDays) {
  const ClosingFacts at{.meetings = 1, .active_goals = 1, .deadline = "2026-12-31",
                        .starts_on = "2026-06-01", .today = "2026-12-01"};
  EXPECT_TRUE(closing_warnings(at).empty());  // exactly 30 days
  auto beyond = at;
  beyond.deadline = "2027-01-01";
  ASSERT_EQ(closing_warnings(beyond).size(), 1u);
  EXPECT_EQ(closing_warnings(beyond)[0].days, 31);
  auto past = at;
  past.deadline = "2026-11-01";  // overdue: not far
  EXPECT_TRUE(closing_warnings(past).empty());
}
