// store/queries/referrals.h — named queries on referrals (yhteydenotto, ohjautuminen).
#pragma once

#include <string>
#include <vector>

#include "store/db.h"

namespace soku::store::referrals {

struct Referral {
  std::string id;
  std::string source;
  std::string reason;
  std::string received_on;
  std::string created_by;
  std::string created_at;
  std::int64_t version = 1;
};

struct NewReferral {
  std::string id;
  std::string county_id;
  std::string client_id;
  std::string source;
  std::string reason;
  std::string received_on;
  std::string created_by;
  std::string created_at;
};

void insert(Tx& tx, const NewReferral& r);
// Throws store::NotFound (→ 404) when there is no such referral.
Referral get(Tx& tx, const std::string& id);
// Newest received first.
std::vector<Referral> for_client(Tx& tx, const std::string& client_id);
// Versioned (store::StaleVersion → 409 unless the referral is at `expected_version`).
void correct(Tx& tx, const std::string& id, std::int64_t expected_version,
             const std::string& source, const std::string& reason, const std::string& received_on);

}  // namespace soku::store::referrals
