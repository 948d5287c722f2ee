// store/queries/feedback.h — named queries on the accessibility feedback channel (feedback).
#pragma once

#include <optional>
#include <string>

#include "store/db.h"

namespace soku::store::feedback {

struct NewFeedback {
  std::string id;
  std::string county_id;  // "" when sent without a session
  std::string message;
  std::optional<std::string> contact;
  std::string created_at;
};

void insert(Tx& tx, const NewFeedback& f);

}  // namespace soku::store::feedback
