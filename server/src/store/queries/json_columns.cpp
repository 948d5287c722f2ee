// store/queries/json_columns.cpp — see json_columns.h.
#include "store/queries/json_columns.h"

#include <nlohmann/json.hpp>

namespace soku::store {

std::string list_column(const std::vector<std::string>& items) {
  return nlohmann::json(items).dump();
}

std::vector<std::string> list_from_column(const std::string& text) {
  std::vector<std::string> out;
  const auto j = nlohmann::json::parse(text, nullptr, false);
  if (!j.is_array()) return out;
  for (const auto& item : j) {
    if (item.is_string()) out.push_back(item.get<std::string>());
  }
  return out;
}

}  // namespace soku::store
