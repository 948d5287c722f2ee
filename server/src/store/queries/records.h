// store/queries/records.h — lookups shared by every resource about one client.
#pragma once

#include <optional>
#include <string>

#include "domain/dashboard.h"
#include "store/db.h"

namespace soku::store::records {

// The client a record belongs to (`table` has id and client_id columns), or nullopt when there is
// no such record. Used by client routes whose {id} names a period, a goal, … (api::ClientOf).
std::optional<std::string> client_of(Tx& tx, Ident table, const std::string& id);

// The client's open service period id, if any (the newest, should there be more than one).
std::optional<std::string> open_period_id(Tx& tx, const std::string& client_id);

// The counts and latest records that give a client's phase (domain::PathFacts), for a query over
// `clients c`: paste path_fact_columns() into its select list (kPathFactColumns columns) and read
// them back with path_facts_from_row(row, index of the first). One definition, so that the key
// worker's dashboard and the manager's caseload view cannot disagree on a client's phase.
inline constexpr std::size_t kPathFactColumns = 10;
const std::string& path_fact_columns();
domain::PathFacts path_facts_from_row(const Row& r, std::size_t first,
                                      std::optional<std::string> open_period_phase);

}  // namespace soku::store::records
