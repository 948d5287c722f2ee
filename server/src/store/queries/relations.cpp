// store/queries/relations.cpp — see relations.h.
#include "store/queries/relations.h"

#include "security/crypto.h"

namespace soku::store::relations {

void record(Tx& tx, const std::string& county_id, const std::string& client_id,
            const std::string& user_id, Ident relationship, const std::string& now) {
  tx.exec(
      "INSERT INTO client_relations (id, county_id, client_id, user_id, relationship, since, "
      "last_activity_at) VALUES ($1,$2,$3,$4,$5,$6,$6) "
      "ON CONFLICT (client_id, user_id, relationship) DO UPDATE SET last_activity_at = $6, "
      "ended_at = NULL",
      {security::new_id(), county_id, client_id, user_id, std::string(relationship.view()), now});
}

void record_case_work(Tx& tx, const std::string& county_id, const std::string& client_id,
                      const std::string& user_id, const std::string& now) {
  record(tx, county_id, client_id, user_id, "case_worker", now);
}

void touch(Tx& tx, const std::string& client_id, const std::string& user_id, Ident relationship,
           const std::string& now) {
  tx.exec("UPDATE client_relations SET last_activity_at = $1 WHERE client_id = $2 AND "
          "user_id = $3 AND relationship = $4",
          {now, client_id, user_id, std::string(relationship.view())});
}

void end(Tx& tx, const std::string& client_id, const std::string& user_id, Ident relationship,
         const std::string& at) {
  tx.exec("UPDATE client_relations SET ended_at = $1 WHERE client_id = $2 AND "
          "relationship = $3 AND user_id = $4",
          {at, client_id, std::string(relationship.view()), user_id});
}

}  // namespace soku::store::relations
