// http/router.cpp — segment-by-segment matching of the route table; no regexes on the hot path.
#include "http/router.h"

#include <stdexcept>

namespace soku::http {

namespace {
int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}
}  // namespace

std::string percent_decode(const std::string& s, bool plus_is_space) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '%' && i + 2 < s.size()) {
      const int hi = hex_value(s[i + 1]);
      const int lo = hex_value(s[i + 2]);
      if (hi < 0 || lo < 0) throw Problem::bad_request("Malformed percent-encoding.");
      out.push_back(static_cast<char>(hi * 16 + lo));
      i += 2;
    } else if (c == '%') {
      throw Problem::bad_request("Malformed percent-encoding.");
    } else if (c == '+' && plus_is_space) {
      out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  return out;
}

bool split_path(const std::string& path, std::vector<std::string>& out) {
  out.clear();
  if (path.empty() || path[0] != '/') return false;
  std::size_t pos = 1;
  while (pos <= path.size()) {
    std::size_t end = path.find('/', pos);
    if (end == std::string::npos) end = path.size();
    if (end > pos) out.push_back(percent_decode(path.substr(pos, end - pos), false));
    pos = end + 1;
  }
  return true;
}

std::map<std::string, std::string> parse_query(const std::string& query) {
  std::map<std::string, std::string> out;
  std::size_t pos = 0;
  while (pos < query.size()) {
    std::size_t end = query.find('&', pos);
    if (end == std::string::npos) end = query.size();
    const std::string part = query.substr(pos, end - pos);
    if (!part.empty()) {
      const auto eq = part.find('=');
      if (eq == std::string::npos) {
        out[percent_decode(part, true)] = "";
      } else {
        out[percent_decode(part.substr(0, eq), true)] = percent_decode(part.substr(eq + 1), true);
      }
    }
    pos = end + 1;
  }
  return out;
}

void Router::add(Route route) {
  // Each resource registers its own routes, in no particular order (the build collects them), so
  // the table must not depend on order: one method + pattern is one route.
  for (const auto& r : routes_) {
    if (r.method == route.method && r.pattern == route.pattern) {
      throw std::logic_error("route registered twice: " + route.method + " " + route.pattern);
    }
  }
  std::vector<std::string> segs;
  split_path(route.pattern, segs);
  segments_.push_back(std::move(segs));
  routes_.push_back(std::move(route));
}

const Route* Router::match(const std::string& method, const std::string& path,
                           std::map<std::string, std::string>& params,
                           bool& method_mismatch) const {
  method_mismatch = false;
  std::vector<std::string> segs;
  if (!split_path(path, segs)) return nullptr;
  // Order-independent: of the routes that match, the one whose first differing segment is a
  // literal wins ("/clients/search" before "/clients/{id}"), whatever order they were added in.
  const Route* best = nullptr;
  std::vector<bool> best_literal;
  std::map<std::string, std::string> best_params;
  for (std::size_t k = 0; k < routes_.size(); ++k) {
    const Route& r = routes_[k];
    const std::vector<std::string>& pat = segments_[k];
    if (pat.size() != segs.size()) continue;
    std::map<std::string, std::string> found;
    std::vector<bool> literal(pat.size(), true);
    bool ok = true;
    for (std::size_t i = 0; i < pat.size() && ok; ++i) {
      if (pat[i].size() > 2 && pat[i].front() == '{' && pat[i].back() == '}') {
        found[pat[i].substr(1, pat[i].size() - 2)] = segs[i];
        literal[i] = false;
      } else if (pat[i] != segs[i]) {
        ok = false;
      }
    }
    if (!ok) continue;
    if (r.method != method && !(method == "HEAD" && r.method == "GET")) {
      method_mismatch = true;
      continue;
    }
    if (best == nullptr || literal > best_literal) {  // lexicographic: earlier literals win
      best = &r;
      best_literal = std::move(literal);
      best_params = std::move(found);
    }
  }
  if (best != nullptr) {
    method_mismatch = false;
    params = std::move(best_params);
  }
  return best;
}

std::string Router::allowed_methods(const std::string& path) const {
  std::string out;
  for (const auto& r : routes_) {
    std::map<std::string, std::string> params;
    bool mismatch = false;
    if (match(r.method, path, params, mismatch) == &r && out.find(r.method) == std::string::npos) {
      out += (out.empty() ? "" : ", ") + r.method;
    }
  }
  return out;
}

std::size_t Router::body_limit(const std::string& method, const std::string& path) const {
  std::map<std::string, std::string> params;
  bool mismatch = false;
  try {
    const Route* r = match(method, path, params, mismatch);
    // An unknown path or method still reads a small body, so that it answers 404/405, not 413.
    return r != nullptr ? r->body_limit : 64 * 1024;
  } catch (const Problem&) {
    return 0;
  }
}

}  // namespace soku::http
