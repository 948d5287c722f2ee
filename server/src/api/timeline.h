// api/timeline.h — the client's timeline is made of sources: each resource that has dated events
// about a client registers one (App::timeline_source, from its own register_<name>()), so the
// timeline knows no resource by name and a new resource adds its events without editing it.
#pragma once

#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "store/db.h"

namespace soku::api {

struct TimelineEntry {
  std::string date;  // YYYY-MM-DD (sorted as text, newest first)
  std::string at;    // when it was written (created_at), for a stable order within a day
  std::string id;    // the record's id
  nlohmann::json detail;
  // The record has been corrected since it was written (a meeting, referral, network member or
  // consent at version > 1; an assessment with an addendum). Earlier wordings: …/{id}/versions.
  bool corrected = false;
};

// All of one type's entries about a client, read in the timeline's transaction.
using TimelineSource =
    std::function<std::vector<TimelineEntry>(store::Tx& tx, const std::string& client_id)>;

struct TimelineType {
  std::string type;  // a code of the code list "timeline_type" (its labels), also ?types=
  TimelineSource entries;
};

}  // namespace soku::api
