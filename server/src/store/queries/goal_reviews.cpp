// store/queries/goal_reviews.cpp — see goal_reviews.h.
#include "store/queries/goal_reviews.h"

#include "security/crypto.h"

namespace soku::store::goal_reviews {

std::string insert(Tx& tx, const NewReview& r) {
  std::string id = security::new_id();
  tx.exec("INSERT INTO goal_reviews (id, county_id, goal_id, client_id, reviewed_on, attainment, "
          "note, created_by, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)",
          {id, r.county_id, r.goal_id, r.client_id, r.reviewed_on, r.attainment, r.note,
           r.created_by, r.created_at});
  return id;
}

namespace {
constexpr std::string_view kSelect =
    "SELECT id, goal_id, reviewed_on, attainment, note, created_by, created_at FROM goal_reviews ";

std::vector<Review> rows(const Result& result) {
  std::vector<Review> out;
  for (const auto& v : result.rows) {
    out.push_back({v.str(0), v.str(1), v.str(2), v.i64(3), v.str(4), v.str(5), v.str(6)});
  }
  return out;
}
}  // namespace

std::vector<Review> for_goal(Tx& tx, const std::string& goal_id) {
  return rows(tx.exec(std::string(kSelect) + "WHERE goal_id = $1 ORDER BY reviewed_on, created_at",
                      {goal_id}));
}

std::vector<Review> for_client(Tx& tx, const std::string& client_id) {
  return rows(tx.exec(std::string(kSelect) + "WHERE client_id = $1 ORDER BY reviewed_on, created_at",
                      {client_id}));
}

}  // namespace soku::store::goal_reviews
