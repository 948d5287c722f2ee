// tests/unit/router_test.cpp — the route table (http/router.h). Resources register their own
// routes in whatever order the build lists them, so matching must not depend on that order, and
// one method + pattern registered twice must stop the server at start-up.
#include <gtest/gtest.h>

#include <algorithm>
#include <stdexcept>

#include "http/router.h"

using soku::http::Request;
using soku::http::Response;
using soku::http::Route;
using soku::http::Router;

namespace {

Route named(const std::string& method, const std::string& pattern, const std::string& name) {
  return {method, pattern, [name](Request&) {
            Response r;
            r.body = name;
            return r;
          },
          soku::http::kJsonBodyLimit, "session"};
}

std::string matched(const Router& router, const std::string& method, const std::string& path,
                    std::map<std::string, std::string>* params = nullptr) {
  std::map<std::string, std::string> p;
  bool mismatch = false;
  const Route* r = router.match(method, path, p, mismatch);
  if (params != nullptr) *params = p;
  if (r == nullptr) return mismatch ? "405" : "404";
  Request req;
  return r->handler(req).body;
}

}  // namespace

TEST(Router, ALiteralSegmentWinsOverAParameterInEitherOrder) {
  std::vector<Route> routes = {named("POST", "/api/v1/clients/search", "search"),
                               named("POST", "/api/v1/clients/{id}", "client"),
                               named("GET", "/api/v1/clients/{id}/goals", "goals"),
                               named("GET", "/api/v1/goals/{id}", "goal")};
  std::sort(routes.begin(), routes.end(),
            [](const Route& a, const Route& b) { return a.pattern < b.pattern; });
  do {
    Router router;
    for (const auto& r : routes) router.add(r);
    std::map<std::string, std::string> params;
    EXPECT_EQ(matched(router, "POST", "/api/v1/clients/search", &params), "search");
    EXPECT_TRUE(params.empty());
    EXPECT_EQ(matched(router, "POST", "/api/v1/clients/abc", &params), "client");
    EXPECT_EQ(params["id"], "abc");
    EXPECT_EQ(matched(router, "GET", "/api/v1/clients/abc/goals"), "goals");
    EXPECT_EQ(matched(router, "GET", "/api/v1/goals/g1"), "goal");
  } while (std::next_permutation(routes.begin(), routes.end(), [](const Route& a, const Route& b) {
    return a.pattern < b.pattern;
  }));
}

TEST(Router, TheEarlierLiteralDecidesBetweenTwoPartlyLiteralPatterns) {
  for (bool reversed : {false, true}) {
    Router router;
    auto a = named("GET", "/x/{a}/y", "later-literal");
    auto b = named("GET", "/x/z/{b}", "earlier-literal");
    if (reversed) std::swap(a, b);
    router.add(a);
    router.add(b);
    EXPECT_EQ(matched(router, "GET", "/x/z/y"), "earlier-literal");
    EXPECT_EQ(matched(router, "GET", "/x/q/y"), "later-literal");
  }
}

TEST(Router, AnotherMethodOnAKnownPathIs405AndAnUnknownPathIs404) {
  Router router;
  router.add(named("GET", "/a/{id}", "get"));
  EXPECT_EQ(matched(router, "DELETE", "/a/1"), "405");
  EXPECT_EQ(matched(router, "GET", "/b/1"), "404");
  EXPECT_EQ(matched(router, "HEAD", "/a/1"), "get");
  EXPECT_EQ(router.allowed_methods("/a/1"), "GET");
}

TEST(Router, OneMethodAndPatternRegisteredTwiceIsRefused) {
  Router router;
  router.add(named("GET", "/a/{id}", "one"));
  router.add(named("PUT", "/a/{id}", "other method"));
  EXPECT_THROW(router.add(named("GET", "/a/{id}", "two")), std::logic_error);
}
