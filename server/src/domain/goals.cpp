// domain/goals.cpp — see goals.h.
#include "domain/goals.h"

#include <algorithm>
#include <cmath>

namespace soku::domain {

std::optional<double> gas_t_score(const std::vector<std::pair<int, int>>& attainment_weight) {
  if (attainment_weight.empty()) return std::nullopt;
  constexpr double rho = 0.3;
  double sum_wx = 0;
  double sum_w2 = 0;
  double sum_w = 0;
  for (const auto& [x, w] : attainment_weight) {
    sum_wx += static_cast<double>(w) * x;
    sum_w2 += static_cast<double>(w) * w;
    sum_w += w;
  }
  const double denom = std::sqrt((1 - rho) * sum_w2 + rho * sum_w * sum_w);
  if (denom <= 0) return std::nullopt;
  return 50.0 + 10.0 * sum_wx / denom;
}

const std::vector<std::string>& gas_level_keys() {
  static const std::vector<std::string> keys{"-2", "-1", "0", "1", "2"};
  return keys;
}

std::vector<FieldProblem> gas_levels_problems(const GasLevelsGiven& given) {
  std::vector<FieldProblem> out;
  for (const auto& k : gas_level_keys()) {
    const auto it = given.find(k);
    if (it == given.end() || !it->second || it->second->empty()) {
      out.push_back({"gas_levels." + k, "describe this level"});
    } else if (it->second->size() > kGasLevelMaxBytes) {
      out.push_back({"gas_levels." + k, "is too long"});
    }
  }
  const auto& keys = gas_level_keys();
  for (const auto& [k, v] : given) {
    if (std::find(keys.begin(), keys.end(), k) == keys.end()) {
      out.push_back({"gas_levels." + k, "is not a GAS level (−2 … 2)"});
    }
  }
  return out;
}

std::optional<FieldProblem> goal_edit_problem(const GoalEdit& edit) {
  if (edit.text && edit.text->empty()) return FieldProblem{"text", "must not be empty"};
  return std::nullopt;
}

GoalContent next_goal_version(const GoalContent& current, const GoalEdit& edit) {
  return {edit.text.value_or(current.text),
          edit.means.value_or(current.means),
          edit.responsible.value_or(current.responsible),
          edit.review_on.value_or(current.review_on),
          edit.gas_levels.value_or(current.gas_levels),
          edit.weight.value_or(current.weight)};
}

bool has_next_review(const std::string& status, const std::optional<std::string>& review_on) {
  return review_on.has_value() && status == "active";
}

bool awaiting_review(const std::string& review_on,
                     const std::optional<std::string>& last_reviewed_on) {
  return !last_reviewed_on || *last_reviewed_on < review_on;
}

}  // namespace soku::domain
