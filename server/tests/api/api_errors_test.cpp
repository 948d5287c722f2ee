// tests/api/api_errors_test.cpp — the error conventions of api.md (RFC 9457 problem+json for 400,
// 404, 405, 413), health and metrics, and the list parameters `limit` and `cursor`.
#include <gtest/gtest.h>

#include <set>

#include "http_fixture.h"

using namespace soku::test;

namespace {

void expect_problem(const HttpResponse& r, int status) {
  EXPECT_EQ(r.status, status) << r.body.substr(0, 300);
  EXPECT_EQ(r.header("content-type").rfind("application/problem+json", 0), 0u)
      << r.header("content-type");
  ASSERT_TRUE(r.is_json) << r.body.substr(0, 300);
  EXPECT_EQ(r.json.value("status", 0), status) << r.body.substr(0, 300);
  EXPECT_TRUE(r.json.contains("title") && r.json["title"].is_string()) << r.body.substr(0, 300);
  EXPECT_EQ(r.json.value("type", "").rfind("/problems/", 0), 0u) << r.body.substr(0, 300);
}

// A JSON object whose serialisation is `bytes` long.
std::string json_of_size(std::size_t bytes) {
  const std::string head = R"({"first_name":")";
  const std::string tail = R"("})";
  return head + std::string(bytes - head.size() - tail.size(), 'a') + tail;
}

}  // namespace

TEST(Errors, MalformedJsonIs400) {
  Client anonymous(port());
  expect_problem(anonymous.raw("POST", "/api/v1/session", "{\"username\": \"x\", "), 400);
  expect_problem(as("demo-social_worker").raw("POST", "/api/v1/clients", "{not json}"), 400);
}

TEST(Errors, AJsonArrayBodyIs400) {
  expect_problem(as("demo-social_worker").raw("POST", "/api/v1/clients", R"([{"first_name":"A"}])"),
                 400);
  Client anonymous(port());
  expect_problem(anonymous.raw("POST", "/api/v1/session", "[]"), 400);
}

TEST(Errors, ABodyOverOneMebibyteIs413) {
  const auto r = as("demo-social_worker").raw("POST", "/api/v1/clients",
                                              json_of_size(1024 * 1024 + 1));
  expect_problem(r, 413);
}

TEST(Errors, AChunkedBodyOverOneMebibyteIs413) {
  RequestOptions chunked;
  chunked.chunked = true;
  const auto r = as("demo-social_worker").raw("POST", "/api/v1/clients",
                                              json_of_size(1024 * 1024 + 64 * 1024), chunked);
  expect_problem(r, 413);
}

TEST(Errors, ABodyOfExactlyOneMebibyteIsRead) {
  // Not too large: it reaches validation (the name is too long), not the size limit.
  const auto r = as("demo-social_worker").raw("POST", "/api/v1/clients", json_of_size(1024 * 1024));
  EXPECT_EQ(r.status, 422) << r.body.substr(0, 300);
}

TEST(Errors, ARouteMayHaveASmallerLimit) {
  // Drafts accept at most 256 KiB.
  Client& sw = as("demo-social_worker");
  const std::string url = "/api/v1/drafts/big-" + random_suffix();
  const std::string big = R"({"data":")" + std::string(300 * 1024, 'a') + R"("})";
  expect_problem(sw.raw("PUT", url, big), 413);
  EXPECT_EQ(sw.get(url).status, 204) << "nothing was stored: no draft";
}

TEST(Errors, UnknownApiPathIs404ProblemJson) {
  expect_problem(as("demo-social_worker").get("/api/v1/nope"), 404);
  Client anonymous(port());
  expect_problem(anonymous.get("/api/v1/nope"), 404);
}

TEST(Errors, UnknownApiPathWithABodyIs404) {
  expect_problem(as("demo-social_worker").post("/api/v1/nope", {{"x", 1}}), 404);
}

TEST(Errors, WrongMethodOnAnExistingPathIs405) {
  expect_problem(as("demo-admin").del("/api/v1/counties"), 405);
  Client anonymous(port());
  expect_problem(anonymous.get("/api/v1/session"), 405);
  // RFC 9110: a 405 names the methods that exist.
  const auto r = as("demo-admin").del("/api/v1/counties");
  EXPECT_EQ(r.header("allow"), "GET");
  EXPECT_EQ(anonymous.get("/api/v1/session").header("allow"), "POST, DELETE");
}

TEST(Errors, WrongMethodWithABodyIs405) {
  expect_problem(as("demo-admin").put("/api/v1/counties", {{"code", "x"}}), 405);
}

TEST(Errors, HealthzIsOk) {
  Client anonymous(port());
  const auto r = anonymous.get("/healthz");
  EXPECT_EQ(r.status, 200);
  ASSERT_TRUE(r.is_json) << r.body.substr(0, 300);
  EXPECT_EQ(r.json, Json({{"status", "ok"}}));
}

TEST(Errors, MetricsArePrometheusText) {
  Client anonymous(port());
  anonymous.get("/healthz");
  const auto r = anonymous.get("/metrics");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.header("content-type").rfind("text/plain", 0), 0u);
  for (const char* name : {"soku_http_requests_total", "soku_http_request_duration_seconds_bucket",
                           "soku_db_pool_size", "soku_audit_entries_total"}) {
    EXPECT_NE(r.body.find(std::string("\n") + name), std::string::npos) << name;
  }
  EXPECT_NE(r.body.find("soku_http_requests_total{code=\"2xx\"}"), std::string::npos);
  EXPECT_EQ(r.body.find("soku_http_requests_total{code=\"2xx\"} 0\n"), std::string::npos)
      << "the health check above was counted";
}

TEST(Errors, BadLimitIs400NamingLimit) {
  Client& sw = as("demo-social_worker");
  for (const Json& bad : {Json("abc"), Json(0), Json(-1), Json(100000), Json("5x"), Json(2.5)}) {
    const auto r = sw.post("/api/v1/clients/search", {{"q", "a"}, {"limit", bad}});
    expect_problem(r, 422);
    EXPECT_TRUE(r.names_field("limit")) << bad << ": " << r.body.substr(0, 300);
  }
  const auto audit = as("demo-auditor").get("/api/v1/audit?limit=many");
  expect_problem(audit, 400);
  EXPECT_TRUE(audit.names_field("limit")) << audit.body;
}

TEST(Errors, BadCursorIs400) {
  Client& sw = as("demo-social_worker");
  for (const char* bad : {"garbage", "o-5", "o", "x12", "o5x"}) {
    const auto r = search(sw, "a", 0, bad);
    expect_problem(r, 400);
    EXPECT_TRUE(r.names_field("cursor")) << bad << ": " << r.body.substr(0, 300);
  }
}

TEST(Errors, ListsPageWithLimitAndNextCursor) {
  Client& sw = as("demo-social_worker");
  const std::string family = "Sivutus" + random_suffix();
  std::set<std::string> made;
  for (int i = 0; i < 3; ++i) {
    made.insert(create_client(sw, {{"last_name", family}, {"first_name", "Nro" + std::to_string(i)}})["id"]
                    .get<std::string>());
  }
  const auto first = search(sw, family, 2);
  ASSERT_EQ(first.status, 200) << first.body;
  ASSERT_EQ(first.json["items"].size(), 2u);
  ASSERT_TRUE(first.json["next_cursor"].is_string()) << first.body;
  const auto second = search(sw, family, 2, first.json["next_cursor"].get<std::string>());
  ASSERT_EQ(second.status, 200) << second.body;
  ASSERT_EQ(second.json["items"].size(), 1u);
  EXPECT_TRUE(second.json["next_cursor"].is_null());
  std::set<std::string> seen;
  for (const auto* page : {&first, &second}) {
    for (const auto& item : page->json["items"]) seen.insert(item["id"].get<std::string>());
  }
  EXPECT_EQ(seen, made);
}

TEST(Errors, MalformedQueryEscapeIs400) {
  expect_problem(as("demo-auditor").get("/api/v1/audit?actor=%zz"), 400);
}
