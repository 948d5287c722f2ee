// tests/api/store_errors_test.cpp — typed store errors are mapped once, in App::dispatch:
//   Result::one() on no rows (store::NotFound)            -> 404 not-found
//   a unique constraint (store::UniqueViolation)          -> 409 duplicate
//   a serialization failure after retries                 -> 503 busy + Retry-After
// Each case is a real store call made by a route registered on an App over its own scratch
// database (both backends), dispatched in-process: no handler catches anything itself.
#include <gtest/gtest.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "api/app.h"
#include "http_fixture.h"
#include "security/crypto.h"
#include "store/db.h"
#include "store/migrations.h"

namespace {

using soku::api::App;
using soku::api::Ctx;
using soku::api::Gate;
using soku::http::Request;
using soku::http::Response;

struct ErrorsApp {
  std::unique_ptr<App> app;

  ErrorsApp() {
    auto db = soku::store::open(soku::test::scratch_db_url("store_errors"));
    soku::store::migrate(*db);
    soku::api::AppConfig cfg;
    cfg.quiet = true;
    app = std::make_unique<App>(std::move(db), cfg);

    // A lookup by an id that does not exist, as every handler does it: query(...).one().
    app->route(
        {.method = "GET", .pattern = "/api/v1/test-store-errors/missing", .gate = Gate::public_},
        [](Ctx& ctx) {
          const auto row =
              ctx.app.db()
                  .query("SELECT id FROM counties WHERE id = $1", {std::string("no-such-id")})
                  .one();
          return Response::json(200, {{"id", row.str(0)}});
        });
    // The same county code twice (counties.code is UNIQUE).
    app->route(
        {.method = "GET", .pattern = "/api/v1/test-store-errors/duplicate", .gate = Gate::public_},
        [](Ctx& ctx) {
          ctx.app.db().write([](soku::store::Tx& tx) {
            for (int i = 0; i < 2; ++i) {
              tx.exec(
                  "INSERT INTO counties (id, county_id, code, name, settings, created_at) VALUES "
                  "($1, $1, 'dup-county', 'Dup', '{}', '2026-01-01T00:00:00.000Z')",
                  {soku::security::new_id()});
            }
          });
          return Response::json(200, nlohmann::json::object());
        });
    // What Database::write throws when its retries are spent (not reproducible on demand).
    app->route(
        {.method = "GET", .pattern = "/api/v1/test-store-errors/busy", .gate = Gate::public_},
        [](Ctx&) -> Response {
          throw soku::store::SerializationFailure("could not serialize access (test)");
        });
  }

  Response get(const std::string& path) {
    Request req;
    req.method = "GET";
    req.path = path;
    req.remote_address = "127.0.0.1";
    return app->dispatch(req);
  }
};

std::string header(const Response& r, const std::string& name) {
  for (const auto& [k, v] : r.headers) {
    if (k == name) return v;
  }
  return "";
}

void expect_problem(const Response& r, int status, const std::string& type) {
  EXPECT_EQ(r.status, status) << r.body;
  EXPECT_EQ(r.content_type, "application/problem+json");
  const auto j = nlohmann::json::parse(r.body);
  EXPECT_EQ(j.value("status", 0), status) << r.body;
  EXPECT_EQ(j.value("type", ""), "/problems/" + type) << r.body;
}

}  // namespace

TEST(StoreErrors, OneOnNoRowsIs404) {
  ErrorsApp a;
  expect_problem(a.get("/api/v1/test-store-errors/missing"), 404, "not-found");
}

TEST(StoreErrors, UniqueViolationIs409) {
  ErrorsApp a;
  expect_problem(a.get("/api/v1/test-store-errors/duplicate"), 409, "duplicate");
  // The transaction rolled back: not even the first row stayed.
  EXPECT_EQ(
      a.app->db().query("SELECT COUNT(*) FROM counties WHERE code = 'dup-county'").one().i64(0), 0);
}

TEST(StoreErrors, SerializationFailureIs503WithRetryAfter) {
  ErrorsApp a;
  const Response r = a.get("/api/v1/test-store-errors/busy");
  expect_problem(r, 503, "busy");
  EXPECT_EQ(header(r, "Retry-After"), "1");
}
