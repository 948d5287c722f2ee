// store/queries/referrals.cpp — see referrals.h.
#include "store/queries/referrals.h"

namespace soku::store::referrals {

namespace {

constexpr std::string_view kSelect =
    "SELECT id, source, reason, received_on, created_by, created_at, version FROM referrals ";

Referral from_row(const Row& r) {
  return {r.str(0), r.str(1), r.str(2), r.str(3), r.str(4), r.str(5), r.i64(6)};
}

}  // namespace

void insert(Tx& tx, const NewReferral& r) {
  tx.exec("INSERT INTO referrals (id, county_id, client_id, source, reason, received_on, "
          "created_by, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)",
          {r.id, r.county_id, r.client_id, r.source, r.reason, r.received_on, r.created_by,
           r.created_at});
}

Referral get(Tx& tx, const std::string& id) {
  return from_row(tx.exec(std::string(kSelect) + "WHERE id = $1", {id}).one());
}

std::vector<Referral> for_client(Tx& tx, const std::string& client_id) {
  std::vector<Referral> out;
  for (const auto& r :
       tx.exec(std::string(kSelect) + "WHERE client_id = $1 ORDER BY received_on DESC",
               {client_id})
           .rows) {
    out.push_back(from_row(r));
  }
  return out;
}

void correct(Tx& tx, const std::string& id, std::int64_t expected_version,
             const std::string& source, const std::string& reason, const std::string& received_on) {
  update_versioned(tx, "referrals", id, expected_version,
                   "source = $1, reason = $2, received_on = $3", {source, reason, received_on});
}

}  // namespace soku::store::referrals
