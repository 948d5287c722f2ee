// http/router.h — the route table. A route is method + pattern ("/api/v1/clients/{id}") + body
// limit + handler. The table is data, so tests can walk it (e.g. to prove that every route that
// reaches client data goes through the access policy).
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "http/message.h"

namespace soku::http {

using Handler = std::function<Response(Request&)>;

inline constexpr std::size_t kJsonBodyLimit = 1024 * 1024;  // 1 MiB

struct Route {
  std::string method;
  std::string pattern;
  Handler handler;
  std::size_t body_limit = kJsonBodyLimit;
  // What the route reaches, for the route-table test: "public", "session", "client:<action>", …
  std::string access;
};

class Router {
public:
  void add(Route route);
  // Finds the route for method+path and fills `params`. Sets `method_mismatch` when the path
  // exists with another method (405).
  const Route* match(const std::string& method, const std::string& path,
                     std::map<std::string, std::string>& params, bool& method_mismatch) const;
  // The methods that exist for `path` ("GET, PATCH"), for the Allow header of a 405.
  [[nodiscard]] std::string allowed_methods(const std::string& path) const;
  [[nodiscard]] std::size_t body_limit(const std::string& method, const std::string& path) const;
  [[nodiscard]] const std::vector<Route>& routes() const { return routes_; }

private:
  std::vector<Route> routes_;
  std::vector<std::vector<std::string>> segments_;  // each route's pattern, split once at add()
};

// Splits "/a/b/c" into {"a","b","c"}, percent-decoding each segment. Returns false on bad escapes.
bool split_path(const std::string& path, std::vector<std::string>& out);
std::string percent_decode(const std::string& s, bool plus_is_space);
std::map<std::string, std::string> parse_query(const std::string& query);

}  // namespace soku::http
