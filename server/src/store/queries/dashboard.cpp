// store/queries/dashboard.cpp — see dashboard.h.
#include "store/queries/dashboard.h"

#include "store/queries/json_columns.h"
#include "store/queries/records.h"

namespace soku::store::dashboard {

namespace {

CaseloadClient caseload_from_row(const Row& r) {
  const auto period_id = r.opt_str(3);
  const auto phase = r.opt_str(4);
  return {.id = r.str(0),
          .first_name = r.str(1),
          .last_name = r.str(2),
          .period_id = period_id,
          .phase = phase,
          .deadline = r.opt_str(5),
          .starts_on = r.opt_str(6),
          .service_forms = list_from_column(r.str(7)),
          .key_worker_id = r.opt_str(8),
          .last_contact = r.opt_str(9),
          .next_meeting = r.opt_str(10),
          .referral_since_decision_on = r.opt_str(11),
          .facts = records::path_facts_from_row(r, 12, period_id ? phase : std::nullopt)};
}

WeekMeeting meeting_from_row(const Row& r) {
  return {r.str(0), r.str(1), r.str(2), r.str(3), r.str(4), r.str(5), r.i64(6), r.str(7)};
}

GoalToReview goal_from_row(const Row& r) {
  return {r.str(0), r.str(1), r.str(2), r.str(3), r.str(4), r.str(5), r.opt_str(6)};
}

// Runs `sql_before + condition + sql_after` with `params` followed by the condition's values.
template <class T>
std::vector<T> scoped(Tx& tx, Params params, const Condition& condition,
                      std::string_view sql_before, std::string_view sql_after,
                      T (*from_row)(const Row&)) {
  const std::string where = condition(params);
  std::vector<T> out;
  for (const auto& r :
       tx.exec(std::string(sql_before) + where + std::string(sql_after), params).rows) {
    out.push_back(from_row(r));
  }
  return out;
}

}  // namespace

std::vector<CaseloadClient> caseload(Tx& tx, const std::string& today, const Condition& scope) {
  return scoped<CaseloadClient>(
      tx, {today}, scope,
      "SELECT c.id, c.first_name, c.last_name, p.id, p.phase, p.deadline, p.starts_on, "
      "p.service_forms, p.key_worker_id, "
      "(SELECT MAX(m.held_on) FROM meetings m WHERE m.client_id = c.id AND m.held_on <= $1) "
      "AS last_contact, "
      "(SELECT MIN(m.held_on) FROM meetings m WHERE m.client_id = c.id AND m.held_on > $1) "
      "AS next_meeting, "
      "(SELECT MIN(r.received_on) FROM referrals r WHERE r.client_id = c.id AND r.created_at > "
      "COALESCE((SELECT MAX(d.created_at) FROM decisions d WHERE d.client_id = c.id), '')) AS "
      "case_started_on, " +
          records::path_fact_columns() +
          " FROM clients c LEFT JOIN periods p ON p.client_id = c.id AND p.status = 'open' WHERE ",
      " ORDER BY (p.deadline IS NULL), p.deadline, c.search_name LIMIT 300", caseload_from_row);
}

std::vector<WeekMeeting> week_meetings(Tx& tx, const std::string& user_id, const std::string& from,
                                       const std::string& to, const Condition& scope) {
  return scoped<WeekMeeting>(
      tx, {user_id, from, to}, scope,
      "SELECT m.id, m.client_id, c.first_name, c.last_name, m.held_on, m.mode, m.minutes, "
      "m.kind FROM meetings m JOIN clients c ON c.id = m.client_id WHERE m.held_on >= $2 AND "
      "m.held_on <= $3 AND (m.created_by = $1 OR m.client_id IN (SELECT client_id FROM periods "
      "WHERE key_worker_id = $1 AND status = 'open')) AND ",
      " ORDER BY m.held_on, m.created_at", meeting_from_row);
}

std::vector<GoalToReview> goals_to_review(Tx& tx, const std::string& until,
                                          const Condition& scope) {
  return scoped<GoalToReview>(
      tx, {until}, scope,
      "SELECT g.id, g.client_id, c.first_name, c.last_name, v.text, v.review_on, "
      "(SELECT MAX(r.reviewed_on) FROM goal_reviews r WHERE r.goal_id = g.id) AS last_reviewed "
      "FROM goals g JOIN goal_versions v ON v.goal_id = g.id AND v.version = g.current_version "
      "JOIN clients c ON c.id = g.client_id WHERE g.status = 'active' AND v.review_on IS NOT "
      "NULL AND v.review_on <= $1 AND ",
      " ORDER BY v.review_on", goal_from_row);
}

std::vector<Draft> drafts(Tx& tx, const std::string& user_id) {
  std::vector<Draft> out;
  for (const auto& r : tx.exec("SELECT draft_key, updated_at FROM drafts WHERE user_id = $1 "
                               "ORDER BY updated_at DESC",
                               {user_id})
                           .rows) {
    out.push_back({r.str(0), r.str(1)});
  }
  return out;
}

std::vector<DraftClient> draft_clients(Tx& tx, const std::vector<std::string>& client_ids,
                                       const std::vector<std::string>& period_ids,
                                       const Condition& scope) {
  const auto from_row = +[](const Row& r) {
    return DraftClient{r.str(0), r.str(1), r.str(2), r.str(3)};
  };
  // "$k, $k+1, …" for the ids, which go first in the parameters.
  const auto placeholders = [](Params& params, const std::vector<std::string>& ids) {
    std::string out;
    for (std::size_t i = 0; i < ids.size() && i < 100; ++i) {
      params.push_back(ids[i]);
      out += (i ? ", $" : "$") + std::to_string(params.size());
    }
    return out;
  };
  std::vector<DraftClient> out;
  if (!client_ids.empty()) {
    Params params;
    const std::string in = placeholders(params, client_ids);
    for (auto& d : scoped<DraftClient>(
             tx, params, scope,
             "SELECT c.id, c.id, c.first_name, c.last_name FROM clients c WHERE c.id IN (" + in +
                 ") AND ",
             "", from_row)) {
      out.push_back(std::move(d));
    }
  }
  if (!period_ids.empty()) {
    Params params;
    const std::string in = placeholders(params, period_ids);
    for (auto& d : scoped<DraftClient>(
             tx, params, scope,
             "SELECT p.id, c.id, c.first_name, c.last_name FROM periods p JOIN clients c ON c.id "
             "= p.client_id WHERE p.id IN (" + in + ") AND ",
             "", from_row)) {
      out.push_back(std::move(d));
    }
  }
  return out;
}

std::vector<Worker> workers(Tx& tx, const std::string& county_id, const Condition& roles) {
  return scoped<Worker>(
      tx, {county_id}, roles,
      "SELECT DISTINCT u.id, u.display_name, u.username FROM users u JOIN user_roles r ON "
      "r.user_id = u.id WHERE u.county_id = $1 AND u.active = 1 AND ",
      " ORDER BY u.display_name",
      +[](const Row& r) { return Worker{r.str(0), r.str(1), r.str(2)}; });
}

}  // namespace soku::store::dashboard
