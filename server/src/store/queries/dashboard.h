// store/queries/dashboard.h — named queries for the key worker's home (api/dashboard_api.cpp):
// the caseload with the facts of each client's path, the week's meetings, goals whose review
// date is near, the user's drafts, and who may be named key worker.
//
// The lists of many clients take their set of clients from the caller (Access::list_condition),
// as a Condition: it appends its values to the query's parameters and returns the SQL condition
// on the clients table (alias `c`) that refers to them. The query binds its own values first.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "domain/dashboard.h"
#include "store/db.h"

namespace soku::store::dashboard {

using Condition = std::function<std::string(Params& params)>;

// A client of the caseload, with their open period (if any) and the counts of their path.
struct CaseloadClient {
  std::string id;
  std::string first_name;
  std::string last_name;
  std::optional<std::string> period_id;  // the open period
  std::optional<std::string> phase;
  std::optional<std::string> deadline;
  std::optional<std::string> starts_on;
  std::vector<std::string> service_forms;
  std::optional<std::string> key_worker_id;
  std::optional<std::string> last_contact;  // the latest meeting on or before today
  std::optional<std::string> next_meeting;  // the first meeting after today
  // The start of a case awaiting a decision: the first referral received since the latest
  // decision (else the latest assessment's day is used).
  std::optional<std::string> referral_since_decision_on;
  // What gives the client's phase (store::records::path_fact_columns), the open period's phase
  // included.
  domain::PathFacts facts;
};

struct WeekMeeting {
  std::string id;
  std::string client_id;
  std::string first_name;
  std::string last_name;
  std::string held_on;
  std::string mode;
  std::int64_t minutes = 0;
  std::string kind;
};

// An active goal with a review date, and the date of its latest review.
struct GoalToReview {
  std::string goal_id;
  std::string client_id;
  std::string first_name;
  std::string last_name;
  std::string text;
  std::string review_on;
  std::optional<std::string> last_reviewed_on;
};

struct Draft {
  std::string key;
  std::string updated_at;
};

// The client a draft belongs to (by the client's id or by one of their periods' id).
struct DraftClient {
  std::string ref_id;  // the id the draft key names
  std::string client_id;
  std::string first_name;
  std::string last_name;
};

struct Worker {
  std::string id;
  std::string display_name;
  std::string username;
};

// At most 300 clients in `scope`: those with the nearest deadlines first, then by name.
std::vector<CaseloadClient> caseload(Tx& tx, const std::string& today, const Condition& scope);
// Meetings from `from` to `to` (inclusive) in `scope` that `user_id` recorded or whose client's
// open period has them as key worker; by date.
std::vector<WeekMeeting> week_meetings(Tx& tx, const std::string& user_id, const std::string& from,
                                       const std::string& to, const Condition& scope);
// Active goals in `scope` whose current version's review date is on or before `until`; by date.
std::vector<GoalToReview> goals_to_review(Tx& tx, const std::string& until,
                                          const Condition& scope);
// The user's drafts, newest first.
std::vector<Draft> drafts(Tx& tx, const std::string& user_id);
// The clients in `scope` among `client_ids`, and the clients in `scope` whose period is among
// `period_ids` (at most 100 ids of each are looked up).
std::vector<DraftClient> draft_clients(Tx& tx, const std::vector<std::string>& client_ids,
                                       const std::vector<std::string>& period_ids,
                                       const Condition& scope);
// Active users of the county holding a role that `roles` admits (a condition on `r.role`, the
// user_roles row), by name.
std::vector<Worker> workers(Tx& tx, const std::string& county_id, const Condition& roles);

}  // namespace soku::store::dashboard
