// tests/api/search_membership_test.cpp — POST /api/v1/clients/search returns exactly the clients
// the policy lets the searcher see in a caseload list (access.md; Access::list_condition): a
// worker's through a relationship (registered, decided, key worker, a recorded reason), a unit
// manager's every client of their unit; never a colleague's, another unit's or another county's.
// Each client listed has a "list" audit entry by the searcher and the others have none.
//
// The clients share one made-up last name, so that the search finds them and nothing else.
#include <gtest/gtest.h>

#include <set>

#include "http_fixture.h"

namespace soku::test {
namespace {

using Set = std::set<std::string>;

struct SearchWorld {
  std::string name = "Hakujoukko" + random_suffix(8);
  std::string by_sw;          // registered by the social worker
  std::string by_counsellor;  // registered by the counsellor (same unit)
  std::string reasoned;       // the counsellor's, the social worker recorded a reason
  std::string decided;        // the counsellor's, the social worker decided (key worker: counsellor)
  std::string other_unit;     // registered by the worker of Kurikka (same county, other unit)
  std::string other_county;   // registered in Pirkanmaa

  SearchWorld() {
    const Json last = {{"last_name", name}};
    auto& sw = as("demo-social_worker");
    auto& co = as("demo-social_counsellor");
    by_sw = create_client(sw, last)["id"];
    by_counsellor = create_client(co, last)["id"];
    reasoned = create_client(co, last)["id"];
    const auto why = sw.post("/api/v1/clients/" + reasoned + "/access-reasons",
                             {{"reason", "Sijaistan asiakkaan omatyöntekijää."}});
    EXPECT_EQ(why.status, 201) << why.body;
    other_unit = create_client(as("demo-kurikka-sote-worker"), last)["id"];
    other_county =
        create_client(as(kOtherCountyWorker), {{"last_name", name}, {"municipality", "tampere"}})["id"];
  }
};

SearchWorld& world() {
  static SearchWorld w;
  return w;
}

Set ids_of(const HttpResponse& r) {
  Set out;
  EXPECT_EQ(r.status, 200) << r.body;
  for (const auto& i : r.json["items"]) out.insert(i["id"].get<std::string>());
  EXPECT_TRUE(r.json["next_cursor"].is_null()) << "the test's clients fit one page";
  return out;
}

// Whether `username` has a "list" entry for the client (GET /api/v1/audit as the auditor).
bool listed_by(const std::string& username, const std::string& cid) {
  for (const auto& e : audit_entries(cid)) {
    if (e["action"] == "list" && e["actor_username"] == username &&
        e["resource_type"] == "client" && e["resource_id"] == cid) {
      return true;
    }
  }
  return false;
}

TEST(SearchMembership, AWorkerFindsExactlyTheClientsTheyWorkWith) {
  const auto& w = world();
  EXPECT_EQ(ids_of(search(as("demo-social_worker"), w.name)), (Set{w.by_sw, w.reasoned}));
  EXPECT_EQ(ids_of(search(as("demo-social_counsellor"), w.name)),
            (Set{w.by_counsellor, w.reasoned}));
  EXPECT_EQ(ids_of(search(as("demo-kurikka-sote-worker"), w.name)), (Set{w.other_unit}));
  EXPECT_EQ(ids_of(search(as(kOtherCountyWorker), w.name)), (Set{w.other_county}));
}

TEST(SearchMembership, AUnitManagerDoesNotSearchButSeesEveryClientOfTheirUnitInTheCaseload) {
  // The search lists only records one may open; a manager opens none (issue 8). Their list is
  // GET /caseload: the unit's clients, another unit's and another county's absent.
  const auto& w = world();
  EXPECT_EQ(search(as("demo-manager"), w.name).status, 403);
  const auto r = as("demo-manager").get("/api/v1/caseload");
  ASSERT_EQ(r.status, 200) << r.body;
  Set mine;
  for (const auto& i : r.json["items"]) {
    const std::string id = i["id"];
    if (id == w.by_sw || id == w.by_counsellor || id == w.reasoned || id == w.other_unit ||
        id == w.other_county) {
      mine.insert(id);
    }
  }
  EXPECT_EQ(mine, (Set{w.by_sw, w.by_counsellor, w.reasoned}));
}

TEST(SearchMembership, ADecisionMakesTheKeyWorkerFindTheClient) {
  // Registered by the social worker; the key worker named is a fresh counsellor of the unit, who
  // has no other relationship to anybody.
  const std::string name = "Hakuavain" + random_suffix(8);
  const std::string user = "search-kw-" + random_suffix(6);
  const std::string kw = create_user(user, "social_counsellor")["id"];
  auto& sw = as("demo-social_worker");
  const std::string mine = create_client(sw, {{"last_name", name}})["id"];
  const std::string not_mine = create_client(sw, {{"last_name", name}})["id"];
  Client c(port());
  c.must_login(user, kUserPassword);
  EXPECT_EQ(ids_of(search(c, name)), Set{});
  const auto d = sw.post("/api/v1/clients/" + mine + "/decisions",
                         {{"outcome", "granted"}, {"service_forms", {"individual"}},
                          {"starts_on", "2026-11-01"}, {"deadline", "2027-02-28"},
                          {"key_worker_id", kw}, {"grounds", "Palvelutarve todettu."}});
  ASSERT_EQ(d.status, 201) << d.body;
  EXPECT_EQ(ids_of(search(c, name)), (Set{mine}));
  EXPECT_TRUE(listed_by(user, mine));
  EXPECT_FALSE(listed_by(user, not_mine));
}

TEST(SearchMembership, EveryListedClientAndNoOtherHasAListEntryByTheSearcher) {
  const auto& w = world();
  ASSERT_EQ(ids_of(search(as("demo-social_worker"), w.name)), (Set{w.by_sw, w.reasoned}));
  EXPECT_TRUE(listed_by("demo-social_worker", w.by_sw));
  EXPECT_TRUE(listed_by("demo-social_worker", w.reasoned));
  for (const auto& cid : {w.by_counsellor, w.other_unit, w.other_county}) {
    EXPECT_FALSE(listed_by("demo-social_worker", cid)) << cid;
  }
}

TEST(SearchMembership, APageIsAuditedOnlyForTheClientsOnIt) {
  // Two clients, one per page: the first page's client is listed, the second's not (yet).
  auto& co = as("demo-social_counsellor");
  const std::string name = "Hakusivu" + random_suffix(8);
  const std::string one = create_client(co, {{"last_name", name}, {"first_name", "Aada"}})["id"];
  const std::string two = create_client(co, {{"last_name", name}, {"first_name", "Bertta"}})["id"];
  const auto first = search(co, name, 1);
  ASSERT_EQ(first.status, 200) << first.body;
  ASSERT_EQ(first.json["items"].size(), 1u);
  EXPECT_EQ(first.json["items"][0]["id"], one);
  EXPECT_TRUE(listed_by("demo-social_counsellor", one));
  EXPECT_FALSE(listed_by("demo-social_counsellor", two));
  const auto second = search(co, name, 1, first.json["next_cursor"].get<std::string>());
  ASSERT_EQ(second.status, 200) << second.body;
  ASSERT_EQ(second.json["items"].size(), 1u);
  EXPECT_EQ(second.json["items"][0]["id"], two);
  EXPECT_TRUE(listed_by("demo-social_counsellor", two));
}

}  // namespace
}  // namespace soku::test
