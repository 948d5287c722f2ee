// store/queries/drafts.h — named queries on a user's drafts (autosaved form contents). Every
// query is by owner: a user reads and writes only their own drafts.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "store/db.h"

namespace soku::store::drafts {

struct Draft {
  std::string key;
  std::string data;  // the JSON text as saved
  std::string updated_at;
};

// The owner's drafts (key and updated_at; data ""), newest first.
std::vector<Draft> of_user(Tx& tx, const std::string& user_id);
// The owner's draft under `key`, or nullopt.
std::optional<Draft> find(Tx& tx, const std::string& user_id, const std::string& key);
// Saves (creates or replaces) the owner's draft under `key`.
void save(Tx& tx, const std::string& county_id, const std::string& user_id, const std::string& key,
          const std::string& data, const std::string& now);
// Removes the owner's draft under `key` (none: nothing happens).
void remove(Tx& tx, const std::string& user_id, const std::string& key);

}  // namespace soku::store::drafts
