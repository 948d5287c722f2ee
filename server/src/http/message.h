// http/message.h — the request and response that handlers see, independent of Beast, and the
// typed error (Problem) that one place (http/server.cpp) turns into RFC 9457 problem+json.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace soku::http {

struct Request {
  std::string method;  // "GET", "POST", …
  std::string path;    // without the query string, percent-decoded per segment by the router
  std::string raw_query;  // as received; decoded into `query` by the dispatcher (400 if malformed)
  std::map<std::string, std::string> query;       // decoded
  std::map<std::string, std::string> headers;     // names lower-cased
  std::map<std::string, std::string> path_params; // from the route pattern, e.g. {id}
  std::string body;
  std::string remote_address;
  std::string request_id;

  [[nodiscard]] std::string header(const std::string& lower_name) const;
  [[nodiscard]] std::optional<std::string> cookie(const std::string& name) const;
  [[nodiscard]] std::string param(const std::string& name) const;  // path parameter
  [[nodiscard]] std::optional<std::string> query_param(const std::string& name) const;
};

struct Response {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;

  static Response json(int status, const nlohmann::json& body);
  static Response no_content();
};

struct FieldError {
  std::string field;
  std::string message;
};

// Thrown anywhere below http/ to answer with a problem; never carries personal data.
struct Problem : std::runtime_error {
  int status;
  std::string type;  // a short slug; rendered as "/problems/<slug>"
  std::string title;
  std::string detail;
  std::vector<FieldError> errors;

  Problem(int status_, std::string type_, std::string title_, std::string detail_ = {},
          std::vector<FieldError> errors_ = {})
      : std::runtime_error(title_),
        status(status_),
        type(std::move(type_)),
        title(std::move(title_)),
        detail(std::move(detail_)),
        errors(std::move(errors_)) {}

  static Problem bad_request(std::string detail) {
    return {400, "bad-request", "Malformed request", std::move(detail)};
  }
  static Problem unauthorized(std::string detail = "Log in first.") {
    return {401, "unauthorized", "Not logged in", std::move(detail)};
  }
  static Problem forbidden(std::string detail = "You may not do this.") {
    return {403, "forbidden", "Forbidden", std::move(detail)};
  }
  static Problem not_found(std::string detail = "No such resource.") {
    return {404, "not-found", "Not found", std::move(detail)};
  }
  static Problem conflict(std::string type_, std::string detail, std::vector<FieldError> e = {}) {
    return {409, std::move(type_), "Conflict", std::move(detail), std::move(e)};
  }
  static Problem invalid(std::vector<FieldError> e) {
    return {422, "validation", "Invalid fields", "One or more fields are invalid.", std::move(e)};
  }
};

nlohmann::json problem_json(const Problem& p, const std::string& request_id);

}  // namespace soku::http
