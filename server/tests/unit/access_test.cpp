// access_test.cpp — the access policy (access.md), tested from the rules and not from the code:
// an exhaustive role × relationship × action table written out by hand below, then the cases the
// table cannot show (county, unit scope, missing facts, preference order, several roles, portal).
#include "security/access.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <initializer_list>
#include <iterator>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace soku::security {
namespace {

using A = Action;
using R = Role;
using Rel = Relationship;

// ---- the expected table ------------------------------------------------------------------------
//
// One row for every role × action: the relationships that allow it for an actor holding only that
// role, granted in county "c1" unit "u1", looking at a client of "c1"/"u1".
//   "rel"        the relationship allows, and the Decision names it
//   "rel>shown"  the relationship allows, and the Decision names `shown`
//   "*>shown"    allowed whatever the relationship; the Decision names `shown`
//   ""           denied whatever the relationship
// A manager is unit_manager of every client of its unit (derived from the grant), so a manager's
// caseload_read does not depend on the facts. `self` in the facts never helps a staff actor.
constexpr const char* kWork = "key_worker decision_maker case_worker unit_member_with_reason";
constexpr const char* kCase = "key_worker decision_maker case_worker";
constexpr const char* kWorkAndGroup =
    "key_worker decision_maker case_worker unit_member_with_reason group_instructor";
constexpr const char* kAny = "*>none";

const std::map<std::pair<Role, Action>, std::string>& expected_table() {
  static const std::map<std::pair<Role, Action>, std::string> table = {
      // social_worker: a worker who may also decide
      {{R::social_worker, A::client_read}, kWork},
      {{R::social_worker, A::client_read_sensitive}, kCase},
      {{R::social_worker, A::client_update}, kWork},
      {{R::social_worker, A::client_decide}, kWork},
      {{R::social_worker, A::client_read_group}, kWorkAndGroup},
      {{R::social_worker, A::client_read_attendance}, kWorkAndGroup},
      {{R::social_worker, A::caseload_read}, kWork},
      {{R::social_worker, A::client_search}, kAny},
      {{R::social_worker, A::client_create}, kAny},
      {{R::social_worker, A::audit_read}, ""},
      {{R::social_worker, A::admin_read}, ""},
      {{R::social_worker, A::admin_write}, ""},
      {{R::social_worker, A::report_read}, kAny},
      {{R::social_worker, A::caseload_view}, ""},
      // social_counsellor: a worker without decision authority
      {{R::social_counsellor, A::client_read}, kWork},
      {{R::social_counsellor, A::client_read_sensitive}, kCase},
      {{R::social_counsellor, A::client_update}, kWork},
      {{R::social_counsellor, A::client_decide}, ""},
      {{R::social_counsellor, A::client_read_group}, kWorkAndGroup},
      {{R::social_counsellor, A::client_read_attendance}, kWorkAndGroup},
      {{R::social_counsellor, A::caseload_read}, kWork},
      {{R::social_counsellor, A::client_search}, kAny},
      {{R::social_counsellor, A::client_create}, kAny},
      {{R::social_counsellor, A::audit_read}, ""},
      {{R::social_counsellor, A::admin_read}, ""},
      {{R::social_counsellor, A::admin_write}, ""},
      {{R::social_counsellor, A::report_read}, kAny},
      {{R::social_counsellor, A::caseload_view}, ""},
      // group_instructor: group data of own groups' participants only
      {{R::group_instructor, A::client_read}, ""},
      {{R::group_instructor, A::client_read_sensitive}, ""},
      {{R::group_instructor, A::client_update}, ""},
      {{R::group_instructor, A::client_decide}, ""},
      {{R::group_instructor, A::client_read_group}, "group_instructor"},
      {{R::group_instructor, A::client_read_attendance}, "group_instructor"},
      {{R::group_instructor, A::caseload_read}, ""},
      {{R::group_instructor, A::client_search}, ""},
      {{R::group_instructor, A::client_create}, ""},
      {{R::group_instructor, A::audit_read}, ""},
      {{R::group_instructor, A::admin_read}, ""},
      {{R::group_instructor, A::admin_write}, ""},
      {{R::group_instructor, A::report_read}, ""},
      {{R::group_instructor, A::caseload_view}, ""},
      // experience_expert: first name and attendance in own groups
      {{R::experience_expert, A::client_read}, ""},
      {{R::experience_expert, A::client_read_sensitive}, ""},
      {{R::experience_expert, A::client_update}, ""},
      {{R::experience_expert, A::client_decide}, ""},
      {{R::experience_expert, A::client_read_group}, ""},
      {{R::experience_expert, A::client_read_attendance}, "group_peer"},
      {{R::experience_expert, A::caseload_read}, ""},
      {{R::experience_expert, A::client_search}, ""},
      {{R::experience_expert, A::client_create}, ""},
      {{R::experience_expert, A::audit_read}, ""},
      {{R::experience_expert, A::admin_read}, ""},
      {{R::experience_expert, A::admin_write}, ""},
      {{R::experience_expert, A::report_read}, ""},
      {{R::experience_expert, A::caseload_view}, ""},
      // manager: caseloads of own units, search, reports; no record without being a worker
      {{R::manager, A::client_read}, ""},
      {{R::manager, A::client_read_sensitive}, ""},
      {{R::manager, A::client_update}, ""},
      {{R::manager, A::client_decide}, ""},
      {{R::manager, A::client_read_group}, ""},
      {{R::manager, A::client_read_attendance}, ""},
      {{R::manager, A::caseload_read}, "*>unit_manager"},
      {{R::manager, A::client_search}, ""},
      {{R::manager, A::client_create}, ""},
      {{R::manager, A::audit_read}, ""},
      {{R::manager, A::admin_read}, ""},
      {{R::manager, A::admin_write}, ""},
      {{R::manager, A::report_read}, kAny},
      {{R::manager, A::caseload_view}, kAny},
      // analyst: aggregates only
      {{R::analyst, A::client_read}, ""},
      {{R::analyst, A::client_read_sensitive}, ""},
      {{R::analyst, A::client_update}, ""},
      {{R::analyst, A::client_decide}, ""},
      {{R::analyst, A::client_read_group}, ""},
      {{R::analyst, A::client_read_attendance}, ""},
      {{R::analyst, A::caseload_read}, ""},
      {{R::analyst, A::client_search}, ""},
      {{R::analyst, A::client_create}, ""},
      {{R::analyst, A::audit_read}, ""},
      {{R::analyst, A::admin_read}, ""},
      {{R::analyst, A::admin_write}, ""},
      {{R::analyst, A::report_read}, kAny},
      {{R::analyst, A::caseload_view}, ""},
      // admin: administration only
      {{R::admin, A::client_read}, ""},
      {{R::admin, A::client_read_sensitive}, ""},
      {{R::admin, A::client_update}, ""},
      {{R::admin, A::client_decide}, ""},
      {{R::admin, A::client_read_group}, ""},
      {{R::admin, A::client_read_attendance}, ""},
      {{R::admin, A::caseload_read}, ""},
      {{R::admin, A::client_search}, ""},
      {{R::admin, A::client_create}, ""},
      {{R::admin, A::audit_read}, ""},
      {{R::admin, A::admin_read}, kAny},
      {{R::admin, A::admin_write}, kAny},
      {{R::admin, A::report_read}, ""},
      {{R::admin, A::caseload_view}, ""},
      // auditor: the logs only
      {{R::auditor, A::client_read}, ""},
      {{R::auditor, A::client_read_sensitive}, ""},
      {{R::auditor, A::client_update}, ""},
      {{R::auditor, A::client_decide}, ""},
      {{R::auditor, A::client_read_group}, ""},
      {{R::auditor, A::client_read_attendance}, ""},
      {{R::auditor, A::caseload_read}, ""},
      {{R::auditor, A::client_search}, ""},
      {{R::auditor, A::client_create}, ""},
      {{R::auditor, A::audit_read}, kAny},
      {{R::auditor, A::admin_read}, ""},
      {{R::auditor, A::admin_write}, ""},
      {{R::auditor, A::report_read}, ""},
      {{R::auditor, A::caseload_view}, ""},
  };
  return table;
}

std::optional<Relationship> relationship_named(std::string_view name) {
  for (const Relationship r : kAllRelationships) {
    if (to_string(r) == name) return r;
  }
  return std::nullopt;
}

// Parses one table cell into: relationship held -> relationship the Decision must name.
std::map<Relationship, Relationship> parse_cell(const std::string& cell) {
  std::map<Relationship, Relationship> allowed;
  std::istringstream words(cell);
  std::string word;
  while (words >> word) {
    const auto arrow = word.find('>');
    const std::string held = word.substr(0, arrow);
    const std::string shown = arrow == std::string::npos ? held : word.substr(arrow + 1);
    const auto shown_rel = relationship_named(shown);
    if (!shown_rel) {
      ADD_FAILURE() << "bad relationship in table: " << shown;
      continue;
    }
    if (held == "*") {
      for (const Relationship r : kAllRelationships) allowed[r] = *shown_rel;
      continue;
    }
    const auto held_rel = relationship_named(held);
    if (!held_rel) {
      ADD_FAILURE() << "bad relationship in table: " << held;
      continue;
    }
    allowed[*held_rel] = *shown_rel;
  }
  return allowed;
}

// ---- builders ----------------------------------------------------------------------------------

RoleGrant grant(Role role, std::string county = "c1",
                std::optional<std::string> unit = std::string("u1")) {
  return RoleGrant{role, std::move(county), std::move(unit)};
}

Actor actor_with(std::initializer_list<RoleGrant> grants) {
  Actor actor;
  actor.user_id = "user-1";
  actor.grants = grants;
  return actor;
}

ClientFacts client_with(std::vector<Relationship> relationships, std::string county = "c1",
                        std::optional<std::string> unit = std::string("u1")) {
  ClientFacts facts;
  facts.county_id = std::move(county);
  facts.unit_id = std::move(unit);
  facts.relationships = std::move(relationships);
  return facts;
}

// The facts for "the client has relationship `rel` with the actor" in the exhaustive table.
// unit_manager is never a fact (it comes from the grant) and none is the absence of facts.
ClientFacts table_client(Relationship rel) {
  if (rel == Rel::none || rel == Rel::unit_manager) return client_with({});
  return client_with({rel});
}

std::vector<Relationship> all_fact_relationships() {
  return {Rel::key_worker, Rel::decision_maker,          Rel::case_worker,  Rel::group_instructor,
          Rel::group_peer, Rel::unit_member_with_reason, Rel::unit_manager, Rel::self};
}

std::string describe(Role role, Relationship rel, Action action) {
  return std::string(to_string(role)) + " × " + std::string(to_string(rel)) + " × " +
         std::string(to_string(action));
}

// ---- the exhaustive table ----------------------------------------------------------------------

TEST(AccessTable, CoversEveryRoleAndAction) {
  const auto& table = expected_table();
  EXPECT_EQ(table.size(), std::size(kAllRoles) * std::size(kAllActions));
  for (const Role role : kAllRoles) {
    for (const Action action : kAllActions) {
      EXPECT_EQ(table.count({role, action}), 1U) << to_string(role) << " " << to_string(action);
    }
  }
}

TEST(AccessTable, EveryRoleRelationshipAndAction) {
  int checked = 0;
  int allowed_count = 0;
  for (const Role role : kAllRoles) {
    for (const Action action : kAllActions) {
      const auto row = expected_table().find({role, action});
      ASSERT_NE(row, expected_table().end());
      const auto allowed = parse_cell(row->second);
      for (const Relationship rel : kAllRelationships) {
        const Actor actor = actor_with({grant(role)});
        const ClientFacts facts = table_client(rel);
        const Decision decision = authorize(actor, action, "c1", &facts);
        const auto expected = allowed.find(rel);
        ++checked;
        if (expected == allowed.end()) {
          EXPECT_FALSE(decision.allowed)
              << describe(role, rel, action) << " rule " << decision.rule;
          EXPECT_EQ(decision.relationship, Rel::none) << describe(role, rel, action);
        } else {
          ++allowed_count;
          EXPECT_TRUE(decision.allowed) << describe(role, rel, action) << " rule " << decision.rule;
          EXPECT_EQ(decision.relationship, expected->second)
              << describe(role, rel, action) << " named " << to_string(decision.relationship);
          EXPECT_FALSE(decision.rule.empty());
        }
      }
    }
  }
  EXPECT_EQ(checked, 8 * 9 * 14);  // roles × relationships × actions
  EXPECT_GT(allowed_count, 0);
}

// Non-client actions do not look at the facts: the same answers with none at all.
TEST(AccessTable, NonClientActionsWithoutFacts) {
  for (const Role role : kAllRoles) {
    for (const Action action : kAllActions) {
      if (is_client_action(action)) continue;
      const bool expected = !expected_table().at({role, action}).empty();
      const Decision decision = authorize(actor_with({grant(role)}), action, "c1", nullptr);
      EXPECT_EQ(decision.allowed, expected) << to_string(role) << " " << to_string(action);
      EXPECT_EQ(decision.relationship, Rel::none);
      if (expected) {
        EXPECT_EQ(decision.rule, "role:" + std::string(to_string(role)));
      }
    }
  }
}

// ---- county ------------------------------------------------------------------------------------

TEST(Access, OtherCountyIsDenied) {
  const Actor worker = actor_with({grant(R::social_worker, "c1", std::nullopt)});
  const ClientFacts other = client_with(all_fact_relationships(), "c2", "u1");
  for (const Action action : kAllActions) {
    // The request in the client's county, where the actor holds nothing.
    EXPECT_FALSE(authorize(worker, action, "c2", &other).allowed) << to_string(action);
    // The request claims the actor's county, but the client lives elsewhere.
    if (is_client_action(action)) {
      EXPECT_FALSE(authorize(worker, action, "c1", &other).allowed) << to_string(action);
    }
  }
  // Each staff role, for the non-client actions its row allows in c1, is denied in c2.
  for (const Role role : kAllRoles) {
    for (const Action action : kAllActions) {
      if (is_client_action(action)) continue;
      EXPECT_FALSE(authorize(actor_with({grant(role)}), action, "c2", nullptr).allowed)
          << to_string(role) << " " << to_string(action);
    }
  }
}

TEST(Access, EmptyCountyIsDenied) {
  Actor actor = actor_with({grant(R::social_worker, "", std::nullopt)});
  const ClientFacts facts = client_with({Rel::key_worker}, "", std::nullopt);
  for (const Action action : kAllActions) {
    EXPECT_FALSE(authorize(actor, action, "", &facts).allowed) << to_string(action);
  }
}

// ---- missing facts -----------------------------------------------------------------------------

TEST(Access, ClientActionWithoutFactsIsDenied) {
  Actor everything;
  everything.user_id = "user-1";
  for (const Role role : kAllRoles) everything.grants.push_back(grant(role, "c1", std::nullopt));
  Actor portal;
  portal.user_id = "portal-1";
  for (const Action action : kAllActions) {
    if (!is_client_action(action)) continue;
    const Decision decision = authorize(everything, action, "c1", nullptr);
    EXPECT_FALSE(decision.allowed) << to_string(action);
    EXPECT_EQ(decision.relationship, Rel::none);
    EXPECT_FALSE(authorize(portal, action, "c1", nullptr).allowed) << to_string(action);
  }
}

// ---- unit scope --------------------------------------------------------------------------------

TEST(Access, UnitGrantInAnotherUnitIgnoresReason) {
  const Actor worker = actor_with({grant(R::social_worker, "c1", "u2")});
  const ClientFacts reason = client_with({Rel::unit_member_with_reason}, "c1", "u1");
  for (const Action action : kAllActions) {
    if (!is_client_action(action)) continue;
    EXPECT_FALSE(authorize(worker, action, "c1", &reason).allowed) << to_string(action);
  }
  // A relationship on the case itself is not bound to the unit.
  const ClientFacts key = client_with({Rel::key_worker}, "c1", "u1");
  const Decision decision = authorize(worker, A::client_read, "c1", &key);
  EXPECT_TRUE(decision.allowed);
  EXPECT_EQ(decision.relationship, Rel::key_worker);
}

TEST(Access, ReasonNeedsAWorkerRoleInTheUnit) {
  // A manager or group instructor of the unit cannot read by recording a reason.
  const ClientFacts reason = client_with({Rel::unit_member_with_reason});
  for (const Role role : {R::manager, R::group_instructor, R::experience_expert, R::analyst}) {
    const Actor actor = actor_with({grant(role)});
    EXPECT_FALSE(authorize(actor, A::client_read, "c1", &reason).allowed) << to_string(role);
  }
  // Counsellor in the unit plus an unrelated worker grant elsewhere: the unit grant counts.
  const Actor mixed =
      actor_with({grant(R::social_counsellor, "c1", "u1"), grant(R::social_worker, "c1", "u9")});
  const Decision decision = authorize(mixed, A::client_read, "c1", &reason);
  EXPECT_TRUE(decision.allowed);
  EXPECT_EQ(decision.relationship, Rel::unit_member_with_reason);
}

TEST(Access, CountyWideGrantWorksInEveryUnit) {
  const Actor worker = actor_with({grant(R::social_worker, "c1", std::nullopt)});
  const Actor manager = actor_with({grant(R::manager, "c1", std::nullopt)});
  for (const char* unit : {"u1", "u2", "u77"}) {
    const ClientFacts reason = client_with({Rel::unit_member_with_reason}, "c1", unit);
    const Decision read = authorize(worker, A::client_read, "c1", &reason);
    EXPECT_TRUE(read.allowed) << unit;
    EXPECT_EQ(read.relationship, Rel::unit_member_with_reason);
    const ClientFacts nothing = client_with({}, "c1", unit);
    const Decision caseload = authorize(manager, A::caseload_read, "c1", &nothing);
    EXPECT_TRUE(caseload.allowed) << unit;
    EXPECT_EQ(caseload.relationship, Rel::unit_manager);
  }
}

TEST(Access, ClientWithoutUnitNeedsCountyWideGrant) {
  const ClientFacts reason = client_with({Rel::unit_member_with_reason}, "c1", std::nullopt);
  const ClientFacts nothing = client_with({}, "c1", std::nullopt);
  EXPECT_FALSE(
      authorize(actor_with({grant(R::social_worker)}), A::client_read, "c1", &reason).allowed);
  EXPECT_FALSE(
      authorize(actor_with({grant(R::manager)}), A::caseload_read, "c1", &nothing).allowed);
  EXPECT_TRUE(authorize(actor_with({grant(R::social_worker, "c1", std::nullopt)}), A::client_read,
                        "c1", &reason)
                  .allowed);
  EXPECT_TRUE(authorize(actor_with({grant(R::manager, "c1", std::nullopt)}), A::caseload_read, "c1",
                        &nothing)
                  .allowed);
}

TEST(Access, ManagerOfAnotherUnitSeesNoCaseload) {
  const Actor manager = actor_with({grant(R::manager, "c1", "u2")});
  const ClientFacts nothing = client_with({});
  EXPECT_FALSE(authorize(manager, A::caseload_read, "c1", &nothing).allowed);
}

TEST(Access, UnitManagerInTheFactsIsNotTrusted) {
  const ClientFacts claimed = client_with({Rel::unit_manager});
  for (const Role role : kAllRoles) {
    if (role == R::manager) continue;
    const Actor actor = actor_with({grant(role)});
    for (const Action action : kAllActions) {
      if (!is_client_action(action)) continue;
      EXPECT_FALSE(authorize(actor, action, "c1", &claimed).allowed)
          << to_string(role) << " " << to_string(action);
    }
  }
  EXPECT_FALSE(
      authorize(actor_with({grant(R::manager, "c1", "u2")}), A::caseload_read, "c1", &claimed)
          .allowed);
}

// ---- roles that never reach client data --------------------------------------------------------

TEST(Access, NonCaseRolesNeverReadTheClient) {
  for (const Role role : {R::analyst, R::admin, R::auditor, R::experience_expert}) {
    const Actor actor = actor_with({grant(role, "c1", std::nullopt)});
    for (const Relationship rel : kAllRelationships) {
      const ClientFacts facts = table_client(rel);
      EXPECT_FALSE(authorize(actor, A::client_read, "c1", &facts).allowed)
          << to_string(role) << " " << to_string(rel);
    }
    const ClientFacts everything = client_with(all_fact_relationships());
    EXPECT_FALSE(authorize(actor, A::client_read, "c1", &everything).allowed) << to_string(role);
  }
  for (const Role role : {R::analyst, R::admin, R::auditor}) {
    const Actor actor = actor_with({grant(role, "c1", std::nullopt)});
    const ClientFacts everything = client_with(all_fact_relationships());
    for (const Action action : kAllActions) {
      if (!is_client_action(action)) continue;
      EXPECT_FALSE(authorize(actor, action, "c1", &everything).allowed)
          << to_string(role) << " " << to_string(action);
    }
  }
}

// ---- which relationship is named ---------------------------------------------------------------

TEST(Access, DecisionNamesTheStrongestRelationship) {
  // Every role that can reach a client, in the client's unit.
  const Actor actor = actor_with({grant(R::social_worker), grant(R::group_instructor),
                                  grant(R::experience_expert), grant(R::manager)});
  std::vector<Relationship> facts_list = {
      Rel::self,        Rel::unit_member_with_reason, Rel::group_peer, Rel::group_instructor,
      Rel::case_worker, Rel::decision_maker,          Rel::key_worker};
  // For attendance every relationship but self allows; unit_manager comes from the grant and
  // ranks after group_peer and before unit_member_with_reason.
  const std::vector<Relationship> order = {Rel::key_worker, Rel::decision_maker, Rel::case_worker,
                                           Rel::group_instructor, Rel::group_peer};
  for (const Relationship strongest : order) {
    const ClientFacts facts = client_with(facts_list);
    const Decision decision = authorize(actor, A::client_read_attendance, "c1", &facts);
    EXPECT_TRUE(decision.allowed);
    EXPECT_EQ(decision.relationship, strongest) << to_string(decision.relationship);
    facts_list.pop_back();  // drop the strongest and look again
  }
  // Left: self and unit_member_with_reason. Attendance: the reason (unit_manager does not allow
  // attendance); caseload: unit_manager ranks above the reason.
  const ClientFacts rest = client_with(facts_list);
  EXPECT_EQ(authorize(actor, A::client_read_attendance, "c1", &rest).relationship,
            Rel::unit_member_with_reason);
  EXPECT_EQ(authorize(actor, A::caseload_read, "c1", &rest).relationship, Rel::unit_manager);
  // With every fact, caseload names key_worker, above unit_manager.
  const ClientFacts all = client_with(all_fact_relationships());
  EXPECT_EQ(authorize(actor, A::caseload_read, "c1", &all).relationship, Rel::key_worker);
}

TEST(Access, ActionDecidesWhichRelationshipCounts) {
  // key_worker allows the record; for sensitive data a reason never suffices even if it is
  // listed first in the facts.
  const Actor worker = actor_with({grant(R::social_counsellor)});
  const ClientFacts facts = client_with({Rel::unit_member_with_reason, Rel::group_instructor});
  EXPECT_EQ(authorize(worker, A::client_read, "c1", &facts).relationship,
            Rel::unit_member_with_reason);
  EXPECT_EQ(authorize(worker, A::client_read_group, "c1", &facts).relationship,
            Rel::group_instructor);
  EXPECT_FALSE(authorize(worker, A::client_read_sensitive, "c1", &facts).allowed);
}

// ---- several roles -----------------------------------------------------------------------------

TEST(Access, ActorWithTwoRoles) {
  // Manager who is also a social worker on the case: notes through the relationship.
  const Actor manager_worker = actor_with({grant(R::manager), grant(R::social_worker)});
  const ClientFacts key = client_with({Rel::key_worker});
  const ClientFacts none = client_with({});
  EXPECT_TRUE(authorize(manager_worker, A::client_read_sensitive, "c1", &key).allowed);
  EXPECT_TRUE(authorize(manager_worker, A::client_decide, "c1", &key).allowed);
  EXPECT_FALSE(authorize(manager_worker, A::client_read, "c1", &none).allowed);
  const Decision caseload = authorize(manager_worker, A::caseload_read, "c1", &none);
  EXPECT_TRUE(caseload.allowed);
  EXPECT_EQ(caseload.relationship, Rel::unit_manager);
  // A manager alone, even if the facts say key_worker, is not a worker.
  EXPECT_FALSE(authorize(actor_with({grant(R::manager)}), A::client_read, "c1", &key).allowed);

  // Group instructor who is also an experience expert: peer data but not group data.
  const Actor gi_ee = actor_with({grant(R::group_instructor), grant(R::experience_expert)});
  const ClientFacts peer = client_with({Rel::group_peer});
  EXPECT_TRUE(authorize(gi_ee, A::client_read_attendance, "c1", &peer).allowed);
  EXPECT_FALSE(authorize(gi_ee, A::client_read_group, "c1", &peer).allowed);

  // Analyst who is also a counsellor: client data through the counsellor role only.
  const Actor analyst_sc = actor_with({grant(R::analyst), grant(R::social_counsellor)});
  EXPECT_TRUE(authorize(analyst_sc, A::client_read, "c1", &key).allowed);
  EXPECT_FALSE(authorize(analyst_sc, A::client_decide, "c1", &key).allowed);
  EXPECT_FALSE(authorize(analyst_sc, A::client_read, "c1", &none).allowed);

  // Roles in different counties do not combine.
  const Actor split =
      actor_with({grant(R::social_worker, "c1", std::nullopt), grant(R::auditor, "c2")});
  EXPECT_FALSE(authorize(split, A::audit_read, "c1", nullptr).allowed);
  EXPECT_TRUE(authorize(split, A::audit_read, "c2", nullptr).allowed);
  const ClientFacts key_c2 = client_with({Rel::key_worker}, "c2", "u1");
  EXPECT_FALSE(authorize(split, A::client_read, "c2", &key_c2).allowed);
}

// ---- the portal --------------------------------------------------------------------------------

TEST(Access, PortalSelf) {
  Actor portal;
  portal.user_id = "portal-client-1";
  const ClientFacts self = client_with({Rel::self});
  for (const Action action : kAllActions) {
    const Decision decision = authorize(portal, action, "c1", &self);
    const bool expected = action == A::client_read || action == A::client_read_group;
    EXPECT_EQ(decision.allowed, expected) << to_string(action);
    EXPECT_EQ(decision.relationship, expected ? Rel::self : Rel::none) << to_string(action);
  }
  // Without self in the facts, or from another county, nothing.
  const ClientFacts key = client_with({Rel::key_worker, Rel::unit_manager});
  const ClientFacts elsewhere = client_with({Rel::self}, "c2", "u1");
  for (const Action action : kAllActions) {
    EXPECT_FALSE(authorize(portal, action, "c1", &key).allowed) << to_string(action);
    EXPECT_FALSE(authorize(portal, action, "c1", &elsewhere).allowed) << to_string(action);
  }
  // An actor with no identity at all is not a portal user.
  const Actor anonymous{};
  EXPECT_FALSE(authorize(anonymous, A::client_read, "c1", &self).allowed);
}

TEST(Access, SelfNeverHelpsStaff) {
  const ClientFacts self = client_with({Rel::self});
  for (const Role role : kAllRoles) {
    const Actor actor = actor_with({grant(role, "c1", std::nullopt)});
    for (const Action action : {A::client_read, A::client_read_group, A::client_read_sensitive}) {
      EXPECT_FALSE(authorize(actor, action, "c1", &self).allowed)
          << to_string(role) << " " << to_string(action);
    }
  }
}

// ---- names -------------------------------------------------------------------------------------

TEST(AccessNames, RolesRoundTrip) {
  const std::map<Role, std::string> names = {{R::social_worker, "social_worker"},
                                             {R::social_counsellor, "social_counsellor"},
                                             {R::group_instructor, "group_instructor"},
                                             {R::experience_expert, "experience_expert"},
                                             {R::manager, "manager"},
                                             {R::analyst, "analyst"},
                                             {R::admin, "admin"},
                                             {R::auditor, "auditor"}};
  for (const auto& [role, name] : names) {
    EXPECT_EQ(to_string(role), name);
    EXPECT_EQ(role_from_string(name), role);
  }
  EXPECT_FALSE(role_from_string("").has_value());
  EXPECT_FALSE(role_from_string("Manager").has_value());
  EXPECT_FALSE(role_from_string("root").has_value());
  EXPECT_FALSE(role_from_string("social_worker ").has_value());
}

TEST(AccessNames, RelationshipsAndActions) {
  EXPECT_EQ(to_string(Rel::none), "none");
  EXPECT_EQ(to_string(Rel::key_worker), "key_worker");
  EXPECT_EQ(to_string(Rel::decision_maker), "decision_maker");
  EXPECT_EQ(to_string(Rel::case_worker), "case_worker");
  EXPECT_EQ(to_string(Rel::group_instructor), "group_instructor");
  EXPECT_EQ(to_string(Rel::group_peer), "group_peer");
  EXPECT_EQ(to_string(Rel::unit_member_with_reason), "unit_member_with_reason");
  EXPECT_EQ(to_string(Rel::unit_manager), "unit_manager");
  EXPECT_EQ(to_string(Rel::self), "self");
  EXPECT_EQ(to_string(A::client_read), "client_read");
  EXPECT_EQ(to_string(A::client_read_attendance), "client_read_attendance");
  EXPECT_EQ(to_string(A::admin_write), "admin_write");
  EXPECT_EQ(to_string(A::report_read), "report_read");
}

TEST(AccessNames, ClientActions) {
  const std::vector<Action> client = {
      A::client_read,       A::client_read_sensitive,  A::client_update, A::client_decide,
      A::client_read_group, A::client_read_attendance, A::caseload_read};
  for (const Action action : kAllActions) {
    const bool expected = std::find(client.begin(), client.end(), action) != client.end();
    EXPECT_EQ(is_client_action(action), expected) << to_string(action);
  }
}

TEST(AccessGrants, HasRoleAndHasRoleInUnit) {
  const Actor actor =
      actor_with({grant(R::social_worker, "c1", "u1"), grant(R::manager, "c1", std::nullopt)});
  EXPECT_TRUE(actor.has_role(R::social_worker, "c1"));
  EXPECT_FALSE(actor.has_role(R::social_worker, "c2"));
  EXPECT_FALSE(actor.has_role(R::social_counsellor, "c1"));
  EXPECT_TRUE(actor.has_role_in_unit(R::social_worker, "c1", std::string("u1")));
  EXPECT_FALSE(actor.has_role_in_unit(R::social_worker, "c1", std::string("u2")));
  EXPECT_FALSE(actor.has_role_in_unit(R::social_worker, "c1", std::nullopt));
  EXPECT_FALSE(actor.has_role_in_unit(R::social_worker, "c2", std::string("u1")));
  EXPECT_TRUE(actor.has_role_in_unit(R::manager, "c1", std::string("u2")));
  EXPECT_TRUE(actor.has_role_in_unit(R::manager, "c1", std::nullopt));
  EXPECT_FALSE(actor.has_role_in_unit(R::manager, "c2", std::nullopt));
  // An empty unit string is a data error: it matches nothing.
  const Actor odd = actor_with({grant(R::social_worker, "c1", std::string())});
  EXPECT_FALSE(odd.has_role_in_unit(R::social_worker, "c1", std::string()));
  EXPECT_FALSE(odd.has_role_in_unit(R::social_worker, "c1", std::string("u1")));
  EXPECT_FALSE(odd.has_role_in_unit(R::social_worker, "c1", std::nullopt));
}

}  // namespace
}  // namespace soku::security
