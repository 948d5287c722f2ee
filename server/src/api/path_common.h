// api/path_common.h — small pieces shared by the resources of the client's path.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "api/app.h"
#include "store/db.h"

namespace soku::api {

// Recording work on a case makes (or keeps) the author a case worker of the client for 24 months.
void record_work(store::Tx& tx, const std::string& county_id, const std::string& client_id,
                 const std::string& user_id, const std::string& now);

// The client's open service period id, if any.
std::optional<std::string> open_period_id(store::Tx& tx, const std::string& client_id);

// JSON text stored in a column → JSON (an empty array/object when the text is not JSON).
nlohmann::json parse_column(const std::string& text, bool array = true);

// A stale `version` is not checked here: store::update_versioned() throws store::StaleVersion,
// which App::dispatch answers with 409 stale-version.

// The display name of a user id (for renderings); "" when unknown.
std::string user_name(store::Tx& tx, const std::string& user_id);

}  // namespace soku::api
