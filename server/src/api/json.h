// api/json.h — JSON renderings shared by several resources.
#pragma once

#include <nlohmann/json.hpp>

#include "api/app.h"

namespace soku::api {

nlohmann::json user_json(const User& u);
// An optional value as JSON: the value, or null.
inline nlohmann::json or_null(const std::optional<std::string>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}
// An opaque list cursor ("o<offset>"); clients must treat it as a token.
std::string encode_cursor(std::int64_t offset);
std::int64_t decode_cursor(const std::optional<std::string>& cursor);  // 400 when malformed
std::int64_t limit_param(const http::Request& req, std::int64_t def = 50, std::int64_t max = 200);

}  // namespace soku::api
