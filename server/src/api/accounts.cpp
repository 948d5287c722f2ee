// api/accounts.cpp — user creation and role grants.
#include "api/accounts.h"

#include <map>
#include <set>

#include "common/time.h"
#include "security/access.h"
#include "security/audit_log.h"
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
  std::vector<std::optional<std::string>> unit_ids;
  auto errors = check_roles(tx, county_id, roles, unit_ids);
  if (!errors.empty()) throw Problem::invalid(std::move(errors));
  // A grant as the audit log names it: the role and the unit's code (or county-wide).
  const auto label = [&tx](const std::string& role, const std::optional<std::string>& unit_id) {
    std::string s = "role " + role;
    if (!unit_id) return s + ", county-wide";
    const auto u = tx.exec("SELECT code FROM units WHERE id = $1", {*unit_id});
    return s + ", unit " + (u.empty() ? *unit_id : u.rows[0].str(0));
  };
  std::set<std::pair<std::string, std::string>> before;  // (role, unit id or "")
  std::map<std::pair<std::string, std::string>, std::string> before_label;
  for (const auto& r :
       tx.exec("SELECT role, unit_id FROM user_roles WHERE user_id = $1", {user_id}).rows) {
    const std::pair<std::string, std::string> key{r.str(0), r.str(1)};
    before.insert(key);
    before_label[key] = label(r.str(0), r.opt_str(1));
  }
  std::set<std::pair<std::string, std::string>> after;
  std::vector<AccountEvent> events;
  for (std::size_t i = 0; i < roles.size(); ++i) {
    const std::pair<std::string, std::string> key{roles[i].role, unit_ids[i].value_or("")};
    if (!after.insert(key).second) continue;  // the same grant twice counts once
    if (!before.count(key)) events.push_back({"role_grant", label(roles[i].role, unit_ids[i])});
  }
  for (const auto& key : before) {
    if (!after.count(key)) events.push_back({"role_revoke", before_label[key]});
  }
  tx.exec("DELETE FROM user_roles WHERE user_id = $1", {user_id});
  for (const auto& [role, unit] : after) {
    tx.exec(
        "INSERT INTO user_roles (id, county_id, user_id, role, unit_id) VALUES ($1,$2,$3,$4,$5)",
        {security::new_id(), county_id, user_id, role,
         unit.empty() ? store::Value(nullptr) : store::Value(unit)});
  }
  return events;
}

std::string create_user(store::Database& db, const NewUser& user, security::AuditLog* audit,
                        const AccountActor& actor) {
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
  std::vector<AccountEvent> events;
  try {
    db.write([&](store::Tx& tx) {
      const std::string now = time::now_iso();
      tx.exec(
          "INSERT INTO users (id, county_id, username, display_name, password_hash, active, "
          "must_change_password, created_at, updated_at) VALUES ($1,$2,$3,$4,$5,1,$6,$7,$7)",
          {id, user.county_id, user.username, user.display_name, hash,
           std::int64_t{user.temporary_password ? 1 : 0}, now});
      events = {{"create", "username " + user.username +
                               (user.temporary_password ? ", temporary password" : "")}};
      for (auto& ev : set_roles(tx, user.county_id, id, user.roles)) events.push_back(std::move(ev));
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
