// store/queries/goal_reviews.h — named queries on goal_reviews: a review of a goal's attainment
// (GAS −2…+2) on a date. Written by a review (goals) and by the final evaluation (periods), both
// through insert() here.
#pragma once

#include <string>
#include <vector>

#include "store/db.h"

namespace soku::store::goal_reviews {

struct Review {
  std::string id;
  std::string goal_id;
  std::string reviewed_on;
  std::int64_t attainment = 0;
  std::string note;
  std::string created_by;
  std::string created_at;
};

struct NewReview {
  std::string county_id;
  std::string goal_id;
  std::string client_id;
  std::string reviewed_on;
  std::int64_t attainment = 0;
  std::string note;
  std::string created_by;
  std::string created_at;
};

// Returns the new review's id.
std::string insert(Tx& tx, const NewReview& r);
// Oldest first (by date, then by when it was written).
std::vector<Review> for_goal(Tx& tx, const std::string& goal_id);
// Every review of every goal of a client (the timeline).
std::vector<Review> for_client(Tx& tx, const std::string& client_id);

}  // namespace soku::store::goal_reviews
