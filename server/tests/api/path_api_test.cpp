// path_api_test.cpp — the rules of the client's path (issue 3), through HTTP, on both backends:
// decision authority, the period a granted decision opens, extension history, goal versions and
// stale edits, consent withdrawal visible at once, closing by final evaluation or interruption,
// the timeline and the key worker's dashboard. Every client here is created by the test.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "http_fixture.h"

namespace soku::test {
namespace {

// One string field of every item of a list, in order.
std::vector<std::string> each(const Json& items, const char* field) {
  std::vector<std::string> out;
  for (const auto& item : items) out.push_back(item.value(field, ""));
  return out;
}

TEST(Path, ReferralAndAssessmentAreStructured) {
  auto& sw = as("demo-social_worker");
  const std::string cid = create_client(sw)["id"];
  auto r = sw.post("/api/v1/clients/" + cid + "/referrals",
                   {{"source", "te_services"}, {"reason", "Pitkään jatkunut työttömyys"},
                    {"received_on", "2026-10-01"}});
  EXPECT_EQ(r.status, 201) << r.body;
  r = sw.post("/api/v1/clients/" + cid + "/referrals",
              {{"source", "astrology"}, {"reason", ""}, {"received_on", "2026-02-30"}});
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(r.names_field("source"));
  EXPECT_TRUE(r.names_field("reason"));
  EXPECT_TRUE(r.names_field("received_on"));

  r = sw.post("/api/v1/clients/" + cid + "/assessments",
              {{"life_areas",
                {{{"area", "housing"}, {"client_view", "Asunto on kunnossa"},
                  {"worker_view", "Ei huolta"}, {"strengths", "Oma koti"}, {"need_level", "none"}},
                 {{"area", "finances"}, {"client_view", "Velkaa"}, {"worker_view", "Velkaneuvonta"},
                  {"strengths", ""}, {"need_level", "great"}}}},
               {"network_statements",
                {{{"source", "Psykiatrinen sairaanhoitaja"}, {"summary", "Puoltaa"}}}}});
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(r.json["life_areas"].size(), 2u);
  EXPECT_EQ(r.json["life_areas"][1]["need_level"], "great");
  EXPECT_TRUE(r.json["conclusion"].is_null());
  const std::string aid = r.json["id"];
  // Stale edit → 409; current → 200; completing needs a conclusion; completed is read-only.
  EXPECT_EQ(sw.patch("/api/v1/assessments/" + aid, {{"version", 7}}).status, 409);
  r = sw.patch("/api/v1/assessments/" + aid, {{"version", 1}, {"completed_on", "2026-10-10"}});
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(r.names_field("conclusion"));
  r = sw.patch("/api/v1/assessments/" + aid,
               {{"version", 1}, {"conclusion", "needed"}, {"completed_on", "2026-10-10"},
                {"life_areas", {{{"area", "work"}, {"need_level", "some"}}}}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json["version"], 2);
  EXPECT_EQ(sw.patch("/api/v1/assessments/" + aid, {{"version", 2}, {"summary", "x"}}).status, 409);
  r = sw.post("/api/v1/clients/" + cid + "/assessments",
              {{"life_areas", {{{"area", "astrology"}}}}});
  EXPECT_TRUE(r.names_field("life_areas[0].area")) << r.body;
}

TEST(Path, OnlyDecisionAuthorityMayDecide) {
  auto& sw = as("demo-social_worker");
  const std::string cid = create_client(sw)["id"];
  // The counsellor works on the case (records a meeting) but may not decide: 403, not 404.
  auto& co = as("demo-social_counsellor");
  EXPECT_EQ(co.post("/api/v1/clients/" + cid + "/access-reasons",
                    {{"reason", "Valmistelen päätöstä yhdessä sosiaalityöntekijän kanssa"}})
                .status,
            201);
  const Json decision = {{"outcome", "denied"}, {"grounds", "Ei tarvetta"}};
  EXPECT_EQ(co.post("/api/v1/clients/" + cid + "/decisions", decision).status, 403);
  // Without any relationship: 404 (existence not revealed).
  const std::string other = create_client(sw)["id"];
  auto& ee = as("demo-experience_expert");
  EXPECT_EQ(ee.post("/api/v1/clients/" + other + "/decisions", decision).status, 404);
  // The social worker decides; a denial opens no period.
  auto r = sw.post("/api/v1/clients/" + cid + "/decisions", decision);
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_TRUE(r.json["period_id"].is_null());
  EXPECT_FALSE(r.json["appeal_instructions"].get<std::string>().empty());
  // A granted decision must name a key worker, dates in order.
  r = sw.post("/api/v1/clients/" + cid + "/decisions",
              {{"outcome", "granted"}, {"grounds", "x"}, {"starts_on", "2026-12-01"},
               {"deadline", "2026-11-01"}, {"service_forms", Json::array()}});
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(r.names_field("deadline"));
  EXPECT_TRUE(r.names_field("key_worker_id"));
  EXPECT_TRUE(r.names_field("service_forms"));
}

TEST(Path, GrantedDecisionOpensOnePeriodWithKeyWorker) {
  const auto [cid, pid] = client_in_service();
  ASSERT_FALSE(pid.empty());
  auto& co = as("demo-social_counsellor");
  // The named key worker now reaches the client as key_worker.
  auto r = co.get("/api/v1/clients/" + cid);
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.json["relationship"], "key_worker");
  r = co.get("/api/v1/periods/" + pid);
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.json["status"], "open");
  EXPECT_EQ(r.json["phase"], "start");
  // A second granted decision while the period is open: 409.
  r = as("demo-social_worker")
          .post("/api/v1/clients/" + cid + "/decisions",
                {{"outcome", "granted"}, {"service_forms", {"group"}}, {"starts_on", "2026-12-01"},
                 {"deadline", "2027-03-01"}, {"key_worker_id", worker_id("demo-social_worker")},
                 {"grounds", "x"}});
  EXPECT_EQ(r.status, 409);
  // Others cannot see the period (404 through the period's client).
  EXPECT_EQ(as("demo-analyst").get("/api/v1/periods/" + pid).status, 404);
  EXPECT_EQ(as("demo-experience_expert").get("/api/v1/periods/" + pid).status, 404);
}

TEST(Path, ExtensionsAreKeptWithReasons) {
  const auto [cid, pid] = client_in_service();
  auto& co = as("demo-social_counsellor");
  auto r = co.post("/api/v1/periods/" + pid + "/extensions",
                   {{"new_deadline", "2027-04-30"}, {"reason", "Tavoitteet kesken"}});
  ASSERT_EQ(r.status, 201) << r.body;
  r = co.post("/api/v1/periods/" + pid + "/extensions",
              {{"new_deadline", "2027-06-30"}, {"reason", "Ryhmä alkaa keväällä"}});
  ASSERT_EQ(r.status, 201);
  EXPECT_EQ(r.json["deadline"], "2027-06-30");
  ASSERT_EQ(r.json["extensions"].size(), 2u);
  EXPECT_EQ(r.json["extensions"][0]["previous_deadline"], "2027-02-28");
  EXPECT_EQ(r.json["extensions"][0]["reason"], "Tavoitteet kesken");
  EXPECT_EQ(r.json["extensions"][1]["previous_deadline"], "2027-04-30");
  // Not later than the current deadline, or without a reason: 422 naming the field.
  r = co.post("/api/v1/periods/" + pid + "/extensions", {{"new_deadline", "2027-05-01"}});
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(r.names_field("reason"));
  r = co.post("/api/v1/periods/" + pid + "/extensions",
              {{"new_deadline", "2027-05-01"}, {"reason", "x"}});
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(r.names_field("new_deadline"));
  // Phase change with optimistic concurrency.
  const auto v = co.get("/api/v1/periods/" + pid).json["version"].get<int>();
  EXPECT_EQ(co.patch("/api/v1/periods/" + pid, {{"version", v}, {"phase", "working"}}).status, 200);
  EXPECT_EQ(co.patch("/api/v1/periods/" + pid, {{"version", v}, {"phase", "closing"}}).status, 409);
  EXPECT_EQ(co.patch("/api/v1/periods/" + pid, {{"version", v + 1}, {"phase", "nap"}}).status, 422);
}

TEST(Path, GoalEditsAppendVersionsAndStaleEditsConflict) {
  const auto [cid, pid] = client_in_service();
  auto& co = as("demo-social_counsellor");
  auto r = co.post("/api/v1/clients/" + cid + "/goals",
                   {{"text", "Haluan käydä kaupassa itse"}, {"means", "Harjoittelu"},
                    {"responsible", "Minä ja omatyöntekijä"}, {"review_on", "2026-12-15"},
                    {"gas_levels", {{"-2", "en käy"}, {"-1", "käyn saatettuna"}, {"0", "kerran kuussa"},
                                    {"1", "joka toinen viikko"}, {"2", "viikoittain"}}},
                    {"weight", 2}});
  ASSERT_EQ(r.status, 201) << r.body;
  const std::string gid = r.json["id"];
  EXPECT_EQ(r.json["version"], 1);
  EXPECT_EQ(r.json["period_id"], pid);
  // Incomplete GAS levels: 422 naming the missing level.
  r = co.post("/api/v1/clients/" + cid + "/goals",
              {{"text", "x"}, {"gas_levels", {{"-2", "a"}, {"0", "c"}}}});
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(r.names_field("gas_levels.-1"));
  r = co.patch("/api/v1/goals/" + gid, {{"version", 1}, {"text", "Käyn kaupassa kerran viikossa"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json["version"], 2);
  EXPECT_EQ(r.json["means"], "Harjoittelu");  // carried over
  r = co.patch("/api/v1/goals/" + gid, {{"version", 1}, {"text", "vanhan päälle"}});
  EXPECT_EQ(r.status, 409);
  EXPECT_EQ(r.json["type"], "/problems/stale-version");
  r = co.get("/api/v1/goals/" + gid + "/versions");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(each(r.json["items"], "text"),
            (std::vector<std::string>{"Käyn kaupassa kerran viikossa", "Haluan käydä kaupassa itse"}));
  // Reviews record attainment −2…+2.
  EXPECT_EQ(co.post("/api/v1/goals/" + gid + "/reviews",
                    {{"reviewed_on", "2026-12-15"}, {"attainment", 3}})
                .status,
            422);
  r = co.post("/api/v1/goals/" + gid + "/reviews", {{"reviewed_on", "2026-12-15"}, {"attainment", 0}});
  ASSERT_EQ(r.status, 201);
  EXPECT_EQ(r.json["latest_attainment"], 0);
  r = co.get("/api/v1/clients/" + cid + "/plan");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.json["goals"].size(), 1u);
  EXPECT_EQ(r.json["period"]["id"], pid);
}

TEST(Path, ConsentWithdrawalIsVisibleAtOnce) {
  const auto [cid, pid] = client_in_service();
  auto& co = as("demo-social_counsellor");
  auto r = co.post("/api/v1/clients/" + cid + "/network",
                   {{"organisation_type", "kela"}, {"name", "Kela"}, {"role", "Etuuskäsittelijä"},
                    {"contact", "puh. 020 000 000"},
                    {"consent", {{"scope", "Toimeentulotuki"}, {"given_on", "2026-11-01"}}}});
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(r.json["consent_status"], "given");
  const std::string member = r.json["id"];
  const std::string consent = r.json["consent"]["id"];
  EXPECT_EQ(co.post("/api/v1/network/" + member + "/consents",
                    {{"scope", "x"}, {"given_on", "2026-11-02"}})
                .status,
            409);
  r = co.post("/api/v1/consents/" + consent + "/withdraw", {{"reason", "Asiakas perui"}});
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.json["consent_status"], "withdrawn");
  r = co.get("/api/v1/clients/" + cid + "/network");
  ASSERT_EQ(r.status, 200);
  ASSERT_EQ(r.json["items"].size(), 1u);
  EXPECT_EQ(r.json["items"][0]["consent_status"], "withdrawn");
  EXPECT_FALSE(r.json["items"][0]["consents"][0]["withdrawn_on"].is_null());
  EXPECT_EQ(co.post("/api/v1/consents/" + consent + "/withdraw", Json::object()).status, 409);
  EXPECT_EQ(co.post("/api/v1/clients/" + cid + "/network",
                    {{"organisation_type", "x"}, {"name", ""}, {"role", "r"},
                     {"consent", {{"scope", "s"}}}})
                .names_field("consent.given_on"),
            true);
}

TEST(Path, FinalEvaluationClosesThePeriod) {
  const auto [cid, pid] = client_in_service();
  auto& co = as("demo-social_counsellor");
  const std::string gid =
      co.post("/api/v1/clients/" + cid + "/goals", {{"text", "Oma tavoite"}}).json["id"];
  auto r = co.post("/api/v1/clients/" + cid + "/meetings",
                   {{"held_on", "2026-11-20"}, {"minutes", 45}, {"mode", "accompaniment"},
                    {"contents", {"errands"}}, {"statutory_item", "coaching"},
                    {"tasks", {"Soita Kelaan"}}, {"note", "Asiointi Kelassa"}});
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(r.json["period_id"], pid);
  r = co.post("/api/v1/clients/" + cid + "/meetings", {{"held_on", "2026-11-20"}, {"mode", "telepathy"}});
  EXPECT_TRUE(r.names_field("mode"));
  EXPECT_TRUE(r.names_field("minutes"));
  EXPECT_TRUE(r.names_field("statutory_item"));
  r = co.post("/api/v1/periods/" + pid + "/final-evaluation",
              {{"goal_results", {{{"goal_id", "not-a-goal"}, {"attainment", 1}}}},
               {"continuation", "studies"}, {"client_view", "a"}, {"worker_view", "b"}});
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(r.names_field("goal_results[0].goal_id"));
  r = co.post("/api/v1/periods/" + pid + "/final-evaluation",
              {{"goal_results", {{{"goal_id", gid}, {"attainment", 1}}}},
               {"continuation", "rehabilitative_work_activity"},
               {"client_view", "Arki sujuu"}, {"worker_view", "Tavoite saavutettiin"}});
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(r.json["status"], "closed");
  EXPECT_FALSE(r.json["final_evaluation"].is_null());
  // Closed: no second evaluation, no extension; the key worker relationship has ended but the
  // counsellor stays a case worker (recorded work).
  EXPECT_EQ(co.post("/api/v1/periods/" + pid + "/final-evaluation",
                    {{"interrupted", true}, {"reason", "could_not_be_reached"}})
                .status,
            409);
  EXPECT_EQ(co.post("/api/v1/periods/" + pid + "/extensions",
                    {{"new_deadline", "2028-01-01"}, {"reason", "x"}})
                .status,
            409);
  EXPECT_EQ(co.get("/api/v1/clients/" + cid).json["relationship"], "case_worker");
  // The goal's final attainment is its latest review.
  EXPECT_EQ(co.get("/api/v1/goals/" + gid).json["latest_attainment"], 1);
  // The timeline has the whole path, newest first.
  r = co.get("/api/v1/clients/" + cid + "/timeline");
  ASSERT_EQ(r.status, 200);
  std::vector<std::string> types;
  for (const auto& e : r.json["items"]) types.push_back(e["type"]);
  for (const char* t : {"decision", "period", "goal", "meeting", "final_evaluation"}) {
    EXPECT_NE(std::find(types.begin(), types.end(), t), types.end()) << t;
  }
  r = co.get("/api/v1/clients/" + cid + "/timeline?types=meeting");
  ASSERT_EQ(r.status, 200);
  for (const auto& e : r.json["items"]) EXPECT_EQ(e["type"], "meeting");
  EXPECT_EQ(co.get("/api/v1/clients/" + cid + "/timeline?types=horoscope").status, 422);
}

TEST(Path, FinalEvaluationNeedsEveryGoalOfThePeriod) {
  const auto [cid, pid] = client_in_service();
  auto& co = as("demo-social_counsellor");
  ASSERT_EQ(co.post("/api/v1/clients/" + cid + "/goals", {{"text", "Ensimmäinen"}}).status, 201);
  const auto r = co.post("/api/v1/periods/" + pid + "/final-evaluation",
                         {{"continuation", "studies"}, {"client_view", "a"}, {"worker_view", "b"}});
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(r.names_field("goal_results"));
  EXPECT_EQ(co.get("/api/v1/periods/" + pid).json["status"], "open");
}

TEST(Path, DecisionIsWrittenInTheClientsLanguage) {
  auto& sw = as("demo-social_worker");
  const std::string cid = create_client(sw, {{"languages", {"sv", "fi"}}})["id"];
  const auto r = sw.post("/api/v1/clients/" + cid + "/decisions",
                         {{"outcome", "denied"}, {"grounds", "Inget behov"}});
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(r.json["language"], "sv");
  EXPECT_NE(r.json["appeal_instructions"].get<std::string>().find("omprövning"), std::string::npos);
}

TEST(Path, InterruptionWithReasonClosesThePeriod) {
  const auto [cid, pid] = client_in_service();
  auto& co = as("demo-social_counsellor");
  auto r = co.post("/api/v1/periods/" + pid + "/final-evaluation", {{"interrupted", true}});
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(r.names_field("reason"));
  r = co.post("/api/v1/periods/" + pid + "/final-evaluation",
              {{"interrupted", true}, {"reason", "could_not_be_reached"},
               {"worker_view", "Kolme yhteydenottoyritystä"}});
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(r.json["status"], "interrupted");
  EXPECT_EQ(r.json["final_evaluation"]["reason"], "could_not_be_reached");
}

TEST(Path, EveryPathReadIsAudited) {
  const auto [cid, pid] = client_in_service();
  auto& co = as("demo-social_counsellor");
  ASSERT_EQ(co.get("/api/v1/periods/" + pid).status, 200);
  ASSERT_EQ(co.get("/api/v1/clients/" + cid + "/timeline").status, 200);
  const auto entries = audit_entries(cid);
  bool period_read = false;
  bool timeline_read = false;
  for (const auto& e : entries) {
    if (e["resource_type"] == "period" && e["action"] == "read" &&
        e["actor_username"] == "demo-social_counsellor" && e["relationship"] == "key_worker") {
      period_read = true;
    }
    if (e["resource_type"] == "timeline") timeline_read = true;
  }
  EXPECT_TRUE(period_read);
  EXPECT_TRUE(timeline_read);
}

TEST(Path, DashboardShowsMyClientsAndWarnings) {
  const auto [cid, pid] = client_in_service();
  auto& co = as("demo-social_counsellor");
  const auto r = co.get("/api/v1/dashboard");
  ASSERT_EQ(r.status, 200) << r.body;
  bool found = false;
  for (const auto& c : r.json["clients"]) {
    if (c["id"] == cid) {
      found = true;
      EXPECT_EQ(c["phase"], "start");
      EXPECT_EQ(c["key_worker"], true);
    }
  }
  EXPECT_TRUE(found);
  for (const char* k : {"week", "deadlines", "no_contact", "goals_due", "drafts"}) {
    EXPECT_TRUE(r.json.contains(k)) << k;
  }
  // Roles that are not key workers do not have a dashboard.
  EXPECT_EQ(as("demo-analyst").get("/api/v1/dashboard").status, 403);
  EXPECT_EQ(as("demo-experience_expert").get("/api/v1/dashboard").status, 403);
}

}  // namespace
}  // namespace soku::test
