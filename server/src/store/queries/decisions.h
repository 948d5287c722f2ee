// store/queries/decisions.h — named queries on decisions (päätös), with the facts a decision is
// made from: who may be named key worker, and the client's languages.
#pragma once

#include <cstdint>
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
  // The written decision (Hallintolaki § 44): its number (next_number), the decider's title, how
  // it is sent to the party and on which day (nullopt: not yet sent).
  std::optional<std::int64_t> number_year;
  std::optional<std::int64_t> number_seq;
  std::string decider_title;
  std::string notice_method = "mail";
  std::optional<std::string> sent_on;
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

// The next decision number of the county in `year` (1, 2, …): an upsert on the county's counter
// row, so it must run in the transaction that inserts the decision; concurrent transactions wait
// for each other on that row and never get the same number.
std::int64_t next_number(Tx& tx, const std::string& county_id, std::int64_t year);

// The authority and the party of a decision, for its print (Hallintolaki § 44).
struct Authority {
  std::string county_name;
  std::optional<std::string> unit_name;  // the client's unit, when they have one
};
Authority authority(Tx& tx, const std::string& client_id);
struct Party {
  std::string first_name;
  std::string last_name;
  std::optional<std::string> hetu;
  std::optional<std::string> birth_date;
  std::optional<std::string> address;
};
Party party(Tx& tx, const std::string& client_id);

// Whether `user_id` is an active user of the county holding one of `roles`.
bool active_user_with_role(Tx& tx, const std::string& user_id, const std::string& county_id,
                           const std::vector<security::Role>& roles);

// The client's languages, in their order (throws store::NotFound when there is no such client).
std::vector<std::string> client_languages(Tx& tx, const std::string& client_id);

}  // namespace soku::store::decisions
