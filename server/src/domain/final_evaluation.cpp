// domain/final_evaluation.cpp — see final_evaluation.h.
#include "domain/final_evaluation.h"

#include "common/time.h"

#include <algorithm>

namespace soku::domain {

FinalEvaluationFields final_evaluation_fields(bool interrupted) {
  return {.reason = interrupted, .continuation = !interrupted, .views_required = !interrupted};
}

std::optional<std::string> goal_result_problem(const std::string& goal_id,
                                               const std::vector<std::string>& client_goal_ids) {
  if (std::find(client_goal_ids.begin(), client_goal_ids.end(), goal_id) != client_goal_ids.end()) {
    return std::nullopt;
  }
  return "is not a goal of this client";
}

std::optional<std::string> goal_results_problem(bool interrupted,
                                                const std::vector<std::string>& active_goal_ids,
                                                const std::vector<std::string>& given_goal_ids) {
  if (interrupted) return std::nullopt;
  const auto missing = std::count_if(
      active_goal_ids.begin(), active_goal_ids.end(), [&](const std::string& goal) {
        return std::find(given_goal_ids.begin(), given_goal_ids.end(), goal) ==
               given_goal_ids.end();
      });
  if (missing == 0) return std::nullopt;
  return "give an attainment for every active goal of the period (" + std::to_string(missing) +
         " missing)";
}

std::string closing_status(bool interrupted) { return interrupted ? "interrupted" : "closed"; }

std::string final_review_note(const std::string& note) { return "final: " + note; }

std::vector<ClosingWarning> closing_warnings(const ClosingFacts& facts) {
  std::vector<ClosingWarning> out;
  if (facts.meetings == 0) out.push_back({"no_meetings", std::nullopt});
  if (facts.active_goals == 0) out.push_back({"no_goals", std::nullopt});
  const auto today = time::days_from_date(facts.today);
  const auto deadline = time::days_from_date(facts.deadline);
  if (today && deadline && *deadline - *today > kClosingFarDays) {
    out.push_back({"deadline_far", *deadline - *today});
  }
  if (today && facts.starts_on == facts.today) out.push_back({"opened_today", std::nullopt});
  return out;
}

}  // namespace soku::domain
