// api/path_common.h — small pieces shared by the resources of the client's path.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace soku::api {

// JSON text stored in a column → JSON (an empty array/object when the text is not JSON).
nlohmann::json parse_column(const std::string& text, bool array = true);

// A stale `version` is not checked here: store::update_versioned() throws store::StaleVersion,
// which App::dispatch answers with 409 stale-version. Recording work on a case (the case-worker
// relation) is store::relations::record_case_work; the open period is store::records.

}  // namespace soku::api
