// store/queries/final_evaluations.cpp — see final_evaluations.h.
#include "store/queries/final_evaluations.h"

#include <nlohmann/json.hpp>

namespace soku::store::final_evaluations {

namespace {

constexpr std::string_view kInsert =
    "INSERT INTO final_evaluations (id, county_id, client_id, period_id, interrupted, reason, "
    "goal_results, continuation, client_view, worker_view, evaluated_on, created_by, created_at) "
    "VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13)";

std::string results_column(const std::vector<GoalResult>& results) {
  auto out = nlohmann::json::array();
  for (const auto& g : results) {
    out.push_back({{"goal_id", g.goal_id}, {"attainment", g.attainment}, {"note", g.note}});
  }
  return out.dump();
}

// The inverse of results_column; text that is not such an array reads as no results.
std::vector<GoalResult> results_from_column(const std::string& text) {
  const auto j = nlohmann::json::parse(text, nullptr, false);
  std::vector<GoalResult> out;
  if (!j.is_array()) return out;
  for (const auto& g : j) {
    if (!g.is_object()) continue;
    out.push_back({g.value("goal_id", std::string{}), g.value("attainment", std::int64_t{0}),
                   g.value("note", std::string{})});
  }
  return out;
}

FinalEvaluation from_row(const Row& r) {
  return {r.str(0), r.str(1), r.str(2), r.str(3), r.i64(4) != 0, r.opt_str(5),
          results_from_column(r.str(6)), r.opt_str(7), r.str(8), r.str(9), r.str(10), r.str(11),
          r.str(12)};
}

std::vector<std::string> ids(const Result& r) {
  std::vector<std::string> out;
  for (const auto& row : r.rows) out.push_back(row.str(0));
  return out;
}

}  // namespace

void insert(Tx& tx, const NewFinalEvaluation& e) {
  tx.exec(kInsert,
          {e.id, e.county_id, e.client_id, e.period_id, std::int64_t{e.interrupted ? 1 : 0},
           e.reason ? Value(*e.reason) : Value(nullptr), results_column(e.goal_results),
           e.continuation ? Value(*e.continuation) : Value(nullptr), e.client_view, e.worker_view,
           e.evaluated_on, e.created_by, e.created_at});
}

std::optional<FinalEvaluation> for_period(Tx& tx, const std::string& period_id) {
  const auto r = tx.exec("SELECT id, county_id, client_id, period_id, interrupted, reason, "
                         "goal_results, continuation, client_view, worker_view, evaluated_on, "
                         "created_by, created_at FROM final_evaluations WHERE period_id = $1",
                         {period_id});
  if (r.empty()) return std::nullopt;
  return from_row(r.rows[0]);
}

std::vector<std::string> client_goal_ids(Tx& tx, const std::string& client_id) {
  return ids(tx.exec("SELECT id FROM goals WHERE client_id = $1", {client_id}));
}

std::vector<std::string> active_goal_ids(Tx& tx, const std::string& period_id) {
  return ids(tx.exec("SELECT id FROM goals WHERE period_id = $1 AND status = 'active'",
                     {period_id}));
}

}  // namespace soku::store::final_evaluations
