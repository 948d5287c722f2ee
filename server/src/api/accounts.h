// api/accounts.h — creating users and their role grants; shared by the admin API, `soku user add`
// and the demo seed so that all three enforce the same rules.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/accounts.h"
#include "http/message.h"
#include "security/audit.h"
#include "store/db.h"

namespace soku::security {
class AuditLog;
}

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
  // A password chosen by someone else (the admin API, `soku user add`) is temporary: the user
  // must set their own at first login. The demo seed leaves it false so demo logins work.
  bool temporary_password = false;
};

// Who changed an account, for its audit entries: a logged-in admin (their id and roles), the
// command line (id "", role "cli"), the demo seed (id "", role "demo-seed") or nobody (the login
// throttle: id "", role "").
struct AccountActor {
  std::string id;
  std::string role;
  std::string request_id;
};

// An account event (action, reason) not yet in the audit log: create, role_grant, role_revoke,
// password_set, password_change, deactivate, reactivate, login_locked.
struct AccountEvent {
  std::string action;
  std::string reason;  // e.g. "role social_worker, unit jarvi-pohjanmaa"
};

// The audit entry of an account event: resource_type "user", resource_id the account concerned,
// client_id "", county_id the account's county. The hash format is that of every other entry.
security::AuditEntry account_entry(const AccountActor& actor, const std::string& county_id,
                                   const std::string& subject_id, const AccountEvent& event);
// Appends the entries of `events` (in order); blocks until durable.
void audit_account_events(security::AuditLog& log, const AccountActor& actor,
                          const std::string& county_id, const std::string& subject_id,
                          const std::vector<AccountEvent>& events);

// Validates (422 with field errors), hashes the password, inserts. Unit references may be unit ids
// or unit codes of the county. Returns the new user's id; 409 when the username exists. With an
// audit log, appends "create" and one "role_grant" per role by `actor` before returning.
std::string create_user(store::Database& db, const NewUser& user,
                        security::AuditLog* audit = nullptr, const AccountActor& actor = {});
// Replaces a user's grants (validated as in create_user: 422 naming roles[i]). Returns what
// changed (domain::diff_grants): one role_grant per grant that is new and one role_revoke per grant
// that is gone (an unchanged set: none).
std::vector<AccountEvent> set_roles(store::Tx& tx, const std::string& county_id,
                                    const std::string& user_id, const std::vector<RoleSpec>& roles);
// The 422 of a list of domain field problems (nothing when the list is empty).
void throw_if_problems(const std::vector<domain::FieldProblem>& problems,
                       std::vector<http::FieldError> more = {});

}  // namespace soku::api
