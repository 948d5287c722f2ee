// scope_test.cpp — security/scope.cpp, the pure half: which units and relationships a list's scope
// lets in (list_scope, from authorize() alone) and how a scope becomes a SQL condition
// (sql_condition). The condition is checked as text with its parameters: each test names the
// clients' unit rule and the time bound a relationship must use, so a changed rule fails here.
// (tests/api/scope_property_test.cpp checks list == authorize on generated data.)
#include "security/scope.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace soku::security {
namespace {

const FactTimes kTimes{"2026-11-24T12:00:00.000Z", "2024-11-24T12:00:00.000Z"};

std::string param(const store::Params& params, std::size_t one_based) {
  return std::get<std::string>(params.at(one_based - 1));
}

Actor actor_with(std::vector<RoleGrant> grants) {
  Actor a;
  a.user_id = "u-1";
  a.grants = std::move(grants);
  return a;
}

TEST(Scope, OnlyUnitsOfTheCountyThatAreNamedCountAsGrantUnits) {
  // A grant in another county, and one with an empty unit (a data error, never "a unit"), name
  // no unit of this county.
  const Actor a = actor_with({{Role::social_worker, "c1", std::string("u1")},
                              {Role::manager, "c1", std::string("")},
                              {Role::manager, "c2", std::string("u9")},
                              {Role::social_worker, "c1", std::string("u1")}});
  const ListScope s = list_scope(a, Action::client_read, "c1");
  EXPECT_EQ(s.grant_units, std::vector<std::string>{"u1"});
}

TEST(Scope, AUnitWorkerReachesWithAReasonOnlyInTheirUnit) {
  const Actor a = actor_with({{Role::social_worker, "c1", std::string("u1")}});
  const ListScope s = list_scope(a, Action::client_read, "c1");
  bool found = false;
  for (const auto& t : s.terms) {
    if (t.via != Relationship::unit_member_with_reason) continue;
    found = true;
    EXPECT_FALSE(t.unit_none) << "no unit: the reason does not count";
    EXPECT_FALSE(t.unit_unnamed) << "another unit: the reason does not count";
    EXPECT_EQ(t.units, std::vector<std::string>{"u1"});
  }
  EXPECT_TRUE(found);
  for (const auto& t : s.terms) {
    if (t.via == Relationship::key_worker) {
      EXPECT_TRUE(t.unit_none && t.unit_unnamed) << "a key worker reaches the client in any unit";
    }
  }
}

TEST(Scope, ATermTheGrantsAloneCoverIsNotRepeatedPerRelationship) {
  // A county-wide manager who is also a county-wide social worker: every caseload client of the
  // county through the grants alone; the key-worker term would add nothing and is dropped.
  const Actor both = actor_with({{Role::manager, "c1", std::nullopt},
                                 {Role::social_worker, "c1", std::nullopt}});
  const ListScope s = list_scope(both, Action::caseload_read, "c1");
  ASSERT_EQ(s.terms.size(), 1U);
  EXPECT_EQ(s.terms[0].via, Relationship::none);
  EXPECT_TRUE(s.terms[0].unit_none && s.terms[0].unit_unnamed);

  // Managing one unit only: the grants cover u1; relationships still reach clients elsewhere.
  const Actor unit_manager = actor_with({{Role::manager, "c1", std::string("u1")},
                                         {Role::social_worker, "c1", std::nullopt}});
  const ListScope t = list_scope(unit_manager, Action::caseload_read, "c1");
  ASSERT_GE(t.terms.size(), 2U);
  EXPECT_EQ(t.terms[0].via, Relationship::none);
  EXPECT_FALSE(t.terms[0].unit_none);
  EXPECT_FALSE(t.terms[0].unit_unnamed);
  EXPECT_EQ(t.terms[0].units, std::vector<std::string>{"u1"});
  EXPECT_EQ(t.terms[1].via, Relationship::key_worker);
}

TEST(Scope, NoRoleInTheCountyMeansNoClientAtAll) {
  const Actor a = actor_with({{Role::social_worker, "c2", std::nullopt}});
  const ListScope s = list_scope(a, Action::client_read, "c1");
  EXPECT_TRUE(s.terms.empty());
  store::Params params;
  EXPECT_EQ(sql_condition(s, "u-1", kTimes, params), "1 = 0");
  EXPECT_TRUE(params.empty());
}

TEST(Scope, AScopeWithoutACountyAdmitsNobody) {
  ListScope s;
  s.terms.push_back({Relationship::none, true, true, {}});
  store::Params params;
  EXPECT_EQ(sql_condition(s, "u-1", kTimes, params), "1 = 0");
  EXPECT_TRUE(params.empty());
}

TEST(Scope, GrantsAloneInEveryUnitIsTheCountyOnly) {
  ListScope s;
  s.county_id = "c1";
  s.terms.push_back({Relationship::none, true, true, {}});
  store::Params params{std::string("earlier")};
  EXPECT_EQ(sql_condition(s, "u-1", kTimes, params, "k"),
            "(k.county_id = $2 AND ((1 = 1 AND 1 = 1)))");
  ASSERT_EQ(params.size(), 2U) << "numbered after the parameters already there";
  EXPECT_EQ(param(params, 2), "c1");
}

TEST(Scope, ACaseWorkerNeedsWorkSinceTheLapseBoundAndAReasonMustNotHaveExpired) {
  ListScope s;
  s.county_id = "c1";
  s.grant_units = {"u1"};
  s.terms.push_back({Relationship::case_worker, true, false, {}});
  s.terms.push_back({Relationship::unit_member_with_reason, false, false, {"u1"}});
  store::Params params;
  const std::string sql = sql_condition(s, "u-1", kTimes, params);
  // The value of the placeholder that follows `before` in the condition (the numbering follows
  // the order in which the compiler builds the parts; each number names its own value).
  const auto value_after = [&](const std::string& before) -> std::string {
    const auto at = sql.find(before);
    if (at == std::string::npos) return "<" + before + " not found>";
    const std::size_t n = std::stoul(sql.substr(at + before.size()));
    return param(params, n);
  };
  EXPECT_EQ(params.size(), 5U) << "county, user (once, shared by both terms), since, now, unit";
  EXPECT_EQ(value_after("c.county_id = $"), "c1");
  EXPECT_EQ(value_after("sr.user_id = $"), "u-1");
  EXPECT_EQ(value_after("sa.user_id = $"), "u-1");
  EXPECT_EQ(value_after("sr.relationship = 'case_worker' AND sr.last_activity_at >= $"),
            kTimes.since)
      << "the 24-month bound, not now";
  EXPECT_EQ(value_after("sa.expires_at > $"), kTimes.now) << "a reason counts until it expires";
  // The case-worker term holds for clients without a unit; the reason only in u1.
  const auto cw = sql.find("sr.last_activity_at >= $");
  ASSERT_NE(cw, std::string::npos);
  EXPECT_EQ(sql.find(") AND (c.unit_id IS NULL)) OR (EXISTS (SELECT 1 FROM access_reasons", cw),
            sql.find(')', cw))
      << sql;
  EXPECT_EQ(value_after("(c.unit_id IN ($"), "u1");
}

TEST(Scope, OtherRelationshipsAreMatchedByName) {
  ListScope s;
  s.county_id = "c1";
  s.terms.push_back({Relationship::group_instructor, true, false, {}});
  store::Params params;
  const std::string sql = sql_condition(s, "u-1", kTimes, params);
  EXPECT_NE(sql.find("sr.relationship = $3"), std::string::npos) << sql;
  ASSERT_EQ(params.size(), 3U);
  EXPECT_EQ(param(params, 3), "group_instructor");
}

TEST(Scope, ManagerAndSelfTermsNeverMatchARowAndNeedNoUser) {
  for (const Relationship via : {Relationship::unit_manager, Relationship::self}) {
    ListScope s;
    s.county_id = "c1";
    s.terms.push_back({via, true, true, {}});
    store::Params params;
    EXPECT_EQ(sql_condition(s, "u-1", kTimes, params),
              "(c.county_id = $1 AND ((1 = 0 AND 1 = 1)))");
    EXPECT_EQ(params.size(), 1U) << "no user parameter: SQLite refuses an unused one";
  }
}

TEST(Scope, AnotherUnitMeansAUnitNoneOfTheGrantsNames) {
  ListScope s;
  s.county_id = "c1";
  s.grant_units = {"u1", "u2"};
  s.terms.push_back({Relationship::none, false, true, {"u1"}});
  store::Params params;
  EXPECT_EQ(sql_condition(s, "u-1", kTimes, params),
            "(c.county_id = $1 AND ((1 = 1 AND (c.unit_id IN ($2) OR (c.unit_id IS NOT NULL AND "
            "NOT c.unit_id IN ($3,$4))))))");
  ASSERT_EQ(params.size(), 4U);
  EXPECT_EQ(param(params, 3), "u1");
  EXPECT_EQ(param(params, 4), "u2");
}

TEST(Scope, EveryNamedUnitAndAnyOtherIsAnyUnitButNotNone) {
  ListScope s;
  s.county_id = "c1";
  s.grant_units = {"u1"};
  s.terms.push_back({Relationship::none, false, true, {"u1"}});
  store::Params params;
  EXPECT_EQ(sql_condition(s, "u-1", kTimes, params),
            "(c.county_id = $1 AND ((1 = 1 AND (c.unit_id IS NOT NULL))))");
}

TEST(Scope, ATermWithNoUnitAtAllAdmitsNobody) {
  ListScope s;
  s.county_id = "c1";
  s.grant_units = {"u1"};
  s.terms.push_back({Relationship::none, false, false, {}});
  store::Params params;
  EXPECT_EQ(sql_condition(s, "u-1", kTimes, params), "(c.county_id = $1 AND ((1 = 1 AND 1 = 0)))");
}

TEST(Scope, RolesThatMayFollowThePolicyAndNoRoleIsNoUser) {
  EXPECT_EQ(roles_that_may(Action::client_decide, Relationship::key_worker),
            std::vector<Role>{Role::social_worker});
  EXPECT_EQ(roles_that_may(Action::client_update, Relationship::key_worker),
            (std::vector<Role>{Role::social_worker, Role::social_counsellor}));
  EXPECT_TRUE(roles_that_may(Action::client_read, Relationship::none).empty());
  store::Params params;
  EXPECT_EQ(roles_condition({}, "r.role", params), "1 = 0");
  EXPECT_TRUE(params.empty());
  EXPECT_EQ(roles_condition({Role::social_worker, Role::manager}, "r.role", params),
            "r.role IN ($1,$2)");
  EXPECT_EQ(param(params, 2), "manager");
}

}  // namespace
}  // namespace soku::security
