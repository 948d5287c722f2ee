// store/queries/caseload.cpp — see caseload.h.
#include "store/queries/caseload.h"

#include "store/queries/records.h"

namespace soku::store::caseload {

std::vector<Row> clients(Tx& tx, const std::string& today, std::int64_t limit,
                         const Condition& scope) {
  Params params{today, limit};
  const std::string where = scope(params);
  std::vector<Row> out;
  for (const auto& r :
       tx.exec("SELECT c.id, c.first_name, c.last_name, c.unit_id, COALESCE(un.name, ''), "
               "COALESCE(un.name_sv, ''), p.id, p.phase, p.deadline, p.starts_on, "
               "p.key_worker_id, COALESCE(k.display_name, ''), "
               "(SELECT MAX(m.held_on) FROM meetings m WHERE m.client_id = c.id AND m.held_on "
               "<= $1), " +
                   records::path_fact_columns() +
                   " FROM clients c LEFT JOIN periods p ON p.client_id = c.id AND p.status = 'open' "
               "LEFT JOIN units un ON un.id = c.unit_id "
               "LEFT JOIN users k ON k.id = p.key_worker_id "
               "WHERE " +
                   where +
                   " ORDER BY (k.display_name IS NULL), k.display_name, c.search_name, c.id "
                   "LIMIT $2",
               params)
           .rows) {
    const auto period_id = r.opt_str(6);
    const auto period_phase = r.opt_str(7);
    out.push_back({.id = r.str(0),
                   .first_name = r.str(1),
                   .last_name = r.str(2),
                   .unit_id = r.opt_str(3),
                   .unit_name = r.str(4),
                   .unit_name_sv = r.str(5),
                   .period_id = period_id,
                   .period_phase = period_phase,
                   .deadline = r.opt_str(8),
                   .starts_on = r.opt_str(9),
                   .key_worker_id = r.opt_str(10),
                   .key_worker_name = r.str(11),
                   .last_contact = r.opt_str(12),
                   .facts = records::path_facts_from_row(r, 13,
                                                         period_id ? period_phase : std::nullopt)});
  }
  return out;
}

}  // namespace soku::store::caseload
