// common/log.h — structured logging: one JSON object per line on stderr (spdlog underneath).
// Callers pass only fields that carry no personal data: ids, routes, statuses, durations.
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

namespace soku::log {

void init(bool quiet = false);
void info(std::string_view msg, nlohmann::json fields = nlohmann::json::object());
void warn(std::string_view msg, nlohmann::json fields = nlohmann::json::object());
void error(std::string_view msg, nlohmann::json fields = nlohmann::json::object());

}  // namespace soku::log
