// api/accounts.cpp — user creation and role grants: the rules are domain/accounts.h, the queries
// store/queries/users.h; this file turns them into 409/422 problems and audit entries.
#include "api/accounts.h"

#include "common/time.h"
#include "security/audit_log.h"
#include "security/crypto.h"
#include "security/password.h"
#include "store/queries/organisation.h"
#include "store/queries/users.h"

namespace soku::api {

using http::Problem;

void throw_if_problems(const std::vector<domain::FieldProblem>& problems,
                       std::vector<http::FieldError> more) {
  std::vector<http::FieldError> errors;
  for (const auto& p : problems) errors.push_back({p.field, p.message});
  for (auto& e : more) errors.push_back(std::move(e));
  if (!errors.empty()) throw Problem::invalid(std::move(errors));
}

security::AuditEntry account_entry(const AccountActor& actor, const std::string& county_id,
                                   const std::string& subject_id, const AccountEvent& event) {
  security::AuditEntry e;
  e.county_id = county_id;
  e.actor_id = actor.id;
  e.actor_role = actor.role;
  e.client_id = "";
  e.resource_type = "user";
  e.resource_id = subject_id;
  e.action = event.action;
  e.relationship = "none";
  e.reason = event.reason;
  e.request_id = actor.request_id;
  e.outcome = "allowed";
  return e;
}

void audit_account_events(security::AuditLog& log, const AccountActor& actor,
                          const std::string& county_id, const std::string& subject_id,
                          const std::vector<AccountEvent>& events) {
  std::vector<security::AuditEntry> entries;
  entries.reserve(events.size());
  for (const auto& ev : events) entries.push_back(account_entry(actor, county_id, subject_id, ev));
  log.append(std::move(entries));
}

std::vector<AccountEvent> set_roles(store::Tx& tx, const std::string& county_id,
                                    const std::string& user_id,
                                    const std::vector<RoleSpec>& roles) {
  // Resolve the unit references (ids or codes of the county), then let the domain judge.
  std::vector<domain::GrantRequest> requests;
  std::vector<domain::Grant> requested;
  for (const auto& spec : roles) {
    const bool named = spec.unit_code && !spec.unit_code->empty();
    const auto unit =
        named ? store::organisation::find_unit_ref(tx, county_id, *spec.unit_code) : std::nullopt;
    requests.push_back({spec.role, named, unit.has_value()});
    requested.push_back({spec.role, unit ? unit->id : "", unit ? unit->code : ""});
  }
  throw_if_problems(domain::grant_problems(requests));
  std::vector<domain::Grant> before;
  for (const auto& g : store::users::roles(tx, user_id)) {
    before.push_back({g.role, g.unit_id.value_or(""), g.unit_code});
  }
  const auto diff = domain::diff_grants(before, requested);
  std::vector<store::users::NewRole> after;
  for (const auto& g : diff.after) after.push_back({g.role, g.unit_id});
  store::users::replace_roles(tx, county_id, user_id, after);
  std::vector<AccountEvent> events;
  for (const auto& c : diff.changes) events.push_back({c.action, c.reason});
  return events;
}

std::string create_user(store::Database& db, const NewUser& user, security::AuditLog* audit,
                        const AccountActor& actor) {
  std::vector<http::FieldError> password_errors;
  if (auto why = security::password_policy_error(user.password); !why.empty()) {
    password_errors.push_back({"password", why});
  }
  throw_if_problems(domain::new_account_problems(user.username, user.display_name),
                    std::move(password_errors));
  const std::string hash = security::hash_password(user.password);  // slow: outside the tx
  const std::string id = security::new_id();
  std::vector<AccountEvent> events;
  try {
    db.write([&](store::Tx& tx) {
      store::users::insert(tx, {.id = id,
                                .county_id = user.county_id,
                                .username = user.username,
                                .display_name = user.display_name,
                                .password_hash = hash,
                                .must_change_password = user.temporary_password,
                                .created_at = time::now_iso()});
      events = {{"create", "username " + user.username +
                               (user.temporary_password ? ", temporary password" : "")}};
      for (auto& ev : set_roles(tx, user.county_id, id, user.roles))
        events.push_back(std::move(ev));
    });
  } catch (const store::UniqueViolation&) {
    throw Problem::conflict("duplicate", "The username is taken.",
                            {{"username", "is already taken"}});
  }
  // After the commit (the audit log commits in its own transaction); before anyone is told.
  if (audit != nullptr) audit_account_events(*audit, actor, user.county_id, id, events);
  return id;
}

}  // namespace soku::api
