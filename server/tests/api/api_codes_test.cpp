// GET /api/v1/codes (every code list with labels, for any logged-in user) and the `actions` of
// GET /me and the login response (the non-client actions security::authorize() permits).
#include <algorithm>
#include <gtest/gtest.h>

#include <set>

#include "domain/codes.h"
#include "http_fixture.h"
#include "security/access.h"

using namespace soku::test;
namespace security = soku::security;

namespace {
const char* const kDemoRoles[] = {"social_worker", "social_counsellor", "group_instructor",
                                  "experience_expert", "manager", "analyst", "admin", "auditor"};

// What authorize() permits `user_id`, asked in-process, independently of the /me handler.
std::vector<std::string> expected_actions(const std::string& user_id) {
  const auto u = app().load_user(user_id);
  EXPECT_TRUE(u.has_value());
  std::vector<std::string> out;
  if (!u) return out;
  for (const auto a : {security::Action::client_search, security::Action::client_create,
                       security::Action::audit_read, security::Action::admin_read,
                       security::Action::admin_write, security::Action::report_read,
                       security::Action::caseload_view}) {
    if (security::authorize(u->actor, a, u->county_id, nullptr).allowed) {
      out.emplace_back(security::to_string(a));
    }
  }
  return out;
}

std::vector<std::string> strings(const Json& j) {
  std::vector<std::string> out;
  if (!j.is_array()) return out;
  for (const auto& s : j) out.push_back(s.get<std::string>());
  return out;
}
}  // namespace

TEST(Codes, AnyLoggedInUserGetsEveryListWithLabels) {
  for (const char* role : {"social_worker", "auditor", "experience_expert"}) {
    const auto r = as(std::string("demo-") + role).get("/api/v1/codes");
    ASSERT_EQ(r.status, 200) << r.body;
    const auto& lists = r.json["lists"];
    ASSERT_TRUE(lists.is_object()) << r.body;
    EXPECT_EQ(lists.size(), soku::domain::code_list_names().size());
    for (const auto& name : soku::domain::code_list_names()) {
      ASSERT_TRUE(lists.contains(name)) << name;
      std::vector<std::string> codes;
      for (const auto& c : lists[name]) {
        codes.push_back(c.value("code", ""));
        for (const char* lang : {"fi", "sv", "en"}) {
          EXPECT_FALSE(c.value(lang, "").empty()) << name << "." << c.value("code", "") << " " << lang;
        }
      }
      EXPECT_EQ(codes, soku::domain::code_list(name)) << name;  // same codes, same order
    }
  }
  // The lists the forms need are there, with the labels the web app showed before.
  const auto r = as("demo-social_worker").get("/api/v1/codes");
  for (const char* name : {"referral_source", "life_area", "need_level", "service_form",
                           "meeting_mode", "meeting_content", "statutory_item", "meeting_kind",
                           "period_phase", "client_phase", "continuation_path",
                           "interruption_reason", "organisation_type", "assessment_conclusion",
                           "decision_outcome", "decision_language", "goal_status", "gas_level",
                           "timeline_type", "role"}) {
    EXPECT_TRUE(r.json["lists"].contains(name)) << name;
  }
  EXPECT_EQ(r.json["lists"]["meeting_mode"][1], (Json{{"code", "home_visit"}, {"fi", "Kotikäynti"},
                                                     {"sv", "Hembesök"}, {"en", "Home visit"}}));
}

TEST(Codes, AnonymousGets401) {
  Client anon(port());
  EXPECT_EQ(anon.get("/api/v1/codes").status, 401);
}

TEST(Codes, AValidatedFieldRefusesACodeOutsideTheTable) {
  // An unknown timeline type is refused naming the parameter (the list is the table's).
  Client& sw = as("demo-social_worker");
  const auto client = create_client(sw);
  const std::string id = client["id"];
  EXPECT_EQ(sw.get("/api/v1/clients/" + id + "/timeline?types=meeting").status, 200);
  const auto bad = sw.get("/api/v1/clients/" + id + "/timeline?types=no_such_type");
  EXPECT_EQ(bad.status, 422) << bad.body;
  EXPECT_TRUE(bad.names_field("types")) << bad.body;
}

TEST(Codes, EveryTimelineSourceHasLabelsAndEveryLabelledTypeHasASource) {
  // The resources register their timeline sources themselves (api/timeline.h); the code list
  // "timeline_type" gives their labels and the web app's filter. Neither may lack the other.
  std::vector<std::string> registered;
  for (const auto& t : app().timeline_types()) registered.push_back(t.type);
  std::sort(registered.begin(), registered.end());
  auto labelled = soku::domain::code_list("timeline_type");
  std::sort(labelled.begin(), labelled.end());
  EXPECT_EQ(registered, labelled);
}

TEST(Me, ActionsOfEveryDemoRoleAreWhatTheAccessPolicyPermits) {
  for (const char* role : kDemoRoles) {
    const std::string username = std::string("demo-") + role;
    Client& c = as(username);
    const auto me = c.get("/api/v1/me");
    ASSERT_EQ(me.status, 200) << me.body;
    const auto expected = expected_actions(me.json["user"]["id"]);
    EXPECT_EQ(strings(me.json["user"]["actions"]), expected) << username;
  }
}

TEST(Me, ActionsOfSomeRolesAreTheOnesTheirPagesNeed) {
  // Independent of authorize(): what the web app's pages were offered by before.
  const auto actions = [](const char* u) {
    return strings(as(u).get("/api/v1/me").json["user"]["actions"]);
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(actions("demo-auditor"), (V{"audit_read"}));
  EXPECT_EQ(actions("demo-admin"), (V{"admin_read", "admin_write"}));
  EXPECT_EQ(actions("demo-social_worker"), (V{"client_search", "client_create", "report_read"}));
  EXPECT_EQ(actions("demo-manager"), (V{"report_read", "caseload_view"}));
  EXPECT_EQ(actions("demo-experience_expert"), V{});
}

TEST(Me, TheLoginResponseHasTheSameActions) {
  Client fresh(port());
  const auto login = fresh.login("demo-social_counsellor");
  ASSERT_EQ(login.status, 200) << login.body;
  const auto me = fresh.get("/api/v1/me");
  ASSERT_EQ(me.status, 200) << me.body;
  EXPECT_TRUE(login.json["user"]["actions"].is_array()) << login.body;
  EXPECT_EQ(login.json["user"]["actions"], me.json["user"]["actions"]);
  EXPECT_EQ(strings(login.json["user"]["actions"]),
            expected_actions(login.json["user"]["id"]));
}
