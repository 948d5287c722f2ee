// "My team": member changes and the consent rules (domain/network.h), each at its boundary.
#include "domain/network.h"

#include <gtest/gtest.h>

namespace domain = soku::domain;
using domain::ConsentRefusal;
using domain::ConsentStatus;

TEST(Network, AMemberChangeKeepsWhatWasNotSent) {
  const domain::MemberData cur{"coach", "040", true};
  auto out = domain::apply_member_change(cur, {});
  EXPECT_EQ(out.role, "coach");
  EXPECT_EQ(out.contact, "040");
  EXPECT_TRUE(out.active);
  domain::MemberChange ch;
  ch.contact = "";
  ch.active = false;
  out = domain::apply_member_change(cur, ch);
  EXPECT_EQ(out.role, "coach");
  EXPECT_EQ(out.contact, "");  // "" clears the contact
  EXPECT_FALSE(out.active);
}

TEST(Network, ConsentStatusNoneGivenWithdrawn) {
  EXPECT_EQ(domain::consent_state({}).status, ConsentStatus::none);
  EXPECT_FALSE(domain::consent_state({}).current);
  const auto withdrawn = domain::consent_state({"2026-01-01", "2026-02-01"});
  EXPECT_EQ(withdrawn.status, ConsentStatus::withdrawn);
  EXPECT_FALSE(withdrawn.current);
  const auto given = domain::consent_state({"2026-01-01", std::nullopt});
  EXPECT_EQ(given.status, ConsentStatus::given);
  EXPECT_EQ(given.current, 1u);
  EXPECT_STREQ(domain::to_string(ConsentStatus::none), "none");
  EXPECT_STREQ(domain::to_string(ConsentStatus::given), "given");
  EXPECT_STREQ(domain::to_string(ConsentStatus::withdrawn), "withdrawn");
}

TEST(Network, ANewConsentIsRefusedOnlyWhileOneIsInForce) {
  EXPECT_FALSE(domain::may_give_consent({}));
  EXPECT_FALSE(domain::may_give_consent({"2026-01-01"}));  // the only one withdrawn
  EXPECT_EQ(domain::may_give_consent({"2026-01-01", std::nullopt}), ConsentRefusal::consent_given);
}

TEST(Network, AConsentIsWithdrawnOnlyOnce) {
  EXPECT_FALSE(domain::may_withdraw_consent(std::nullopt));
  EXPECT_EQ(domain::may_withdraw_consent("2026-03-01"), ConsentRefusal::consent_withdrawn);
}

TEST(Network, TheWithdrawalDateDefaultsToToday) {
  EXPECT_EQ(domain::withdrawal_date(std::nullopt, "2026-04-02"), "2026-04-02");
  EXPECT_EQ(domain::withdrawal_date("2026-04-01", "2026-04-02"), "2026-04-01");
}
