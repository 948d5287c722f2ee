// store/queries/caseload.cpp — see caseload.h.
#include "store/queries/caseload.h"

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
               "(SELECT COUNT(*) FROM assessments a WHERE a.client_id = c.id), "
               "(SELECT COUNT(*) FROM assessments a WHERE a.client_id = c.id AND a.conclusion "
               "IS NOT NULL), "
               "(SELECT COUNT(*) FROM decisions d WHERE d.client_id = c.id), "
               "(SELECT COUNT(*) FROM periods q WHERE q.client_id = c.id AND q.status <> "
               "'open'), "
               "(SELECT MAX(m.held_on) FROM meetings m WHERE m.client_id = c.id AND m.held_on "
               "<= $1) "
               "FROM clients c LEFT JOIN periods p ON p.client_id = c.id AND p.status = 'open' "
               "LEFT JOIN units un ON un.id = c.unit_id "
               "LEFT JOIN users k ON k.id = p.key_worker_id "
               "WHERE " +
                   where +
                   " ORDER BY (k.display_name IS NULL), k.display_name, c.search_name, c.id "
                   "LIMIT $2",
               params)
           .rows) {
    out.push_back({r.str(0), r.str(1), r.str(2), r.opt_str(3), r.str(4), r.str(5), r.opt_str(6),
                   r.opt_str(7), r.opt_str(8), r.opt_str(9), r.opt_str(10), r.str(11), r.i64(12),
                   r.i64(13), r.i64(14), r.i64(15), r.opt_str(16)});
  }
  return out;
}

}  // namespace soku::store::caseload
