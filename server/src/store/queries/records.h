// store/queries/records.h — lookups shared by every resource about one client.
#pragma once

#include <optional>
#include <string>

#include "store/db.h"

namespace soku::store::records {

// The client a record belongs to (`table` has id and client_id columns), or nullopt when there is
// no such record. Used by client routes whose {id} names a period, a goal, … (api::ClientOf).
std::optional<std::string> client_of(Tx& tx, Ident table, const std::string& id);

// The client's open service period id, if any (the newest, should there be more than one).
std::optional<std::string> open_period_id(Tx& tx, const std::string& client_id);

}  // namespace soku::store::records
