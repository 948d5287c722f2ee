// domain/network.h — the rules of "my team" (Minun tiimini): a network member's changeable data,
// and the client's consents to exchange information with a member. A consent is never edited: it
// is given (a new row), and withdrawn once (withdrawn_on set). Pure: no store, no http, no clock.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace soku::domain {

// A member's data that may change (name and organisation type may not).
struct MemberData {
  std::string role;
  std::string contact;
  bool active = true;
};
struct MemberChange {
  std::optional<std::string> role, contact;
  std::optional<bool> active;
};
// Parts not sent keep `current`.
MemberData apply_member_change(const MemberData& current, const MemberChange& change);

// The consents of one member, oldest first, each as its withdrawal date (nullopt: in force).
using ConsentWithdrawals = std::vector<std::optional<std::string>>;

enum class ConsentStatus { none, given, withdrawn };
struct ConsentState {
  ConsentStatus status = ConsentStatus::none;
  std::optional<std::size_t> current;  // index of the consent in force (the newest such)
};
// none: never given; given: one is in force; withdrawn: every consent given has been withdrawn.
ConsentState consent_state(const ConsentWithdrawals& consents);
const char* to_string(ConsentStatus s);

enum class ConsentRefusal { consent_given, consent_withdrawn };
// A new consent while one is in force is refused (withdraw it first).
std::optional<ConsentRefusal> may_give_consent(const ConsentWithdrawals& consents);
// A consent is withdrawn only once.
std::optional<ConsentRefusal> may_withdraw_consent(const std::optional<std::string>& withdrawn_on);
// The withdrawal date: the one given, else today.
std::string withdrawal_date(const std::optional<std::string>& requested, const std::string& today);

}  // namespace soku::domain
