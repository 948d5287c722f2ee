// store/queries/meetings.h — named queries on meetings (tehostettu yksilötyö). The model for a
// resource's query file: plain structs in, plain structs out, the column mapping in the .cpp only.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "store/db.h"

namespace soku::store::meetings {

struct NewMeeting {
  std::string id;
  std::string county_id;
  std::string client_id;
  std::optional<std::string> period_id;
  std::string held_on;
  std::int64_t minutes = 0;
  std::string mode;
  std::vector<std::string> contents;
  std::string statutory_item;
  std::vector<std::string> tasks;
  std::string note;
  std::string kind;
  std::vector<std::string> participants;
  std::string created_by;
  std::string created_at;
};

// A meeting as read back: what was written, and the name of who wrote it.
struct Meeting : NewMeeting {
  std::string created_by_name;
  std::int64_t version = 1;
};

// What a correction may change (domain::correctable_fields("meeting")).
struct Wording {
  std::string held_on;
  std::int64_t minutes = 0;
  std::string mode;
  std::vector<std::string> contents;
  std::string statutory_item;
  std::vector<std::string> tasks;
  std::string note;
  std::string kind;
  std::vector<std::string> participants;
};

void insert(Tx& tx, const NewMeeting& m);
// Throws store::NotFound (→ 404) when there is no such meeting.
Meeting get(Tx& tx, const std::string& id);
// Newest first.
std::vector<Meeting> for_client(Tx& tx, const std::string& client_id);
// Versioned (store::StaleVersion → 409 unless the meeting is at `expected_version`).
void correct(Tx& tx, const std::string& id, std::int64_t expected_version, const Wording& w);

}  // namespace soku::store::meetings
