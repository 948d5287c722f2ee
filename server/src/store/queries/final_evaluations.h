// store/queries/final_evaluations.h — named queries on final_evaluations: the final evaluation
// (loppuarviointi) or interruption (keskeytys) that closed a service period, and the goals it
// speaks of.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "store/db.h"

namespace soku::store::final_evaluations {

struct GoalResult {
  std::string goal_id;
  std::int64_t attainment = 0;
  std::string note;
};

struct NewFinalEvaluation {
  std::string id;
  std::string county_id;
  std::string client_id;
  std::string period_id;
  bool interrupted = false;
  std::optional<std::string> reason;
  std::vector<GoalResult> goal_results;  // stored as JSON text: [{goal_id, attainment, note}, …]
  std::optional<std::string> continuation;
  std::string client_view;
  std::string worker_view;
  std::string evaluated_on;
  std::string created_by;
  std::string created_at;
};

// A final evaluation as read back is what was written (the goal results parsed once, in the store).
using FinalEvaluation = NewFinalEvaluation;

void insert(Tx& tx, const NewFinalEvaluation& e);
// The period's final evaluation, if it has one.
std::optional<FinalEvaluation> for_period(Tx& tx, const std::string& period_id);

// The ids of the client's goals (a goal result must name one of them).
std::vector<std::string> client_goal_ids(Tx& tx, const std::string& client_id);
// The ids of the period's active goals (a final evaluation gives each its attainment).
std::vector<std::string> active_goal_ids(Tx& tx, const std::string& period_id);

}  // namespace soku::store::final_evaluations
