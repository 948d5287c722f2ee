// store/queries/plan_print.cpp — see plan_print.h.
#include "store/queries/plan_print.h"

#include "store/queries/json_columns.h"

namespace soku::store::plan_print {

Client client(Tx& tx, const std::string& client_id) {
  const auto r = tx.exec("SELECT c.first_name, c.last_name, c.birth_date, c.languages, co.name, "
                         "u.name FROM clients c JOIN counties co ON co.id = c.county_id "
                         "LEFT JOIN units u ON u.id = c.unit_id WHERE c.id = $1",
                         {client_id})
                     .one();
  return {r.str(0), r.str(1), r.opt_str(2), list_from_column(r.str(3)), r.str(4), r.opt_str(5)};
}

std::vector<NetworkMember> network(Tx& tx, const std::string& client_id) {
  std::vector<NetworkMember> out;
  for (const auto& r : tx.exec("SELECT name, role, organisation_type FROM network_members WHERE "
                               "client_id = $1 AND active = 1 ORDER BY created_at, id",
                               {client_id})
                           .rows) {
    out.push_back({r.str(0), r.str(1), r.str(2)});
  }
  return out;
}

std::vector<std::string> meeting_dates(Tx& tx, const std::string& period_id) {
  std::vector<std::string> out;
  for (const auto& r : tx.exec("SELECT held_on FROM meetings WHERE period_id = $1 ORDER BY held_on",
                               {period_id})
                           .rows) {
    out.push_back(r.str(0));
  }
  return out;
}

}  // namespace soku::store::plan_print
