// tests/api/api_caseload_test.cpp — issue 8, items 7–9, on both databases:
// - GET /api/v1/caseload (the manager's view): exactly the clients of the manager's units
//   (another unit's and another county's absent, whoever their key worker is), grouped and
//   counted per key worker × phase, filtered by unit / worker / phase, every client shown an
//   audited "list"; managers only (a worker gets 403: their own clients are on the dashboard);
//   the manager's search is gone (403), so it never lists records that answer "not found".
// - POST /api/v1/audit/clients (the auditor's lookup by name or identity code, in the body):
//   auditors only, the county only, codes masked, every hit an audit entry "lookup".
// - GET /api/v1/drafts/{key} without a draft: 204, not an error.
// - counties, municipalities and units carry name_sv; the admin edits it.
#include <gtest/gtest.h>

#include <set>

#include "http_fixture.h"

using namespace soku::test;

namespace {

using Set = std::set<std::string>;

std::string unit_id_of(const std::string& code) {
  const auto r = as("demo-admin").get("/api/v1/units");
  EXPECT_EQ(r.status, 200) << r.body;
  for (const auto& u : r.json["items"]) {
    if (u["code"] == code) return u["id"].get<std::string>();
  }
  ADD_FAILURE() << "no unit " << code;
  return "";
}

HttpResponse decide(Client& sw, const std::string& cid, const std::string& key_worker) {
  return sw.post("/api/v1/clients/" + cid + "/decisions",
                 {{"outcome", "granted"},
                  {"service_forms", {"individual"}},
                  {"starts_on", "2026-11-01"},
                  {"deadline", "2027-02-28"},
                  {"key_worker_id", key_worker},
                  {"grounds", "Palvelutarve todettu."}});
}

Set ids_of(const Json& items) {
  Set out;
  for (const auto& i : items) out.insert(i["id"].get<std::string>());
  return out;
}

// A caseload world: a fresh counsellor of the demo unit as key worker of one client of the demo
// unit (`mine`) and of one client of Kurikka (`kurikka`, decided by a county-wide social worker);
// a client of the demo unit without a period (`referral`), one of Kurikka without a key worker
// (`kurikka_plain`) and one in another county.
struct World {
  std::string kw_id;
  std::string mine, referral, kurikka, kurikka_plain, other_county;
  std::string kurikka_unit;
  World() {
    const std::string sfx = random_suffix(6);
    kw_id = create_user("cl-kw-" + sfx, "social_counsellor")["id"];
    const std::string cw = "cl-county-sw-" + sfx;
    create_user(cw, "social_worker", "");
    Client county_sw(port());
    county_sw.must_login(cw, kUserPassword);
    kurikka_unit = unit_id_of("kurikka-sote");

    auto& sw = as("demo-social_worker");
    mine = create_client(sw)["id"];
    EXPECT_EQ(decide(sw, mine, kw_id).status, 201);
    referral = create_client(as("demo-social_counsellor"))["id"];
    kurikka = create_client(county_sw, {{"unit", kurikka_unit}})["id"];
    EXPECT_EQ(decide(county_sw, kurikka, kw_id).status, 201);
    kurikka_plain = create_client(as("demo-kurikka-sote-worker"))["id"];
    other_county = create_client(as(kOtherCountyWorker), {{"municipality", "tampere"}})["id"];
  }
};

World& world() {
  static World w;
  return w;
}

HttpResponse caseload(Client& c, const std::string& query = "") {
  return c.get("/api/v1/caseload" + (query.empty() ? "" : "?" + query));
}

bool has_entry(const std::string& client_id, const std::string& actor, const std::string& type,
               const std::string& action) {
  for (const auto& e : audit_entries(client_id)) {
    if (e["actor_username"] == actor && e["resource_type"] == type && e["action"] == action) {
      return true;
    }
  }
  return false;
}

}  // namespace

TEST(Caseload, AManagerSeesTheClientsOfTheirUnitAndNoOther) {
  const auto& w = world();
  const auto r = caseload(as("demo-manager"));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_FALSE(r.json["truncated"].get<bool>());
  const Set ids = ids_of(r.json["items"]);
  EXPECT_TRUE(ids.count(w.mine));
  EXPECT_TRUE(ids.count(w.referral));
  EXPECT_FALSE(ids.count(w.kurikka)) << "another unit's client, although its key worker is ours";
  EXPECT_FALSE(ids.count(w.kurikka_plain)) << "another unit's client";
  EXPECT_FALSE(ids.count(w.other_county)) << "another county's client";
  // The filter options name only the scope's units.
  for (const auto& u : r.json["units"]) EXPECT_NE(u["id"], w.kurikka_unit);
  for (const auto& i : r.json["items"]) {
    ASSERT_FALSE(i["unit"].is_null()) << i.dump();
    EXPECT_EQ(i["unit"]["id"], r.json["items"][0]["unit"]["id"]) << "one unit: the manager's";
  }
}

TEST(Caseload, FilteredByKeyWorkerItListsAndCountsThatWorkersClientsOfTheUnit) {
  const auto& w = world();
  const auto r = caseload(as("demo-manager"), "worker=" + w.kw_id);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(ids_of(r.json["items"]), Set{w.mine});
  const auto& item = r.json["items"][0];
  EXPECT_EQ(item["key_worker"]["id"], w.kw_id);
  EXPECT_EQ(item["phase"], "start");
  EXPECT_EQ(item["deadline"], "2027-02-28");
  EXPECT_TRUE(item["last_contact"].is_null());
  EXPECT_TRUE(item["days_since_contact"].is_null());
  EXPECT_TRUE(item.contains("deadline_soon") && item.contains("no_contact"));
  EXPECT_TRUE(item["first_name"].is_string() && item["last_name"].is_string());
  EXPECT_FALSE(item.contains("hetu")) << "a caseload shows no identity code";
  ASSERT_EQ(r.json["summary"].size(), 1u) << r.body;
  const auto& s = r.json["summary"][0];
  EXPECT_EQ(s["key_worker"]["id"], w.kw_id);
  EXPECT_EQ(s["total"], 1);
  EXPECT_EQ(s["phases"], Json({{"start", 1}}));

  // Phase and unit filters narrow further; another unit's id finds nothing of it.
  EXPECT_EQ(ids_of(caseload(as("demo-manager"), "worker=" + w.kw_id + "&phase=referral")
                       .json["items"]),
            Set{});
  EXPECT_EQ(ids_of(caseload(as("demo-manager"), "unit=" + w.kurikka_unit).json["items"]), Set{});
  const auto referrals = caseload(as("demo-manager"), "phase=referral&worker=none");
  ASSERT_EQ(referrals.status, 200) << referrals.body;
  EXPECT_TRUE(ids_of(referrals.json["items"]).count(w.referral));
  for (const auto& i : referrals.json["items"]) {
    EXPECT_EQ(i["phase"], "referral");
    EXPECT_TRUE(i["key_worker"].is_null());
  }
}

// The caseload view and the key worker's dashboard read a client's phase from the same facts
// (store::records::path_fact_columns): a refused client is "denied" on both, not "decided".
TEST(Caseload, APhaseIsTheSameAsOnTheWorkersDashboard) {
  // A fresh social worker of the manager's unit, so that the client is on their dashboard (which
  // lists at most 300) whatever other tests made.
  const std::string name = "cl-phase-sw-" + random_suffix(6);
  create_user(name, "social_worker");
  Client sw(port());
  sw.must_login(name, kUserPassword);
  const std::string cid = create_client(sw)["id"];
  const auto denied = sw.post("/api/v1/clients/" + cid + "/decisions",
                              {{"outcome", "denied"},
                               {"service_forms", Json::array()},
                               {"starts_on", "2026-11-01"},
                               {"deadline", "2027-02-28"},
                               {"grounds", "Palvelutarvetta ei todettu."}});
  ASSERT_EQ(denied.status, 201) << denied.body;
  std::string on_caseload;
  const auto list = caseload(as("demo-manager"), "phase=denied");
  ASSERT_EQ(list.status, 200) << list.body;
  for (const auto& i : list.json["items"]) {
    if (i["id"] == cid) on_caseload = i["phase"];
  }
  std::string on_dashboard;
  const auto dashboard = sw.get("/api/v1/dashboard");
  ASSERT_EQ(dashboard.status, 200) << dashboard.body;
  for (const auto& c : dashboard.json["clients"]) {
    if (c["id"] == cid) on_dashboard = c["phase"];
  }
  EXPECT_EQ(on_caseload, "denied");
  EXPECT_EQ(on_dashboard, "denied");
}

TEST(Caseload, EveryClientShownIsAnAuditedListAndOthersAreNot) {
  const auto& w = world();
  ASSERT_EQ(caseload(as("demo-manager"), "worker=" + w.kw_id).status, 200);
  EXPECT_TRUE(has_entry(w.mine, "demo-manager", "caseload", "list"));
  EXPECT_FALSE(has_entry(w.kurikka, "demo-manager", "caseload", "list"));
  EXPECT_FALSE(has_entry(w.kurikka_plain, "demo-manager", "caseload", "list"));
}

TEST(Caseload, OnlyAManagerMayOpenIt) {
  world();
  for (const char* user : {"demo-social_worker", "demo-social_counsellor", "demo-auditor",
                           "demo-admin", "demo-analyst", "demo-group_instructor"}) {
    EXPECT_EQ(caseload(as(user)).status, 403) << user;
  }
  Client anonymous(port());
  EXPECT_EQ(caseload(anonymous).status, 401);
}

TEST(Caseload, BadFiltersAre422NamingTheParameter) {
  auto& m = as("demo-manager");
  const auto phase = caseload(m, "phase=granted");
  EXPECT_EQ(phase.status, 422) << phase.body;
  EXPECT_TRUE(phase.names_field("phase")) << phase.body;
  const auto worker = caseload(m, "worker=a%27b");
  EXPECT_EQ(worker.status, 422) << worker.body;
  EXPECT_TRUE(worker.names_field("worker")) << worker.body;
  const auto unit = caseload(m, "unit=" + std::string(65, 'a'));
  EXPECT_EQ(unit.status, 422) << unit.body;
  EXPECT_TRUE(unit.names_field("unit")) << unit.body;
}

TEST(Caseload, AManagerNoLongerSearchesRecordsTheyCannotOpen) {
  const auto& w = world();
  auto& m = as("demo-manager");
  EXPECT_EQ(m.get("/api/v1/clients/" + w.mine).status, 404);
  EXPECT_EQ(search(m, "a").status, 403);
  const auto me = m.get("/api/v1/me");
  ASSERT_EQ(me.status, 200);
  bool caseload_view = false, client_search = false;
  for (const auto& a : me.json["user"]["actions"]) {
    caseload_view = caseload_view || a == "caseload_view";
    client_search = client_search || a == "client_search";
  }
  EXPECT_TRUE(caseload_view);
  EXPECT_FALSE(client_search);
}

// ---- the auditor's lookup ----------------------------------------------------------------------

TEST(AuditLookup, TheAuditorFindsAClientByIdentityCodeSentInTheBody) {
  const std::string hetu = fictional_hetu();
  const std::string cid = create_client(as("demo-social_worker"), {{"hetu", hetu}})["id"];
  const auto r = as("demo-auditor").post("/api/v1/audit/clients", {{"q", hetu}});
  ASSERT_EQ(r.status, 200) << r.body;
  ASSERT_EQ(r.json["items"].size(), 1u) << r.body;
  EXPECT_EQ(r.json["items"][0]["id"], cid);
  EXPECT_EQ(r.json["items"][0]["hetu_masked"], hetu.substr(0, 7) + "****");
  EXPECT_EQ(r.body.find(hetu), std::string::npos) << "the whole code never comes back";
  EXPECT_TRUE(r.json["items"][0]["municipality"]["name"].is_string());
  EXPECT_TRUE(has_entry(cid, "demo-auditor", "client", "lookup"));
}

TEST(AuditLookup, ByNameWithinTheCountyOnly) {
  const std::string name = "Auditoitava" + random_suffix(6);
  const std::string here = create_client(as("demo-social_worker"), {{"last_name", name}})["id"];
  create_client(as(kOtherCountyWorker), {{"last_name", name}, {"municipality", "tampere"}});
  const auto r = as("demo-auditor").post("/api/v1/audit/clients", {{"q", name}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(ids_of(r.json["items"]), Set{here});
}

TEST(AuditLookup, NobodyButAnAuditorAndNeverThroughAUrl) {
  for (const char* user : {"demo-social_worker", "demo-manager", "demo-admin", "demo-analyst"}) {
    EXPECT_EQ(as(user).post("/api/v1/audit/clients", {{"q", "Ahola"}}).status, 403) << user;
  }
  Client anonymous(port());
  EXPECT_EQ(anonymous.post("/api/v1/audit/clients", {{"q", "Ahola"}}).status, 401);
  const auto url = as("demo-auditor").get("/api/v1/audit/clients?q=Ahola");
  EXPECT_NE(url.status, 200) << "no GET route takes the query in a URL";
  const auto too_short = as("demo-auditor").post("/api/v1/audit/clients", {{"q", "A"}});
  EXPECT_EQ(too_short.status, 422) << too_short.body;
  EXPECT_TRUE(too_short.names_field("q"));
  const auto missing = as("demo-auditor").post("/api/v1/audit/clients", Json::object());
  EXPECT_EQ(missing.status, 422) << missing.body;
  EXPECT_TRUE(missing.names_field("q"));
}

TEST(AuditLookup, TheLogIsSearchedByUserAloneWithoutAClient) {
  ASSERT_EQ(caseload(as("demo-manager")).status, 200);
  const auto r = as("demo-auditor").get("/api/v1/audit?actor=demo-manager&limit=50");
  ASSERT_EQ(r.status, 200) << r.body;
  ASSERT_FALSE(r.json["items"].empty());
  for (const auto& e : r.json["items"]) EXPECT_EQ(e["actor_username"], "demo-manager");
}

// ---- drafts and Swedish names --------------------------------------------------------------------

TEST(Drafts, NoDraftIs204WithoutABody) {
  auto& sw = as("demo-social_worker");
  const auto r = sw.get("/api/v1/drafts/never-saved-" + random_suffix());
  EXPECT_EQ(r.status, 204) << r.body;
  EXPECT_TRUE(r.body.empty());
  EXPECT_EQ(sw.get("/api/v1/drafts/bad%20key").status, 422);
}

TEST(SwedishNames, CountiesMunicipalitiesAndUnitsCarryThemAndTheAdminEditsThem) {
  auto& admin = as("demo-admin");
  const auto counties = admin.get("/api/v1/counties");
  ASSERT_EQ(counties.status, 200);
  bool found = false;
  for (const auto& c : counties.json["items"]) {
    if (c["code"] == "etela-pohjanmaa") {
      EXPECT_EQ(c["name_sv"], "Södra Österbottens välfärdsområde");
      found = true;
    }
  }
  EXPECT_TRUE(found);
  const auto munis = admin.get("/api/v1/counties/pirkanmaa/municipalities");
  ASSERT_EQ(munis.status, 200);
  for (const auto& m : munis.json["items"]) {
    if (m["code"] == "tampere") {
      EXPECT_EQ(m["name_sv"], "Tammerfors");
    }
  }
  // A unit: created with a Swedish name, then renamed.
  const std::string code = "sv-" + random_suffix(6);
  const auto u = admin.post("/api/v1/units", {{"code", code}, {"name", "Testiyksikkö"},
                                              {"name_sv", "Testenheten"}});
  ASSERT_EQ(u.status, 201) << u.body;
  EXPECT_EQ(u.json["name_sv"], "Testenheten");
  const auto p = admin.patch("/api/v1/units/" + u.json["id"].get<std::string>(),
                             {{"name_sv", "Provenheten"}});
  ASSERT_EQ(p.status, 200) << p.body;
  EXPECT_EQ(p.json["name_sv"], "Provenheten");
  EXPECT_EQ(p.json["name"], "Testiyksikkö");
  // A municipality's Swedish name.
  const std::string mcode = "kunta-" + random_suffix(6);
  ASSERT_EQ(admin.post("/api/v1/counties/etela-pohjanmaa/municipalities",
                       {{"code", mcode}, {"name", "Testikunta"}})
                .status,
            201);
  const auto pm = admin.patch("/api/v1/municipalities/" + mcode, {{"name_sv", "Provkommun"}});
  ASSERT_EQ(pm.status, 200) << pm.body;
  EXPECT_EQ(pm.json["name_sv"], "Provkommun");
  EXPECT_EQ(admin.patch("/api/v1/municipalities/tampere", {{"name_sv", "X"}}).status, 404)
      << "another county's municipality is not the admin's";
  EXPECT_EQ(
      as("demo-social_worker").patch("/api/v1/municipalities/" + mcode, {{"name_sv", "X"}}).status,
      403);
}
