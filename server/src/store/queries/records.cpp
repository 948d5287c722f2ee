// store/queries/records.cpp — see records.h.
#include "store/queries/records.h"

namespace soku::store::records {

std::optional<std::string> client_of(Tx& tx, Ident table, const std::string& id) {
  // `table` is a compile-time identifier (store::Ident), so it is not input.
  const auto r =
      tx.exec("SELECT client_id FROM " + std::string(table.view()) + " WHERE id = $1", {id});
  if (r.empty()) return std::nullopt;
  return r.rows[0].str(0);
}

std::optional<std::string> open_period_id(Tx& tx, const std::string& client_id) {
  const auto r = tx.exec(
      "SELECT id FROM periods WHERE client_id = $1 AND status = 'open' ORDER BY starts_on DESC "
      "LIMIT 1",
      {client_id});
  if (r.empty()) return std::nullopt;
  return r.rows[0].str(0);
}

}  // namespace soku::store::records
