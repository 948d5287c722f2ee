// domain/accounts.cpp — see accounts.h.
#include "domain/accounts.h"

#include <map>
#include <set>
#include <utility>

#include "security/access.h"

namespace soku::domain {

bool valid_username(std::string_view s) {
  if (s.size() < 3 || s.size() > 64) return false;
  for (char c : s) {
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.')) {
      return false;
    }
  }
  return true;
}

std::vector<FieldProblem> new_account_problems(std::string_view username,
                                               std::string_view display_name) {
  std::vector<FieldProblem> out;
  if (!valid_username(username)) {
    out.push_back({"username", "3–64 characters: letters, digits, '-', '_' and '.'"});
  }
  if (display_name.empty() || display_name.size() > 120) {
    out.push_back({"display_name", "is required (at most 120 characters)"});
  }
  return out;
}

std::vector<FieldProblem> grant_problems(const std::vector<GrantRequest>& grants) {
  std::vector<FieldProblem> out;
  if (grants.empty()) out.push_back({"roles", "at least one role is required"});
  for (std::size_t i = 0; i < grants.size(); ++i) {
    const std::string field = "roles[" + std::to_string(i) + "]";
    if (!security::role_from_string(grants[i].role)) {
      out.push_back({field + ".role", "is not a role"});
    }
    if (grants[i].unit_named && !grants[i].unit_found) {
      out.push_back({field + ".unit", "is not a unit of the county"});
    }
  }
  return out;
}

std::string grant_label(const Grant& g) {
  std::string s = "role " + g.role;
  if (g.unit_id.empty()) return s + ", county-wide";
  return s + ", unit " + (g.unit_code.empty() ? g.unit_id : g.unit_code);
}

GrantDiff diff_grants(const std::vector<Grant>& before, const std::vector<Grant>& requested) {
  using Key = std::pair<std::string, std::string>;  // (role, unit id or "")
  std::map<Key, const Grant*> held;
  for (const auto& g : before) held.emplace(Key{g.role, g.unit_id}, &g);
  std::map<Key, const Grant*> kept;
  GrantDiff out;
  for (const auto& g : requested) {
    const Key key{g.role, g.unit_id};
    if (!kept.emplace(key, &g).second) continue;  // the same grant twice counts once
    if (!held.count(key)) out.changes.push_back({"role_grant", grant_label(g)});
  }
  for (const auto& [key, g] : held) {
    if (!kept.count(key)) out.changes.push_back({"role_revoke", grant_label(*g)});
  }
  for (const auto& [key, g] : kept) out.after.push_back(*g);
  return out;
}

SelfEditRefusal self_edit_refusal(bool self, std::optional<bool> active, bool sets_password) {
  if (!self) return SelfEditRefusal::none;
  if (active && !*active) return SelfEditRefusal::deactivate_self;
  if (sets_password) return SelfEditRefusal::set_own_password;
  return SelfEditRefusal::none;
}

bool self_role_change_refused(bool self, std::size_t changes) { return self && changes > 0; }

std::optional<std::string> activity_event(bool was_active, bool active) {
  if (active == was_active) return std::nullopt;
  return active ? "reactivate" : "deactivate";
}

bool must_change_password(PasswordChosenBy by) { return by == PasswordChosenBy::someone_else; }

bool ends_sessions(std::optional<bool> active, bool password_set) {
  return (active && !*active) || password_set;
}

std::optional<std::string> new_password_problem(std::string_view current, std::string_view next,
                                                std::string_view policy_error) {
  if (!policy_error.empty()) return std::string(policy_error);
  if (next == current) return "must differ from the current password";
  return std::nullopt;
}

}  // namespace soku::domain
