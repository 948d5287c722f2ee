// api_corrections_test.cpp — corrections with history (issue 8, item 4), through HTTP, on both
// backends: a meeting, a referral, a network member and a consent are corrected with a version and
// a reason; the earlier wording, its author, the corrector, the time and the reason are listed at
// …/versions; a stale version is a 409, a missing or blank reason a 422 naming `reason`; someone
// without a relationship gets 404 and the refusal is audited; the timeline marks corrected
// entries; a second meeting on the same day is noticed; a completed assessment gets addenda.
#include <gtest/gtest.h>

#include <string>

#include "http_fixture.h"

namespace soku::test {
namespace {

RequestOptions with_request_id(const std::string& id) {
  RequestOptions o;
  o.headers = {{"X-Request-Id", id}};
  return o;
}

Json entry_of(const std::string& client_id, const std::string& request_id) {
  for (const auto& e : audit_entries(client_id)) {
    if (e["request_id"] == request_id) return e;
  }
  return nullptr;
}

const Json kMeeting = {{"held_on", "2026-10-05"},
                       {"minutes", 60},
                       {"mode", "office"},
                       {"contents", {"errands"}},
                       {"statutory_item", "coaching"},
                       {"note", "Kävimme Kelassa."}};

// The timeline item of record `id` (of `type`), or null.
Json timeline_item(Client& c, const std::string& cid, const std::string& type,
                   const std::string& id) {
  const auto r = c.get("/api/v1/clients/" + cid + "/timeline?types=" + type);
  EXPECT_EQ(r.status, 200) << r.body;
  for (const auto& e : r.json["items"]) {
    if (e["id"] == id) return e;
  }
  return nullptr;
}

TEST(Corrections, AMeetingIsCorrectedWithAReasonAndItsEarlierWordingIsKept) {
  auto& sw = as("demo-social_worker");
  const std::string cid = create_client(sw)["id"];
  auto r = sw.post("/api/v1/clients/" + cid + "/meetings", kMeeting);
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(r.json["version"], 1);
  EXPECT_EQ(r.json["corrected"], false);
  const std::string mid = r.json["id"];
  EXPECT_EQ(timeline_item(sw, cid, "meeting", mid)["corrected"], false);

  r = sw.patch("/api/v1/meetings/" + mid,
               {{"version", 1}, {"reason", "Väärä paikka kirjattu"}, {"note", "Kävimme TE-toimistossa."},
                {"minutes", 75}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json["version"], 2);
  EXPECT_EQ(r.json["corrected"], true);
  EXPECT_EQ(r.json["note"], "Kävimme TE-toimistossa.");
  EXPECT_EQ(r.json["minutes"], 75);
  EXPECT_EQ(r.json["mode"], "office");  // not given: kept

  r = sw.get("/api/v1/meetings/" + mid);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json["note"], "Kävimme TE-toimistossa.");

  // A second correction: the list is newest first, each with who wrote it and who replaced it.
  r = sw.patch("/api/v1/meetings/" + mid,
               {{"version", 2}, {"reason", "Päivämäärä korjattu"}, {"held_on", "2026-10-06"}});
  ASSERT_EQ(r.status, 200) << r.body;
  r = sw.get("/api/v1/meetings/" + mid + "/versions");
  ASSERT_EQ(r.status, 200) << r.body;
  ASSERT_EQ(r.json["items"].size(), 2u) << r.body;
  const Json newest = r.json["items"][0];
  const Json first = r.json["items"][1];
  EXPECT_EQ(newest["version"], 2);
  EXPECT_EQ(newest["reason"], "Päivämäärä korjattu");
  EXPECT_EQ(newest["fields"]["held_on"], "2026-10-05");
  EXPECT_EQ(first["version"], 1);
  EXPECT_EQ(first["fields"]["note"], "Kävimme Kelassa.");
  EXPECT_EQ(first["fields"]["minutes"], 60);
  EXPECT_EQ(first["reason"], "Väärä paikka kirjattu");
  EXPECT_EQ(first["corrected_by_name"], first["written_by_name"]);
  EXPECT_FALSE(first["corrected_at"].get<std::string>().empty());
  EXPECT_EQ(newest["written_at"], first["corrected_at"]);  // version 2 was written by the correction

  EXPECT_EQ(timeline_item(sw, cid, "meeting", mid)["corrected"], true);
}

TEST(Corrections, AStaleVersionIsAConflictAndNothingChanges) {
  auto& sw = as("demo-social_worker");
  const std::string cid = create_client(sw)["id"];
  const std::string mid = sw.post("/api/v1/clients/" + cid + "/meetings", kMeeting).json["id"];
  ASSERT_EQ(sw.patch("/api/v1/meetings/" + mid,
                     {{"version", 1}, {"reason", "Kesto korjattu"}, {"minutes", 50}})
                .status,
            200);
  auto r = sw.patch("/api/v1/meetings/" + mid,
                    {{"version", 1}, {"reason", "Toinen korjaus"}, {"minutes", 40}});
  EXPECT_EQ(r.status, 409) << r.body;
  EXPECT_EQ(r.header("content-type").rfind("application/problem+json", 0), 0u);
  EXPECT_NE(r.json.value("type", "").find("stale-version"), std::string::npos) << r.body;
  r = sw.get("/api/v1/meetings/" + mid);
  EXPECT_EQ(r.json["minutes"], 50);
  EXPECT_EQ(sw.get("/api/v1/meetings/" + mid + "/versions").json["items"].size(), 1u);
}

TEST(Corrections, AReasonIsRequiredAndUnknownFieldsAreRefused) {
  auto& sw = as("demo-social_worker");
  const std::string cid = create_client(sw)["id"];
  const std::string mid = sw.post("/api/v1/clients/" + cid + "/meetings", kMeeting).json["id"];
  for (const Json& reason : {Json(nullptr), Json(""), Json("   "), Json("x")}) {
    Json body = {{"version", 1}, {"note", "Uusi"}};
    if (!reason.is_null()) body["reason"] = reason;
    const auto r = sw.patch("/api/v1/meetings/" + mid, body);
    EXPECT_EQ(r.status, 422) << reason << r.body;
    EXPECT_TRUE(r.names_field("reason")) << reason << r.body;
  }
  auto r = sw.patch("/api/v1/meetings/" + mid,
                    {{"version", 1}, {"reason", "Korjaus"}, {"client_id", "x"}});
  EXPECT_EQ(r.status, 422) << r.body;
  EXPECT_TRUE(r.names_field("client_id")) << r.body;
  // Nothing to correct: the fields given say what the meeting already says.
  r = sw.patch("/api/v1/meetings/" + mid, {{"version", 1}, {"reason", "Korjaus"}, {"minutes", 60}});
  EXPECT_EQ(r.status, 422) << r.body;
  EXPECT_TRUE(r.names_field("minutes")) << r.body;
  EXPECT_EQ(sw.get("/api/v1/meetings/" + mid).json["version"], 1);
}

TEST(Corrections, WithoutARelationshipItIsNotFoundAndAudited) {
  auto& sw = as("demo-social_worker");
  const std::string cid = create_client(sw)["id"];
  const std::string mid = sw.post("/api/v1/clients/" + cid + "/meetings", kMeeting).json["id"];
  const std::string ref =
      sw.post("/api/v1/clients/" + cid + "/referrals",
              {{"source", "self"}, {"reason", "Oma yhteydenotto"}, {"received_on", "2026-10-01"}})
          .json["id"];
  auto& ee = as("demo-experience_expert");
  const struct {
    std::string path;
    std::string type;
  } targets[] = {{"/api/v1/meetings/" + mid, "meeting"}, {"/api/v1/referrals/" + ref, "referral"}};
  for (const auto& t : targets) {
    const std::string rid = "corr-denied-" + random_suffix();
    const auto r = ee.patch(t.path, {{"version", 1}, {"reason", "Yritän korjata"}, {"note", "x"}},
                            with_request_id(rid));
    EXPECT_EQ(r.status, 404) << t.path << r.body;
    const Json e = entry_of(cid, rid);
    ASSERT_FALSE(e.is_null()) << "no audit entry for " << t.path;
    EXPECT_EQ(e["outcome"], "denied");
    EXPECT_EQ(e["action"], "update");
    EXPECT_EQ(e["resource_type"], t.type);
    EXPECT_EQ(ee.get(t.path + "/versions").status, 404);
  }
  EXPECT_EQ(sw.get("/api/v1/meetings/" + mid).json["version"], 1);
}

TEST(Corrections, AReferralIsCorrectedAndItsOwnReasonIsReferralReason) {
  auto& sw = as("demo-social_worker");
  const std::string cid = create_client(sw)["id"];
  auto r = sw.post("/api/v1/clients/" + cid + "/referrals",
                   {{"source", "self"}, {"reason", "Yksinäisyys"}, {"received_on", "2026-10-01"}});
  ASSERT_EQ(r.status, 201) << r.body;
  const std::string ref = r.json["id"];
  EXPECT_EQ(r.json["version"], 1);
  r = sw.patch("/api/v1/referrals/" + ref, {{"version", 1},
                                            {"reason", "Lähde oli väärin"},
                                            {"source", "te_services"},
                                            {"referral_reason", "Pitkä työttömyys"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json["source"], "te_services");
  EXPECT_EQ(r.json["reason"], "Pitkä työttömyys");
  EXPECT_EQ(r.json["corrected"], true);
  r = sw.get("/api/v1/referrals/" + ref + "/versions");
  ASSERT_EQ(r.json["items"].size(), 1u) << r.body;
  EXPECT_EQ(r.json["items"][0]["fields"]["source"], "self");
  EXPECT_EQ(r.json["items"][0]["fields"]["reason"], "Yksinäisyys");
  EXPECT_EQ(r.json["items"][0]["reason"], "Lähde oli väärin");
  EXPECT_EQ(timeline_item(sw, cid, "referral", ref)["corrected"], true);
}

TEST(Corrections, ANetworkMemberAndAConsentAreCorrected) {
  auto& sw = as("demo-social_worker");
  const std::string cid = create_client(sw)["id"];
  auto r = sw.post("/api/v1/clients/" + cid + "/network",
                   {{"organisation_type", "kela"},
                    {"name", "Kela Seinäjoki"},
                    {"role", "Käsittelijä"},
                    {"consent", {{"scope", "Etuudet"}, {"given_on", "2026-10-01"}}}});
  ASSERT_EQ(r.status, 201) << r.body;
  const std::string member = r.json["id"];
  const std::string consent = r.json["consent"]["id"];
  EXPECT_EQ(r.json["version"], 1);
  EXPECT_EQ(r.json["consent"]["version"], 1);
  // A member: no reason → 422; with one → corrected.
  r = sw.patch("/api/v1/network/" + member, {{"version", 1}, {"role", "Etuuskäsittelijä"}});
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(r.names_field("reason"));
  r = sw.patch("/api/v1/network/" + member,
               {{"version", 1}, {"reason", "Nimike tarkentui"}, {"role", "Etuuskäsittelijä"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json["role"], "Etuuskäsittelijä");
  EXPECT_EQ(r.json["corrected"], true);
  EXPECT_EQ(sw.get("/api/v1/network/" + member + "/versions").json["items"][0]["fields"]["role"],
            "Käsittelijä");
  // A consent: by its own record.
  r = sw.patch("/api/v1/consents/" + consent,
               {{"version", 1}, {"reason", "Laajuus kirjattu väärin"}, {"scope", "Etuudet ja asuminen"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json["consent"]["scope"], "Etuudet ja asuminen");
  EXPECT_EQ(r.json["consent"]["corrected"], true);
  EXPECT_EQ(sw.patch("/api/v1/consents/" + consent,
                     {{"version", 1}, {"reason", "Uudestaan"}, {"scope", "Muu"}})
                .status,
            409);
  r = sw.get("/api/v1/consents/" + consent + "/versions");
  ASSERT_EQ(r.json["items"].size(), 1u) << r.body;
  EXPECT_EQ(r.json["items"][0]["fields"]["scope"], "Etuudet");
  EXPECT_EQ(timeline_item(sw, cid, "consent", consent)["corrected"], true);
  EXPECT_EQ(timeline_item(sw, cid, "network", member)["corrected"], true);
}

TEST(Corrections, ASecondMeetingOnTheSameDayIsNoticed) {
  auto& sw = as("demo-social_worker");
  const std::string cid = create_client(sw)["id"];
  auto r = sw.post("/api/v1/clients/" + cid + "/meetings", kMeeting);
  ASSERT_EQ(r.status, 201);
  EXPECT_TRUE(r.json["same_day"].empty());
  const std::string first = r.json["id"];
  r = sw.post("/api/v1/clients/" + cid + "/meetings", kMeeting);
  ASSERT_EQ(r.status, 201);
  ASSERT_EQ(r.json["same_day"].size(), 1u) << r.body;
  EXPECT_EQ(r.json["same_day"][0], first);
  Json other = kMeeting;
  other["held_on"] = "2026-10-07";
  r = sw.post("/api/v1/clients/" + cid + "/meetings", other);
  EXPECT_TRUE(r.json["same_day"].empty()) << r.body;
}

TEST(Corrections, AMeetingWithoutAServicePeriodBelongsToNone) {
  auto& sw = as("demo-social_worker");
  const std::string cid = create_client(sw)["id"];
  const auto r = sw.post("/api/v1/clients/" + cid + "/meetings", kMeeting);
  ASSERT_EQ(r.status, 201) << r.body;  // assessment work before a decision is legitimate
  EXPECT_TRUE(r.json["period_id"].is_null());
}

TEST(Corrections, ACompletedAssessmentGetsAnAddendumNotARewrite) {
  auto& sw = as("demo-social_worker");
  const std::string cid = create_client(sw)["id"];
  auto r = sw.post("/api/v1/clients/" + cid + "/assessments",
                   {{"life_areas", {{{"area", "housing"}, {"need_level", "some"}}}}});
  ASSERT_EQ(r.status, 201) << r.body;
  const std::string aid = r.json["id"];
  EXPECT_TRUE(r.json["addenda"].empty());
  const Json addendum = {{"text", "Asumisen tilanne muuttui."}, {"reason", "Uutta tietoa"}};
  r = sw.post("/api/v1/assessments/" + aid + "/addenda", addendum);
  EXPECT_EQ(r.status, 409) << r.body;  // a draft is edited, not amended
  ASSERT_EQ(sw.patch("/api/v1/assessments/" + aid, {{"version", 1},
                                                     {"conclusion", "needed"},
                                                     {"completed_on", "2026-10-10"},
                                                     {"life_areas", {{{"area", "housing"}}}}})
                .status,
            200);
  r = sw.post("/api/v1/assessments/" + aid + "/addenda", {{"text", "Lisäys"}, {"reason", " "}});
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(r.names_field("reason"));
  r = sw.post("/api/v1/assessments/" + aid + "/addenda", addendum);
  ASSERT_EQ(r.status, 201) << r.body;
  ASSERT_EQ(r.json["addenda"].size(), 1u);
  EXPECT_EQ(r.json["addenda"][0]["text"], "Asumisen tilanne muuttui.");
  EXPECT_EQ(r.json["addenda"][0]["reason"], "Uutta tietoa");
  EXPECT_EQ(r.json["version"], 2);  // the assessment itself is unchanged
  EXPECT_EQ(sw.get("/api/v1/assessments/" + aid).json["addenda"].size(), 1u);
  EXPECT_EQ(timeline_item(sw, cid, "assessment", aid)["corrected"], true);
  // Someone without a relationship: 404, audited.
  const std::string rid = "corr-addendum-" + random_suffix();
  EXPECT_EQ(as("demo-experience_expert")
                .post("/api/v1/assessments/" + aid + "/addenda", addendum, with_request_id(rid))
                .status,
            404);
  EXPECT_EQ(entry_of(cid, rid)["outcome"], "denied");
}

TEST(Corrections, ARecordStaysCorrectableAfterItsPeriodClosed) {
  const auto [cid, period] = client_in_service();
  auto& co = as("demo-social_counsellor");
  auto r = co.post("/api/v1/clients/" + cid + "/meetings", kMeeting);
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(r.json["period_id"], period);
  const std::string mid = r.json["id"];
  // Close the period (the key worker's final evaluation).
  r = co.post("/api/v1/periods/" + period + "/final-evaluation",
              {{"goal_results", Json::array()},
               {"continuation", "rehabilitative_work_activity"},
               {"client_view", "Arki sujuu"},
               {"worker_view", "Jakso päättyi"}});
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(r.json["status"], "closed");
  r = co.patch("/api/v1/meetings/" + mid,
               {{"version", 1}, {"reason", "Muistiinpanon kirjoitusvirhe"}, {"note", "Korjattu."}});
  EXPECT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json["corrected"], true);
}

}  // namespace
}  // namespace soku::test
