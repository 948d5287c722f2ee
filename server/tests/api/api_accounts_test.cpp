// tests/api/api_accounts_test.cpp — accounts (security issue items 3, 5 and 8): nobody changes
// their own roles or sets their own password through the admin route; every account event is an
// entry in the hash-chained audit log, found by actor and by the account concerned; a password
// set by an admin is temporary; the login throttle cannot be raced; and a login that comes with a
// live session's cookie needs that session's CSRF token.
#include <gtest/gtest.h>

#include <atomic>
#include <set>
#include <thread>

#include "api/accounts.h"
#include "http_fixture.h"
#include "security/audit_log.h"
#include "security/crypto.h"

using namespace soku::test;

namespace {

bool is_problem_of_type(const HttpResponse& r, const std::string& type_suffix) {
  if (r.header("content-type").rfind("application/problem+json", 0) != 0 || !r.is_json) {
    return false;
  }
  const std::string type = r.json.value("type", "");
  return type.size() >= type_suffix.size() &&
         type.compare(type.size() - type_suffix.size(), type_suffix.size(), type_suffix) == 0;
}

std::string id_of(const Json& j) { return j["id"].get<std::string>(); }

// The roles of a user as the admin list shows them: "role@unit" (unit "" when county-wide).
std::multiset<std::string> roles_of(const std::string& user_id) {
  std::multiset<std::string> out;
  const auto r = as("demo-admin").get("/api/v1/users");
  for (const auto& u : r.json["items"]) {
    if (u["id"] != user_id) continue;
    for (const auto& g : u["roles"]) {
      out.insert(g["role"].get<std::string>() + "@" +
                 (g["unit"].is_null() ? std::string() : g["unit"].get<std::string>()));
    }
  }
  return out;
}

// GET /api/v1/audit as demo-auditor with one filter.
Json audit_where(const std::string& query) {
  const auto r = as("demo-auditor").get("/api/v1/audit?limit=500&" + query);
  EXPECT_EQ(r.status, 200) << r.body;
  return r.is_json && r.json.contains("items") ? r.json["items"] : Json::array();
}

// (action, outcome) of the account events about `subject_id` in `items`.
std::multiset<std::string> account_actions(const Json& items, const std::string& subject_id) {
  std::multiset<std::string> out;
  for (const auto& e : items) {
    if (e["resource_type"] == "user" && e["resource_id"] == subject_id) {
      out.insert(e["action"].get<std::string>() + ":" + e["outcome"].get<std::string>());
    }
  }
  return out;
}

void expect_chain_verifies() {
  const auto v = as("demo-auditor").get("/api/v1/audit/verify");
  ASSERT_EQ(v.status, 200) << v.body;
  EXPECT_EQ(v.json["ok"], true) << v.body;
}

// An App on its own scratch database with one county and one user (no temporary password), so
// that locking the user or spending the address budget disturbs nobody else.
struct ScratchApp {
  std::unique_ptr<soku::api::App> app;
  std::unique_ptr<TestServer> server;
  std::string username = "throttled-" + random_suffix();
  std::string user_id;

  explicit ScratchApp(const soku::security::ThrottlePolicy& throttle = {}) {
    auto db = soku::store::open(scratch_db_url("accounts"));
    soku::store::migrate(*db);
    const std::string county = soku::security::new_id();
    db->exec("INSERT INTO counties (id, county_id, code, name, settings, created_at) VALUES "
             "($1,$1,'scratch-county','Scratch county','{}','2026-01-01T00:00:00.000Z')",
             {county});
    user_id = soku::api::create_user(*db, {county, username, "Scratch user", kUserPassword,
                                           {{"social_worker", std::nullopt}}});
    soku::api::AppConfig cfg;
    cfg.quiet = true;
    cfg.throttle = throttle;
    app = std::make_unique<soku::api::App>(std::move(db), cfg);
    server = std::make_unique<TestServer>(*app);
  }
};

}  // namespace

// ---- item 3: own roles, own password ------------------------------------------------------------

TEST(Accounts, NobodyChangesTheirOwnRoles) {
  const std::string name = "selfadmin-" + random_suffix();
  const auto me = create_user(name, "admin", "");
  Client admin(port());
  admin.must_login(name, kUserPassword);
  const auto before = roles_of(id_of(me));
  ASSERT_EQ(before, (std::multiset<std::string>{"admin@"}));

  const Json widened = Json::array({{{"role", "admin"}}, {{"role", "social_worker"}, {"unit", kUnit}}});
  const auto r = admin.patch("/api/v1/users/" + id_of(me), {{"roles", widened}});
  EXPECT_EQ(r.status, 403) << r.body;
  EXPECT_TRUE(is_problem_of_type(r, "forbidden")) << r.body;
  EXPECT_EQ(roles_of(id_of(me)), before) << "no role change is stored";

  // Dropping one's own role is refused as well; the same set again changes nothing and is fine.
  EXPECT_EQ(admin.patch("/api/v1/users/" + id_of(me),
                        {{"roles", Json::array({{{"role", "analyst"}}})}})
                .status,
            403);
  const auto same = admin.patch("/api/v1/users/" + id_of(me),
                                {{"roles", Json::array({{{"role", "admin"}}})},
                                 {"display_name", "Renamed " + name}});
  EXPECT_EQ(same.status, 200) << same.body;
  EXPECT_EQ(roles_of(id_of(me)), before);

  // The refused attempt is in the log, flagged, as the admin's own denied role_grant.
  const auto entries = audit_where("subject_user=" + name);
  bool denied_grant = false;
  for (const auto& e : entries) {
    if (e["action"] == "role_grant" && e["outcome"] == "denied" && e["actor_id"] == id_of(me)) {
      denied_grant = e["flagged"] == true &&
                     e["reason"].get<std::string>().find("social_worker") != std::string::npos;
    }
  }
  EXPECT_TRUE(denied_grant) << entries.dump();
}

TEST(Accounts, TheAdminRouteDoesNotSetTheAdminsOwnPassword) {
  const std::string name = "selfpw-" + random_suffix();
  const auto me = create_user(name, "admin", "");
  Client admin(port());
  admin.must_login(name, kUserPassword);
  const auto r = admin.patch("/api/v1/users/" + id_of(me),
                             {{"password", "a-new-password-of-my-own-2026"}});
  EXPECT_EQ(r.status, 403) << r.body;
  EXPECT_EQ(Client(port()).login(name, kUserPassword).status, 200) << "the password is unchanged";
}

// ---- item 3: every account event is audited -----------------------------------------------------

TEST(Accounts, EveryAccountEventIsAnAuditEntryFoundByActorAndBySubject) {
  const std::string admin_name = "auditadmin-" + random_suffix();
  const auto admin_user = create_user(admin_name, "admin", "");
  Client admin(port());
  admin.must_login(admin_name, kUserPassword);

  const std::string name = "subject-" + random_suffix();
  const std::string temporary = "temporary-password-" + random_suffix();
  const auto created = admin.post("/api/v1/users", {{"username", name},
                                                    {"display_name", "Subject"},
                                                    {"password", temporary},
                                                    {"roles", {{{"role", "analyst"}}}}});
  ASSERT_EQ(created.status, 201) << created.body;
  const std::string id = id_of(created.json);
  const std::string path = "/api/v1/users/" + id;
  ASSERT_EQ(admin.patch(path, {{"roles", {{{"role", "social_worker"}, {"unit", kUnit}}}}}).status, 200);
  ASSERT_EQ(admin.patch(path, {{"password", "another-temporary-2026"}}).status, 200);
  ASSERT_EQ(admin.patch(path, {{"active", false}}).status, 200);
  ASSERT_EQ(admin.patch(path, {{"active", true}}).status, 200);
  Client subject(port());
  ASSERT_EQ(subject.login(name, "another-temporary-2026").status, 200);
  ASSERT_EQ(subject.put("/api/v1/me/password", {{"current_password", "another-temporary-2026"},
                                                {"new_password", "my-own-password-2026"}})
                .status,
            204);

  const std::multiset<std::string> by_admin = {"create:allowed",      "role_grant:allowed",
                                               "role_grant:allowed",  "role_revoke:allowed",
                                               "password_set:allowed", "deactivate:allowed",
                                               "reactivate:allowed"};
  EXPECT_EQ(account_actions(audit_where("actor=" + admin_name), id), by_admin);
  EXPECT_EQ(account_actions(audit_where("actor=" + id_of(admin_user)), id), by_admin);

  auto all = by_admin;
  all.insert("password_change:allowed");
  const auto by_name = audit_where("subject_user=" + name);
  EXPECT_EQ(account_actions(by_name, id), all);
  EXPECT_EQ(by_name.size(), all.size()) << "only entries about this account";
  EXPECT_EQ(account_actions(audit_where("subject_user=" + id), id), all);
  for (const auto& e : by_name) {
    EXPECT_EQ(e["client_id"], "") << e;
    EXPECT_EQ(e["subject_username"], name) << e;
    EXPECT_EQ(e.dump().find(temporary), std::string::npos) << "no password in the log";
    if (e["action"] == "password_change") {
      EXPECT_EQ(e["actor_id"], id) << e;
    }
  }
  // Details name the role and the unit.
  bool granted_in_unit = false;
  for (const auto& e : by_name) {
    if (e["action"] == "role_grant" &&
        e["reason"].get<std::string>().find("social_worker") != std::string::npos) {
      granted_in_unit = e["reason"].get<std::string>().find(kUnit) != std::string::npos;
    }
  }
  EXPECT_TRUE(granted_in_unit) << by_name.dump();
  expect_chain_verifies();
}

TEST(Accounts, AnUnchangedPatchWritesNoAccountEvent) {
  const std::string name = "quiet-" + random_suffix();
  const auto u = create_user(name, "analyst", "");
  const auto before = account_actions(audit_where("subject_user=" + name), id_of(u));
  ASSERT_EQ(as("demo-admin")
                .patch("/api/v1/users/" + id_of(u),
                       {{"active", true}, {"roles", {{{"role", "analyst"}}}}})
                .status,
            200);
  EXPECT_EQ(account_actions(audit_where("subject_user=" + name), id_of(u)), before);
}

// ---- item 3: a password set by an admin is temporary --------------------------------------------

TEST(Accounts, ATemporaryPasswordAllowsNothingButSettingOnesOwn) {
  const std::string name = "firstlogin-" + random_suffix();
  const std::string temporary = "temporary-password-" + random_suffix();
  const auto created = as("demo-admin").post(
      "/api/v1/users", {{"username", name},
                        {"display_name", "First login"},
                        {"password", temporary},
                        {"roles", {{{"role", "social_worker"}, {"unit", kUnit}}}}});
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(created.json["password_change_required"], true);

  Client c(port());
  const auto login = c.login(name, temporary);
  ASSERT_EQ(login.status, 200) << login.body;
  EXPECT_EQ(login.json["password_change_required"], true) << login.body;
  Client other(port());  // a second session of the same user
  ASSERT_EQ(other.login(name, temporary).status, 200);

  const auto me = c.get("/api/v1/me");
  ASSERT_EQ(me.status, 200) << me.body;
  EXPECT_EQ(me.json["password_change_required"], true);
  for (const auto& r : {c.get("/api/v1/dashboard"), c.get("/api/v1/counties"),
                        c.get("/api/v1/units"),
                        c.post("/api/v1/clients", {{"first_name", "Ei"}, {"last_name", "Tule"}})}) {
    EXPECT_EQ(r.status, 403) << r.body;
    EXPECT_TRUE(is_problem_of_type(r, "password-change-required")) << r.body;
  }

  // The self-service route checks the current password and the policy.
  const auto wrong = c.put("/api/v1/me/password", {{"current_password", "not-the-password-at-all"},
                                                   {"new_password", "my-own-password-2026"}});
  EXPECT_EQ(wrong.status, 422) << wrong.body;
  EXPECT_TRUE(wrong.names_field("current_password")) << wrong.body;
  const auto weak =
      c.put("/api/v1/me/password", {{"current_password", temporary}, {"new_password", "short"}});
  EXPECT_EQ(weak.status, 422) << weak.body;
  EXPECT_TRUE(weak.names_field("new_password")) << weak.body;
  const auto same =
      c.put("/api/v1/me/password", {{"current_password", temporary}, {"new_password", temporary}});
  EXPECT_EQ(same.status, 422) << same.body;
  EXPECT_TRUE(same.names_field("new_password")) << same.body;
  RequestOptions no_csrf;
  no_csrf.csrf = false;
  EXPECT_EQ(c.put("/api/v1/me/password",
                  {{"current_password", temporary}, {"new_password", "my-own-password-2026"}},
                  no_csrf)
                .status,
            403);

  const auto ok = c.put("/api/v1/me/password",
                        {{"current_password", temporary}, {"new_password", "my-own-password-2026"}});
  ASSERT_EQ(ok.status, 204) << ok.body;
  EXPECT_EQ(c.get("/api/v1/me").json["password_change_required"], false);
  EXPECT_EQ(c.get("/api/v1/dashboard").status, 200);
  EXPECT_EQ(other.get("/api/v1/me").status, 401) << "the user's other sessions end";
  EXPECT_EQ(Client(port()).login(name, temporary).status, 401);
  const auto again = Client(port()).login(name, "my-own-password-2026");
  EXPECT_EQ(again.status, 200);
  EXPECT_EQ(again.json["password_change_required"], false);

  // A password the admin sets later is temporary again.
  ASSERT_EQ(as("demo-admin")
                .patch("/api/v1/users/" + id_of(created.json), {{"password", "reset-by-admin-2026"}})
                .json["password_change_required"],
            true);
  Client after_reset(port());
  ASSERT_EQ(after_reset.login(name, "reset-by-admin-2026").status, 200);
  EXPECT_EQ(after_reset.get("/api/v1/dashboard").status, 403);
}

TEST(Accounts, DemoUsersHaveNoTemporaryPassword) {
  const auto r = as("demo-social_worker").get("/api/v1/me");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.json["password_change_required"], false);
}

// ---- item 5: the login throttle cannot be raced -------------------------------------------------

TEST(Accounts, ConcurrentWrongPasswordsGetAtMostFivePasswordChecks) {
  ScratchApp s;
  constexpr int kRequests = 24;
  std::atomic<int> unauthorized{0}, throttled{0}, other{0};
  std::atomic<bool> go{false};
  std::vector<std::thread> threads;
  for (int i = 0; i < kRequests; ++i) {
    threads.emplace_back([&, i] {
      Client c(s.server->port());
      while (!go.load()) std::this_thread::yield();
      const auto r = c.login(s.username, "wrong-password-" + std::to_string(i));
      if (r.status == 401) {
        ++unauthorized;
      } else if (r.status == 429 && !r.header("retry-after").empty()) {
        ++throttled;
      } else {
        ++other;
      }
    });
  }
  go = true;
  for (auto& t : threads) t.join();
  EXPECT_EQ(unauthorized.load(), 5) << "password checks";
  EXPECT_EQ(throttled.load(), kRequests - 5);
  EXPECT_EQ(other.load(), 0);
  EXPECT_EQ(Client(s.server->port()).login(s.username, kUserPassword).status, 429)
      << "locked even for the right password";

  // One login_locked entry about the account, with no actor, in a chain that verifies.
  const auto locked = s.app->db().query(
      "SELECT actor_id, county_id, client_id FROM audit_log WHERE action = 'login_locked' "
      "AND resource_type = 'user' AND resource_id = $1",
      {s.user_id});
  ASSERT_EQ(locked.rows.size(), 1u);
  EXPECT_EQ(locked.rows[0].str(0), "");
  EXPECT_FALSE(locked.rows[0].str(1).empty());
  EXPECT_EQ(locked.rows[0].str(2), "");
  EXPECT_TRUE(soku::security::AuditLog::verify(s.app->db()).ok);
}

TEST(Accounts, SuccessfulLoginsDoNotSpendTheAddressBudget) {
  soku::security::ThrottlePolicy policy;
  policy.max_per_address = 3;
  ScratchApp s(policy);
  for (int i = 0; i < 6; ++i) {
    EXPECT_EQ(Client(s.server->port()).login(s.username, kUserPassword).status, 200) << i;
  }
  // Failures do: three wrong passwords of unknown users fill the address's budget.
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(Client(s.server->port()).login("nobody-" + random_suffix(), "wrong-password").status,
              401);
  }
  EXPECT_EQ(Client(s.server->port()).login(s.username, kUserPassword).status, 429);
}

// ---- item 8: a login with a live session's cookie needs its CSRF token --------------------------

TEST(Accounts, ALoginWithALiveSessionCookieNeedsThatSessionsCsrfToken) {
  Client c(port());
  c.must_login("demo-group_instructor");
  const std::string token = c.csrf_token();
  const auto cookie = c.cookie("__Host-soku");
  c.set_csrf_token("");
  const auto refused = c.login("demo-group_instructor");
  EXPECT_EQ(refused.status, 403) << refused.body;
  EXPECT_TRUE(is_problem_of_type(refused, "csrf")) << refused.body;
  EXPECT_EQ(c.cookie("__Host-soku"), cookie) << "the session goes on";
  EXPECT_EQ(c.get("/api/v1/me").status, 200);

  c.set_csrf_token("wrong-" + token);
  EXPECT_EQ(c.login("demo-group_instructor").status, 403);

  c.set_csrf_token(token);
  const auto ok = c.login("demo-group_instructor");
  EXPECT_EQ(ok.status, 200) << ok.body;
  EXPECT_NE(c.cookie("__Host-soku"), cookie) << "a new login issues a new session";
}

TEST(Accounts, AStaleSessionCookieDoesNotBlockALogin) {
  Client c(port());
  c.set_cookie("__Host-soku", soku::security::random_token(32));  // names no session
  EXPECT_EQ(c.login("demo-group_instructor").status, 200);

  // A session that has ended (logged out) no longer needs its token either.
  Client d(port());
  d.must_login("demo-group_instructor");
  const auto old = d.cookie("__Host-soku");
  ASSERT_EQ(d.del("/api/v1/session").status, 204);
  d.set_cookie("__Host-soku", *old);
  d.set_csrf_token("");
  EXPECT_EQ(d.login("demo-group_instructor").status, 200);
}
