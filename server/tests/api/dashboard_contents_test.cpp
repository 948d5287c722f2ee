// tests/api/dashboard_contents_test.cpp — what the key worker's home (GET /api/v1/dashboard)
// lists, asserted exactly, from the rules (domain/dashboard.h, screens.md "my week"):
//   - deadlines: open periods whose deadline is at most 14 days away, also a passed one and one
//     due today; 15 days away is not; a closed period is not;
//   - no contact: intensified individual work, not closing, last contact (or the start) more than
//     7 days ago: 8 days is listed, 7 is not;
//   - goals due: active goals whose review date is at most today + 7 and not yet reviewed;
//   - the week: Monday to Sunday, meetings I recorded or of clients whose key worker I am;
//   - drafts: my own only;
//   - a colleague's, another unit's and another county's clients never appear anywhere;
//   - every client listed has a "list" audit entry by me; the others have none.
//
// Its own server on a scratch database (ScratchServer) and soku's clock set to a fixed day
// (Wednesday 2027-03-10), so the dates, the week and the caseload are exactly what the test made.
#include <gtest/gtest.h>

#include <set>

#include "common/time.h"
#include "http_fixture.h"

namespace soku::test {
namespace {

const std::string kToday = "2027-03-10";  // a Wednesday: the week is 2027-03-08 … 2027-03-14

std::string day(int offset) {
  return time::date_from_days(*time::days_from_date(kToday) + offset);
}

ScratchServer& server() {
  static ScratchServer s("dash");
  return s;
}

// Everything the test made, once (under the fixed clock).
struct World {
  std::string sfx = random_suffix(6);
  std::string me_name = "dash-me-" + sfx;
  std::string colleague_name = "dash-colleague-" + sfx;
  std::string me_id, colleague_id;
  // My clients (key worker: me).
  std::string a, b, c, d, e, f, g, h;
  // Not mine: a colleague's in my unit, another unit's, another county's.
  std::string x, y, z;
  // Goals of A.
  std::string goal_due, goal_overdue, goal_later, goal_reviewed, goal_of_x;
  // Meetings.
  std::string a_monday, a_sunday, a_by_sw, a_before, a_after, x_this_week, y_this_week,
      z_this_week;

  std::unique_ptr<Client> sw, me, colleague;

  World() {
    auto& s = server();
    me_id = s.create_user(me_name, "social_counsellor")["id"];
    colleague_id = s.create_user(colleague_name, "social_counsellor")["id"];
    sw = s.login("demo-social_worker");
    me = s.login(me_name, kUserPassword);
    colleague = s.login(colleague_name, kUserPassword);

    a = in_service(me_id, day(-30), day(14), {"individual"});
    b = in_service(me_id, day(-30), day(15), {"individual"});
    c = in_service(me_id, day(-60), day(0), {"group"});
    d = in_service(me_id, day(-90), day(-1), {"individual"});
    e = in_service(me_id, day(-60), day(60), {"individual"});
    f = in_service(me_id, day(-8), day(100), {"individual"});
    g = in_service(me_id, day(-7), day(100), {"individual"});
    h = in_service(me_id, day(-30), day(1), {"individual"});

    // The week's edges on A (Monday and Sunday in, the days either side out), one meeting by
    // the social worker on A (I am A's key worker), last contacts of B (8 days) and D (7 days).
    a_before = meeting(*me, a, day(-3));
    a_monday = meeting(*me, a, day(-2));
    a_by_sw = meeting(*sw, a, day(0));
    a_sunday = meeting(*me, a, day(4));
    a_after = meeting(*me, a, day(5));
    meeting(*me, b, day(-8));
    meeting(*me, d, day(-7));

    // E is closing; H's period was interrupted (closed) by me.
    const std::string e_period = period_of(e);
    for (const char* phase : {"working", "closing"}) {
      const auto v = me->get("/api/v1/periods/" + e_period).json["version"].get<int>();
      const auto r = me->patch("/api/v1/periods/" + e_period, {{"version", v}, {"phase", phase}});
      EXPECT_EQ(r.status, 200) << r.body;
    }
    const auto closed = me->post("/api/v1/periods/" + period_of(h) + "/final-evaluation",
                                 {{"interrupted", true}, {"reason", "could_not_be_reached"}});
    EXPECT_EQ(closed.status, 201) << closed.body;

    goal_due = goal(*me, a, day(7));
    goal_overdue = goal(*me, a, day(-5));
    review(*me, goal_overdue, day(-6));  // reviewed before its review date: still due
    goal_later = goal(*me, a, day(8));
    goal_reviewed = goal(*me, a, day(-1));
    review(*me, goal_reviewed, day(-1));  // reviewed on its review date: done

    // A colleague's client in my unit with everything that would show: deadline tomorrow, no
    // contact since the start 30 days ago, a goal due today, a meeting this week.
    x = in_service(colleague_id, day(-30), day(1), {"individual"});
    goal_of_x = goal(*colleague, x, day(0));
    x_this_week = meeting(*colleague, x, day(-1));
    // Another unit's and another county's client with a meeting this week.
    auto kurikka = s.login("demo-kurikka-sote-worker");
    y = create_client(*kurikka)["id"];
    y_this_week = meeting(*kurikka, y, day(0));
    auto tampere = s.login(kOtherCountyWorker);
    z = create_client(*tampere, {{"municipality", "tampere"}})["id"];
    z_this_week = meeting(*tampere, z, day(0));

    EXPECT_EQ(me->put("/api/v1/drafts/dash-mine-" + sfx, {{"data", {{"x", 1}}}}).status, 204);
    EXPECT_EQ(colleague->put("/api/v1/drafts/dash-theirs-" + sfx, {{"data", {{"x", 2}}}}).status,
              204);
  }

  // A client of the social worker's with a granted decision naming `key_worker`.
  std::string in_service(const std::string& key_worker, const std::string& starts_on,
                         const std::string& deadline, const std::vector<std::string>& forms) {
    const std::string cid = create_client(*sw)["id"];
    const auto r = sw->post("/api/v1/clients/" + cid + "/decisions",
                            {{"outcome", "granted"},
                             {"service_forms", forms},
                             {"starts_on", starts_on},
                             {"deadline", deadline},
                             {"key_worker_id", key_worker},
                             {"grounds", "Palvelutarve todettu."}});
    EXPECT_EQ(r.status, 201) << r.body;
    return cid;
  }
  std::string period_of(const std::string& cid) {
    const auto p = me->get("/api/v1/clients/" + cid + "/periods");
    EXPECT_EQ(p.status, 200) << p.body;
    return p.json["items"].at(0)["id"];
  }
  static std::string meeting(Client& who, const std::string& cid, const std::string& held_on) {
    const auto r = who.post("/api/v1/clients/" + cid + "/meetings",
                            {{"held_on", held_on}, {"minutes", 30}, {"mode", "office"},
                             {"statutory_item", "coaching"}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json.value("id", "");
  }
  static std::string goal(Client& who, const std::string& cid, const std::string& review_on) {
    const auto r = who.post("/api/v1/clients/" + cid + "/goals",
                            {{"text", "Tavoite " + review_on}, {"review_on", review_on}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json.value("id", "");
  }
  static void review(Client& who, const std::string& gid, const std::string& reviewed_on) {
    const auto r = who.post("/api/v1/goals/" + gid + "/reviews",
                            {{"reviewed_on", reviewed_on}, {"attainment", 0}});
    EXPECT_EQ(r.status, 201) << r.body;
  }
};

class Dashboard : public ::testing::Test {
protected:
  void SetUp() override { world(); }
  static World& world() {
    static World w;
    return w;
  }
  // GET /api/v1/dashboard as `username` (a fresh login: the clock is fixed per test).
  static Json dashboard_of(const std::string& username, const std::string& password) {
    const auto r = server().login(username, password)->get("/api/v1/dashboard");
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json;
  }
  static Json mine() { return dashboard_of(world().me_name, kUserPassword); }
  static std::set<std::string> ids(const Json& items, const char* key = "id") {
    std::set<std::string> out;
    for (const auto& i : items) out.insert(i[key].get<std::string>());
    return out;
  }
  ClockShift clock_{shift_to_date(kToday)};
};

using Set = std::set<std::string>;

TEST_F(Dashboard, TodayIsTheClocksAndTheWeekRunsMondayToSunday) {
  const auto r = mine();
  EXPECT_EQ(r["today"], kToday);
  EXPECT_EQ(r["week"]["from"], "2027-03-08");
  EXPECT_EQ(r["week"]["to"], "2027-03-14");
}

TEST_F(Dashboard, ClientsAreExactlyMine) {
  const auto& w = world();
  EXPECT_EQ(ids(mine()["clients"]), (Set{w.a, w.b, w.c, w.d, w.e, w.f, w.g, w.h}));
  // The colleague's client is on the colleague's dashboard (so its absence above is the scope's).
  const auto theirs = dashboard_of(w.colleague_name, kUserPassword);
  EXPECT_EQ(ids(theirs["clients"]), (Set{w.x}));
}

TEST_F(Dashboard, DeadlinesAreThoseAtMostFourteenDaysAwayOfOpenPeriods) {
  const auto& w = world();
  // A: today + 14 (in), B: today + 15 (out), C: today (in), D: yesterday (passed: in),
  // E, F, G: far away, H: tomorrow but the period is closed.
  const auto r = mine();
  EXPECT_EQ(ids(r["deadlines"]), (Set{w.a, w.c, w.d})) << r["deadlines"].dump();
  for (const auto& item : r["deadlines"]) {
    if (item["id"] == w.a) {
      EXPECT_EQ(item["deadline"], day(14));
    }
  }
  EXPECT_EQ(ids(dashboard_of(w.colleague_name, kUserPassword)["deadlines"]), (Set{w.x}));
}

TEST_F(Dashboard, NoContactIsMoreThanSevenDaysInIndividualWorkNotClosing) {
  const auto& w = world();
  // B: last meeting 8 days ago (in); D: 7 days ago (out); F: no meeting, started 8 days ago
  // (in); G: started 7 days ago (out); C: group only (out); E: closing (out); H: closed (out);
  // A: met this week (out).
  const auto r = mine();
  EXPECT_EQ(ids(r["no_contact"]), (Set{w.b, w.f})) << r["no_contact"].dump();
  for (const auto& item : r["clients"]) {
    if (item["id"] == w.b) {
      EXPECT_EQ(item["last_contact"], day(-8));
    }
    if (item["id"] == w.a) {
      EXPECT_EQ(item["last_contact"], day(0));
      EXPECT_EQ(item["next_meeting"], day(4));
    }
    if (item["id"] == w.e) {
      EXPECT_EQ(item["phase"], "closing");
    }
    if (item["id"] == w.h) {
      EXPECT_EQ(item["phase"], "ended");
    }
  }
}

TEST_F(Dashboard, GoalsDueAreThoseToReviewWithinSevenDaysAndNotYetReviewed) {
  const auto& w = world();
  const auto r = mine();
  EXPECT_EQ(ids(r["goals_due"], "goal_id"), (Set{w.goal_due, w.goal_overdue}))
      << r["goals_due"].dump();
  for (const auto& item : r["goals_due"]) EXPECT_EQ(item["client_id"], w.a);
}

TEST_F(Dashboard, TheWeekHasMyMeetingsAndMyClientsMeetingsMondayToSunday) {
  const auto& w = world();
  const auto r = mine();
  EXPECT_EQ(ids(r["week"]["meetings"]), (Set{w.a_monday, w.a_by_sw, w.a_sunday}))
      << r["week"]["meetings"].dump();
  EXPECT_EQ(ids(dashboard_of(w.colleague_name, kUserPassword)["week"]["meetings"]),
            (Set{w.x_this_week}));
}

TEST_F(Dashboard, DraftsAreMyOwn) {
  const auto& w = world();
  EXPECT_EQ(ids(mine()["drafts"], "key"), (Set{"dash-mine-" + w.sfx}));
}

TEST_F(Dashboard, EveryListedClientAndNoOtherHasAListEntryByMe) {
  const auto& w = world();
  mine();
  auto listed_by_me = [&](const std::string& cid) {
    for (const auto& e : server().audit_entries(cid)) {
      if (e["action"] == "list" && e["actor_username"] == w.me_name &&
          e["resource_type"] == "client" && e["resource_id"] == cid) {
        return true;
      }
    }
    return false;
  };
  for (const auto& cid : {w.a, w.b, w.c, w.d, w.e, w.f, w.g, w.h}) {
    EXPECT_TRUE(listed_by_me(cid)) << cid;
  }
  for (const auto& cid : {w.x, w.y, w.z}) EXPECT_FALSE(listed_by_me(cid)) << cid;
}

}  // namespace
}  // namespace soku::test
