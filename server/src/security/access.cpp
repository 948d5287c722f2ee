// security/access.cpp — the one access-policy function of soku (access.md): who may do what with
// which client's data. Pure and deny-by-default: a request is allowed only by a rule written out
// below, and any exception denies. Relationships come from ClientFacts (computed from the
// database), except unit_manager: that is derived here from the grants, never taken from facts.
#include "security/access.h"

#include <algorithm>
#include <string>
#include <utility>

namespace soku::security {

// ---- names -------------------------------------------------------------------------------------

std::string_view to_string(Role role) {
  switch (role) {
    case Role::social_worker:
      return "social_worker";
    case Role::social_counsellor:
      return "social_counsellor";
    case Role::group_instructor:
      return "group_instructor";
    case Role::experience_expert:
      return "experience_expert";
    case Role::manager:
      return "manager";
    case Role::analyst:
      return "analyst";
    case Role::admin:
      return "admin";
    case Role::auditor:
      return "auditor";
  }
  return "unknown";
}

std::optional<Role> role_from_string(std::string_view name) {
  for (const Role role : kAllRoles) {
    if (to_string(role) == name) return role;
  }
  return std::nullopt;
}

std::string_view to_string(Relationship relationship) {
  switch (relationship) {
    case Relationship::none:
      return "none";
    case Relationship::key_worker:
      return "key_worker";
    case Relationship::decision_maker:
      return "decision_maker";
    case Relationship::case_worker:
      return "case_worker";
    case Relationship::group_instructor:
      return "group_instructor";
    case Relationship::group_peer:
      return "group_peer";
    case Relationship::unit_member_with_reason:
      return "unit_member_with_reason";
    case Relationship::unit_manager:
      return "unit_manager";
    case Relationship::self:
      return "self";
  }
  return "unknown";
}

std::string_view to_string(Action action) {
  switch (action) {
    case Action::client_read:
      return "client_read";
    case Action::client_read_sensitive:
      return "client_read_sensitive";
    case Action::client_update:
      return "client_update";
    case Action::client_decide:
      return "client_decide";
    case Action::client_read_group:
      return "client_read_group";
    case Action::client_read_attendance:
      return "client_read_attendance";
    case Action::caseload_read:
      return "caseload_read";
    case Action::client_search:
      return "client_search";
    case Action::client_create:
      return "client_create";
    case Action::audit_read:
      return "audit_read";
    case Action::admin_read:
      return "admin_read";
    case Action::admin_write:
      return "admin_write";
    case Action::report_read:
      return "report_read";
    case Action::caseload_view:
      return "caseload_view";
  }
  return "unknown";
}

bool is_client_action(Action action) {
  switch (action) {
    case Action::client_read:
    case Action::client_read_sensitive:
    case Action::client_update:
    case Action::client_decide:
    case Action::client_read_group:
    case Action::client_read_attendance:
    case Action::caseload_read:
      return true;
    case Action::client_search:
    case Action::client_create:
    case Action::audit_read:
    case Action::admin_read:
    case Action::admin_write:
    case Action::report_read:
    case Action::caseload_view:
      return false;
  }
  return false;
}

// ---- the actor's grants ------------------------------------------------------------------------

bool Actor::has_role(Role role, std::string_view county_id) const {
  if (county_id.empty()) return false;
  return std::any_of(grants.begin(), grants.end(), [&](const RoleGrant& grant) {
    return grant.role == role && grant.county_id == county_id;
  });
}

// A county-wide grant (no unit) holds in every unit of its county, and for a client without a
// unit. A unit-scoped grant holds only in that unit. An empty unit string never matches: it is
// treated as a data error, not as "every unit".
bool Actor::has_role_in_unit(Role role, std::string_view county_id,
                             const std::optional<std::string>& unit_id) const {
  if (county_id.empty()) return false;
  return std::any_of(grants.begin(), grants.end(), [&](const RoleGrant& grant) {
    if (grant.role != role || grant.county_id != county_id) return false;
    if (!grant.unit_id.has_value()) return true;
    return unit_id.has_value() && !unit_id->empty() && *grant.unit_id == *unit_id;
  });
}

// ---- the policy --------------------------------------------------------------------------------

namespace {

// Roles that may perform an action that is not about one client, in the order used to name the
// rule in the Decision.
bool role_allows(Action action, Role role) {
  switch (action) {
    case Action::client_search:
      // Not a manager: search leads to records, and a manager reads none (issue 8); a manager's
      // list is the caseload view (caseload_view).
      return role == Role::social_worker || role == Role::social_counsellor;
    case Action::caseload_view:
      return role == Role::manager;
    case Action::client_create:
      return role == Role::social_worker || role == Role::social_counsellor;
    case Action::audit_read:
      return role == Role::auditor;
    case Action::admin_read:
    case Action::admin_write:
      return role == Role::admin;
    case Action::report_read:
      return role == Role::manager || role == Role::analyst || role == Role::social_worker ||
             role == Role::social_counsellor;
    default:
      return false;
  }
}

// The roles the actor holds in the request's county that matter for client data.
struct Standing {
  bool social_worker = false;
  bool social_counsellor = false;
  bool group_instructor = false;
  bool experience_expert = false;
  bool manager = false;
  [[nodiscard]] bool worker() const { return social_worker || social_counsellor; }
};

// The relationships through which a worker reaches the client record.
bool is_work_relationship(Relationship r) {
  return r == Relationship::key_worker || r == Relationship::decision_maker ||
         r == Relationship::case_worker || r == Relationship::unit_member_with_reason;
}

// Relationships on the case itself (not reason-based): needed for sensitive data.
bool is_case_relationship(Relationship r) {
  return r == Relationship::key_worker || r == Relationship::decision_maker ||
         r == Relationship::case_worker;
}

// Whether `relationship` lets an actor with `standing` perform a client action; returns the name
// of the rule that allows it, or an empty view when it does not.
std::string_view allowing_rule(Action action, Relationship relationship, const Standing& s) {
  switch (action) {
    case Action::client_read:
    case Action::client_update:
      return s.worker() && is_work_relationship(relationship) ? "worker" : "";
    case Action::client_read_sensitive:
      return s.worker() && is_case_relationship(relationship) ? "worker" : "";
    case Action::client_decide:
      return s.social_worker && is_work_relationship(relationship) ? "social_worker" : "";
    case Action::client_read_group: {
      const std::string_view as_read = allowing_rule(Action::client_read, relationship, s);
      if (!as_read.empty()) return as_read;
      if (relationship != Relationship::group_instructor) return "";
      if (s.group_instructor) return "group_instructor";
      return s.worker() ? "worker" : "";
    }
    case Action::client_read_attendance: {
      const std::string_view as_group = allowing_rule(Action::client_read_group, relationship, s);
      if (!as_group.empty()) return as_group;
      return relationship == Relationship::group_peer && s.experience_expert ? "experience_expert"
                                                                             : "";
    }
    case Action::caseload_read: {
      const std::string_view as_read = allowing_rule(Action::client_read, relationship, s);
      if (!as_read.empty()) return as_read;
      return relationship == Relationship::unit_manager && s.manager ? "manager" : "";
    }
    default:
      return "";
  }
}

// Strongest first: the Decision names the first relationship in this list that allows the action.
constexpr Relationship kPreference[] = {Relationship::key_worker,
                                        Relationship::decision_maker,
                                        Relationship::case_worker,
                                        Relationship::group_instructor,
                                        Relationship::group_peer,
                                        Relationship::unit_manager,
                                        Relationship::unit_member_with_reason};

bool facts_contain(const ClientFacts& client, Relationship relationship) {
  return std::find(client.relationships.begin(), client.relationships.end(), relationship) !=
         client.relationships.end();
}

Decision deny(std::string rule) {
  Decision decision;
  decision.rule = std::move(rule);
  return decision;
}

Decision allow(Relationship relationship, std::string rule) {
  Decision decision;
  decision.allowed = true;
  decision.relationship = relationship;
  decision.rule = std::move(rule);
  return decision;
}

Decision authorize_other(const Actor& actor, Action action, std::string_view county_id) {
  for (const Role role : kAllRoles) {
    if (role_allows(action, role) && actor.has_role(role, county_id)) {
      return allow(Relationship::none, "role:" + std::string(to_string(role)));
    }
  }
  return deny("deny:no role");
}

// The client through the portal: an actor without any staff grant. ClientFacts carries `self`
// only when the portal identity is this client's.
Decision authorize_portal(const Actor& actor, Action action, const ClientFacts& client) {
  if (actor.user_id.empty() || !facts_contain(client, Relationship::self)) {
    return deny("deny:no relationship");
  }
  if (action == Action::client_read || action == Action::client_read_group) {
    return allow(Relationship::self, "portal+self");
  }
  return deny("deny:portal");
}

Decision authorize_staff(const Actor& actor, Action action, std::string_view county_id,
                         const ClientFacts& client) {
  Standing s;
  s.social_worker = actor.has_role(Role::social_worker, county_id);
  s.social_counsellor = actor.has_role(Role::social_counsellor, county_id);
  s.group_instructor = actor.has_role(Role::group_instructor, county_id);
  s.experience_expert = actor.has_role(Role::experience_expert, county_id);
  s.manager = actor.has_role(Role::manager, county_id);

  const bool worker_in_unit =
      actor.has_role_in_unit(Role::social_worker, county_id, client.unit_id) ||
      actor.has_role_in_unit(Role::social_counsellor, county_id, client.unit_id);
  const bool manager_of_unit = actor.has_role_in_unit(Role::manager, county_id, client.unit_id);

  for (const Relationship relationship : kPreference) {
    bool holds = false;
    switch (relationship) {
      case Relationship::unit_manager:
        holds = manager_of_unit;  // from the grants only; a fact claiming it is ignored
        break;
      case Relationship::unit_member_with_reason:
        holds = worker_in_unit && facts_contain(client, relationship);
        break;
      default:
        holds = facts_contain(client, relationship);
        break;
    }
    if (!holds) continue;
    const std::string_view rule = allowing_rule(action, relationship, s);
    if (!rule.empty()) {
      return allow(relationship, std::string(rule) + "+" + std::string(to_string(relationship)));
    }
  }
  return deny("deny:no relationship");
}

}  // namespace

Decision authorize(const Actor& actor, Action action, std::string_view county_id,
                   const ClientFacts* client) noexcept {
  try {
    if (county_id.empty()) return deny("deny:no county");
    if (!is_client_action(action)) return authorize_other(actor, action, county_id);
    if (client == nullptr) return deny("deny:no facts");
    if (client->county_id != county_id) return deny("deny:county");
    if (actor.grants.empty()) return authorize_portal(actor, action, *client);
    return authorize_staff(actor, action, county_id, *client);
  } catch (...) {
    Decision denied;  // "deny:error" fits the small-string buffer: no allocation here
    denied.rule = "deny:error";
    return denied;
  }
}

}  // namespace soku::security
