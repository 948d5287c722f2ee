// tests/api/http_fixture.h — the API tests' server and client.
//
// One process-wide environment (created on first use): the test database (test_db.h) seeded once
// with the demo data, a soku::api::App on it and a soku::http::Server on 127.0.0.1 at a free port,
// wired as main.cpp wires them. Client is a small blocking HTTP/1.1 client (Boost.Beast) that keeps
// the session cookie and the CSRF token the way the web app does. Scratch databases (a fresh SQLite
// file, or a fresh PostgreSQL database on the test server) serve the tests that must not disturb
// the shared database: short session timeouts, audit tampering.
#pragma once

#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "api/app.h"
#include "http/server.h"
#include "store/db.h"

namespace soku::test {

inline constexpr const char* kDemoPassword = "demo-password-2026";
inline constexpr const char* kCounty = "etela-pohjanmaa";
inline constexpr const char* kUnit = "jarvi-pohjanmaa";
inline constexpr const char* kOtherCountyWorker = "demo-tampere-aikuissosiaalityo-worker";

using Json = nlohmann::json;

struct HttpResponse {
  int status = 0;
  std::map<std::string, std::string> headers;  // lower-case names; repeated ones joined by ", "
  std::vector<std::string> set_cookies;        // every Set-Cookie line, verbatim
  std::string body;
  Json json;                                   // parsed when the content type is JSON
  bool is_json = false;

  [[nodiscard]] std::string header(const std::string& lower_name) const;
  // The problem+json `errors[].field` names (empty when none).
  [[nodiscard]] std::vector<std::string> error_fields() const;
  [[nodiscard]] bool names_field(const std::string& field) const;
};

// Per-request options; nothing here persists on the Client.
struct RequestOptions {
  std::vector<std::pair<std::string, std::string>> headers;  // extra headers (e.g. Origin)
  bool csrf = true;            // send X-CSRF-Token on POST/PUT/PATCH/DELETE (when one is known)
  bool cookies = true;         // send the stored cookies
  bool chunked = false;        // send the body with chunked transfer encoding
  std::string content_type = "application/json";
};

class Client {
public:
  explicit Client(unsigned short port);

  // A request with a raw body (sent verbatim; empty: no body).
  HttpResponse raw(const std::string& method, const std::string& target, const std::string& body,
                   const RequestOptions& options = {});
  HttpResponse get(const std::string& target, const RequestOptions& options = {});
  HttpResponse del(const std::string& target, const RequestOptions& options = {});
  HttpResponse post(const std::string& target, const Json& body, const RequestOptions& options = {});
  HttpResponse put(const std::string& target, const Json& body, const RequestOptions& options = {});
  HttpResponse patch(const std::string& target, const Json& body,
                     const RequestOptions& options = {});

  // POST /api/v1/session, with the X-CSRF-Token of the session this client holds, if any (a login
  // with a live session's cookie needs it; set_csrf_token("") to send none).
  HttpResponse login(const std::string& username, const std::string& password = kDemoPassword);
  // login() that must succeed (a gtest failure otherwise); returns this.
  Client& must_login(const std::string& username, const std::string& password = kDemoPassword);

  [[nodiscard]] std::optional<std::string> cookie(const std::string& name) const;
  void set_cookie(const std::string& name, const std::string& value) { cookies_[name] = value; }
  void clear_cookies() { cookies_.clear(); }
  [[nodiscard]] const std::string& csrf_token() const { return csrf_; }
  void set_csrf_token(std::string token) { csrf_ = std::move(token); }
  [[nodiscard]] const Json& user() const { return user_; }  // from the last login or /me
  [[nodiscard]] unsigned short port() const { return port_; }

private:
  unsigned short port_;
  std::map<std::string, std::string> cookies_;
  std::string csrf_;
  Json user_;
};

// A server on 127.0.0.1:<free port> answering through `app` (as main.cpp wires it).
class TestServer {
public:
  explicit TestServer(api::App& app);
  ~TestServer();
  TestServer(const TestServer&) = delete;
  TestServer& operator=(const TestServer&) = delete;
  [[nodiscard]] unsigned short port() const { return server_->port(); }

private:
  std::unique_ptr<http::Server> server_;
};

struct Env {
  std::string url;
  std::unique_ptr<api::App> app;
  std::unique_ptr<TestServer> server;
  std::string county_id;  // etela-pohjanmaa
};

// The shared environment (seeded database, app, server), created on first use.
Env& env();
inline api::App& app() { return *env().app; }
inline unsigned short port() { return env().server->port(); }

// A process-wide logged-in client of `username` (one Argon2 login per user per process). Tests
// must not log it out, change its cookies or its CSRF token; use a fresh Client for that.
Client& as(const std::string& username);

// ---- data made by the tests: unique and fictional ----------------------------------------------

// Lower-case letters, for names and codes that must not collide within or across runs.
std::string random_suffix(std::size_t n = 8);
// The Finnish identity-code check character of nine digits DDMMYYNNN (computed here, not by the
// server, so the tests check the server's validation against an independent computation).
char check_character(const std::string& nine_digits);
// A fictional identity code never issued to a real person (individual number 900–999), unique
// within the process and outside the demo seed's range (born 1930–1961 with sign `sign_1900s`, or
// 2005–2023 with `A` when `two_thousands`).
std::string fictional_hetu(char sign_1900s = '-', bool two_thousands = false);
// The ten digits and check of a code with its century sign replaced.
std::string with_sign(const std::string& hetu, char sign);

// POST /api/v1/clients as `worker`; fields in `extra` override the defaults (a unique last name,
// municipality alajarvi, no identity code). Fails the test unless 201; returns the client.
Json create_client(Client& worker, const Json& extra = Json::object());

// Creates a user through the admin API (demo-admin) with one role in the demo unit (or county-wide
// when `unit` is empty); fails the test unless 201. Returns the user JSON. The admin's password is
// temporary; this helper clears that flag in the database so the user can work at once.
Json create_user(const std::string& username, const std::string& role,
                 const std::string& unit = kUnit, const std::string& password = "");
// The password create_user() gives a user when none is passed.
inline constexpr const char* kUserPassword = "test-password-for-api-2026";

// The user id of a worker who may be named key worker (GET /api/v1/workers); a test failure and
// "" when there is none.
std::string worker_id(const std::string& username);
// A fresh client of demo-social_worker with a granted decision naming the demo counsellor as key
// worker, so an open period; returns {client id, period id}.
std::pair<std::string, std::string> client_in_service();

// POST /api/v1/clients/search {q, limit?, cursor?} as `c` (limit 0 / cursor "": not sent).
HttpResponse search(Client& c, const std::string& q, int limit = 0, const std::string& cursor = "");

// GET /api/v1/audit?client_id=… as demo-auditor (newest first).
Json audit_entries(const std::string& client_id);

// ---- scratch databases -------------------------------------------------------------------------

// A fresh, empty database on the same backend as the shared one (not migrated). SQLite: a new
// temporary file; PostgreSQL: a new database on the test server. Removed at process exit.
std::string scratch_db_url(const std::string& tag);
bool is_postgres();

// ---- soku's clock and a server of its own --------------------------------------------------------

// Moves soku's clock (common/time.h, set_test_shift_ms) by `shift_ms` for the scope's lifetime;
// the wall clock again after it.
class ClockShift {
public:
  explicit ClockShift(std::int64_t shift_ms);
  ~ClockShift();
  ClockShift(const ClockShift&) = delete;
  ClockShift& operator=(const ClockShift&) = delete;
};
// The shift that makes time::today() `date` (YYYY-MM-DD): noon in Helsinki on that day.
std::int64_t shift_to_date(const std::string& date);

// A server of its own on a scratch database seeded with the demo organisation and no clients,
// for tests that move the clock far (every session ages, and the session sweep of a login would
// end the shared server's sessions) or that need a caseload holding only what the test made.
class ScratchServer {
public:
  explicit ScratchServer(const std::string& tag);
  ~ScratchServer();
  ScratchServer(const ScratchServer&) = delete;
  ScratchServer& operator=(const ScratchServer&) = delete;
  [[nodiscard]] unsigned short port() const { return server_->port(); }
  [[nodiscard]] api::App& app() { return *app_; }
  // A fresh login at the clock's current reading (a session made before a shift may be too old).
  std::unique_ptr<Client> login(const std::string& username,
                                const std::string& password = kDemoPassword);
  // create_user() on this server; log in with kUserPassword.
  Json create_user(const std::string& username, const std::string& role,
                   const std::string& unit = kUnit);
  // audit_entries() on this server.
  Json audit_entries(const std::string& client_id);

private:
  std::unique_ptr<api::App> app_;
  std::unique_ptr<TestServer> server_;
};

}  // namespace soku::test
