// tests/api/path_edges_test.cpp — the path rules at their edges (domain.md "The client's path"),
// through HTTP on both backends:
//   - a final evaluation gives every active goal of the period its attainment: one goal of two is
//     refused (422 goal_results) and the period stays open; both goals close it;
//   - the key worker named in a granted decision is an active social worker or counsellor of the
//     county: an analyst, a deactivated counsellor, another county's worker are refused (422
//     key_worker_id) and no period is opened;
//   - an extension moves the deadline later: the same deadline is refused (422 new_deadline), one
//     day later is accepted;
//   - a timeline filter returns only its type: one that matches nothing is empty, one that matches
//     returns exactly the matching entries.
#include <gtest/gtest.h>

#include "http_fixture.h"

namespace soku::test {
namespace {

TEST(PathEdges, AFinalEvaluationOfOneGoalOfTwoIsRefused) {
  const auto [cid, pid] = client_in_service();
  auto& co = as("demo-social_counsellor");
  const std::string g1 = co.post("/api/v1/clients/" + cid + "/goals", {{"text", "Ensimmäinen"}})
                             .json["id"];
  const std::string g2 = co.post("/api/v1/clients/" + cid + "/goals", {{"text", "Toinen"}})
                             .json["id"];
  const Json body = {{"continuation", "studies"}, {"client_view", "a"}, {"worker_view", "b"}};
  auto with = [&](const Json& results) {
    Json b = body;
    b["goal_results"] = results;
    return b;
  };
  for (const auto& only : {g1, g2}) {
    const auto r = co.post("/api/v1/periods/" + pid + "/final-evaluation",
                           with(Json::array({{{"goal_id", only}, {"attainment", 1}}})));
    EXPECT_EQ(r.status, 422) << r.body;
    EXPECT_TRUE(r.names_field("goal_results")) << r.body;
    EXPECT_EQ(co.get("/api/v1/periods/" + pid).json["status"], "open");
  }
  // The same goal twice is still one goal of two.
  auto r = co.post("/api/v1/periods/" + pid + "/final-evaluation",
                   with(Json::array({{{"goal_id", g1}, {"attainment", 1}},
                                     {{"goal_id", g1}, {"attainment", 2}}})));
  EXPECT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(co.get("/api/v1/periods/" + pid).json["status"], "open");
  r = co.post("/api/v1/periods/" + pid + "/final-evaluation",
              with(Json::array({{{"goal_id", g1}, {"attainment", 1}},
                                {{"goal_id", g2}, {"attainment", -1}}})));
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(r.json["status"], "closed");
  EXPECT_EQ(co.get("/api/v1/goals/" + g2).json["latest_attainment"], -1);
}

// A granted decision naming `key_worker_id`.
HttpResponse decide(const std::string& cid, const std::string& key_worker_id) {
  return as("demo-social_worker")
      .post("/api/v1/clients/" + cid + "/decisions",
            {{"outcome", "granted"}, {"service_forms", {"individual"}},
             {"starts_on", "2026-11-01"}, {"deadline", "2027-02-28"},
             {"key_worker_id", key_worker_id}, {"grounds", "Palvelutarve todettu."}});
}

void expect_refused_key_worker(const std::string& key_worker_id, const std::string& who) {
  const std::string cid = create_client(as("demo-social_worker"))["id"];
  const auto r = decide(cid, key_worker_id);
  EXPECT_EQ(r.status, 422) << who << ": " << r.body;
  EXPECT_TRUE(r.names_field("key_worker_id")) << who << ": " << r.body;
  const auto periods = as("demo-social_worker").get("/api/v1/clients/" + cid + "/periods");
  ASSERT_EQ(periods.status, 200);
  EXPECT_TRUE(periods.json["items"].empty()) << who << ": " << periods.body;
}

TEST(PathEdges, TheKeyWorkerMustBeAnActiveWorkerOfTheCounty) {
  const std::string sfx = random_suffix(6);
  // An analyst of the county (county-wide grant) is a user, but not a worker.
  const std::string analyst = create_user("kw-analyst-" + sfx, "analyst", "")["id"];
  expect_refused_key_worker(analyst, "analyst");
  // A manager of the unit may not be key worker either.
  const std::string manager = create_user("kw-manager-" + sfx, "manager")["id"];
  expect_refused_key_worker(manager, "manager");
  // A counsellor who has been deactivated.
  const std::string gone = create_user("kw-gone-" + sfx, "social_counsellor")["id"];
  const auto off = as("demo-admin").patch("/api/v1/users/" + gone, {{"active", false}});
  ASSERT_EQ(off.status, 200) << off.body;
  expect_refused_key_worker(gone, "deactivated counsellor");
  // Another county's worker (a real worker, in Pirkanmaa).
  const std::string tampere = as(kOtherCountyWorker).user().value("id", "");
  ASSERT_FALSE(tampere.empty()) << as(kOtherCountyWorker).user().dump();
  expect_refused_key_worker(tampere, "other county's worker");
  // A user id that does not exist.
  expect_refused_key_worker("no-such-user-" + sfx, "unknown id");
  // The control: an active counsellor of the county made the same way is accepted.
  const std::string fine = create_user("kw-fine-" + sfx, "social_counsellor")["id"];
  const std::string cid = create_client(as("demo-social_worker"))["id"];
  const auto r = decide(cid, fine);
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_FALSE(r.json["period_id"].is_null());
  EXPECT_EQ(r.json["key_worker_id"], fine);
}

TEST(PathEdges, AnExtensionToTheSameDeadlineIsRefusedAndOneDayLaterIsNot) {
  const auto [cid, pid] = client_in_service();  // deadline 2027-02-28
  auto& co = as("demo-social_counsellor");
  auto r = co.post("/api/v1/periods/" + pid + "/extensions",
                   {{"new_deadline", "2027-02-28"}, {"reason", "Sama päivä"}});
  EXPECT_EQ(r.status, 422) << r.body;
  EXPECT_TRUE(r.names_field("new_deadline")) << r.body;
  r = co.post("/api/v1/periods/" + pid + "/extensions",
              {{"new_deadline", "2027-02-27"}, {"reason", "Aiemmin"}});
  EXPECT_EQ(r.status, 422) << r.body;
  EXPECT_TRUE(r.names_field("new_deadline")) << r.body;
  r = co.get("/api/v1/periods/" + pid);
  EXPECT_EQ(r.json["deadline"], "2027-02-28");
  EXPECT_TRUE(r.json["extensions"].empty()) << r.body;
  r = co.post("/api/v1/periods/" + pid + "/extensions",
              {{"new_deadline", "2027-03-01"}, {"reason", "Yksi päivä lisää"}});
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(r.json["deadline"], "2027-03-01");
  ASSERT_EQ(r.json["extensions"].size(), 1u);
  EXPECT_EQ(r.json["extensions"][0]["previous_deadline"], "2027-02-28");
}

TEST(PathEdges, ATimelineFilterReturnsExactlyItsType) {
  const auto [cid, pid] = client_in_service();
  auto& co = as("demo-social_counsellor");
  for (const char* day : {"2026-11-05", "2026-11-12"}) {
    const auto m = co.post("/api/v1/clients/" + cid + "/meetings",
                           {{"held_on", day}, {"minutes", 30}, {"mode", "phone"},
                            {"statutory_item", "coaching"}});
    ASSERT_EQ(m.status, 201) << m.body;
  }
  // Nothing of the type: an empty list, not an error and not everything.
  auto r = co.get("/api/v1/clients/" + cid + "/timeline?types=final_evaluation");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_TRUE(r.json["items"].is_array());
  EXPECT_TRUE(r.json["items"].empty()) << r.body;
  r = co.get("/api/v1/clients/" + cid + "/timeline?types=goal");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_TRUE(r.json["items"].empty()) << r.body;
  // The type that is there: exactly its two entries, newest first.
  r = co.get("/api/v1/clients/" + cid + "/timeline?types=meeting");
  ASSERT_EQ(r.status, 200) << r.body;
  ASSERT_EQ(r.json["items"].size(), 2u) << r.body;
  for (const auto& e : r.json["items"]) EXPECT_EQ(e["type"], "meeting");
  // Unfiltered, the same client has more than meetings (the decision and the period).
  r = co.get("/api/v1/clients/" + cid + "/timeline");
  ASSERT_EQ(r.status, 200) << r.body;
  std::size_t meetings = 0;
  for (const auto& e : r.json["items"]) meetings += e["type"] == "meeting" ? 1 : 0;
  EXPECT_EQ(meetings, 2u);
  EXPECT_GT(r.json["items"].size(), meetings);
}

}  // namespace
}  // namespace soku::test
