// store/queries/relations.h — named queries on client_relations (who works with which client).
// Every relation row is written here, so the relation rules (access.md: a case worker for 24
// months after their last recorded work; a key worker while the period runs) have one storage side.
#pragma once

#include <string>

#include "store/db.h"

namespace soku::store::relations {

// `relationship` is a fixed word of the schema: case_worker, key_worker, decision_maker, …
// Inserts the relation, or moves its last activity to `now` and reopens it when it had ended.
void record(Tx& tx, const std::string& county_id, const std::string& client_id,
            const std::string& user_id, Ident relationship, const std::string& now);

// Recording work on a case makes (or keeps) the author a case worker of the client.
void record_case_work(Tx& tx, const std::string& county_id, const std::string& client_id,
                      const std::string& user_id, const std::string& now);

// Moves the last activity of an existing relation to `now` (no new relation, no reopening).
void touch(Tx& tx, const std::string& client_id, const std::string& user_id, Ident relationship,
           const std::string& now);

// Ends the relation at `at` (e.g. the key worker's, when the period closes).
void end(Tx& tx, const std::string& client_id, const std::string& user_id, Ident relationship,
         const std::string& at);

}  // namespace soku::store::relations
