// store/queries/relations.cpp — see relations.h.
#include "store/queries/relations.h"

#include "security/crypto.h"

namespace soku::store::relations {

void record_case_work(Tx& tx, const std::string& county_id, const std::string& client_id,
                      const std::string& user_id, const std::string& now) {
  tx.exec(
      "INSERT INTO client_relations (id, county_id, client_id, user_id, relationship, since, "
      "last_activity_at) VALUES ($1,$2,$3,$4,'case_worker',$5,$5) "
      "ON CONFLICT (client_id, user_id, relationship) DO UPDATE SET last_activity_at = $5, "
      "ended_at = NULL",
      {security::new_id(), county_id, client_id, user_id, now});
}

}  // namespace soku::store::relations
