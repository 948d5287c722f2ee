// store/queries/network.cpp — see network.h.
#include "store/queries/network.h"

namespace soku::store::network {

namespace {

constexpr std::string_view kSelect =
    "SELECT id, client_id, organisation_type, name, role, contact, active, created_at, "
    "created_by, version FROM network_members ";

Consent consent_from_row(const Row& r) {
  return {r.str(0), r.str(1), r.str(2), r.opt_str(3), r.opt_str(4), r.str(5), r.str(6), r.i64(7)};
}

Member from_row(Tx& tx, const Row& r) {
  Member m{r.str(0), r.str(1), r.str(2), r.str(3), r.str(4), r.str(5), r.i64(6) != 0, r.str(7), {},
           r.str(8), r.i64(9)};
  for (const auto& c : tx.exec("SELECT id, scope, given_on, withdrawn_on, withdrawal_reason, "
                               "created_at, created_by, version FROM consents WHERE member_id = $1 "
                               "ORDER BY created_at",
                               {m.id})
                           .rows) {
    m.consents.push_back(consent_from_row(c));
  }
  return m;
}

}  // namespace

void insert_member(Tx& tx, const NewMember& m) {
  tx.exec("INSERT INTO network_members (id, county_id, client_id, organisation_type, name, role, "
          "contact, active, created_by, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7,1,$8,$9)",
          {m.id, m.county_id, m.client_id, m.organisation_type, m.name, m.role, m.contact,
           m.created_by, m.created_at});
}

Member get_member(Tx& tx, const std::string& id) {
  return from_row(tx, tx.exec(std::string(kSelect) + "WHERE id = $1", {id}).one());
}

std::vector<Member> for_client(Tx& tx, const std::string& client_id) {
  std::vector<Member> out;
  for (const auto& r :
       tx.exec(std::string(kSelect) + "WHERE client_id = $1 ORDER BY active DESC, created_at",
               {client_id})
           .rows) {
    out.push_back(from_row(tx, r));
  }
  return out;
}

void correct_member(Tx& tx, const std::string& id, std::int64_t expected_version,
                    const MemberWording& w) {
  update_versioned(tx, "network_members", id, expected_version,
                   "organisation_type = $1, name = $2, role = $3, contact = $4, active = $5",
                   {w.organisation_type, w.name, w.role, w.contact, std::int64_t{w.active ? 1 : 0}});
}

Consent get_consent(Tx& tx, const std::string& consent_id) {
  return consent_from_row(tx.exec("SELECT id, scope, given_on, withdrawn_on, withdrawal_reason, "
                                  "created_at, created_by, version FROM consents WHERE id = $1",
                                  {consent_id})
                              .one());
}

void correct_consent(Tx& tx, const std::string& consent_id, std::int64_t expected_version,
                     const std::string& scope, const std::string& given_on) {
  update_versioned(tx, "consents", consent_id, expected_version, "scope = $1, given_on = $2",
                   {scope, given_on});
}

void insert_consent(Tx& tx, const NewConsent& c) {
  tx.exec("INSERT INTO consents (id, county_id, client_id, member_id, scope, given_on, "
          "created_by, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)",
          {c.id, c.county_id, c.client_id, c.member_id, c.scope, c.given_on, c.created_by,
           c.created_at});
}

std::vector<std::optional<std::string>> consent_withdrawals(Tx& tx, const std::string& member_id) {
  std::vector<std::optional<std::string>> out;
  for (const auto& r : tx.exec("SELECT withdrawn_on FROM consents WHERE member_id = $1 "
                               "ORDER BY created_at",
                               {member_id})
                           .rows) {
    out.push_back(r.opt_str(0));
  }
  return out;
}

ConsentOf consent_of(Tx& tx, const std::string& consent_id) {
  const auto res =
      tx.exec("SELECT member_id, withdrawn_on FROM consents WHERE id = $1", {consent_id});
  const auto& r = res.one();
  return {r.str(0), r.opt_str(1)};
}

void withdraw_consent(Tx& tx, const std::string& consent_id, const std::string& on,
                      const std::optional<std::string>& reason) {
  tx.exec("UPDATE consents SET withdrawn_on = $1, withdrawal_reason = $2 WHERE id = $3",
          {on, reason ? Value(*reason) : Value(nullptr), consent_id});
}

}  // namespace soku::store::network
