// tests/api/api_admin_test.cpp — the county admin's users, units and municipalities; the
// organisation every user reads; per-user drafts; and the public feedback channel.
#include <gtest/gtest.h>

#include <set>

#include "http_fixture.h"

using namespace soku::test;

namespace {

std::set<std::string> names_of(const Json& items, const char* key) {
  std::set<std::string> out;
  for (const auto& i : items) out.insert(i[key].get<std::string>());
  return out;
}

}  // namespace

TEST(Admin, AdminListsTheCountysUsers) {
  const auto r = as("demo-admin").get("/api/v1/users");
  ASSERT_EQ(r.status, 200) << r.body;
  const auto names = names_of(r.json["items"], "username");
  for (const char* u : {"demo-social_worker", "demo-admin", "demo-auditor"}) {
    EXPECT_TRUE(names.count(u)) << u;
  }
  EXPECT_FALSE(names.count(kOtherCountyWorker)) << "only the admin's own county";
  // No password or hash field (password_change_required is a flag, not a password).
  EXPECT_EQ(r.body.find("\"password\""), std::string::npos) << "no password field";
  EXPECT_EQ(r.body.find("password_hash"), std::string::npos) << "no password hashes";
  EXPECT_EQ(r.body.find("$argon2"), std::string::npos);
}

TEST(Admin, AdminCreatesAUserWithARoleInAUnitWhoCanLogIn) {
  const std::string name = "uusi-" + random_suffix();
  const auto user = create_user(name, "social_counsellor", kUnit);
  EXPECT_EQ(user["username"], name);
  EXPECT_EQ(user["active"], true);
  ASSERT_EQ(user["roles"].size(), 1u) << user;
  EXPECT_EQ(user["roles"][0]["role"], "social_counsellor");
  EXPECT_FALSE(user["roles"][0]["unit"].is_null());
  EXPECT_EQ(user.dump().find(kUserPassword), std::string::npos);

  Client c(port());
  const auto login = c.login(name, kUserPassword);
  ASSERT_EQ(login.status, 200) << login.body;
  EXPECT_EQ(login.json["user"]["username"], name);
  ASSERT_EQ(login.json["user"]["roles"].size(), 1u);
  EXPECT_EQ(login.json["user"]["roles"][0]["role"], "social_counsellor");
  EXPECT_EQ(login.json["user"]["county"]["code"], kCounty);
  // The role works: a counsellor of the unit may register a client.
  create_client(c);
}

TEST(Admin, AWeakPasswordIs422NamingPassword) {
  const auto r = as("demo-admin").post("/api/v1/users", {{"username", "heikko-" + random_suffix()},
                                                         {"display_name", "Heikko"},
                                                         {"password", "short"},
                                                         {"roles", {{{"role", "analyst"}}}}});
  EXPECT_EQ(r.status, 422) << r.body;
  EXPECT_TRUE(r.names_field("password")) << r.body;
  EXPECT_EQ(r.body.find("\"short\""), std::string::npos) << "the password is not echoed";
}

TEST(Admin, InvalidUserFieldsAreNamed) {
  const auto r = as("demo-admin").post("/api/v1/users", {{"username", "a b"},
                                                         {"display_name", "Virheellinen"},
                                                         {"password", kUserPassword},
                                                         {"roles", {{{"role", "wizard"}}}}});
  EXPECT_EQ(r.status, 422) << r.body;
  EXPECT_TRUE(r.names_field("username")) << r.body;
}

TEST(Admin, ADuplicateUsernameIs409) {
  const std::string name = "tupla-" + random_suffix();
  create_user(name, "analyst", "");
  const auto r = as("demo-admin").post("/api/v1/users", {{"username", name},
                                                         {"display_name", "Toinen"},
                                                         {"password", kUserPassword},
                                                         {"roles", {{{"role", "analyst"}}}}});
  EXPECT_EQ(r.status, 409) << r.body;
  EXPECT_TRUE(r.names_field("username")) << r.body;
}

TEST(Admin, DeactivatingAUserEndsItsSessions) {
  const std::string name = "poistuva-" + random_suffix();
  const auto user = create_user(name, "social_worker", kUnit);
  Client c(port());
  c.must_login(name, kUserPassword);
  ASSERT_EQ(c.get("/api/v1/me").status, 200);
  const auto r =
      as("demo-admin").patch("/api/v1/users/" + user["id"].get<std::string>(), {{"active", false}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json["active"], false);
  EXPECT_EQ(c.get("/api/v1/me").status, 401);
  EXPECT_EQ(Client(port()).login(name, kUserPassword).status, 401) << "nor can it log in again";
}

TEST(Admin, ChangingAPasswordEndsTheUsersSessions) {
  const std::string name = "vaihtaja-" + random_suffix();
  const auto user = create_user(name, "analyst", "");
  Client c(port());
  c.must_login(name, kUserPassword);
  const auto r = as("demo-admin").patch("/api/v1/users/" + user["id"].get<std::string>(),
                                        {{"password", "an-entirely-new-password-2026"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(c.get("/api/v1/me").status, 401);
}

TEST(Admin, AdminCannotChangeAnotherCountysUser) {
  const std::string other_id = as(kOtherCountyWorker).user()["id"];
  const auto r = as("demo-admin").patch("/api/v1/users/" + other_id, {{"active", false}});
  EXPECT_EQ(r.status, 404) << r.body;
  EXPECT_EQ(as(kOtherCountyWorker).get("/api/v1/me").status, 200) << "still active";
}

TEST(Admin, AdminCannotGrantARoleInAnotherCountysUnit) {
  const auto r = as("demo-admin").post(
      "/api/v1/users", {{"username", "vieras-" + random_suffix()},
                        {"display_name", "Vieras"},
                        {"password", kUserPassword},
                        {"roles", {{{"role", "social_worker"}, {"unit", "tampere-aikuissosiaalityo"}}}}});
  EXPECT_EQ(r.status, 422) << r.body;
  EXPECT_TRUE(r.names_field("roles[0].unit")) << r.body;
}

TEST(Admin, OnlyTheAdminManagesUsers) {
  for (const char* user : {"demo-social_worker", "demo-manager", "demo-auditor", "demo-analyst"}) {
    Client& c = as(user);
    EXPECT_EQ(c.get("/api/v1/users").status, 403) << user;
    EXPECT_EQ(c.post("/api/v1/users", {{"username", "luvaton-" + random_suffix()},
                                       {"display_name", "Luvaton"},
                                       {"password", kUserPassword},
                                       {"roles", {{{"role", "admin"}}}}})
                  .status,
              403)
        << user;
  }
}

TEST(Admin, AdminCreatesAUnit) {
  const std::string code = "yksikko-" + random_suffix();
  const auto r = as("demo-admin").post(
      "/api/v1/units", {{"code", code}, {"name", "Testiyksikkö"}, {"municipality", "kurikka"}});
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(r.json["code"], code);
  EXPECT_EQ(r.json["municipality"]["code"], "kurikka");
  const auto units = as("demo-social_worker").get("/api/v1/units");
  ASSERT_EQ(units.status, 200);
  EXPECT_TRUE(names_of(units.json["items"], "code").count(code));
  // A duplicate code is a conflict; a non-admin may not create units.
  EXPECT_EQ(as("demo-admin").post("/api/v1/units", {{"code", code}, {"name", "Toinen"}}).status, 409);
  EXPECT_EQ(as("demo-manager")
                .post("/api/v1/units", {{"code", "x-" + random_suffix()}, {"name", "Ei"}})
                .status,
            403);
}

TEST(Admin, AdminCreatesAMunicipality) {
  const std::string code = "kunta-" + random_suffix();
  const std::string url = std::string("/api/v1/counties/") + kCounty + "/municipalities";
  const auto r = as("demo-admin").post(url, {{"code", code}, {"name", "Testikunta"}});
  ASSERT_EQ(r.status, 201) << r.body;
  const auto list = as("demo-social_worker").get(url);
  EXPECT_TRUE(names_of(list.json["items"], "code").count(code));
  EXPECT_EQ(as("demo-admin").post(url, {{"code", code}, {"name", "Uudestaan"}}).status, 409);
  EXPECT_EQ(as("demo-admin")
                .post("/api/v1/counties/pirkanmaa/municipalities",
                      {{"code", "vieras-" + random_suffix()}, {"name", "Vieras"}})
                .status,
            403)
      << "only the admin's own county";
}

TEST(Admin, TheFourDemoCountiesAreListed) {
  const auto r = as("demo-social_worker").get("/api/v1/counties");
  ASSERT_EQ(r.status, 200) << r.body;
  const auto codes = names_of(r.json["items"], "code");
  for (const char* c : {"etela-pohjanmaa", "pirkanmaa", "etela-savo", "keski-uusimaa"}) {
    EXPECT_TRUE(codes.count(c)) << c;
  }
}

TEST(Admin, EtelaPohjanmaaHasItsMunicipalities) {
  const auto r = as("demo-social_worker").get("/api/v1/counties/etela-pohjanmaa/municipalities");
  ASSERT_EQ(r.status, 200) << r.body;
  const auto names = names_of(r.json["items"], "name");
  for (const char* m : {"Kurikka", "Lappajärvi", "Alajärvi", "Vimpeli"}) {
    EXPECT_TRUE(names.count(m)) << m;
  }
  EXPECT_EQ(as("demo-social_worker").get("/api/v1/counties/atlantis/municipalities").status, 404);
}

TEST(Admin, ADraftRoundTrips) {
  Client& sw = as("demo-social_worker");
  const std::string url = "/api/v1/drafts/client-form:" + random_suffix();
  const Json data = {{"first_name", "Keskeneräinen"}, {"languages", {"fi", "sv"}}, {"n", 3}};
  ASSERT_EQ(sw.put(url, {{"data", data}}).status, 204);
  const auto got = sw.get(url);
  ASSERT_EQ(got.status, 200) << got.body;
  EXPECT_EQ(got.json["data"], data);
  EXPECT_TRUE(got.json["updated_at"].is_string());
  // Saving again replaces it.
  ASSERT_EQ(sw.put(url, {{"data", {{"n", 4}}}}).status, 204);
  EXPECT_EQ(sw.get(url).json["data"], Json({{"n", 4}}));
  EXPECT_EQ(sw.del(url).status, 204);
  EXPECT_EQ(sw.get(url).status, 204) << "no draft: an ordinary answer, not an error";
}

TEST(Admin, AnotherUserCannotReadMyDraft) {
  Client& sw = as("demo-social_worker");
  const std::string key = "private-" + random_suffix();
  ASSERT_EQ(sw.put("/api/v1/drafts/" + key, {{"data", "salainen"}}).status, 204);
  Client& other = as("demo-social_counsellor");
  EXPECT_EQ(other.get("/api/v1/drafts/" + key).status, 204) << "as if there were none";
  EXPECT_EQ(other.del("/api/v1/drafts/" + key).status, 204);  // deletes only its own (none)
  EXPECT_EQ(sw.get("/api/v1/drafts/" + key).status, 200) << "still there for its owner";
  const auto list = other.get("/api/v1/drafts");
  ASSERT_EQ(list.status, 200);
  EXPECT_FALSE(names_of(list.json["items"], "key").count(key));
}

TEST(Admin, DraftsNeedALogin) {
  Client anonymous(port());
  EXPECT_EQ(anonymous.get("/api/v1/drafts/x").status, 401);
  EXPECT_EQ(anonymous.put("/api/v1/drafts/x", {{"data", 1}}).status, 401);
}

TEST(Admin, FeedbackNeedsNoLogin) {
  Client anonymous(port());
  const auto r = anonymous.post("/api/v1/feedback",
                                {{"message", "Painike ei toimi ruudunlukijalla."},
                                 {"contact", "palaute@example.invalid"}});
  EXPECT_EQ(r.status, 201) << r.body;
  EXPECT_TRUE(r.json["id"].is_string()) << r.body;
  const auto empty = anonymous.post("/api/v1/feedback", {{"message", ""}});
  EXPECT_EQ(empty.status, 422) << empty.body;
  EXPECT_TRUE(empty.names_field("message")) << empty.body;
}

TEST(Admin, FeedbackFromALoggedInUserIsAccepted) {
  const auto r = as("demo-group_instructor")
                     .post("/api/v1/feedback", {{"message", "Kontrasti on liian heikko."}});
  EXPECT_EQ(r.status, 201) << r.body;
}
