// api/path_common.cpp — see path_common.h.
#include "api/path_common.h"

namespace soku::api {

nlohmann::json parse_column(const std::string& text, bool array) {
  auto j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_discarded()) return array ? nlohmann::json::array() : nlohmann::json::object();
  return j;
}

}  // namespace soku::api
