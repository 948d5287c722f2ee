// store/queries/drafts.cpp — see drafts.h.
#include "store/queries/drafts.h"

namespace soku::store::drafts {

std::vector<Draft> of_user(Tx& tx, const std::string& user_id) {
  std::vector<Draft> out;
  for (const auto& r : tx.exec("SELECT draft_key, updated_at FROM drafts WHERE user_id = $1 "
                               "ORDER BY updated_at DESC",
                               {user_id})
                           .rows) {
    out.push_back({r.str(0), "", r.str(1)});
  }
  return out;
}

std::optional<Draft> find(Tx& tx, const std::string& user_id, const std::string& key) {
  const auto r = tx.exec(
      "SELECT draft_key, data, updated_at FROM drafts WHERE user_id = $1 AND "
      "draft_key = $2",
      {user_id, key});
  if (r.empty()) return std::nullopt;
  return Draft{r.rows[0].str(0), r.rows[0].str(1), r.rows[0].str(2)};
}

void save(Tx& tx, const std::string& county_id, const std::string& user_id, const std::string& key,
          const std::string& data, const std::string& now) {
  tx.exec(
      "INSERT INTO drafts (county_id, user_id, draft_key, data, updated_at) VALUES "
      "($1,$2,$3,$4,$5) ON CONFLICT (user_id, draft_key) DO UPDATE SET data = $4, "
      "updated_at = $5",
      {county_id, user_id, key, data, now});
}

void remove(Tx& tx, const std::string& user_id, const std::string& key) {
  tx.exec("DELETE FROM drafts WHERE user_id = $1 AND draft_key = $2", {user_id, key});
}

}  // namespace soku::store::drafts
