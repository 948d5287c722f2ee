// store/queries/goals.cpp — see goals.h.
#include "store/queries/goals.h"

#include "security/crypto.h"
#include "store/queries/json_columns.h"

namespace soku::store::goals {

namespace {

constexpr std::string_view kSelect =
    "SELECT g.id, g.client_id, g.period_id, g.current_version, g.status, g.created_at, "
    "v.text, v.means, v.responsible, v.review_on, v.gas_levels, v.weight, v.created_by, "
    "v.created_at FROM goals g JOIN goal_versions v ON v.goal_id = g.id AND "
    "v.version = g.current_version ";

Value opt(const std::optional<std::string>& s) { return s ? Value(*s) : Value(nullptr); }

// Columns first..first+5: text, means, responsible, review_on, gas_levels, weight.
Content content_from_row(const Row& r, std::size_t first) {
  return {r.str(first),         r.str(first + 1),     r.str(first + 2),
          r.opt_str(first + 3), r.opt_str(first + 4), r.i64(first + 5)};
}

Goal from_row(Tx& tx, const Row& r) {
  Goal g{r.str(0), r.str(1), r.opt_str(2), r.i64(3), r.str(4), r.str(5),
         content_from_row(r, 6), r.str(12), r.str(13), {}};
  g.reviews = goal_reviews::for_goal(tx, g.id);
  return g;
}

Version version_from_row(const Row& r) {
  return {r.i64(0), content_from_row(r, 1), r.str(7), r.str(8), r.str(9)};
}

void insert_version(Tx& tx, const std::string& county_id, const std::string& goal_id,
                    const std::string& client_id, std::int64_t version, const Content& c,
                    const std::string& created_by, const std::string& created_at) {
  tx.exec("INSERT INTO goal_versions (id, county_id, goal_id, client_id, version, text, means, "
          "responsible, review_on, gas_levels, weight, created_by, created_at) "
          "VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13)",
          {security::new_id(), county_id, goal_id, client_id, version, c.text, c.means,
           c.responsible, opt(c.review_on), opt(c.gas_levels), c.weight, created_by, created_at});
}

}  // namespace

void insert(Tx& tx, const NewGoal& g) {
  tx.exec("INSERT INTO goals (id, county_id, client_id, period_id, current_version, status, "
          "created_by, created_at) VALUES ($1,$2,$3,$4,1,$5,$6,$7)",
          {g.id, g.county_id, g.client_id, opt(g.period_id), g.status, g.created_by, g.created_at});
  insert_version(tx, g.county_id, g.id, g.client_id, 1, g.content, g.created_by, g.created_at);
}

std::int64_t add_version(Tx& tx, const NewVersion& v) {
  const std::int64_t next = update_versioned(tx, "goals", v.goal_id, v.expected_version,
                                             "status = $1", {v.status}, "current_version");
  // The new version's row only after the update matched.
  insert_version(tx, v.county_id, v.goal_id, v.client_id, next, v.content, v.created_by,
                 v.created_at);
  return next;
}

Goal get(Tx& tx, const std::string& id) {
  return from_row(tx, tx.exec(std::string(kSelect) + "WHERE g.id = $1", {id}).one());
}

std::vector<Version> versions(Tx& tx, const std::string& goal_id) {
  std::vector<Version> out;
  for (const auto& r :
       tx.exec("SELECT v.version, v.text, v.means, v.responsible, v.review_on, v.gas_levels, "
               "v.weight, v.created_by, u.display_name, v.created_at FROM goal_versions v JOIN "
               "users u ON u.id = v.created_by WHERE v.goal_id = $1 ORDER BY v.version DESC",
               {goal_id})
           .rows) {
    out.push_back(version_from_row(r));
  }
  return out;
}

std::vector<Goal> for_plan(Tx& tx, const std::string& client_id) {
  std::vector<Goal> out;
  for (const auto& r : tx.exec(std::string(kSelect) +
                                   "WHERE g.client_id = $1 AND g.status <> 'dropped' "
                                   "ORDER BY g.created_at",
                               {client_id})
                           .rows) {
    out.push_back(from_row(tx, r));
  }
  return out;
}

std::vector<ClientVersion> client_versions(Tx& tx, const std::string& client_id) {
  std::vector<ClientVersion> out;
  for (const auto& r : tx.exec("SELECT goal_id, version, text, created_at FROM goal_versions "
                               "WHERE client_id = $1",
                               {client_id})
                           .rows) {
    out.push_back({r.str(0), r.i64(1), r.str(2), r.str(3)});
  }
  return out;
}

PlanClient plan_client(Tx& tx, const std::string& client_id) {
  const auto r =
      tx.exec("SELECT first_name, last_name, languages FROM clients WHERE id = $1", {client_id})
          .one();
  return {r.str(0), r.str(1), list_from_column(r.str(2))};
}

std::optional<PlanPeriod> plan_period(Tx& tx, const std::string& client_id) {
  const auto p = tx.exec("SELECT p.id, p.starts_on, p.deadline, p.phase, p.status, "
                         "u.display_name FROM periods p JOIN users u ON u.id = p.key_worker_id "
                         "WHERE p.client_id = $1 ORDER BY (p.status = 'open') DESC, "
                         "p.starts_on DESC LIMIT 1",
                         {client_id});
  if (p.empty()) return std::nullopt;
  const auto& r = p.rows[0];
  return PlanPeriod{r.str(0), r.str(1), r.str(2), r.str(3), r.str(4), r.str(5)};
}

}  // namespace soku::store::goals
