// store/queries/periods.h — named queries on service periods (palvelujakso) and their deadline
// extensions. The writes that change an open period go through store::update_versioned
// (409 stale-version unless the period is still at the expected version).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "store/db.h"
#include "store/queries/final_evaluations.h"

namespace soku::store::periods {

struct Extension {
  std::string id;
  std::string previous_deadline;
  std::string new_deadline;
  std::string reason;
  std::string created_by;
  std::string created_by_name;
  std::string created_at;
};

struct Period {
  std::string id;
  std::string client_id;
  std::string decision_id;
  std::string key_worker_id;
  std::string key_worker_name;
  std::vector<std::string> service_forms;
  std::string starts_on;
  std::string deadline;
  std::string phase;
  std::string status;
  std::optional<std::string> ended_on;
  std::int64_t version = 0;
  std::string created_at;
  std::vector<Extension> extensions;  // oldest first
  std::optional<final_evaluations::FinalEvaluation> final_evaluation;
};

// A period as its writes read it first (whether it is open, and the version to expect).
struct State {
  std::string status;
  std::string deadline;
  std::int64_t version = 0;
  std::string client_id;
  std::string key_worker_id;
};

// A granted decision's period: it opens in phase "start", version 1.
struct NewPeriod {
  std::string id;
  std::string county_id;
  std::string client_id;
  std::string decision_id;
  std::string key_worker_id;
  std::vector<std::string> service_forms;
  std::string starts_on;
  std::string deadline;
  std::string created_at;
};

struct NewExtension {
  std::string county_id;
  std::string period_id;
  std::string client_id;
  std::string previous_deadline;
  std::string new_deadline;
  std::string reason;
  std::string created_by;
  std::string created_at;
};

void insert(Tx& tx, const NewPeriod& p);
// Throws store::NotFound (→ 404) when there is no such period.
Period get(Tx& tx, const std::string& id);
// Newest start first.
std::vector<Period> for_client(Tx& tx, const std::string& client_id);
// Throws store::NotFound (→ 404) when there is no such period.
State state(Tx& tx, const std::string& id);

// The versioned writes (store::StaleVersion → 409 unless the period is at `expected_version`).
void set_phase(Tx& tx, const std::string& id, std::int64_t expected_version,
               const std::string& phase, const std::string& now);
void extend(Tx& tx, const std::string& id, std::int64_t expected_version,
            const std::string& new_deadline, const std::string& now);
// Closes the period with `status` (closed, interrupted) on `ended_on`.
void close(Tx& tx, const std::string& id, std::int64_t expected_version, const std::string& status,
           const std::string& ended_on, const std::string& now);

// The history row of an extension (every one is kept, with its reason).
void insert_extension(Tx& tx, const NewExtension& e);

// How many meetings were recorded in the period (for the closing check).
std::int64_t meeting_count(Tx& tx, const std::string& period_id);

}  // namespace soku::store::periods
