// api/path_common.cpp — see path_common.h.
#include "api/path_common.h"

#include "security/crypto.h"

namespace soku::api {

void record_work(store::Tx& tx, const std::string& county_id, const std::string& client_id,
                 const std::string& user_id, const std::string& now) {
  tx.exec(
      "INSERT INTO client_relations (id, county_id, client_id, user_id, relationship, since, "
      "last_activity_at) VALUES ($1,$2,$3,$4,'case_worker',$5,$5) "
      "ON CONFLICT (client_id, user_id, relationship) DO UPDATE SET last_activity_at = $5, "
      "ended_at = NULL",
      {security::new_id(), county_id, client_id, user_id, now});
}

std::optional<std::string> open_period_id(store::Tx& tx, const std::string& client_id) {
  const auto r = tx.exec(
      "SELECT id FROM periods WHERE client_id = $1 AND status = 'open' ORDER BY starts_on DESC "
      "LIMIT 1",
      {client_id});
  if (r.empty()) return std::nullopt;
  return r.rows[0].str(0);
}

nlohmann::json parse_column(const std::string& text, bool array) {
  auto j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_discarded()) return array ? nlohmann::json::array() : nlohmann::json::object();
  return j;
}

std::string user_name(store::Tx& tx, const std::string& user_id) {
  const auto r = tx.exec("SELECT display_name FROM users WHERE id = $1", {user_id});
  return r.empty() ? std::string{} : r.rows[0].str(0);
}

}  // namespace soku::api
