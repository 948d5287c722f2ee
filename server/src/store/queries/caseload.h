// store/queries/caseload.h — the manager's caseload view (api/caseload_api.cpp): the clients in
// the caller's scope (Access::list_condition) with their open period, key worker, unit and the
// counts that give their phase. The set of clients is the caller's Condition and nothing else (the
// view's filters are applied by the caller, so that the filter options cover the whole scope).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "domain/dashboard.h"
#include "store/db.h"

namespace soku::store::caseload {

using Condition = std::function<std::string(Params& params)>;

struct Row {
  std::string id;
  std::string first_name;
  std::string last_name;
  std::optional<std::string> unit_id;
  std::string unit_name;
  std::string unit_name_sv;
  std::optional<std::string> period_id;  // the open period
  std::optional<std::string> period_phase;
  std::optional<std::string> deadline;
  std::optional<std::string> starts_on;
  std::optional<std::string> key_worker_id;
  std::string key_worker_name;
  std::optional<std::string> last_contact;  // the latest meeting on or before today
  // What gives the client's phase (store::records::path_fact_columns, as on the dashboard).
  domain::PathFacts facts;
};

// At most `limit` clients in `scope`, by key worker name (none last), then client name.
// `today` bounds the last contact.
std::vector<Row> clients(Tx& tx, const std::string& today, std::int64_t limit,
                         const Condition& scope);

}  // namespace soku::store::caseload
