// api/accounts.h — creating users and their role grants; shared by the admin API, `soku user add`
// and the demo seed so that all three enforce the same rules.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "http/message.h"
#include "store/db.h"

namespace soku::api {

struct RoleSpec {
  std::string role;
  std::optional<std::string> unit_code;  // or unit_id, see resolve
};

struct NewUser {
  std::string county_id;
  std::string username;
  std::string display_name;
  std::string password;  // plain; hashed here
  std::vector<RoleSpec> roles;
};

// Validates (422 with field errors), hashes the password, inserts. Unit references may be unit ids
// or unit codes of the county. Returns the new user's id; 409 when the username exists.
std::string create_user(store::Database& db, const NewUser& user);
// Replaces a user's grants (validated as in create_user).
void set_roles(store::Tx& tx, const std::string& county_id, const std::string& user_id,
               const std::vector<RoleSpec>& roles);
bool valid_username(const std::string& s);

}  // namespace soku::api
