// security/access.h — the one access-policy function of soku (access.md, asiakastietolaki 703/2023).
//
// authorize() is pure: it sees who asks (Actor: roles per county and unit), what they want to do
// (Action) and, for client data, the facts computed from the database about this actor and this
// client (ClientFacts: never taken from the request). It answers allow or deny, and when it allows,
// the relationship that allowed it (written into the audit entry). Deny by default; an exception
// inside it denies. api/ reaches client data only through api/access.cpp, which computes the facts,
// calls authorize() and appends the audit entry.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace soku::security {

enum class Role {
  social_worker,
  social_counsellor,
  group_instructor,
  experience_expert,
  manager,
  analyst,
  admin,
  auditor,
};
inline constexpr Role kAllRoles[] = {Role::social_worker,     Role::social_counsellor,
                                     Role::group_instructor,  Role::experience_expert,
                                     Role::manager,           Role::analyst,
                                     Role::admin,             Role::auditor};
std::string_view to_string(Role role);
std::optional<Role> role_from_string(std::string_view name);

// How the actor stands to one client. Computed, never trusted from the request.
enum class Relationship {
  none,
  key_worker,               // named key worker of an open service period
  decision_maker,           // made or is preparing a decision for the client
  case_worker,              // registered the client, or recorded work on the case in 24 months
  group_instructor,         // instructs a group the client is enrolled in
  group_peer,               // experience expert co-instructing such a group
  unit_member_with_reason,  // works in the client's unit and recorded a reason (time-limited)
  unit_manager,             // manager of the client's unit (caseload and phase only)
  self,                     // the client, through the portal
};
inline constexpr Relationship kAllRelationships[] = {
    Relationship::none,           Relationship::key_worker,       Relationship::decision_maker,
    Relationship::case_worker,    Relationship::group_instructor, Relationship::group_peer,
    Relationship::unit_member_with_reason, Relationship::unit_manager, Relationship::self};
std::string_view to_string(Relationship relationship);

enum class Action {
  // about one client (need ClientFacts)
  client_read,            // the record: identity, contact, languages, plan, meetings, documents
  client_read_sensitive,  // safety notes and free-text notes
  client_update,          // change the record or add to it (referral, plan, meeting, …)
  client_decide,          // make a decision (decision authority)
  client_read_group,      // group data: first name, group goals, attendance
  client_read_attendance, // first name and attendance only
  caseload_read,          // appears in a caseload list with phase and deadline
  // not about one client (ClientFacts ignored, may be null)
  client_search,          // search the register (name, masked code)
  client_create,          // register a new client
  audit_read,             // access and disclosure logs
  admin_read,
  admin_write,            // users, units, municipalities, code lists
  report_read,            // aggregates
  caseload_view,          // the caseload view of own units (workers × clients × phase)
};
inline constexpr Action kAllActions[] = {
    Action::client_read,       Action::client_read_sensitive, Action::client_update,
    Action::client_decide,     Action::client_read_group,     Action::client_read_attendance,
    Action::caseload_read,     Action::client_search,         Action::client_create,
    Action::audit_read,        Action::admin_read,            Action::admin_write,
    Action::report_read,       Action::caseload_view};
std::string_view to_string(Action action);
bool is_client_action(Action action);

struct RoleGrant {
  Role role;
  std::string county_id;
  std::optional<std::string> unit_id;  // empty: the role holds in every unit of the county
};

struct Actor {
  std::string user_id;
  std::vector<RoleGrant> grants;
  [[nodiscard]] bool has_role(Role role, std::string_view county_id) const;
  [[nodiscard]] bool has_role_in_unit(Role role, std::string_view county_id,
                                      const std::optional<std::string>& unit_id) const;
};

// What the database says about this actor and this client.
struct ClientFacts {
  std::string county_id;
  std::optional<std::string> unit_id;        // the client's responsible unit
  std::vector<Relationship> relationships;   // relationships found (excluding unit_manager,
                                             // which authorize() derives from the grants)
};

struct Decision {
  bool allowed = false;
  Relationship relationship = Relationship::none;  // what allowed it (none when denied)
  std::string rule;                                 // short reason, for logs and tests
};

// `county_id` is the county the request acts in (the client's county for client actions).
Decision authorize(const Actor& actor, Action action, std::string_view county_id,
                   const ClientFacts* client) noexcept;

}  // namespace soku::security
