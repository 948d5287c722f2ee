// store/queries/users.h — named queries on users and their roles. Rows come back as plain
// structs (the mapping from columns is in users.cpp, nowhere else).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "store/db.h"

namespace soku::store::users {

struct RoleRow {
  std::string role;
  std::string county_id;
  std::optional<std::string> unit_id;
  std::string unit_name;  // "" for a county-wide grant
};

// An active user with their county, as the request pipeline needs them.
struct SessionUser {
  std::string id;
  std::string username;
  std::string display_name;
  std::string county_id;
  std::string county_code;
  std::string county_name;
  bool must_change_password = false;
  std::vector<RoleRow> roles;  // ordered by role
};

// nullopt when there is no such user or the account is deactivated.
std::optional<SessionUser> active(Tx& tx, const std::string& user_id);

// The display name of a user id (for renderings); "" when unknown.
std::string display_name(Tx& tx, const std::string& user_id);

}  // namespace soku::store::users
