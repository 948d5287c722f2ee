// store/queries/audit.cpp — see audit.h.
#include "store/queries/audit.h"

namespace soku::store::audit {

namespace {
Entry from_row(const Row& r) {
  return {r.i64(0),  r.str(1),  r.str(2),  r.str(3),       r.str(4),
          r.str(5),  r.str(6),  r.str(7),  r.str(8),       r.str(9),
          r.str(10), r.str(11), r.str(12), r.i64(13) != 0, r.opt_str(14)};
}
}  // namespace

std::vector<Entry> list(Tx& tx, const Filter& f) {
  std::vector<Entry> out;
  for (const auto& r :
       tx.exec("SELECT a.seq, a.at, a.actor_id, COALESCE(u.username, ''), a.actor_role, "
               "a.client_id, a.resource_type, a.resource_id, a.action, a.relationship, a.reason, "
               "a.request_id, a.outcome, a.flagged, s.username FROM audit_log a "
               "LEFT JOIN users u ON u.id = a.actor_id "
               "LEFT JOIN users s ON a.resource_type = 'user' AND s.id = a.resource_id "
               "WHERE a.county_id = $1 AND ($2 = '' OR a.client_id = $2) "
               "AND ($3 = '' OR a.actor_id = $3 OR u.username = $3) AND ($4 = '' OR a.at >= $4) "
               "AND ($5 = '' OR a.at < $5) AND ($6 = 0 OR a.flagged = 1) "
               "AND ($9 = '' OR (a.resource_type = 'user' AND (a.resource_id = $9 OR "
               "s.username = $9))) "
               "ORDER BY a.seq DESC LIMIT $7 OFFSET $8",
               {f.county_id, f.client_id, f.actor, f.from, f.to,
                std::int64_t{f.flagged_only ? 1 : 0}, f.limit, f.offset, f.subject_user})
           .rows) {
    out.push_back(from_row(r));
  }
  return out;
}

std::vector<ClientHit> find_clients(Tx& tx, const std::string& county_id, bool by_code,
                                    const std::string& value, std::int64_t limit) {
  std::string pattern;
  if (!by_code) {
    pattern = "%";
    for (const char c : value) {
      if (c == '%' || c == '_' || c == '\\') pattern.push_back('\\');
      pattern.push_back(c);
    }
    pattern += "%";
  }
  std::vector<ClientHit> out;
  for (const auto& r :
       tx.exec("SELECT c.id, c.first_name, c.last_name, c.hetu, COALESCE(m.code, ''), "
               "COALESCE(m.name, ''), COALESCE(m.name_sv, '') FROM clients c "
               "LEFT JOIN municipalities m ON m.id = c.municipality_id WHERE c.county_id = $1 AND "
               "(($2 = 1 AND c.hetu = $3) OR ($2 = 0 AND c.search_name LIKE $4 ESCAPE '\\')) "
               "ORDER BY c.search_name, c.id LIMIT $5",
               {county_id, std::int64_t{by_code ? 1 : 0}, value, pattern, limit})
           .rows) {
    out.push_back({r.str(0), r.str(1), r.str(2), r.opt_str(3), r.str(4), r.str(5), r.str(6)});
  }
  return out;
}

}  // namespace soku::store::audit
