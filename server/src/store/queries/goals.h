// store/queries/goals.h — named queries on the client plan: goals, their versions (goal_versions;
// a goal's current text is the row of its current_version) and what the plan shows with them.
// Reviews are store::goal_reviews.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/goals.h"
#include "store/db.h"
#include "store/queries/goal_reviews.h"

namespace soku::store::goals {

// What one version of a goal says (text, means, responsible, review_on, gas_levels as the levels'
// JSON object text, weight): the plain struct the versioning rule works on.
using Content = domain::GoalContent;

// A goal as its current version says, with its reviews (oldest first).
struct Goal {
  std::string id;
  std::string client_id;
  std::optional<std::string> period_id;
  std::int64_t version = 0;
  std::string status;
  std::string created_at;
  Content content;
  std::string updated_by;
  std::string updated_at;
  std::vector<goal_reviews::Review> reviews;
};

struct NewGoal {
  std::string id;
  std::string county_id;
  std::string client_id;
  std::optional<std::string> period_id;
  std::string status;
  Content content;
  std::string created_by;
  std::string created_at;
};

// A new version of a goal: written only when `expected_version` is still the goal's current
// version (store::StaleVersion → 409 otherwise). `status` is not versioned: it is set on the goal.
struct NewVersion {
  std::string goal_id;
  std::string county_id;
  std::string client_id;
  std::int64_t expected_version = 0;
  std::string status;
  Content content;
  std::string created_by;
  std::string created_at;
};

struct Version {
  std::int64_t version = 0;
  Content content;
  std::string created_by;
  std::string created_by_name;
  std::string created_at;
};

// The plan's client and period.
struct PlanClient {
  std::string first_name;
  std::string last_name;
  std::vector<std::string> languages;
};
struct PlanPeriod {
  std::string id;
  std::string starts_on;
  std::string deadline;
  std::string phase;
  std::string status;
  std::string key_worker_name;
};

// The goal and its version 1.
void insert(Tx& tx, const NewGoal& g);
// Returns the new version's number.
std::int64_t add_version(Tx& tx, const NewVersion& v);
// Throws store::NotFound (→ 404) when there is no such goal.
Goal get(Tx& tx, const std::string& id);
// Newest first.
std::vector<Version> versions(Tx& tx, const std::string& goal_id);
// The client's goals that are not dropped, oldest first.
std::vector<Goal> for_plan(Tx& tx, const std::string& client_id);

// Every version of every goal of a client (the timeline: a goal set or reworded).
struct ClientVersion {
  std::string goal_id;
  std::int64_t version = 0;
  std::string text;
  std::string created_at;
};
std::vector<ClientVersion> client_versions(Tx& tx, const std::string& client_id);
// Throws store::NotFound when there is no such client.
PlanClient plan_client(Tx& tx, const std::string& client_id);
// The open period, else the latest one; nullopt when the client has none.
std::optional<PlanPeriod> plan_period(Tx& tx, const std::string& client_id);

}  // namespace soku::store::goals
