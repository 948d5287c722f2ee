// domain/network.cpp — see network.h.
#include "domain/network.h"

namespace soku::domain {

MemberData apply_member_change(const MemberData& current, const MemberChange& change) {
  MemberData out = current;
  if (change.role) out.role = *change.role;
  if (change.contact) out.contact = *change.contact;
  if (change.active) out.active = *change.active;
  return out;
}

ConsentState consent_state(const ConsentWithdrawals& consents) {
  ConsentState s;
  for (std::size_t i = 0; i < consents.size(); ++i) {
    if (!consents[i]) s.current = i;
  }
  if (s.current) {
    s.status = ConsentStatus::given;
  } else if (!consents.empty()) {
    s.status = ConsentStatus::withdrawn;
  }
  return s;
}

const char* to_string(ConsentStatus s) {
  switch (s) {
    case ConsentStatus::given: return "given";
    case ConsentStatus::withdrawn: return "withdrawn";
    case ConsentStatus::none: break;
  }
  return "none";
}

std::optional<ConsentRefusal> may_give_consent(const ConsentWithdrawals& consents) {
  if (consent_state(consents).status == ConsentStatus::given) return ConsentRefusal::consent_given;
  return std::nullopt;
}

std::optional<ConsentRefusal> may_withdraw_consent(const std::optional<std::string>& withdrawn_on) {
  if (withdrawn_on) return ConsentRefusal::consent_withdrawn;
  return std::nullopt;
}

std::string withdrawal_date(const std::optional<std::string>& requested, const std::string& today) {
  return requested.value_or(today);
}

}  // namespace soku::domain
