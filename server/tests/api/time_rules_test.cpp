// tests/api/time_rules_test.cpp — the access rules that depend on time (access.md), tested by
// moving soku's clock (common/time.h, set_test_shift_ms), not by sleeping or editing rows:
//   - a case worker keeps access for 24 months (730 days) after their last recorded work;
//   - a reason recorded by a worker of the unit opens the record for 8 hours.
// Each rule is checked just inside and just outside its limit, on both databases.
//
// These tests run against their own server on a scratch database seeded with the demo
// organisation: moving the clock two years ahead makes every session old, and the session sweep
// of a login would otherwise end the shared server's sessions.
#include <gtest/gtest.h>

#include "common/time.h"
#include "http_fixture.h"

using namespace soku::test;
namespace t = soku::time;

namespace {

constexpr std::int64_t kMinute = 60LL * 1000;
constexpr std::int64_t kHour = 60 * kMinute;
constexpr std::int64_t kDay = 24 * kHour;

ScratchServer& time_env() {
  static ScratchServer e("time");
  return e;
}

// A fresh login at the clock's current reading (sessions made before a shift are too old).
std::unique_ptr<Client> login(const std::string& username) { return time_env().login(username); }

int status_of_client(const std::string& username, const std::string& client_id) {
  return login(username)->get("/api/v1/clients/" + client_id).status;
}

}  // namespace

TEST(TimeRules, ACaseWorkerKeepsAccessFor730DaysAfterTheirLastRecordedWork) {
  // The registrar becomes the client's case worker; nothing else relates them.
  auto sw = login("demo-social_worker");
  const auto client = create_client(*sw);
  const std::string id = client["id"];
  ASSERT_EQ(sw->get("/api/v1/clients/" + id).json["relationship"], "case_worker");
  // Outside first (a refused read records no work), then inside.
  {
    ClockShift at(731 * kDay);
    EXPECT_EQ(status_of_client("demo-social_worker", id), 404);
  }
  {
    ClockShift at(730 * kDay + kMinute);
    EXPECT_EQ(status_of_client("demo-social_worker", id), 404);
  }
  {
    ClockShift at(730 * kDay - kMinute);
    auto later = login("demo-social_worker");
    const auto r = later->get("/api/v1/clients/" + id);
    EXPECT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.json["relationship"], "case_worker");
  }
  {
    ClockShift at(729 * kDay);
    EXPECT_EQ(status_of_client("demo-social_worker", id), 200);
  }
}

TEST(TimeRules, RecordedWorkStartsTheTwentyFourMonthsAgain) {
  auto sw = login("demo-social_worker");
  const auto client = create_client(*sw);
  const std::string id = client["id"];
  {
    // A year later the worker records a referral: work on the case.
    ClockShift at(365 * kDay);
    auto later = login("demo-social_worker");
    const auto r = later->post("/api/v1/clients/" + id + "/referrals",
                               {{"received_on", t::today()}, {"source", "te_services"},
                                {"reason", "Uusi yhteydenotto."}});
    ASSERT_EQ(r.status, 201) << r.body;
  }
  {
    // 731 days after the registration but 366 after the referral: still a case worker.
    ClockShift at(731 * kDay);
    EXPECT_EQ(status_of_client("demo-social_worker", id), 200);
  }
  {
    ClockShift at((365 + 731) * kDay);
    EXPECT_EQ(status_of_client("demo-social_worker", id), 404);
  }
}

TEST(TimeRules, AReasonOpensTheRecordForEightHours) {
  auto sw = login("demo-social_worker");
  const auto client = create_client(*sw);
  const std::string id = client["id"];
  auto sc = login("demo-social_counsellor");
  ASSERT_EQ(sc->get("/api/v1/clients/" + id).status, 404);
  const auto why = sc->post("/api/v1/clients/" + id + "/access-reasons",
                            {{"reason", "Sijaistan vastuutyöntekijää asiakkaan asiassa."}});
  ASSERT_EQ(why.status, 201) << why.body;
  {
    ClockShift at(8 * kHour - kMinute);
    auto later = login("demo-social_counsellor");
    const auto r = later->get("/api/v1/clients/" + id);
    EXPECT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.json["relationship"], "unit_member_with_reason");
  }
  {
    ClockShift at(8 * kHour + kMinute);
    EXPECT_EQ(status_of_client("demo-social_counsellor", id), 404);
  }
}
