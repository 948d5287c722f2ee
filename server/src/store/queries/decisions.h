// store/queries/decisions.h — named queries on decisions (päätös), with the facts a decision is
// made from: who may be named key worker, and the client's languages.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "security/access.h"
#include "store/db.h"

namespace soku::store::decisions {

struct NewDecision {
  std::string id;
  std::string county_id;
  std::string client_id;
  std::string outcome;
  std::vector<std::string> service_forms;
  std::optional<std::string> starts_on;
  std::optional<std::string> deadline;
  std::optional<std::string> key_worker_id;
  std::string grounds;
  std::string appeal_instructions;
  std::string language;
  std::string decided_by;
  std::string decided_on;
  std::string created_at;
};

// A decision as read back: what was written, the names of the people it names, and the period it
// opened.
struct Decision : NewDecision {
  std::optional<std::string> key_worker_name;
  std::string decided_by_name;
  std::optional<std::string> period_id;  // the period a granted decision opened
};

void insert(Tx& tx, const NewDecision& d);
// Throws store::NotFound (→ 404) when there is no such decision.
Decision get(Tx& tx, const std::string& id);
// Newest first.
std::vector<Decision> for_client(Tx& tx, const std::string& client_id);

// Whether `user_id` is an active user of the county holding one of `roles`.
bool active_user_with_role(Tx& tx, const std::string& user_id, const std::string& county_id,
                           const std::vector<security::Role>& roles);

// The client's languages, in their order (throws store::NotFound when there is no such client).
std::vector<std::string> client_languages(Tx& tx, const std::string& client_id);

}  // namespace soku::store::decisions
