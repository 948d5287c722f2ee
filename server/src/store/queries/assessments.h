// store/queries/assessments.h — named queries on assessments (palvelutarpeen arviointi). The
// structured document (life areas, network statements, summary) is one JSON object column, kept
// here as its JSON text.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "store/db.h"

namespace soku::store::assessments {

struct Assessment {
  std::string id;
  std::string client_id;
  std::string document;  // JSON text: {life_areas, network_statements, summary}
  std::optional<std::string> conclusion;
  std::optional<std::string> completed_on;
  std::int64_t version = 0;
  std::string created_by;
  std::string created_at;
  std::string updated_by;
  std::string updated_at;
};

// What a create or an edit writes.
struct Content {
  std::string document;  // JSON text
  std::optional<std::string> conclusion;
  std::optional<std::string> completed_on;
};

void insert(Tx& tx, const std::string& id, const std::string& county_id,
            const std::string& client_id, const Content& c, const std::string& created_by,
            const std::string& now);
// Throws store::NotFound (→ 404) when there is no such assessment.
Assessment get(Tx& tx, const std::string& id);
// Newest first.
std::vector<Assessment> for_client(Tx& tx, const std::string& client_id);
// Versioned (store::StaleVersion → 409 unless the assessment is at `expected_version`).
void update(Tx& tx, const std::string& id, std::int64_t expected_version, const Content& c,
            const std::string& updated_by, const std::string& now);

}  // namespace soku::store::assessments
