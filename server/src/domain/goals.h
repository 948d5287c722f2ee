// domain/goals.h — the rules of the client plan's goals (domain.md "Plan and goals"): GAS levels
// −2…+2 and their descriptions, attainment, the T-score, what a new version of a goal carries over,
// and when a goal waits for its review. Pure: no store, no http, no json, no clock.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/field_problem.h"

namespace soku::domain {

// GAS attainment: -2..+2 (0 is the expected outcome).
inline constexpr std::int64_t kAttainmentMin = -2;
inline constexpr std::int64_t kAttainmentMax = 2;
inline bool valid_attainment(long long v) { return v >= kAttainmentMin && v <= kAttainmentMax; }

// Kiresuk–Sherman goal attainment T-score for goals with attainment x_i and weight w_i
// (rho = 0.3): T = 50 + 10 Σ w_i x_i / sqrt((1-rho) Σ w_i² + rho (Σ w_i)²). nullopt when empty.
std::optional<double> gas_t_score(const std::vector<std::pair<int, int>>& attainment_weight);

// The keys of a goal's GAS levels, lowest first: "-2", "-1", "0", "1", "2".
const std::vector<std::string>& gas_level_keys();
inline constexpr std::size_t kGasLevelMaxBytes = 1000;
// gas_levels as sent: each key with its description (nullopt when the value is not a string).
using GasLevelsGiven = std::map<std::string, std::optional<std::string>>;
// Levels given at all must describe every level −2…2 (a non-empty string of at most 1000 bytes,
// kept as sent) and nothing else. Empty when they do; the problems in key order otherwise.
std::vector<FieldProblem> gas_levels_problems(const GasLevelsGiven& given);

// What one version of a goal says. `gas_levels` is the levels' JSON text; nullopt: no levels.
struct GoalContent {
  std::string text;
  std::string means;
  std::string responsible;
  std::optional<std::string> review_on;
  std::optional<std::string> gas_levels;
  std::int64_t weight = 1;
  bool operator==(const GoalContent&) const = default;
};

// An edit of a goal. A field left out is nullopt; review_on and gas_levels given as null (clear)
// are an engaged nullopt.
struct GoalEdit {
  std::optional<std::string> text = std::nullopt;
  std::optional<std::string> means = std::nullopt;
  std::optional<std::string> responsible = std::nullopt;
  std::optional<std::optional<std::string>> review_on = std::nullopt;
  std::optional<std::optional<std::string>> gas_levels = std::nullopt;
  std::optional<std::int64_t> weight = std::nullopt;
};

// An edit may not empty the goal's text (means and responsible may be "").
std::optional<FieldProblem> goal_edit_problem(const GoalEdit& edit);
// Every edit appends a version: the fields given replace the current version's, the others carry
// over. A new goal's first version is the edit over GoalContent{} (weight 1, no review date).
GoalContent next_goal_version(const GoalContent& current, const GoalEdit& edit);

// The plan lists a goal's next review when the goal is active and has a review date.
bool has_next_review(const std::string& status, const std::optional<std::string>& review_on);
// A goal's review is still awaited while no review is dated on or after its review date.
bool awaiting_review(const std::string& review_on, const std::optional<std::string>& last_reviewed_on);

}  // namespace soku::domain
