// tests/api/api_access_test.cpp — who may reach a client's data (access.md): only a relationship
// opens the record; roles without one get 404 (never a hint that the client exists) and no
// search; a unit member opens it by recording a reason, flagged for the auditor and without
// sensitive data; another county never reaches it. And the route table: no client route bypasses
// the access policy.
#include <gtest/gtest.h>

#include <set>

#include "http_fixture.h"

using namespace soku::test;

namespace {

std::string id_of(const Json& client) { return client["id"].get<std::string>(); }

// A client of the demo unit registered by demo-social_worker, with safety notes.
Json worker_client() {
  return create_client(as("demo-social_worker"),
                       {{"last_name", "Pääsy" + random_suffix()},
                        {"safety_notes", "Turvallisuushuomio: tapaaminen kahdestaan."}});
}

std::string reason() { return "Sijaistan vastuutyöntekijää asiakkaan asiassa."; }

// The same answer for "exists but not yours" as for "does not exist" (the request id aside).
Json without_request_id(Json j) {
  if (j.is_object()) j.erase("request_id");
  return j;
}

}  // namespace

TEST(Access, RolesWithoutARelationshipGet404AndMayNotSearch) {
  const auto client = worker_client();
  const std::string url = "/api/v1/clients/" + id_of(client);
  const std::string last = client["last_name"];
  for (const char* user : {"demo-experience_expert", "demo-analyst", "demo-admin", "demo-auditor",
                           "demo-group_instructor"}) {
    Client& c = as(user);
    const auto read = c.get(url);
    EXPECT_EQ(read.status, 404) << user << ": " << read.body;
    EXPECT_EQ(read.body.find(last), std::string::npos) << user;
    const auto found = search(c, last);
    EXPECT_EQ(found.status, 403) << user << ": " << found.body;
    EXPECT_EQ(found.body.find(last), std::string::npos) << user;
    const auto edit = c.patch(url, {{"version", 1}, {"first_name", "Muutos"}});
    EXPECT_EQ(edit.status, 404) << user << ": " << edit.body;
  }
  EXPECT_EQ(as("demo-social_worker").get(url).json["first_name"], "Testi") << "nothing changed";
}

TEST(Access, TheDenial404LooksLikeAMissingClient) {
  const auto client = worker_client();
  Client& analyst = as("demo-analyst");
  const auto denied = analyst.get("/api/v1/clients/" + id_of(client));
  const auto missing = analyst.get("/api/v1/clients/" + std::string(32, '0'));
  EXPECT_EQ(denied.status, 404);
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(without_request_id(denied.json), without_request_id(missing.json));
}

TEST(Access, ManagerOfTheUnitSeesTheCaseloadButNeitherSearchesNorReadsTheRecord) {
  const auto client = worker_client();
  Client& manager = as("demo-manager");
  EXPECT_EQ(manager.get("/api/v1/clients/" + id_of(client)).status, 404);
  // No search that lists records answering "not found" (issue 8): the caseload view instead.
  EXPECT_EQ(search(manager, client["last_name"].get<std::string>()).status, 403);
  const auto caseload = manager.get("/api/v1/caseload");
  ASSERT_EQ(caseload.status, 200) << caseload.body;
  bool listed = false;
  for (const auto& i : caseload.json["items"]) listed = listed || i["id"] == id_of(client);
  EXPECT_TRUE(listed);
}

TEST(Access, CounsellorOfTheUnitReadsOnlyAfterRecordingAReason) {
  const auto client = worker_client();
  const std::string url = "/api/v1/clients/" + id_of(client);
  Client& sc = as("demo-social_counsellor");
  EXPECT_EQ(sc.get(url).status, 404);
  const auto why = sc.post(url + "/access-reasons", {{"reason", reason()}});
  ASSERT_EQ(why.status, 201) << why.body;
  EXPECT_TRUE(why.json["expires_at"].is_string()) << why.body;
  const auto read = sc.get(url);
  ASSERT_EQ(read.status, 200) << read.body;
  EXPECT_EQ(read.json["relationship"], "unit_member_with_reason");
  EXPECT_EQ(read.json["last_name"], client["last_name"]);
}

TEST(Access, AReasonBasedReadIsFlaggedWithTheReasonInTheAuditLog) {
  const auto client = worker_client();
  const std::string url = "/api/v1/clients/" + id_of(client);
  Client& sc = as("demo-social_counsellor");
  const std::string why = reason() + " " + random_suffix();
  ASSERT_EQ(sc.post(url + "/access-reasons", {{"reason", why}}).status, 201);
  const std::string request_id = "flag-" + random_suffix();
  RequestOptions o;
  o.headers = {{"X-Request-Id", request_id}};
  ASSERT_EQ(sc.get(url, o).status, 200);
  bool found = false;
  for (const auto& e : audit_entries(id_of(client))) {
    if (e["request_id"] != request_id) continue;
    found = true;
    EXPECT_EQ(e["actor_username"], "demo-social_counsellor");
    EXPECT_EQ(e["action"], "read");
    EXPECT_EQ(e["relationship"], "unit_member_with_reason");
    EXPECT_EQ(e["outcome"], "allowed");
    EXPECT_EQ(e["flagged"], true);
    EXPECT_EQ(e["reason"], why);
  }
  EXPECT_TRUE(found) << "no audit entry for request " << request_id;
  // The auditor's flagged view lists it too.
  const auto flagged =
      as("demo-auditor").get("/api/v1/audit?flagged=true&limit=500&client_id=" + id_of(client));
  ASSERT_EQ(flagged.status, 200);
  ASSERT_FALSE(flagged.json["items"].empty());
  for (const auto& e : flagged.json["items"]) EXPECT_EQ(e["flagged"], true);
}

TEST(Access, AReasonMustDescribeTheTask) {
  const auto client = worker_client();
  const auto r = as("demo-social_counsellor")
                     .post("/api/v1/clients/" + id_of(client) + "/access-reasons",
                           {{"reason", "tarve"}});
  EXPECT_EQ(r.status, 422) << r.body;
  EXPECT_TRUE(r.names_field("reason")) << r.body;
  EXPECT_EQ(as("demo-social_counsellor").get("/api/v1/clients/" + id_of(client)).status, 404);
}

TEST(Access, ARoleOutsideTheUnitsWorkersCannotRecordAReason) {
  const auto client = worker_client();
  const std::string url = "/api/v1/clients/" + id_of(client);
  for (const char* user : {"demo-manager", "demo-analyst", "demo-group_instructor"}) {
    const auto r = as(user).post(url + "/access-reasons", {{"reason", reason()}});
    EXPECT_EQ(r.status, 404) << user << ": " << r.body;
    EXPECT_EQ(as(user).get(url).status, 404) << user;
  }
}

TEST(Access, SafetyNotesGoToTheCaseWorkerButNotToAReasonBasedReader) {
  const auto client = worker_client();
  const std::string url = "/api/v1/clients/" + id_of(client);
  const auto own = as("demo-social_worker").get(url);
  ASSERT_EQ(own.status, 200);
  EXPECT_EQ(own.json["safety_notes"], "Turvallisuushuomio: tapaaminen kahdestaan.");
  Client& sc = as("demo-social_counsellor");
  ASSERT_EQ(sc.post(url + "/access-reasons", {{"reason", reason()}}).status, 201);
  const auto reasoned = sc.get(url);
  ASSERT_EQ(reasoned.status, 200);
  EXPECT_TRUE(reasoned.json["safety_notes"].is_null()) << reasoned.body;
  EXPECT_EQ(reasoned.body.find("Turvallisuushuomio"), std::string::npos);
}

TEST(Access, AReasonBasedReaderCannotChangeSafetyNotes) {
  const auto client = worker_client();
  const std::string url = "/api/v1/clients/" + id_of(client);
  Client& sc = as("demo-social_counsellor");
  ASSERT_EQ(sc.post(url + "/access-reasons", {{"reason", reason()}}).status, 201);
  const auto r = sc.patch(url, {{"version", client["version"]}, {"safety_notes", ""}});
  EXPECT_EQ(r.status, 403) << r.body;
  EXPECT_EQ(as("demo-social_worker").get(url).json["safety_notes"],
            "Turvallisuushuomio: tapaaminen kahdestaan.");
}

TEST(Access, AnotherCountysWorkerGets404EvenWithTheId) {
  const auto client = worker_client();
  const std::string url = "/api/v1/clients/" + id_of(client);
  Client& other = as(kOtherCountyWorker);
  EXPECT_EQ(other.get(url).status, 404);
  const auto why = other.post(url + "/access-reasons", {{"reason", reason()}});
  EXPECT_EQ(why.status, 404) << why.body;
  EXPECT_EQ(other.get(url).status, 404) << "a refused reason opens nothing";
  const auto found = search(other, client["last_name"].get<std::string>());
  ASSERT_EQ(found.status, 200);
  EXPECT_TRUE(found.json["items"].empty()) << found.body;
}

TEST(Access, AnotherCountysWorkerCannotFindTheClientByItsCode) {
  const std::string hetu = fictional_hetu();
  create_client(as("demo-social_worker"), {{"hetu", hetu}});
  const auto found = search(as(kOtherCountyWorker), hetu);
  ASSERT_EQ(found.status, 200);
  EXPECT_TRUE(found.json["items"].empty()) << found.body;
}

// Every route that names a client in its path goes through the access policy (Gate::client,
// recorded in the route table as "client:<action>"), so a new route cannot skip it. The one
// exception is recording an access reason, which must work before access exists.
TEST(Access, EveryClientRouteGoesThroughThePolicy) {
  const auto& routes = app().router().routes();
  ASSERT_FALSE(routes.empty());
  std::size_t client_routes = 0;
  for (const auto& r : routes) {
    const std::string what = r.method + " " + r.pattern + " [" + r.access + "]";
    if (r.pattern.find("/clients/{id}") == std::string::npos) continue;
    ++client_routes;
    if (r.method == "POST" && r.pattern == "/api/v1/clients/{id}/access-reasons") {
      EXPECT_EQ(r.access, "session") << what;
      continue;
    }
    EXPECT_EQ(r.access.rfind("client:", 0), 0u) << what;
  }
  EXPECT_GE(client_routes, 3u);
}

// Records about one client, addressed by their own id, are client routes too.
TEST(Access, EveryClientRecordRouteGoesThroughThePolicy) {
  const std::set<std::string> records = {"periods",  "goals",   "assessments", "decisions",
                                         "network",  "consents", "meetings",   "referrals",
                                         "measurements"};
  for (const auto& r : app().router().routes()) {
    const std::string prefix = "/api/v1/";
    if (r.pattern.rfind(prefix, 0) != 0) continue;
    const std::string rest = r.pattern.substr(prefix.size());
    const std::string first = rest.substr(0, rest.find('/'));
    if (!records.count(first) || rest.find("{id}") == std::string::npos) continue;
    EXPECT_EQ(r.access.rfind("client:", 0), 0u) << r.method << " " << r.pattern << " [" << r.access
                                                << "]";
  }
}

// A route that changes client data must not be opened by a read permission alone.
TEST(Access, NoClientMutationIsGatedByAReadAction) {
  const std::set<std::string> reads = {"client:client_read", "client:client_read_sensitive",
                                       "client:client_read_group",
                                       "client:client_read_attendance", "client:caseload_read"};
  for (const auto& r : app().router().routes()) {
    if (r.method == "GET" || r.access.rfind("client:", 0) != 0) continue;
    EXPECT_FALSE(reads.count(r.access)) << r.method << " " << r.pattern << " [" << r.access << "]";
  }
}

TEST(Access, EveryRouteDeclaresWhatItReaches) {
  for (const auto& r : app().router().routes()) {
    const bool known = r.access == "public" || r.access == "session" ||
                       ((r.access.rfind("client:", 0) == 0 || r.access.rfind("role:", 0) == 0) &&
                        r.access.size() > 7 && r.access.find("unknown") == std::string::npos);
    EXPECT_TRUE(known) << r.method << " " << r.pattern << " [" << r.access << "]";
    if (r.access == "public") {
      const std::set<std::string> open = {"/healthz", "/metrics", "/api/v1/session",
                                          "/api/v1/feedback"};
      EXPECT_TRUE(open.count(r.pattern)) << "unexpected public route " << r.method << " "
                                         << r.pattern;
    }
  }
}
