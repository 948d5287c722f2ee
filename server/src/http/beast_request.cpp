// http/beast_request.cpp — see beast_request.h.
#include "http/beast_request.h"

#include <algorithm>
#include <cctype>

namespace soku::http {

Request to_request(boost::beast::http::request<boost::beast::http::string_body>& req,
                   const std::string& remote) {
  Request r;
  r.method = std::string(req.method_string());
  const std::string target(req.target());
  const auto q = target.find('?');
  r.path = target.substr(0, q);
  if (q != std::string::npos) r.raw_query = target.substr(q + 1);
  for (const auto& field : req) {
    std::string name(field.name_string());
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
    auto [it, inserted] = r.headers.emplace(name, std::string(field.value()));
    if (!inserted) it->second += (name == "cookie" ? "; " : ", ") + std::string(field.value());
  }
  r.body = std::move(req.body());
  r.remote_address = remote;
  return r;
}

}  // namespace soku::http
