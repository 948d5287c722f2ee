// store/queries/relations.h — named queries on client_relations (who works with which client).
// One place writes a relation row, so the relation rules (domain/access.md: a case worker for 24
// months after their last recorded work) have one storage side.
#pragma once

#include <string>

#include "store/db.h"

namespace soku::store::relations {

// Recording work on a case makes (or keeps) the author a case worker of the client: inserts the
// relation, or moves its last activity to `now` and reopens it when it had ended.
void record_case_work(Tx& tx, const std::string& county_id, const std::string& client_id,
                      const std::string& user_id, const std::string& now);

}  // namespace soku::store::relations
