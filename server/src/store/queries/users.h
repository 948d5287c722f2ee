// store/queries/users.h — named queries on users, their roles and their sessions. Rows come back
// as plain structs (the mapping from columns is in users.cpp, nowhere else).
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
  std::string unit_code;  // "" for a county-wide grant
};

// Who a user is, with their county (api::User, the request's user, is one too).
struct Identity {
  std::string id;
  std::string username;
  std::string display_name;
  std::string county_id;
  std::string county_code;
  std::string county_name;
  // An admin set the password: until the user sets their own, only GET /me, DELETE /session and
  // PUT /me/password answer (App::route enforces it for every other route).
  bool must_change_password = false;
  std::string county_name_sv = {};  // the county's official Swedish name ("" when none)
};

// An active user with their county and grants, as the request pipeline needs them.
struct SessionUser : Identity {
  std::vector<RoleRow> roles;  // ordered by role
};

// nullopt when there is no such user or the account is deactivated.
std::optional<SessionUser> active(Tx& tx, const std::string& user_id);

// The display name of a user id (for renderings); "" when unknown.
std::string display_name(Tx& tx, const std::string& user_id);

// A user's grants, ordered by role.
std::vector<RoleRow> roles(Tx& tx, const std::string& user_id);

// ---- accounts, as the county admin manages them

struct Account {
  std::string id;
  std::string username;
  std::string display_name;
  bool active = false;
  bool must_change_password = false;
  std::vector<RoleRow> roles;  // ordered by role
};

struct NewAccount {
  std::string id;
  std::string county_id;
  std::string username;
  std::string display_name;
  std::string password_hash;
  bool must_change_password = false;
  std::string created_at;
};

// Throws store::UniqueViolation when the username is taken.
void insert(Tx& tx, const NewAccount& a);
// The accounts of a county, by username.
std::vector<Account> in_county(Tx& tx, const std::string& county_id);
// nullopt when the county has no such account.
std::optional<Account> find(Tx& tx, const std::string& county_id, const std::string& id);
// Throws store::NotFound (→ 404) when the county has no such account.
Account get(Tx& tx, const std::string& county_id, const std::string& id);

void set_display_name(Tx& tx, const std::string& id, const std::string& name,
                      const std::string& now);
void set_active(Tx& tx, const std::string& id, bool active, const std::string& now);
void set_password(Tx& tx, const std::string& id, const std::string& password_hash,
                  bool must_change_password, const std::string& now);

// A grant to store: the role, and the unit id it is limited to ("" = county-wide).
struct NewRole {
  std::string role;
  std::string unit_id;
};
// Replaces every grant of the user by `roles`.
void replace_roles(Tx& tx, const std::string& county_id, const std::string& user_id,
                   const std::vector<NewRole>& roles);

// ---- logging in

struct Login {
  std::string id;
  std::string county_id;
  std::string password_hash;
};
// The active account of that username (nullopt: none, or deactivated).
std::optional<Login> find_active_login(Tx& tx, const std::string& username);
// The active account of that id.
std::optional<Login> find_active_login_by_id(Tx& tx, const std::string& user_id);
// The account of that username, active or not (id and county only; no password hash).
std::optional<Login> find_by_username(Tx& tx, const std::string& username);

// Ends the user's sessions; all but the one whose token hash is `except_token_hash` when given.
void end_sessions(Tx& tx, const std::string& user_id,
                  const std::optional<std::string>& except_token_hash = std::nullopt);

}  // namespace soku::store::users
