// The rules of the plan's goals (domain/goals.h): GAS levels, attainment, the T-score, what a new
// version carries over, when a review is listed or awaited.
#include "domain/goals.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

using namespace soku::domain;

namespace {
GasLevelsGiven all_levels(const std::string& text = "described") {
  return {{"-2", text}, {"-1", text}, {"0", text}, {"1", text}, {"2", text}};
}
}  // namespace

TEST(Goals, AttainmentIsValidFromMinusTwoToTwoOnly) {
  EXPECT_FALSE(valid_attainment(-3));
  EXPECT_TRUE(valid_attainment(-2));
  EXPECT_TRUE(valid_attainment(0));
  EXPECT_TRUE(valid_attainment(2));
  EXPECT_FALSE(valid_attainment(3));
}

TEST(Goals, GasLevelKeysAreMinusTwoToTwoInOrder) {
  EXPECT_EQ(gas_level_keys(), (std::vector<std::string>{"-2", "-1", "0", "1", "2"}));
}

TEST(Goals, FiveDescribedLevelsAreAccepted) {
  EXPECT_TRUE(gas_levels_problems(all_levels()).empty());
  EXPECT_TRUE(gas_levels_problems(all_levels(std::string(kGasLevelMaxBytes, 'x'))).empty());
}

TEST(Goals, EveryMissingOrEmptyLevelIsNamed) {
  auto g = all_levels();
  g.erase("-2");
  g["1"] = "";
  g["2"] = std::nullopt;  // not a string
  EXPECT_EQ(gas_levels_problems(g),
            (std::vector<FieldProblem>{{"gas_levels.-2", "describe this level"},
                                       {"gas_levels.1", "describe this level"},
                                       {"gas_levels.2", "describe this level"}}));
  EXPECT_EQ(gas_levels_problems({}).size(), 5U);  // given at all: all five are needed
}

TEST(Goals, ADescriptionOverTheLimitIsTooLong) {
  auto g = all_levels();
  g["0"] = std::string(kGasLevelMaxBytes + 1, 'x');
  EXPECT_EQ(gas_levels_problems(g),
            (std::vector<FieldProblem>{{"gas_levels.0", "is too long"}}));
}

TEST(Goals, AKeyOutsideTheLevelsIsRefused) {
  auto g = all_levels();
  g["3"] = "beyond";
  g["+1"] = "signed";
  EXPECT_EQ(gas_levels_problems(g),
            (std::vector<FieldProblem>{{"gas_levels.+1", "is not a GAS level (−2 … 2)"},
                                       {"gas_levels.3", "is not a GAS level (−2 … 2)"}}));
}

// Hand-computed: T = 50 + 10 Σwx / sqrt(0.7 Σw² + 0.3 (Σw)²).
TEST(Goals, TScoreOfOneGoalAtEachLevel) {
  // One goal, weight 1: denominator sqrt(0.7 + 0.3) = 1, so T = 50 + 10 x.
  EXPECT_DOUBLE_EQ(*gas_t_score({{0, 1}}), 50.0);
  EXPECT_DOUBLE_EQ(*gas_t_score({{2, 1}}), 70.0);
  EXPECT_DOUBLE_EQ(*gas_t_score({{-2, 1}}), 30.0);
}

TEST(Goals, TScoreWeighsTheGoals) {
  // x = (1, -1), w = (2, 1): Σwx = 1, Σw² = 5, Σw = 3 → sqrt(3.5 + 2.7) = sqrt(6.2).
  EXPECT_NEAR(*gas_t_score({{1, 2}, {-1, 1}}), 50.0 + 10.0 / std::sqrt(6.2), 1e-12);
  // x = (1, 1), w = (1, 1): Σwx = 2, sqrt(1.4 + 1.2) = sqrt(2.6) → 62.4035…
  EXPECT_NEAR(*gas_t_score({{1, 1}, {1, 1}}), 62.40347345, 1e-8);
}

TEST(Goals, TScoreNeedsAGoalWithWeight) {
  EXPECT_FALSE(gas_t_score({}));
  EXPECT_FALSE(gas_t_score({{1, 0}}));
}

TEST(Goals, AnEditMayNotEmptyTheText) {
  EXPECT_EQ(goal_edit_problem({.text = ""}), (FieldProblem{"text", "must not be empty"}));
  EXPECT_FALSE(goal_edit_problem({.text = "x"}));
  EXPECT_FALSE(goal_edit_problem({.means = "", .responsible = ""}));
  EXPECT_FALSE(goal_edit_problem({}));
}

TEST(Goals, ANewVersionCarriesOverWhatIsNotGiven) {
  const GoalContent cur{"text", "means", "who", "2026-06-01", R"({"0":"x"})", 3};
  EXPECT_EQ(next_goal_version(cur, {}), cur);
  auto changed = next_goal_version(cur, {.means = "", .weight = 5});
  EXPECT_EQ(changed, (GoalContent{"text", "", "who", "2026-06-01", R"({"0":"x"})", 5}));
  changed = next_goal_version(cur, {.text = "new", .review_on = std::optional<std::string>("2026-07-01")});
  EXPECT_EQ(changed.text, "new");
  EXPECT_EQ(changed.review_on, "2026-07-01");
}

TEST(Goals, ReviewDateAndLevelsGivenAsNullAreCleared) {
  const GoalContent cur{"text", "", "", "2026-06-01", R"({"0":"x"})", 1};
  const auto cleared = next_goal_version(
      cur, {.review_on = std::optional<std::string>(), .gas_levels = std::optional<std::string>()});
  EXPECT_EQ(cleared.review_on, std::nullopt);
  EXPECT_EQ(cleared.gas_levels, std::nullopt);
}

TEST(Goals, AFirstVersionHasWeightOneAndNoReviewDate) {
  const auto first = next_goal_version(GoalContent{}, {.text = "goal"});
  EXPECT_EQ(first, (GoalContent{"goal", "", "", std::nullopt, std::nullopt, 1}));
}

TEST(Goals, OnlyActiveGoalsWithADateHaveANextReview) {
  EXPECT_TRUE(has_next_review("active", "2026-06-01"));
  EXPECT_FALSE(has_next_review("active", std::nullopt));
  EXPECT_FALSE(has_next_review("achieved", "2026-06-01"));
}

TEST(Goals, AReviewOnOrAfterTheDateEndsTheWait) {
  EXPECT_TRUE(awaiting_review("2026-06-01", std::nullopt));
  EXPECT_TRUE(awaiting_review("2026-06-01", "2026-05-31"));
  EXPECT_FALSE(awaiting_review("2026-06-01", "2026-06-01"));
  EXPECT_FALSE(awaiting_review("2026-06-01", "2026-06-02"));
}
