// domain/accounts.h — the rules of user accounts, as pure functions: what a valid username, display
// name and role grant is, what a change of grants amounts to (for the audit log), what nobody may
// do to their own account through the admin route, and that a password someone else chose is
// temporary. No store, no http: api/accounts.cpp and api/users_api.cpp turn the results into
// 403/422 problems and store calls.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/field_problem.h"

namespace soku::domain {

// 3–64 characters: ASCII letters, digits, '-', '_' and '.'.
bool valid_username(std::string_view s);

// The problems of a new account's username and display name (password policy: security/).
std::vector<FieldProblem> new_account_problems(std::string_view username,
                                               std::string_view display_name);

// One requested grant: a role name and the unit it is limited to. `unit_named`: a unit reference
// was given; `unit_found`: it names a unit of the county.
struct GrantRequest {
  std::string role;
  bool unit_named = false;
  bool unit_found = false;
};

// The problems of a requested set of grants ("roles", "roles[i].role", "roles[i].unit"): at least
// one grant, each of a role soku knows (security/access.h), each unit named being of the county.
std::vector<FieldProblem> grant_problems(const std::vector<GrantRequest>& grants);

// A grant as stored: a role, county-wide (unit_id "") or limited to a unit (its id and code).
struct Grant {
  std::string role;
  std::string unit_id;    // "" for a county-wide grant
  std::string unit_code;  // "" for a county-wide grant
};

// How the audit log names a grant: "role <role>, county-wide" or "role <role>, unit <code>".
std::string grant_label(const Grant& g);

struct GrantChange {
  std::string action;  // role_grant | role_revoke
  std::string reason;  // grant_label of the grant
};

// Replacing `before` by `requested`: the set to store (requested, each (role, unit) once, sorted by
// role and unit id), and the changes: one role_grant per requested grant not held before (in the
// order requested) then one role_revoke per grant held before and not requested (sorted).
struct GrantDiff {
  std::vector<Grant> after;
  std::vector<GrantChange> changes;
};
GrantDiff diff_grants(const std::vector<Grant>& before, const std::vector<Grant>& requested);

// What an admin may not do to their own account through PATCH /users/{id}: deactivate it (422 on
// "active") or set its password (403: that is PUT /me/password, which asks for the current one).
enum class SelfEditRefusal { none, deactivate_self, set_own_password };
SelfEditRefusal self_edit_refusal(bool self, std::optional<bool> active, bool sets_password);

// Nobody changes their own roles (an admin could otherwise grant themself client access): a
// change of grants on one's own account is refused (and audited as denied) when it changes anything
// (`changes`: how many grants it adds or removes; re-sending the same set is no change).
bool self_role_change_refused(bool self, std::size_t changes);

// The account event of setting `active` on an account that was `was_active`: "deactivate",
// "reactivate", or nullopt when nothing changes.
std::optional<std::string> activity_event(bool was_active, bool active);

// Who chose a password: the account holder themself, or someone else (an admin, an operator at
// the command line). A password someone else chose is temporary: its holder must set their own
// before anything else (the pipeline's password-change-required gate).
enum class PasswordChosenBy { holder, someone_else };
bool must_change_password(PasswordChosenBy by);

// Deactivating an account or setting a new password for it ends every open session of it.
bool ends_sessions(std::optional<bool> active, bool password_set);

// The problem with a holder's new password (field "new_password"), given what the password policy
// said of it ("" = acceptable): the policy's objection, else that it must differ from the current.
std::optional<std::string> new_password_problem(std::string_view current, std::string_view next,
                                                std::string_view policy_error);

}  // namespace soku::domain
