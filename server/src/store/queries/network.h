// store/queries/network.h — named queries on a client's network ("my team": network_members) and
// the consents given for each member (consents). Plain structs; the mapping is in network.cpp.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "store/db.h"

namespace soku::store::network {

struct Consent {
  std::string id;
  std::string scope;
  std::string given_on;
  std::optional<std::string> withdrawn_on;
  std::optional<std::string> withdrawal_reason;
  std::string created_at;
  std::string created_by;
  std::int64_t version = 1;
};

struct Member {
  std::string id;
  std::string client_id;
  std::string organisation_type;
  std::string name;
  std::string role;
  std::string contact;
  bool active = true;
  std::string created_at;
  std::vector<Consent> consents;  // oldest first
  std::string created_by;
  std::int64_t version = 1;
};

struct NewMember {
  std::string id;
  std::string county_id;
  std::string client_id;
  std::string organisation_type;
  std::string name;
  std::string role;
  std::string contact;
  std::string created_by;
  std::string created_at;
};

struct NewConsent {
  std::string id;
  std::string county_id;
  std::string client_id;
  std::string member_id;
  std::string scope;
  std::string given_on;
  std::string created_by;
  std::string created_at;
};

// A new member is active.
void insert_member(Tx& tx, const NewMember& m);
// With its consents. Throws store::NotFound (→ 404) when there is no such member.
Member get_member(Tx& tx, const std::string& id);
// Active members first, then by creation.
std::vector<Member> for_client(Tx& tx, const std::string& client_id);
// What a correction of a member may change (domain::correctable_fields("network_member")).
struct MemberWording {
  std::string organisation_type;
  std::string name;
  std::string role;
  std::string contact;
  bool active = true;
};
// Versioned (store::StaleVersion → 409 unless the member is at `expected_version`).
void correct_member(Tx& tx, const std::string& id, std::int64_t expected_version,
                    const MemberWording& w);
// One consent (without its member). Throws store::NotFound.
Consent get_consent(Tx& tx, const std::string& consent_id);
// Versioned, like correct_member: what was consented to and when.
void correct_consent(Tx& tx, const std::string& consent_id, std::int64_t expected_version,
                     const std::string& scope, const std::string& given_on);

void insert_consent(Tx& tx, const NewConsent& c);
// The withdrawal dates of the member's consents, oldest first (nullopt: in force).
std::vector<std::optional<std::string>> consent_withdrawals(Tx& tx, const std::string& member_id);
// The member a consent belongs to and its withdrawal date. Throws store::NotFound.
struct ConsentOf {
  std::string member_id;
  std::optional<std::string> withdrawn_on;
};
ConsentOf consent_of(Tx& tx, const std::string& consent_id);
// `reason` nullopt: withdrawn without a reason.
void withdraw_consent(Tx& tx, const std::string& consent_id, const std::string& on,
                      const std::optional<std::string>& reason);

}  // namespace soku::store::network
