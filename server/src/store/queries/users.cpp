// store/queries/users.cpp — see users.h.
#include "store/queries/users.h"

#include "security/crypto.h"

namespace soku::store::users {

namespace {

constexpr std::string_view kAccountSelect =
    "SELECT id, username, display_name, active, must_change_password FROM users "
    "WHERE county_id = $1 ";

Account account_from_row(Tx& tx, const Row& r) {
  return {r.str(0), r.str(1), r.str(2), r.i64(3) != 0, r.i64(4) != 0, roles(tx, r.str(0))};
}

Login login_from_row(const Row& r) { return {r.str(0), r.str(1), r.str(2)}; }

std::optional<Login> find_login(Tx& tx, std::string_view sql, const std::string& key) {
  const auto r = tx.exec(sql, {key});
  if (r.empty()) return std::nullopt;
  return login_from_row(r.rows[0]);
}

}  // namespace

std::optional<SessionUser> active(Tx& tx, const std::string& user_id) {
  const auto u = tx.exec(
      "SELECT u.id, u.username, u.display_name, u.county_id, c.code, c.name, "
      "u.must_change_password, c.name_sv FROM users u "
      "JOIN counties c ON c.id = u.county_id WHERE u.id = $1 AND u.active = 1",
      {user_id});
  if (u.empty()) return std::nullopt;
  const auto& r = u.rows[0];
  return SessionUser{
      {r.str(0), r.str(1), r.str(2), r.str(3), r.str(4), r.str(5), r.i64(6) != 0, r.str(7)},
      roles(tx, user_id)};
}

std::string display_name(Tx& tx, const std::string& user_id) {
  const auto r = tx.exec("SELECT display_name FROM users WHERE id = $1", {user_id});
  return r.empty() ? std::string{} : r.rows[0].str(0);
}

std::vector<RoleRow> roles(Tx& tx, const std::string& user_id) {
  std::vector<RoleRow> out;
  for (const auto& g : tx.exec("SELECT ur.role, ur.county_id, ur.unit_id, un.name, un.code "
                               "FROM user_roles ur LEFT JOIN units un ON un.id = ur.unit_id "
                               "WHERE ur.user_id = $1 ORDER BY ur.role",
                               {user_id})
                           .rows) {
    out.push_back({g.str(0), g.str(1), g.opt_str(2), g.str(3), g.str(4)});
  }
  return out;
}

void insert(Tx& tx, const NewAccount& a) {
  tx.exec(
      "INSERT INTO users (id, county_id, username, display_name, password_hash, active, "
      "must_change_password, created_at, updated_at) VALUES ($1,$2,$3,$4,$5,1,$6,$7,$7)",
      {a.id, a.county_id, a.username, a.display_name, a.password_hash,
       std::int64_t{a.must_change_password ? 1 : 0}, a.created_at});
}

std::vector<Account> in_county(Tx& tx, const std::string& county_id) {
  std::vector<Account> out;
  for (const auto& r :
       tx.exec(std::string(kAccountSelect) + "ORDER BY username", {county_id}).rows) {
    out.push_back(account_from_row(tx, r));
  }
  return out;
}

std::optional<Account> find(Tx& tx, const std::string& county_id, const std::string& id) {
  const auto r = tx.exec(std::string(kAccountSelect) + "AND id = $2", {county_id, id});
  if (r.empty()) return std::nullopt;
  return account_from_row(tx, r.rows[0]);
}

Account get(Tx& tx, const std::string& county_id, const std::string& id) {
  return account_from_row(
      tx, tx.exec(std::string(kAccountSelect) + "AND id = $2", {county_id, id}).one());
}

void set_display_name(Tx& tx, const std::string& id, const std::string& name,
                      const std::string& now) {
  tx.exec("UPDATE users SET display_name = $1, updated_at = $2 WHERE id = $3", {name, now, id});
}

void set_active(Tx& tx, const std::string& id, bool active, const std::string& now) {
  tx.exec("UPDATE users SET active = $1, updated_at = $2 WHERE id = $3",
          {std::int64_t{active ? 1 : 0}, now, id});
}

void set_password(Tx& tx, const std::string& id, const std::string& password_hash,
                  bool must_change_password, const std::string& now) {
  tx.exec(
      "UPDATE users SET password_hash = $1, must_change_password = $2, updated_at = $3 "
      "WHERE id = $4",
      {password_hash, std::int64_t{must_change_password ? 1 : 0}, now, id});
}

void replace_roles(Tx& tx, const std::string& county_id, const std::string& user_id,
                   const std::vector<NewRole>& roles) {
  tx.exec("DELETE FROM user_roles WHERE user_id = $1", {user_id});
  for (const auto& g : roles) {
    tx.exec(
        "INSERT INTO user_roles (id, county_id, user_id, role, unit_id) VALUES ($1,$2,$3,$4,$5)",
        {security::new_id(), county_id, user_id, g.role,
         g.unit_id.empty() ? Value(nullptr) : Value(g.unit_id)});
  }
}

std::optional<Login> find_active_login(Tx& tx, const std::string& username) {
  return find_login(
      tx, "SELECT id, county_id, password_hash FROM users WHERE username = $1 AND active = 1",
      username);
}

std::optional<Login> find_active_login_by_id(Tx& tx, const std::string& user_id) {
  return find_login(
      tx, "SELECT id, county_id, password_hash FROM users WHERE id = $1 AND active = 1", user_id);
}

std::optional<Login> find_by_username(Tx& tx, const std::string& username) {
  return find_login(tx, "SELECT id, county_id, '' FROM users WHERE username = $1", username);
}

void end_sessions(Tx& tx, const std::string& user_id,
                  const std::optional<std::string>& except_token_hash) {
  if (except_token_hash) {
    tx.exec("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2",
            {user_id, *except_token_hash});
  } else {
    tx.exec("DELETE FROM sessions WHERE user_id = $1", {user_id});
  }
}

}  // namespace soku::store::users
