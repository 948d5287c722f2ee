// common/log.cpp — JSON-lines logging over spdlog's thread-safe stderr sink.
#include "common/log.h"

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include "common/time.h"

namespace soku::log {

namespace {
std::shared_ptr<spdlog::logger>& logger() {
  static std::shared_ptr<spdlog::logger> l = [] {
    auto lg = spdlog::stderr_logger_mt("soku");
    lg->set_pattern("%v");
    return lg;
  }();
  return l;
}

void emit(spdlog::level::level_enum level, std::string_view lvl, std::string_view msg,
          nlohmann::json fields) {
  nlohmann::json line = {{"ts", time::now_iso()}, {"level", lvl}, {"msg", msg}};
  if (fields.is_object()) {
    for (auto& [k, v] : fields.items()) line[k] = v;
  }
  logger()->log(level, "{}", line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}
}  // namespace

void init(bool quiet) { logger()->set_level(quiet ? spdlog::level::warn : spdlog::level::info); }
void info(std::string_view msg, nlohmann::json fields) {
  emit(spdlog::level::info, "info", msg, std::move(fields));
}
void warn(std::string_view msg, nlohmann::json fields) {
  emit(spdlog::level::warn, "warn", msg, std::move(fields));
}
void error(std::string_view msg, nlohmann::json fields) {
  emit(spdlog::level::err, "error", msg, std::move(fields));
}

}  // namespace soku::log
