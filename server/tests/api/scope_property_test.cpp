// tests/api/scope_property_test.cpp — the property of the list scope (security/scope.h): a client
// appears in a list or a dashboard section if and only if the access policy, asked about that one
// client with the facts from the database, lets the user see it in a caseload list
// (authorize(caseload_read), which for workers is the same rule as reading the record); the
// search lists exactly the records the user may open (authorize(client_read)), and the manager's
// caseload view exactly the caseload_read set.
//
// Generated: users of every kind that lists are for (worker and counsellor scoped to a unit or the
// whole county, managers of a unit or the county, group roles, an analyst, a worker of another
// county) × clients in the user's unit, another unit and no unit × relationship states (key worker;
// decision maker; case worker with work 729 days ago and 731 days ago; ended; a reason recorded
// and an expired one; group instructor and peer; none), several at once for some pairs. The seed
// is fixed and printed, so a failure can be replayed.
#include <gtest/gtest.h>

#include <random>
#include <set>

#include "api/access.h"
#include "common/time.h"
#include "http_fixture.h"
#include "security/crypto.h"
#include "security/scope.h"

using namespace soku::test;
namespace security = soku::security;
namespace time_ = soku::time;

namespace {

enum class State {
  key_worker,
  decision_maker,
  case_recent,   // work 729 days ago: still a case worker
  case_lapsed,   // work 731 days ago: lapsed
  case_ended,    // relation ended
  reason,        // a reason that expires in an hour
  reason_expired,
  group_instructor,
  group_peer,
};
constexpr State kStates[] = {State::key_worker,      State::decision_maker, State::case_recent,
                             State::case_lapsed,     State::case_ended,     State::reason,
                             State::reason_expired,  State::group_instructor, State::group_peer};

std::string ago(std::int64_t days, std::int64_t extra_ms = 0) {
  return time_::iso_from_ms(time_::now_ms() - days * 86400 * 1000 + extra_ms);
}

void give(const std::string& county, const std::string& client, const std::string& user, State s) {
  auto& db = app().db();
  auto relation = [&](const std::string& rel, const std::string& last, const char* ended) {
    db.exec("INSERT INTO client_relations (id, county_id, client_id, user_id, relationship, since, "
            "last_activity_at, ended_at) VALUES ($1,$2,$3,$4,$5,$6,$6,$7) ON CONFLICT (client_id, "
            "user_id, relationship) DO NOTHING",
            {soku::security::new_id(), county, client, user, rel, last,
             ended == nullptr ? soku::store::Value(nullptr) : soku::store::Value(ago(1))});
  };
  auto reason = [&](std::int64_t expires_in_ms) {
    db.exec("INSERT INTO access_reasons (id, county_id, client_id, user_id, reason, created_at, "
            "expires_at) VALUES ($1,$2,$3,$4,$5,$6,$7)",
            {soku::security::new_id(), county, client, user, "Generoitu syy testiin", ago(0),
             time_::iso_from_ms(time_::now_ms() + expires_in_ms)});
  };
  switch (s) {
    case State::key_worker: relation("key_worker", ago(3), nullptr); break;
    case State::decision_maker: relation("decision_maker", ago(3), nullptr); break;
    case State::case_recent: relation("case_worker", ago(729), nullptr); break;
    case State::case_lapsed: relation("case_worker", ago(731), nullptr); break;
    case State::case_ended: relation("case_worker", ago(2), "ended"); break;
    case State::reason: reason(3600 * 1000); break;
    case State::reason_expired: reason(-60 * 1000); break;
    case State::group_instructor: relation("group_instructor", ago(3), nullptr); break;
    case State::group_peer: relation("group_peer", ago(3), nullptr); break;
  }
}

std::set<std::string> ids_in(const Json& items, const char* key, const std::set<std::string>& among) {
  std::set<std::string> out;
  for (const auto& item : items) {
    const std::string id = item.value(key, "");
    if (among.count(id) != 0) out.insert(id);
  }
  return out;
}

std::string show(const std::set<std::string>& s) {
  std::string out;
  for (const auto& id : s) out += id.substr(0, 8) + " ";
  return out;
}

}  // namespace

TEST(ScopeProperty, ListsShowExactlyTheClientsThePolicyAllows) {
  const unsigned seed = 20261130;
  std::mt19937 rng(seed);
  SCOPED_TRACE("seed " + std::to_string(seed));
  auto& db = app().db();
  const std::string county = env().county_id;
  const auto units = db.query("SELECT id, code FROM units WHERE county_id = $1 ORDER BY code", {county});
  std::string unit_a, unit_b, code_b;
  for (const auto& r : units.rows) {
    if (r.str(1) == kUnit) {
      unit_a = r.str(0);
    } else if (unit_b.empty()) {
      unit_b = r.str(0);
      code_b = r.str(1);
    }
  }
  ASSERT_FALSE(unit_a.empty());
  ASSERT_FALSE(unit_b.empty()) << "the demo county needs a second unit";

  // Clients: a third in the demo unit, a third in another unit, a third without a unit.
  const std::string token = "Laajuus" + random_suffix();
  std::vector<std::string> clients;
  std::set<std::string> all;
  for (int i = 0; i < 12; ++i) {
    const Json c = create_client(as("demo-social_worker"),
                                 {{"last_name", token}, {"first_name", "Nro" + std::to_string(i)}});
    const std::string id = c["id"];
    const int where = i % 3;
    db.exec("UPDATE clients SET unit_id = $1 WHERE id = $2",
            {where == 0 ? soku::store::Value(unit_a)
                        : where == 1 ? soku::store::Value(unit_b) : soku::store::Value(nullptr),
             id});
    clients.push_back(id);
    all.insert(id);
  }

  struct Person {
    std::string username;
    std::string id;
  };
  std::vector<Person> people;
  const std::string sfx = random_suffix(5);
  const std::vector<std::tuple<std::string, std::string, std::string>> specs = {
      {"sw-unit", "social_worker", kUnit},       {"sw-county", "social_worker", ""},
      {"sc-unit", "social_counsellor", kUnit},   {"sc-other", "social_counsellor", code_b},
      {"mgr-unit", "manager", kUnit},            {"mgr-county", "manager", ""},
      {"gi-unit", "group_instructor", kUnit},    {"ee-unit", "experience_expert", kUnit},
      {"analyst", "analyst", ""}};
  for (const auto& [name, role, unit] : specs) {
    const Json u = create_user("scope-" + name + "-" + sfx, role, unit);
    people.push_back({u["username"], u["id"]});
  }
  const auto other = db.query("SELECT id FROM users WHERE username = $1", {kOtherCountyWorker});
  ASSERT_FALSE(other.empty());
  people.push_back({kOtherCountyWorker, other.rows[0].str(0)});

  // Relationship states, and a meeting this week recorded by the user for every client (so that
  // the week section would show every client if it were not scoped).
  const std::string today = time_::today();
  for (const auto& p : people) {
    for (const auto& c : clients) {
      const int how_many = static_cast<int>(rng() % 4) == 0 ? 2 : (rng() % 5 == 0 ? 0 : 1);
      for (int k = 0; k < how_many; ++k) {
        give(county, c, p.id, kStates[rng() % std::size(kStates)]);
      }
      db.exec("INSERT INTO meetings (id, county_id, client_id, held_on, minutes, mode, contents, "
              "statutory_item, tasks, note, created_by, created_at) VALUES "
              "($1,$2,$3,$4,45,'office','[]','','[]','',$5,$6)",
              {soku::security::new_id(), county, c, today, p.id, time_::now_iso()});
    }
  }

  int compared = 0, allowed_total = 0;
  for (const auto& p : people) {
    SCOPED_TRACE(p.username);
    const auto user = app().load_user(p.id);
    ASSERT_TRUE(user.has_value());
    std::set<std::string> expected, readable;
    for (const auto& c : clients) {
      const auto facts = soku::api::Access::facts(db, c, p.id, nullptr);
      ASSERT_TRUE(facts.has_value());
      if (security::authorize(user->actor, security::Action::caseload_read, facts->county_id,
                              &*facts)
              .allowed) {
        expected.insert(c);
      }
      if (security::authorize(user->actor, security::Action::client_read, facts->county_id,
                              &*facts)
              .allowed) {
        readable.insert(c);
      }
    }
    allowed_total += static_cast<int>(expected.size());
    Client client(port());
    client.must_login(p.username, p.username == kOtherCountyWorker ? kDemoPassword : kUserPassword);
    const auto found = search(client, token, 100);
    if (found.status == 403) {
      EXPECT_TRUE(readable.empty()) << "may not search, yet the policy allows " << show(readable);
    } else {
      ASSERT_EQ(found.status, 200) << found.body;
      EXPECT_EQ(ids_in(found.json["items"], "id", all), readable)
          << "search: got " << show(ids_in(found.json["items"], "id", all)) << " expected "
          << show(readable);
      ++compared;
    }
    const auto view = client.get("/api/v1/caseload");
    if (view.status != 403) {
      ASSERT_EQ(view.status, 200) << view.body;
      EXPECT_EQ(ids_in(view.json["items"], "id", all), expected) << "caseload view";
      ++compared;
    } else {
      // Only managers open the view; a worker's caseload_read set is their readable set,
      // listed by the search and the dashboard above.
      EXPECT_EQ(expected, readable) << "a non-manager whose caseload differs from their records";
    }
    const auto dash = client.get("/api/v1/dashboard");
    if (dash.status == 403) continue;
    ASSERT_EQ(dash.status, 200) << dash.body;
    EXPECT_EQ(ids_in(dash.json["clients"], "id", all), expected) << "dashboard clients";
    EXPECT_EQ(ids_in(dash.json["week"]["meetings"], "client_id", all), expected)
        << "dashboard week";
    ++compared;
  }
  EXPECT_GE(compared, 8);
  EXPECT_GT(allowed_total, 10) << "the generated states must allow some, or the test proves little";
}

// The derivation itself: for an actor with no grant in the county, nothing; for a county-wide
// manager, every unit and clients without one, through the grants alone.
TEST(ScopeProperty, ScopeIsDerivedFromThePolicy) {
  security::Actor nobody;
  nobody.user_id = "u1";
  EXPECT_TRUE(security::list_scope(nobody, security::Action::caseload_read, "county").terms.empty());
  security::Actor manager;
  manager.user_id = "u2";
  manager.grants.push_back({security::Role::manager, "county", std::nullopt});
  const auto scope = security::list_scope(manager, security::Action::caseload_read, "county");
  ASSERT_EQ(scope.terms.size(), 1u);
  EXPECT_EQ(scope.terms[0].via, security::Relationship::none);
  EXPECT_TRUE(scope.terms[0].unit_none);
  EXPECT_TRUE(scope.terms[0].unit_unnamed);
  // The same manager may not read records: no term for client_read.
  EXPECT_TRUE(security::list_scope(manager, security::Action::client_read, "county").terms.empty());
}

// Who may be named key worker comes from the policy: the roles that, as key worker, may work on
// the record — social workers and counsellors today.
TEST(ScopeProperty, KeyWorkerRolesComeFromThePolicy) {
  const auto roles =
      security::roles_that_may(security::Action::client_update, security::Relationship::key_worker);
  ASSERT_EQ(roles.size(), 2u);
  EXPECT_EQ(roles[0], security::Role::social_worker);
  EXPECT_EQ(roles[1], security::Role::social_counsellor);
  const auto r = as("demo-social_worker").get("/api/v1/workers");
  ASSERT_EQ(r.status, 200) << r.body;
  bool counsellor = false, manager = false;
  for (const auto& w : r.json["items"]) {
    counsellor = counsellor || w["username"] == "demo-social_counsellor";
    manager = manager || w["username"] == "demo-manager";
  }
  EXPECT_TRUE(counsellor);
  EXPECT_FALSE(manager);
}
