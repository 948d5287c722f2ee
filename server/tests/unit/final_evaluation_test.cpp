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
