// tests/api/api_session_test.cpp — login, logout, CSRF, Origin, the login throttle, session
// timeouts and the headers every API response carries (api.md "HTTP conventions").
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <set>
#include <thread>

#include "api/accounts.h"
#include "http_fixture.h"
#include "security/crypto.h"

using namespace soku::test;
using namespace std::chrono_literals;

namespace {

// The attributes of a Set-Cookie line after the name=value pair, lower-cased and trimmed.
std::set<std::string> cookie_attributes(const std::string& line) {
  std::set<std::string> out;
  std::size_t pos = line.find(';');
  while (pos != std::string::npos) {
    const std::size_t end = line.find(';', pos + 1);
    std::string part = line.substr(pos + 1, end == std::string::npos ? end : end - pos - 1);
    part.erase(0, part.find_first_not_of(' '));
    part.erase(part.find_last_not_of(' ') + 1);
    std::transform(part.begin(), part.end(), part.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    out.insert(part);
    pos = end;
  }
  return out;
}

bool is_problem(const HttpResponse& r) {
  return r.header("content-type").rfind("application/problem+json", 0) == 0 && r.is_json &&
         r.json.value("status", 0) == r.status && r.json.contains("title");
}

// An App with very short sessions on its own scratch database (its session sweep would otherwise
// end the shared server's sessions): idle 400 ms, absolute 1200 ms, last_seen written every time.
struct ShortSessions {
  std::unique_ptr<soku::api::App> app;
  std::unique_ptr<TestServer> server;
  std::string username = "timeout-" + random_suffix();

  ShortSessions() {
    auto db = soku::store::open(scratch_db_url("sessions"));
    soku::store::migrate(*db);
    const std::string county = soku::security::new_id();
    db->exec("INSERT INTO counties (id, county_id, code, name, settings, created_at) VALUES "
             "($1,$1,'timeout-county','Timeout county','{}','2026-01-01T00:00:00.000Z')",
             {county});
    soku::api::create_user(*db, {county, username, "Timeout user", kUserPassword,
                                 {{"social_worker", std::nullopt}}});
    soku::api::AppConfig cfg;
    cfg.quiet = true;
    cfg.sessions.idle_ms = 400;
    cfg.sessions.absolute_ms = 1200;
    cfg.sessions.touch_every_ms = 0;
    app = std::make_unique<soku::api::App>(std::move(db), cfg);
    server = std::make_unique<TestServer>(*app);
  }
};

ShortSessions& short_sessions() {
  static ShortSessions s;
  return s;
}

}  // namespace

TEST(Session, LoginSetsTheHostCookieAndReturnsTheUserAndACsrfToken) {
  Client c(port());
  const auto r = c.login("demo-social_worker");
  ASSERT_EQ(r.status, 200) << r.body;
  ASSERT_EQ(r.set_cookies.size(), 1u);
  const std::string& line = r.set_cookies[0];
  EXPECT_EQ(line.rfind("__Host-soku=", 0), 0u) << line;
  const auto attrs = cookie_attributes(line);
  EXPECT_TRUE(attrs.count("secure")) << line;
  EXPECT_TRUE(attrs.count("httponly")) << line;
  EXPECT_TRUE(attrs.count("samesite=strict")) << line;
  EXPECT_TRUE(attrs.count("path=/")) << line;
  for (const auto& a : attrs) EXPECT_NE(a.rfind("domain", 0), 0u) << "__Host- forbids Domain";
  ASSERT_TRUE(r.is_json);
  EXPECT_EQ(r.json["user"]["username"], "demo-social_worker");
  ASSERT_TRUE(r.json["csrf_token"].is_string());
  EXPECT_GE(r.json["csrf_token"].get<std::string>().size(), 16u);
  ASSERT_TRUE(c.cookie("__Host-soku").has_value());
  EXPECT_GE(c.cookie("__Host-soku")->size(), 32u);
}

TEST(Session, MeReturnsTheUserAndTheSameCsrfToken) {
  Client& sw = as("demo-social_worker");
  const auto r = sw.get("/api/v1/me");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json["user"]["username"], "demo-social_worker");
  EXPECT_EQ(r.json["user"]["county"]["code"], kCounty);
  EXPECT_EQ(r.json["csrf_token"], sw.csrf_token());
}

TEST(Session, WrongPasswordIs401ProblemJson) {
  const std::string name = "wrongpw-" + random_suffix();
  create_user(name, "social_worker");
  Client c(port());
  const auto r = c.login(name, "not-the-password-at-all");
  EXPECT_EQ(r.status, 401) << r.body;
  EXPECT_TRUE(is_problem(r)) << r.body;
  EXPECT_TRUE(r.set_cookies.empty());
  EXPECT_FALSE(c.cookie("__Host-soku").has_value());
}

TEST(Session, UnknownUserGetsTheSameAnswerAsAWrongPassword) {
  const std::string known = "wrongpw2-" + random_suffix();
  create_user(known, "social_worker");
  Client c(port());
  const auto wrong = c.login(known, "not-the-password-at-all");
  const auto unknown = c.login("nobody-" + random_suffix(), "not-the-password-at-all");
  EXPECT_EQ(wrong.status, 401);
  EXPECT_EQ(unknown.status, 401);
  EXPECT_EQ(wrong.json.value("type", ""), unknown.json.value("type", ""));
  EXPECT_EQ(wrong.json.value("title", ""), unknown.json.value("title", ""));
  EXPECT_EQ(wrong.json.value("detail", ""), unknown.json.value("detail", ""));
}

TEST(Session, MissingLoginFieldsAre422NamingTheField) {
  Client c(port());
  const auto no_password = c.post("/api/v1/session", {{"username", "demo-social_worker"}});
  EXPECT_EQ(no_password.status, 422) << no_password.body;
  EXPECT_TRUE(is_problem(no_password));
  EXPECT_TRUE(no_password.names_field("password")) << no_password.body;
  EXPECT_FALSE(no_password.names_field("username")) << no_password.body;

  const auto empty = c.post("/api/v1/session", Json::object());
  EXPECT_EQ(empty.status, 422) << empty.body;
  EXPECT_TRUE(empty.names_field("username")) << empty.body;
  EXPECT_TRUE(empty.names_field("password")) << empty.body;
}

TEST(Session, MeWithoutACookieIs401) {
  Client c(port());
  const auto r = c.get("/api/v1/me");
  EXPECT_EQ(r.status, 401) << r.body;
  EXPECT_TRUE(is_problem(r)) << r.body;
}

TEST(Session, AnUnknownCookieIs401) {
  Client c(port());
  c.set_cookie("__Host-soku", soku::security::random_token(32));
  EXPECT_EQ(c.get("/api/v1/me").status, 401);
}

TEST(Session, MutationWithoutCsrfTokenIs403) {
  Client& sw = as("demo-social_worker");
  const RequestOptions no_csrf{.headers = {}, .csrf = false};
  const auto r = sw.put("/api/v1/drafts/csrf-" + random_suffix(), {{"data", {{"x", 1}}}}, no_csrf);
  EXPECT_EQ(r.status, 403) << r.body;
  EXPECT_TRUE(is_problem(r));
  EXPECT_EQ(r.json.value("type", ""), "/problems/csrf");
}

TEST(Session, MutationWithAWrongCsrfTokenIs403) {
  Client& sw = as("demo-social_worker");
  const RequestOptions wrong{.headers = {{"X-CSRF-Token", soku::security::random_token(32)}},
                             .csrf = false};
  const std::string key = "csrf-" + random_suffix();
  const auto r = sw.put("/api/v1/drafts/" + key, {{"data", {{"x", 1}}}}, wrong);
  EXPECT_EQ(r.status, 403) << r.body;
  EXPECT_EQ(r.json.value("type", ""), "/problems/csrf");
  EXPECT_EQ(sw.get("/api/v1/drafts/" + key).status, 204) << "the refused write must not happen";
}

TEST(Session, TheCsrfTokenOfAnotherSessionIsRefused) {
  Client& sw = as("demo-social_worker");
  Client& sc = as("demo-social_counsellor");
  const RequestOptions foreign{.headers = {{"X-CSRF-Token", sc.csrf_token()}}, .csrf = false};
  const auto r = sw.put("/api/v1/drafts/csrf-" + random_suffix(), {{"data", 1}}, foreign);
  EXPECT_EQ(r.status, 403) << r.body;
}

TEST(Session, ForeignOriginOnAPostIs403AndNothingIsCreated) {
  Client& sw = as("demo-social_worker");
  const RequestOptions evil{.headers = {{"Origin", "https://evil.example"}}};
  const std::string last = "Origintesti" + random_suffix();
  const auto r = sw.post("/api/v1/clients",
                         {{"first_name", "Testi"}, {"last_name", last}, {"municipality", "alajarvi"}},
                         evil);
  EXPECT_EQ(r.status, 403) << r.body;
  EXPECT_TRUE(is_problem(r));
  const auto found = search(sw, last);
  ASSERT_EQ(found.status, 200);
  EXPECT_TRUE(found.json["items"].empty()) << found.body;
}

TEST(Session, OwnOriginIsAccepted) {
  Client& sw = as("demo-social_worker");
  const RequestOptions own{.headers = {{"Origin", "http://127.0.0.1:" + std::to_string(port())}}};
  const auto r = sw.put("/api/v1/drafts/origin-" + random_suffix(), {{"data", 1}}, own);
  EXPECT_EQ(r.status, 204) << r.body;
}

TEST(Session, ForeignOriginOnAPutOrPatchIs403) {
  Client& sw = as("demo-social_worker");
  const RequestOptions evil{.headers = {{"Origin", "https://evil.example"}}};
  EXPECT_EQ(sw.put("/api/v1/drafts/origin-" + random_suffix(), {{"data", 1}}, evil).status, 403);
  const auto client = create_client(sw);
  const auto r = sw.patch("/api/v1/clients/" + client["id"].get<std::string>(),
                          {{"version", client["version"]}, {"first_name", "Pahis"}}, evil);
  EXPECT_EQ(r.status, 403) << r.body;
}

// app.h: the Origin check belongs to every state-changing request, and DELETE is one.
TEST(Session, ForeignOriginOnADeleteIs403) {
  Client& sw = as("demo-social_worker");
  const std::string key = "origin-del-" + random_suffix();
  ASSERT_EQ(sw.put("/api/v1/drafts/" + key, {{"data", 1}}).status, 204);
  const RequestOptions evil{.headers = {{"Origin", "https://evil.example"}}};
  EXPECT_EQ(sw.del("/api/v1/drafts/" + key, evil).status, 403);
}

TEST(Session, LogoutNeedsTheCsrfToken) {
  Client c(port());
  c.must_login("demo-manager");
  const RequestOptions no_csrf{.headers = {}, .csrf = false};
  EXPECT_EQ(c.del("/api/v1/session", no_csrf).status, 403);
  EXPECT_EQ(c.get("/api/v1/me").status, 200) << "a refused logout leaves the session open";
}

TEST(Session, LogoutIs204AndTheOldCookieIsInvalidOnTheServer) {
  Client c(port());
  c.must_login("demo-manager");
  const auto token = c.cookie("__Host-soku");
  ASSERT_TRUE(token.has_value());
  const auto r = c.del("/api/v1/session");
  EXPECT_EQ(r.status, 204) << r.body;
  EXPECT_FALSE(c.cookie("__Host-soku").has_value()) << "the cookie is cleared";
  // Browsers accept a __Host- cookie (also the clearing one) only with Secure and Path=/.
  ASSERT_EQ(r.set_cookies.size(), 1u);
  const auto attrs = cookie_attributes(r.set_cookies[0]);
  EXPECT_TRUE(attrs.count("secure")) << r.set_cookies[0];
  EXPECT_TRUE(attrs.count("path=/")) << r.set_cookies[0];
  Client replay(port());
  replay.set_cookie("__Host-soku", *token);
  EXPECT_EQ(replay.get("/api/v1/me").status, 401) << "the session ends on the server";
}

// A login with the cookie of a live session needs that session's CSRF token; a stale cookie does
// not block a login: see api_accounts_test.cpp (Accounts.ALoginWithALiveSessionCookie…).

TEST(Session, FiveWrongPasswordsThrottleTheAccountEvenForTheRightPassword) {
  const std::string name = "throttle-" + random_suffix();
  create_user(name, "social_counsellor");
  Client c(port());
  for (int i = 0; i < 5; ++i) {
    const auto r = c.login(name, "wrong-password-" + std::to_string(i));
    ASSERT_EQ(r.status, 401) << "attempt " << i << ": " << r.body;
  }
  const auto blocked = c.login(name, kUserPassword);
  EXPECT_EQ(blocked.status, 429) << blocked.body;
  EXPECT_TRUE(is_problem(blocked)) << blocked.body;
  const std::string retry = blocked.header("retry-after");
  ASSERT_FALSE(retry.empty());
  EXPECT_GT(std::stoll(retry), 0);
  EXPECT_LE(std::stoll(retry), 15 * 60);
  EXPECT_FALSE(c.cookie("__Host-soku").has_value());
}

TEST(Session, IdleSessionsEnd) {
  auto& s = short_sessions();
  Client c(s.server->port());
  c.must_login(s.username, kUserPassword);
  ASSERT_EQ(c.get("/api/v1/me").status, 200);
  std::this_thread::sleep_for(700ms);  // idle limit 400 ms
  EXPECT_EQ(c.get("/api/v1/me").status, 401);
}

TEST(Session, ActiveSessionsEndAtTheAbsoluteLimit) {
  auto& s = short_sessions();
  Client c(s.server->port());
  c.must_login(s.username, kUserPassword);
  const auto start = std::chrono::steady_clock::now();
  // Requests every 200 ms keep the session from idling out (idle limit 400 ms)…
  for (int i = 0; i < 4; ++i) {
    std::this_thread::sleep_for(200ms);
    ASSERT_EQ(c.get("/api/v1/me").status, 200) << "request " << i;
  }
  EXPECT_GT(std::chrono::steady_clock::now() - start, 700ms) << "activity outlived the idle limit";
  // …but not past the absolute limit of 1200 ms.
  while (std::chrono::steady_clock::now() - start < 1500ms) {
    std::this_thread::sleep_for(200ms);
    c.get("/api/v1/me");
  }
  EXPECT_EQ(c.get("/api/v1/me").status, 401);
}

TEST(Session, ApiResponsesAreNotCachedAndCarryARequestId) {
  Client& sw = as("demo-social_worker");
  Client anonymous(port());
  for (const auto& r : {sw.get("/api/v1/me"), anonymous.get("/api/v1/me"),
                        sw.get("/api/v1/no-such-thing")}) {
    EXPECT_NE(r.header("cache-control").find("no-store"), std::string::npos)
        << r.status << " " << r.header("cache-control");
    EXPECT_FALSE(r.header("x-request-id").empty()) << r.status;
  }
}

TEST(Session, AValidIncomingRequestIdIsEchoed) {
  const std::string id = "req-" + random_suffix() + ".test_1";
  const RequestOptions o{.headers = {{"X-Request-Id", id}}};
  Client anonymous(port());
  const auto r = anonymous.get("/api/v1/me", o);
  EXPECT_EQ(r.header("x-request-id"), id);
  EXPECT_EQ(r.json.value("request_id", ""), id) << r.body;
}

TEST(Session, AnInvalidIncomingRequestIdIsReplaced) {
  const RequestOptions o{.headers = {{"X-Request-Id", "bad<id>" + std::string(80, 'x')}}};
  const auto r = as("demo-social_worker").get("/api/v1/me", o);
  EXPECT_EQ(r.status, 200);
  EXPECT_FALSE(r.header("x-request-id").empty());
  EXPECT_EQ(r.header("x-request-id").find('<'), std::string::npos);
}
