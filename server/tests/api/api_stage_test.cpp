// tests/api/api_stage_test.cpp — stage guidance on the key worker's home (issue 8), asserted
// exactly on GET /api/v1/dashboard (domain/dashboard.h):
//   - awaiting_decision: my clients whose assessment since the latest decision concluded
//     "needed" (even before completion) or was completed, oldest case first; the case starts on
//     the first referral since the previous decision, else the day the assessment was started;
//     due 3 months later (SHL § 45), late after that; a denied or granted decision ends the wait;
//     a colleague's client is never on my list (the dashboard's list scope);
//   - phases: a denied client is `denied`, not awaiting;
//   - goals_due: `overdue` when the review date is before today;
//   - drafts: the form from the key and the client named — only for a client in my list scope,
//     also through a period's id; a colleague's client stays unnamed and is not audited as listed.
// Its own server on a scratch database (ScratchServer), the clock fixed at 2027-03-10; runs on
// SQLite and PostgreSQL (SOKU_TEST_DB).
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "common/time.h"
#include "http_fixture.h"

namespace soku::test {
namespace {

const std::string kToday = "2027-03-10";

std::string day(int offset) { return time::date_from_days(*time::days_from_date(kToday) + offset); }

ScratchServer& server() {
  static ScratchServer s("stage");
  return s;
}

struct World {
  std::string sfx = random_suffix(6);
  std::string me_name = "stage-sw-" + sfx;
  std::string colleague_name = "stage-colleague-" + sfx;
  std::string me_id;
  // Mine: A late (referral 100 days ago), B waiting (referral 20 days ago, "needed" not yet
  // completed), C completed "not needed" without a referral (started today), D "not needed" not
  // completed (no decision awaited), E denied, F granted (a period), G only a referral.
  std::string a, b, c, d, e, f, g;
  std::string f_period, goal_overdue, goal_soon;
  std::string x;  // the colleague's client, awaiting a decision
  std::unique_ptr<Client> me, colleague;

  World() {
    auto& s = server();
    me_id = s.create_user(me_name, "social_worker")["id"];
    s.create_user(colleague_name, "social_worker");
    me = s.login(me_name, kUserPassword);
    colleague = s.login(colleague_name, kUserPassword);

    a = create_client(*me)["id"];
    referral(*me, a, day(-100));
    referral(*me, a, day(-90));  // a second referral of the same case: the first one counts
    assessment(*me, a, "needed", day(-95));
    b = create_client(*me)["id"];
    referral(*me, b, day(-20));
    assessment(*me, b, "needed", std::nullopt);
    c = create_client(*me)["id"];
    assessment(*me, c, "not_needed", day(-1));
    d = create_client(*me)["id"];
    assessment(*me, d, "not_needed", std::nullopt);
    e = create_client(*me)["id"];
    referral(*me, e, day(-30));
    assessment(*me, e, "needed", day(-10));
    decide(*me, e, false);
    f = create_client(*me)["id"];
    assessment(*me, f, "needed", day(-10));
    decide(*me, f, true);
    g = create_client(*me)["id"];
    referral(*me, g, day(-5));

    const auto periods = me->get("/api/v1/clients/" + f + "/periods");
    EXPECT_EQ(periods.status, 200) << periods.body;
    f_period = periods.json["items"].at(0)["id"];
    goal_overdue = goal(*me, f, day(-1));
    goal_soon = goal(*me, f, day(3));

    x = create_client(*colleague)["id"];
    assessment(*colleague, x, "needed", std::nullopt);

    for (const std::string& key : {"meeting:" + a, "final:" + f_period, std::string("client-new"),
                                   "meeting:" + x, std::string("meeting:no-such-client"),
                                   "stage-other-" + sfx}) {
      EXPECT_EQ(me->put("/api/v1/drafts/" + key, {{"data", {{"x", 1}}}}).status, 204) << key;
    }
  }

  static void referral(Client& who, const std::string& cid, const std::string& received_on) {
    const auto r = who.post("/api/v1/clients/" + cid + "/referrals",
                            {{"source", "self"}, {"reason", "Oma yhteydenotto"},
                             {"received_on", received_on}});
    EXPECT_EQ(r.status, 201) << r.body;
  }
  static void assessment(Client& who, const std::string& cid, const std::string& conclusion,
                         const std::optional<std::string>& completed_on) {
    Json body = {{"life_areas", {{{"area", "housing"}, {"need_level", "some"}}}},
                 {"conclusion", conclusion}};
    if (completed_on) body["completed_on"] = *completed_on;
    const auto r = who.post("/api/v1/clients/" + cid + "/assessments", body);
    EXPECT_EQ(r.status, 201) << r.body;
  }
  void decide(Client& who, const std::string& cid, bool granted) const {
    Json body = {{"outcome", granted ? "granted" : "denied"}, {"grounds", "Perustelut."}};
    if (granted) {
      body["service_forms"] = {"individual"};
      body["starts_on"] = day(0);
      body["deadline"] = day(120);
      body["key_worker_id"] = me_id;
    }
    const auto r = who.post("/api/v1/clients/" + cid + "/decisions", body);
    EXPECT_EQ(r.status, 201) << r.body;
  }
  static std::string goal(Client& who, const std::string& cid, const std::string& review_on) {
    const auto r = who.post("/api/v1/clients/" + cid + "/goals",
                            {{"text", "Tavoite " + review_on}, {"review_on", review_on}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json.value("id", "");
  }
};

class Stage : public ::testing::Test {
protected:
  void SetUp() override { world(); }
  static World& world() {
    static World w;
    return w;
  }
  static Json dashboard_of(const std::string& username) {
    const auto r = server().login(username, kUserPassword)->get("/api/v1/dashboard");
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json;
  }
  static Json mine() { return dashboard_of(world().me_name); }
  static Json by_id(const Json& items, const std::string& id, const char* key = "id") {
    for (const auto& i : items) {
      if (i[key] == id) return i;
    }
    return Json();
  }
  ClockShift clock_{shift_to_date(kToday)};
};

TEST_F(Stage, AwaitingDecisionIsMyClientsWhoseAssessmentCallsForOneOldestFirst) {
  const auto& w = world();
  const auto r = mine();
  std::vector<std::string> ids;
  for (const auto& i : r["awaiting_decision"]) ids.push_back(i["id"]);
  EXPECT_EQ(ids, (std::vector<std::string>{w.a, w.b, w.c})) << r["awaiting_decision"].dump();
}

TEST_F(Stage, TheWaitCountsFromTheCasesStartAndIsLateAfterThreeMonths) {
  const auto& w = world();
  const auto r = mine();
  const auto a = by_id(r["awaiting_decision"], w.a);
  EXPECT_EQ(a["started_on"], day(-100));  // the first referral, not the later one
  EXPECT_EQ(a["due_on"], "2027-02-28");   // 2026-11-30 + 3 months: February's last day
  EXPECT_EQ(a["days_waiting"], 100);
  EXPECT_EQ(a["late"], true);
  EXPECT_EQ(a["due_soon"], false);
  EXPECT_EQ(a["conclusion"], "needed");
  const auto b = by_id(r["awaiting_decision"], w.b);
  EXPECT_EQ(b["started_on"], day(-20));
  EXPECT_EQ(b["days_waiting"], 20);
  EXPECT_EQ(b["late"], false);
  const auto c = by_id(r["awaiting_decision"], w.c);
  EXPECT_EQ(c["started_on"], kToday);  // no referral: the day the assessment was started
  EXPECT_EQ(c["days_waiting"], 0);
  EXPECT_EQ(c["conclusion"], "not_needed");
}

TEST_F(Stage, EachClientHasThePhaseOfItsLatestStep) {
  const auto& w = world();
  const auto r = mine();
  const std::map<std::string, std::string> expected = {
      {w.a, "decision"},   {w.b, "decision"}, {w.c, "decision"}, {w.d, "assessment"},
      {w.e, "denied"},     {w.f, "start"},    {w.g, "referral"}};
  for (const auto& [id, phase] : expected) {
    EXPECT_EQ(by_id(r["clients"], id)["phase"], phase) << id;
  }
}

TEST_F(Stage, AColleaguesClientIsOnlyOnTheColleaguesList) {
  const auto& w = world();
  EXPECT_TRUE(by_id(mine()["awaiting_decision"], w.x).is_null());
  const auto theirs = dashboard_of(w.colleague_name);
  ASSERT_EQ(theirs["awaiting_decision"].size(), 1u) << theirs["awaiting_decision"].dump();
  EXPECT_EQ(theirs["awaiting_decision"][0]["id"], w.x);
}

TEST_F(Stage, AnOverdueReviewIsMarked) {
  const auto& w = world();
  const auto r = mine();
  EXPECT_EQ(by_id(r["goals_due"], w.goal_overdue, "goal_id")["overdue"], true);
  EXPECT_EQ(by_id(r["goals_due"], w.goal_soon, "goal_id")["overdue"], false);
}

TEST_F(Stage, DraftsNameTheirFormAndClientOnlyWithinMyListScope) {
  const auto& w = world();
  const auto drafts = mine()["drafts"];
  ASSERT_EQ(drafts.size(), 6u) << drafts.dump();
  const auto meeting = by_id(drafts, "meeting:" + w.a, "key");
  EXPECT_EQ(meeting["form"], "meeting");
  EXPECT_EQ(meeting["client"]["id"], w.a);
  EXPECT_FALSE(meeting["client"]["first_name"].get<std::string>().empty());
  const auto final_evaluation = by_id(drafts, "final:" + w.f_period, "key");
  EXPECT_EQ(final_evaluation["form"], "final");
  EXPECT_EQ(final_evaluation["client"]["id"], w.f);  // through the period
  const auto new_client = by_id(drafts, "client-new", "key");
  EXPECT_EQ(new_client["form"], "client");
  EXPECT_TRUE(new_client["client"].is_null());
  // The colleague's client: the draft is mine, the name is not mine to see.
  const auto theirs = by_id(drafts, "meeting:" + w.x, "key");
  EXPECT_EQ(theirs["form"], "meeting");
  EXPECT_TRUE(theirs["client"].is_null()) << theirs.dump();
  EXPECT_TRUE(by_id(drafts, "meeting:no-such-client", "key")["client"].is_null());
  const auto other = by_id(drafts, "stage-other-" + w.sfx, "key");
  EXPECT_TRUE(other["form"].is_null());
  EXPECT_TRUE(other["client"].is_null());
  // Naming a client is a listed access; the colleague's client was not listed to me.
  auto listed_by_me = [&](const std::string& cid) {
    for (const auto& e : server().audit_entries(cid)) {
      if (e["action"] == "list" && e["actor_username"] == w.me_name) return true;
    }
    return false;
  };
  EXPECT_TRUE(listed_by_me(w.a));
  EXPECT_FALSE(listed_by_me(w.x));
}

}  // namespace
}  // namespace soku::test
