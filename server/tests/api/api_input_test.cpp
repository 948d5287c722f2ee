// tests/api/api_input_test.cpp — hostile input classes from the security issue: deeply nested JSON
// (which once overflowed the serialiser's stack and killed the process) and control characters
// (a NUL was stored as sent by SQLite and cut the text on PostgreSQL). Both are refused where the
// input enters: Ctx::body() for every JSON body, the dispatcher for every path and query parameter,
// Fields for every field.
#include <gtest/gtest.h>

#include <string>

#include "domain/text.h"
#include "http_fixture.h"

using namespace soku::test;

namespace {

std::string nested(int depth, const std::string& inner = "1") {
  return std::string(static_cast<std::size_t>(depth), '[') + inner +
         std::string(static_cast<std::size_t>(depth), ']');
}

std::string referral_url(const Json& client) {
  return "/api/v1/clients/" + client["id"].get<std::string>() + "/referrals";
}

}  // namespace

TEST(Input, ADeeplyNestedDraftIsRefusedAndTheServerLives) {
  auto& worker = as("demo-social_worker");
  const std::string body = R"({"data":)" + nested(100000) + "}";
  const auto r = worker.raw("PUT", "/api/v1/drafts/deep-" + random_suffix(), body);
  EXPECT_EQ(r.status, 400) << r.body.substr(0, 200);
  EXPECT_EQ(r.json.value("type", ""), "/problems/json-too-deep");
  EXPECT_TRUE(r.names_field("body"));
  EXPECT_EQ(Client(port()).get("/healthz").status, 200);
}

TEST(Input, NestingUpToTheLimitIsKeptAndReadBack) {
  auto& worker = as("demo-social_worker");
  const std::string key = "nest-" + random_suffix();
  // {"data": [[…]]}: the body object is one level, so the array may be kMaxJsonDepth - 1 deep.
  const std::string ok = R"({"data":)" + nested(soku::domain::kMaxJsonDepth - 1) + "}";
  ASSERT_EQ(worker.raw("PUT", "/api/v1/drafts/" + key, ok).status, 204);
  const auto back = worker.get("/api/v1/drafts/" + key);
  ASSERT_EQ(back.status, 200);
  EXPECT_EQ(back.json["data"], Json::parse(nested(soku::domain::kMaxJsonDepth - 1)));
  const std::string too_deep = R"({"data":)" + nested(soku::domain::kMaxJsonDepth) + "}";
  EXPECT_EQ(worker.raw("PUT", "/api/v1/drafts/" + key, too_deep).status, 400);
}

// Every route that takes a body refuses a too-deep one before anything else reads it: the check
// is in Ctx::body(), which every handler uses. Walks the route table, so a new route is covered.
TEST(Input, EveryRouteWithABodyRefusesTooDeepJson) {
  auto& admin = as("demo-admin");
  auto& worker = as("demo-social_worker");
  const Json client = create_client(worker);
  const std::string cid = client["id"].get<std::string>();
  int checked = 0;
  for (const auto& route : app().router().routes()) {
    if (route.method != "POST" && route.method != "PUT" && route.method != "PATCH") continue;
    std::string path = route.pattern;
    for (const std::string& param : {std::string("{id}"), std::string("{key}")}) {
      const auto at = path.find(param);
      if (at != std::string::npos) path.replace(at, param.size(), param == "{id}" ? cid : "k1");
    }
    const std::string body = R"({"x":)" + nested(5000) + "}";
    for (Client* c : {&worker, &admin}) {
      const auto r = c->raw(route.method, path, body);
      EXPECT_LT(r.status, 500) << route.method << " " << route.pattern;
      // A route that reaches the body answers 400; one the actor may not use answers 403/404
      // before it reads the body. Neither stores anything.
      EXPECT_TRUE(r.status == 400 || r.status == 403 || r.status == 404)
          << route.method << " " << route.pattern << " " << r.status << " " << r.body.substr(0, 200);
      if (r.status == 400) ++checked;
    }
  }
  EXPECT_GT(checked, 15);
  EXPECT_EQ(Client(port()).get("/healthz").status, 200);
}

namespace {
// POST /api/v1/clients with a valid client whose fields `bad` override; must be 422 naming
// `field`.
void expect_client_field_refused(const Json& bad, const std::string& field) {
  Json body = {{"first_name", "Aino"},
               {"last_name", "Testinen-" + random_suffix()},
               {"municipality", "alajarvi"}};
  body.update(bad);
  const auto r = as("demo-social_worker").post("/api/v1/clients", body);
  EXPECT_EQ(r.status, 422) << r.body;
  EXPECT_TRUE(r.names_field(field)) << r.body;
}
}  // namespace

TEST(Input, ANulByteInAOneLineFieldIs422NamingTheField) {
  expect_client_field_refused({{"first_name", std::string("Ai\0no", 5)}}, "first_name");
}

TEST(Input, ANewlineInAOneLineFieldIs422) {
  expect_client_field_refused({{"last_name", "Testinen\n" + random_suffix()}}, "last_name");
}

TEST(Input, NestedFieldsAreNamedWithTheirPath) {
  expect_client_field_refused({{"contact", {{"address", std::string("Kuja 1\x01", 7)}}}},
                              "contact.address");
}

TEST(Input, AMultiLineFieldKeepsNewlinesAndTabsButRefusesOtherControls) {
  auto& worker = as("demo-social_worker");
  const Json client = create_client(worker);
  const std::string url = referral_url(client);
  const Json ok = {{"received_on", "2026-11-02"},
                   {"source", "self"},
                   {"reason", "Ensimmäinen rivi\r\n\tsisennetty toinen rivi"}};
  const auto created = worker.post(url, ok);
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(created.json["reason"], "Ensimmäinen rivi\n\tsisennetty toinen rivi");
  for (const std::string& bad : {std::string("rivi\0loppu", 10), std::string("a\x1b[2Jb"),
                                std::string("a\x0c b")}) {
    Json body = ok;
    body["reason"] = bad;
    const auto r = worker.post(url, body);
    EXPECT_EQ(r.status, 422) << r.body;
    EXPECT_TRUE(r.names_field("reason")) << r.body;
  }
}

TEST(Input, InvalidUtf8IsRefused) {
  auto& worker = as("demo-social_worker");
  // nlohmann refuses to serialise invalid UTF-8, so the body is written by hand.
  const std::string body = "{\"first_name\":\"A\xff\",\"last_name\":\"B\",\"municipality\":\"alajarvi\"}";
  const auto r = worker.raw("POST", "/api/v1/clients", body);
  EXPECT_TRUE(r.status == 400 || r.status == 422) << r.status << " " << r.body;
}

TEST(Input, ControlCharactersInPathAndQueryParametersAre400) {
  auto& worker = as("demo-social_worker");
  const auto in_path = worker.get("/api/v1/clients/abc%00def");
  EXPECT_EQ(in_path.status, 400) << in_path.body;
  EXPECT_TRUE(in_path.names_field("id")) << in_path.body;
  const auto bad_utf8 = worker.get("/api/v1/clients/%ff%fe");
  EXPECT_EQ(bad_utf8.status, 400) << bad_utf8.body;
  auto& auditor = as("demo-auditor");
  const auto in_query = auditor.get("/api/v1/audit?actor=demo%00x");
  EXPECT_EQ(in_query.status, 400) << in_query.body;
  EXPECT_TRUE(in_query.names_field("actor")) << in_query.body;
}

TEST(Input, ANulInsideADraftIsRefusedToo) {
  auto& worker = as("demo-social_worker");
  const auto r = worker.put("/api/v1/drafts/nul-" + random_suffix(),
                            Json{{"data", {{"note", std::string("a\0b", 3)}}}});
  EXPECT_EQ(r.status, 422) << r.body;
  EXPECT_TRUE(r.names_field("data.note")) << r.body;
}
