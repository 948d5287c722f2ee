// tests/api/access_matrix_test.cpp — the access matrix, generated from the route table itself:
// every registered route × every role (the demo user of each role) and a worker of another county
// × without and with a relationship to the client → the status the access policy implies.
// Nothing here lists resources by hand: a new route is in the matrix the moment it is registered,
// and its declared access ("public", "session", "role:<action>", "client:<action>") decides what
// is expected of it:
//   client:<action> — authorize(actor, action, facts from the database) decides; allowed: the
//                     gate's audit entry says allowed and the answer is not 401/403; denied: 404
//                     (403 when the actor may read the client), the audit entry says denied, and
//                     nothing about the client is in the body.
//   role:<action>   — authorize(actor, action, own county) decides; denied: 403. A list among
//                     them names the client only if authorize(caseload_read) allows it.
//   session         — any logged-in user passes the gate; anonymous: 401 for all three.
// The exact-code lookup, recording an access reason, and logging in/out are the documented
// session routes whose handlers decide further (tested in their own files).
#include <gtest/gtest.h>

#include <map>
#include <optional>

#include "api/access.h"
#include "common/time.h"
#include "http_fixture.h"
#include "security/crypto.h"

using namespace soku::test;
namespace security = soku::security;

namespace {

std::optional<security::Action> action_named(const std::string& name) {
  for (const auto a : security::kAllActions) {
    if (security::to_string(a) == name) return a;
  }
  return std::nullopt;
}

// A client created by a worker of its own, so that no demo user has a relationship with it, and
// one record of every kind about it.
struct Fixture {
  std::string client_id;
  std::string last_name;
  std::map<std::string, std::string> records;  // first path segment → a record id
};

Fixture make_fixture() {
  Fixture fx;
  const std::string owner = "matrix-owner-" + random_suffix(6);
  const Json user = create_user(owner, "social_worker");
  Client c(port());
  c.must_login(owner, kUserPassword);
  fx.last_name = "Matriisi" + random_suffix();
  const Json client = create_client(c, {{"last_name", fx.last_name}});
  fx.client_id = client["id"];
  const std::string base = "/api/v1/clients/" + fx.client_id;
  fx.records["clients"] = fx.client_id;
  auto made = [&](const HttpResponse& r, const std::string& segment, const std::string& id) {
    EXPECT_EQ(r.status, 201) << segment << ": " << r.body;
    if (r.status == 201) fx.records[segment] = r.json.value(id, "");
    return r;
  };
  made(c.post(base + "/referrals", {{"source", "self"}, {"reason", "Oma yhteydenotto"},
                                     {"received_on", "2026-10-01"}}),
       "referrals", "id");
  made(c.post(base + "/assessments",
              {{"life_areas", {{{"area", "housing"}, {"need_level", "some"}}}}}),
       "assessments", "id");
  const auto d = made(c.post(base + "/decisions", {{"outcome", "granted"},
                                                  {"service_forms", {"individual"}},
                                                  {"starts_on", "2026-11-01"},
                                                  {"deadline", "2027-02-28"},
                                                  {"key_worker_id", user["id"]},
                                                  {"grounds", "Palvelutarve todettu."}}),
                      "decisions", "id");
  fx.records["periods"] = d.json.value("period_id", "");
  made(c.post(base + "/goals",
              {{"text", "Haluan liikkua enemmän"},
               {"gas_levels", {{"-2", "a"}, {"-1", "b"}, {"0", "c"}, {"1", "d"}, {"2", "e"}}}}),
       "goals", "id");
  made(c.post(base + "/meetings", {{"held_on", "2026-11-20"}, {"minutes", 45}, {"mode", "office"},
                                    {"contents", {"errands"}}, {"statutory_item", "coaching"}}),
       "meetings", "id");
  const auto n = made(c.post(base + "/network",
                             {{"organisation_type", "kela"}, {"name", "Kela"}, {"role", "Käsittelijä"},
                              {"consent", {{"scope", "Etuudet"}, {"given_on", "2026-11-01"}}}}),
                      "network", "id");
  if (n.status == 201) fx.records["consents"] = n.json["consent"].value("id", "");
  return fx;
}

// Every relationship a row can record, for `user` and the client; or none of them.
void set_relationships(const Fixture& fx, const std::string& county, const std::string& user,
                       bool with) {
  auto& db = app().db();
  const std::string now = soku::time::now_iso();
  db.exec("UPDATE client_relations SET ended_at = $1 WHERE client_id = $2 AND user_id = $3",
          {now, fx.client_id, user});
  db.exec("UPDATE access_reasons SET expires_at = $1 WHERE client_id = $2 AND user_id = $3",
          {now, fx.client_id, user});
  if (!with) return;
  for (const char* rel :
       {"key_worker", "decision_maker", "case_worker", "group_instructor", "group_peer"}) {
    db.exec("INSERT INTO client_relations (id, county_id, client_id, user_id, relationship, since, "
            "last_activity_at) VALUES ($1,$2,$3,$4,$5,$6,$6) ON CONFLICT (client_id, user_id, "
            "relationship) DO UPDATE SET ended_at = NULL, last_activity_at = $6",
            {security::new_id(), county, fx.client_id, user, std::string(rel), now});
  }
}

std::string path_for(const soku::http::Route& route, const Fixture& fx) {
  std::string path = route.pattern;
  const std::string prefix = "/api/v1/";
  const std::string rest = path.rfind(prefix, 0) == 0 ? path.substr(prefix.size()) : path;
  const std::string first = rest.substr(0, rest.find('/'));
  const auto subst = [&](const std::string& param, const std::string& value) {
    const auto at = path.find(param);
    if (at != std::string::npos) path.replace(at, param.size(), value);
  };
  const auto rec = fx.records.find(first);
  subst("{id}", rec != fx.records.end() ? rec->second : security::new_id());
  subst("{key}", "matrix-key");
  subst("{code}", kCounty);
  return path;
}

// The gate's own entry: the first audit entry written for this request.
std::optional<std::string> gate_outcome(const HttpResponse& r) {
  const auto rows = app().db().query(
      "SELECT outcome FROM audit_log WHERE request_id = $1 ORDER BY seq LIMIT 1",
      {r.header("x-request-id")});
  if (rows.empty()) return std::nullopt;
  return rows.rows[0].str(0);
}

bool skipped(const soku::http::Route& r) {
  // Logging out would end the session the rest of the matrix uses; logging in is public.
  return r.pattern == "/api/v1/session";
}

}  // namespace

TEST(AccessMatrix, EveryRouteEveryRoleWithAndWithoutARelationship) {
  const Fixture fx = make_fixture();
  ASSERT_GE(fx.records.size(), 8u) << "the fixture needs a record of every kind";
  const std::string county = env().county_id;
  std::vector<std::string> actors;
  for (const auto role : security::kAllRoles) actors.push_back("demo-" + std::string(security::to_string(role)));
  actors.push_back(kOtherCountyWorker);

  int cells = 0, client_allowed = 0, client_denied = 0, role_allowed = 0, role_denied = 0;
  for (const auto& username : actors) {
    Client c(port());
    c.must_login(username);
    const auto uid = app().db().query("SELECT id FROM users WHERE username = $1", {username});
    ASSERT_FALSE(uid.empty());
    const std::string user_id = uid.rows[0].str(0);
    const auto user = app().load_user(user_id);
    ASSERT_TRUE(user.has_value());
    for (const bool with : {false, true}) {
      for (const auto& route : app().router().routes()) {
        if (skipped(route)) continue;
        set_relationships(fx, county, user_id, with);
        const std::string path = path_for(route, fx);
        const std::string what = username + (with ? " with " : " without ") + route.method + " " +
                                 route.pattern + " [" + route.access + "]";
        const bool mutation = route.method != "GET" && route.method != "HEAD";
        const auto r = c.raw(route.method, path, mutation ? "{}" : "");
        ++cells;
        EXPECT_LT(r.status, 500) << what << " " << r.body.substr(0, 200);
        EXPECT_NE(r.status, 401) << what;
        if (route.access.rfind("client:", 0) == 0) {
          const auto action = action_named(route.access.substr(7));
          ASSERT_TRUE(action.has_value()) << what;
          const auto facts = soku::api::Access::facts(app().db(), fx.client_id, user_id, nullptr);
          ASSERT_TRUE(facts.has_value());
          const bool allowed =
              security::authorize(user->actor, *action, facts->county_id, &*facts).allowed;
          const auto outcome = gate_outcome(r);
          ASSERT_TRUE(outcome.has_value()) << what << ": no audit entry for a client route";
          if (allowed) {
            ++client_allowed;
            EXPECT_EQ(*outcome, "allowed") << what;
            EXPECT_NE(r.status, 403) << what << " " << r.body.substr(0, 200);
          } else {
            ++client_denied;
            EXPECT_EQ(*outcome, "denied") << what;
            const bool may_read = security::authorize(user->actor, security::Action::client_read,
                                                      facts->county_id, &*facts)
                                      .allowed;
            EXPECT_EQ(r.status, may_read ? 403 : 404) << what << " " << r.body.substr(0, 200);
            EXPECT_EQ(r.body.find(fx.last_name), std::string::npos) << what;
          }
        } else if (route.access.rfind("role:", 0) == 0) {
          const auto action = action_named(route.access.substr(5));
          ASSERT_TRUE(action.has_value()) << what;
          const bool allowed =
              security::authorize(user->actor, *action, user->county_id, nullptr).allowed;
          if (allowed) {
            ++role_allowed;
            EXPECT_NE(r.status, 403) << what << " " << r.body.substr(0, 200);
          } else {
            ++role_denied;
            EXPECT_EQ(r.status, 403) << what << " " << r.body.substr(0, 200);
          }
          // A list route (search, dashboard) may show the client only when the policy lets
          // this actor see it in a caseload list.
          if (r.body.find(fx.last_name) != std::string::npos) {
            const auto facts = soku::api::Access::facts(app().db(), fx.client_id, user_id, nullptr);
            ASSERT_TRUE(facts.has_value());
            EXPECT_TRUE(security::authorize(user->actor, security::Action::caseload_read,
                                            facts->county_id, &*facts)
                            .allowed)
                << what << ": listed a client the policy does not let this actor see";
          }
        }
      }
    }
  }
  // Every kind of cell occurred: the matrix is not vacuous.
  EXPECT_GT(client_allowed, 20);
  EXPECT_GT(client_denied, 100);
  EXPECT_GT(role_allowed, 10);
  EXPECT_GT(role_denied, 30);
  EXPECT_GT(cells, 500);
}

TEST(AccessMatrix, AnonymousGets401OnEveryRouteThatIsNotPublic) {
  const Fixture fx = make_fixture();
  Client anonymous(port());
  for (const auto& route : app().router().routes()) {
    if (route.access == "public") continue;
    const auto r = anonymous.raw(route.method, path_for(route, fx),
                                 route.method == "GET" ? "" : "{}");
    EXPECT_EQ(r.status, 401) << route.method << " " << route.pattern << " " << r.body.substr(0, 200);
  }
}
