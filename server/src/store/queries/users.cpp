// store/queries/users.cpp — see users.h.
#include "store/queries/users.h"

namespace soku::store::users {

std::optional<SessionUser> active(Tx& tx, const std::string& user_id) {
  const auto u = tx.exec(
      "SELECT u.id, u.username, u.display_name, u.county_id, c.code, c.name, "
      "u.must_change_password FROM users u "
      "JOIN counties c ON c.id = u.county_id WHERE u.id = $1 AND u.active = 1",
      {user_id});
  if (u.empty()) return std::nullopt;
  const auto& r = u.rows[0];
  SessionUser out{r.str(0), r.str(1), r.str(2), r.str(3), r.str(4), r.str(5), r.i64(6) != 0, {}};
  for (const auto& g : tx.exec("SELECT ur.role, ur.county_id, ur.unit_id, un.name FROM user_roles ur "
                               "LEFT JOIN units un ON un.id = ur.unit_id WHERE ur.user_id = $1 "
                               "ORDER BY ur.role",
                               {user_id})
                           .rows) {
    out.roles.push_back({g.str(0), g.str(1), g.opt_str(2), g.is_null(3) ? "" : g.str(3)});
  }
  return out;
}

std::string display_name(Tx& tx, const std::string& user_id) {
  const auto r = tx.exec("SELECT display_name FROM users WHERE id = $1", {user_id});
  return r.empty() ? std::string{} : r.rows[0].str(0);
}

}  // namespace soku::store::users
