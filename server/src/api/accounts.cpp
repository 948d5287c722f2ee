// api/accounts.cpp — user creation and role grants.
#include "api/accounts.h"

#include "common/time.h"
#include "security/access.h"
#include "security/crypto.h"
#include "security/password.h"

namespace soku::api {

using http::Problem;

bool valid_username(const std::string& s) {
  if (s.size() < 3 || s.size() > 64) return false;
  for (char c : s) {
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.')) {
      return false;
    }
  }
  return true;
}

namespace {
std::vector<http::FieldError> check_roles(store::Tx& tx, const std::string& county_id,
                                          const std::vector<RoleSpec>& roles,
                                          std::vector<std::optional<std::string>>& unit_ids) {
  std::vector<http::FieldError> errors;
  if (roles.empty()) errors.push_back({"roles", "at least one role is required"});
  for (std::size_t i = 0; i < roles.size(); ++i) {
    const std::string field = "roles[" + std::to_string(i) + "]";
    if (!security::role_from_string(roles[i].role)) {
      errors.push_back({field + ".role", "is not a role"});
    }
    std::optional<std::string> unit_id;
    if (roles[i].unit_code && !roles[i].unit_code->empty()) {
      const auto r = tx.exec(
          "SELECT id FROM units WHERE county_id = $1 AND (id = $2 OR code = $2)",
          {county_id, *roles[i].unit_code});
      if (r.empty()) {
        errors.push_back({field + ".unit", "is not a unit of the county"});
      } else {
        unit_id = r.rows[0].str(0);
      }
    }
    unit_ids.push_back(unit_id);
  }
  return errors;
}
}  // namespace

void set_roles(store::Tx& tx, const std::string& county_id, const std::string& user_id,
               const std::vector<RoleSpec>& roles) {
  std::vector<std::optional<std::string>> unit_ids;
  auto errors = check_roles(tx, county_id, roles, unit_ids);
  if (!errors.empty()) throw Problem::invalid(std::move(errors));
  tx.exec("DELETE FROM user_roles WHERE user_id = $1", {user_id});
  for (std::size_t i = 0; i < roles.size(); ++i) {
    tx.exec(
        "INSERT INTO user_roles (id, county_id, user_id, role, unit_id) VALUES ($1,$2,$3,$4,$5)",
        {security::new_id(), county_id, user_id, roles[i].role,
         unit_ids[i] ? store::Value(*unit_ids[i]) : store::Value(nullptr)});
  }
}

std::string create_user(store::Database& db, const NewUser& user) {
  std::vector<http::FieldError> errors;
  if (!valid_username(user.username)) {
    errors.push_back({"username", "3–64 characters: letters, digits, '-', '_' and '.'"});
  }
  if (user.display_name.empty() || user.display_name.size() > 120) {
    errors.push_back({"display_name", "is required (at most 120 characters)"});
  }
  if (auto why = security::password_policy_error(user.password); !why.empty()) {
    errors.push_back({"password", why});
  }
  if (!errors.empty()) throw Problem::invalid(errors);
  const std::string hash = security::hash_password(user.password);  // slow: outside the tx
  const std::string id = security::new_id();
  try {
    db.write([&](store::Tx& tx) {
      const std::string now = time::now_iso();
      tx.exec(
          "INSERT INTO users (id, county_id, username, display_name, password_hash, active, "
          "created_at, updated_at) VALUES ($1,$2,$3,$4,$5,1,$6,$6)",
          {id, user.county_id, user.username, user.display_name, hash, now});
      set_roles(tx, user.county_id, id, user.roles);
    });
  } catch (const store::UniqueViolation&) {
    throw Problem::conflict("duplicate", "The username is taken.",
                            {{"username", "is already taken"}});
  }
  return id;
}

}  // namespace soku::api
