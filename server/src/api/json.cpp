// api/json.cpp — shared renderings and list paging.
#include "api/json.h"

#include <charconv>

namespace soku::api {

nlohmann::json user_json(const User& u) {
  auto roles = nlohmann::json::array();
  for (const auto& [g, unit_name] : u.grants_with_unit_names) {
    roles.push_back({{"role", security::to_string(g.role)},
                     {"county", u.county_code},
                     {"unit", g.unit_id ? nlohmann::json(*g.unit_id) : nlohmann::json(nullptr)},
                     {"unit_name", g.unit_id ? nlohmann::json(unit_name) : nlohmann::json(nullptr)}});
  }
  return {{"id", u.id},
          {"username", u.username},
          {"display_name", u.display_name},
          {"county",
           {{"code", u.county_code}, {"name", u.county_name}, {"name_sv", u.county_name_sv}}},
          {"roles", roles}};
}

std::string encode_cursor(std::int64_t offset) { return "o" + std::to_string(offset); }

std::int64_t decode_cursor(const std::optional<std::string>& cursor) {
  if (!cursor || cursor->empty()) return 0;
  std::int64_t v = -1;
  const auto& s = *cursor;
  const auto [end, ec] = s.size() < 2 ? std::from_chars_result{s.data(), std::errc::invalid_argument}
                                      : std::from_chars(s.data() + 1, s.data() + s.size(), v);
  if (s.size() < 2 || s[0] != 'o' || ec != std::errc{} || end != s.data() + s.size() || v < 0) {
    throw http::Problem(400, "bad-cursor", "Malformed cursor", "",
                        {{"cursor", "is not a cursor returned by this list"}});
  }
  return v;
}

std::int64_t limit_param(const http::Request& req, std::int64_t def, std::int64_t max) {
  const auto s = req.query_param("limit");
  if (!s || s->empty()) return def;
  std::int64_t v = 0;
  const auto [end, ec] = std::from_chars(s->data(), s->data() + s->size(), v);
  if (ec != std::errc{} || end != s->data() + s->size() || v < 1 || v > max) {
    throw http::Problem(400, "bad-limit", "Malformed limit", "",
                        {{"limit", "must be a whole number from 1 to " + std::to_string(max)}});
  }
  return v;
}

}  // namespace soku::api
