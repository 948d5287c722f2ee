// store/queries/json_columns.h — columns that hold a JSON list of strings (contents, tasks, …):
// written and read here, so a query file maps them to std::vector<std::string> and back.
#pragma once

#include <string>
#include <vector>

namespace soku::store {

std::string list_column(const std::vector<std::string>& items);
// Text from a column → the list (empty when the text is not a JSON array of strings).
std::vector<std::string> list_from_column(const std::string& text);

}  // namespace soku::store
