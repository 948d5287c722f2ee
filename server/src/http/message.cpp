// http/message.cpp — helpers of Request/Response and the problem+json rendering.
#include "http/message.h"

namespace soku::http {

std::string Request::header(const std::string& lower_name) const {
  auto it = headers.find(lower_name);
  return it == headers.end() ? std::string{} : it->second;
}

std::optional<std::string> Request::cookie(const std::string& name) const {
  const std::string all = header("cookie");
  std::size_t pos = 0;
  while (pos < all.size()) {
    std::size_t end = all.find(';', pos);
    if (end == std::string::npos) end = all.size();
    std::string part = all.substr(pos, end - pos);
    const auto first = part.find_first_not_of(' ');
    if (first != std::string::npos) part.erase(0, first);
    const auto eq = part.find('=');
    if (eq != std::string::npos && part.compare(0, eq, name) == 0 && eq == name.size()) {
      return part.substr(eq + 1);
    }
    pos = end + 1;
  }
  return std::nullopt;
}

std::string Request::param(const std::string& name) const {
  auto it = path_params.find(name);
  return it == path_params.end() ? std::string{} : it->second;
}

std::optional<std::string> Request::query_param(const std::string& name) const {
  auto it = query.find(name);
  if (it == query.end()) return std::nullopt;
  return it->second;
}

Response Response::json(int status, const nlohmann::json& body) {
  Response r;
  r.status = status;
  r.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return r;
}

Response Response::no_content() {
  Response r;
  r.status = 204;
  r.content_type.clear();
  return r;
}

nlohmann::json problem_json(const Problem& p, const std::string& request_id) {
  nlohmann::json j = {{"type", "/problems/" + p.type},
                      {"title", p.title},
                      {"status", p.status},
                      {"request_id", request_id}};
  if (!p.detail.empty()) j["detail"] = p.detail;
  if (!p.errors.empty()) {
    auto arr = nlohmann::json::array();
    for (const auto& e : p.errors) arr.push_back({{"field", e.field}, {"message", e.message}});
    j["errors"] = arr;
  }
  return j;
}

}  // namespace soku::http
