// store/queries/corrections.h — the earlier wordings of corrected records (record_versions) and
// the addenda of completed assessments (assessment_addenda). The corrected record itself is
// changed by its own query file (a versioned update); this file keeps what it said before.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "store/db.h"

namespace soku::store::corrections {

// One earlier wording: record `record_id` of `record_type` as it was at `version`, and the
// correction that replaced it.
struct Earlier {
  std::string county_id;
  std::string client_id;
  std::string record_type;  // meeting, referral, network_member, consent
  std::string record_id;
  std::int64_t version = 0;
  std::string content;  // JSON object text: the record's correctable fields at that version
  std::string reason;
  std::string corrected_by;
  std::string corrected_at;
};

struct Version {
  std::int64_t version = 0;
  std::string content;  // JSON object text
  std::string written_by;
  std::string written_by_name;
  std::string written_at;
  std::string reason;
  std::string corrected_by;
  std::string corrected_by_name;
  std::string corrected_at;
};

// Keeps `e`. Who wrote that wording and when: the record's creator for version 1
// (`created_by`, `created_at`), else whoever made the correction that produced it.
void keep(Tx& tx, const Earlier& e, const std::string& created_by, const std::string& created_at);
// Newest first (the wording just replaced first).
std::vector<Version> for_record(Tx& tx, std::string_view record_type, const std::string& id);

struct Addendum {
  std::string id;
  std::string assessment_id;
  std::string text;
  std::string reason;
  std::string created_by;
  std::string created_by_name;
  std::string created_at;
};
struct NewAddendum {
  std::string id;
  std::string county_id;
  std::string client_id;
  std::string assessment_id;
  std::string text;
  std::string reason;
  std::string created_by;
  std::string created_at;
};
void insert_addendum(Tx& tx, const NewAddendum& a);
// Oldest first.
std::vector<Addendum> addenda(Tx& tx, const std::string& assessment_id);

}  // namespace soku::store::corrections
