// The rules of user accounts (domain/accounts.h): usernames, display names, role grants, what a
// change of grants amounts to, what nobody may do to their own account, temporary passwords.
#include "domain/accounts.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace soku::domain;

TEST(Accounts, UsernameLengthIsThreeToSixtyFour) {
  EXPECT_FALSE(valid_username("ab"));
  EXPECT_TRUE(valid_username("abc"));
  EXPECT_TRUE(valid_username(std::string(64, 'a')));
  EXPECT_FALSE(valid_username(std::string(65, 'a')));
  EXPECT_FALSE(valid_username(""));
}

TEST(Accounts, UsernameAllowsLettersDigitsDashUnderscoreDotOnly) {
  EXPECT_TRUE(valid_username("Demo-admin_2.x"));
  EXPECT_FALSE(valid_username("demo admin"));
  EXPECT_FALSE(valid_username("demo@admin"));
  EXPECT_FALSE(valid_username("demo/admin"));
  EXPECT_FALSE(valid_username("m\xc3\xa4ki"));  // "mäki": not ASCII
}

TEST(Accounts, NewAccountNamesEveryBadField) {
  EXPECT_TRUE(new_account_problems("worker", "A Worker").empty());
  EXPECT_TRUE(new_account_problems("worker", std::string(120, 'n')).empty());
  const auto p = new_account_problems("x", std::string(121, 'n'));
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].field, "username");
  EXPECT_EQ(p[1].field, "display_name");
  const auto empty = new_account_problems("worker", "");
  ASSERT_EQ(empty.size(), 1u);
  EXPECT_EQ(empty[0].field, "display_name");
}

TEST(Accounts, GrantsNeedAtLeastOneRole) {
  const auto p = grant_problems({});
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0], (FieldProblem{"roles", "at least one role is required"}));
  EXPECT_TRUE(grant_problems({{"social_worker", false, false}}).empty());
}

TEST(Accounts, GrantOfAnUnknownRoleOrForeignUnitNamesTheItem) {
  const auto p = grant_problems({{"admin", false, false},
                                 {"root", false, false},
                                 {"social_worker", true, false},
                                 {"social_worker", true, true}});
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].field, "roles[1].role");
  EXPECT_EQ(p[1].field, "roles[2].unit");
}

TEST(Accounts, GrantLabelNamesTheUnitByCode) {
  EXPECT_EQ(grant_label({"admin", "", ""}), "role admin, county-wide");
  EXPECT_EQ(grant_label({"social_worker", "u1", "jarvi"}), "role social_worker, unit jarvi");
  EXPECT_EQ(grant_label({"social_worker", "u1", ""}), "role social_worker, unit u1");
}

TEST(Accounts, TheSameGrantsAreNoChange) {
  const std::vector<Grant> held{{"social_worker", "u1", "jarvi"}, {"analyst", "", ""}};
  const auto d = diff_grants(held, {{"analyst", "", ""}, {"social_worker", "u1", "jarvi"}});
  EXPECT_TRUE(d.changes.empty());
  ASSERT_EQ(d.after.size(), 2u);
  EXPECT_EQ(d.after[0].role, "analyst");  // sorted by role
}

TEST(Accounts, AGrantTwiceCountsOnce) {
  const auto d = diff_grants({}, {{"admin", "", ""}, {"admin", "", ""}});
  ASSERT_EQ(d.after.size(), 1u);
  ASSERT_EQ(d.changes.size(), 1u);
  EXPECT_EQ(d.changes[0].action, "role_grant");
  EXPECT_EQ(d.changes[0].reason, "role admin, county-wide");
}

TEST(Accounts, ChangingTheUnitIsOneGrantAndOneRevoke) {
  const auto d =
      diff_grants({{"social_worker", "u1", "jarvi"}}, {{"social_worker", "u2", "kuusi"}});
  ASSERT_EQ(d.changes.size(), 2u);
  EXPECT_EQ(d.changes[0].action, "role_grant");  // grants first, then revokes
  EXPECT_EQ(d.changes[0].reason, "role social_worker, unit kuusi");
  EXPECT_EQ(d.changes[1].action, "role_revoke");
  EXPECT_EQ(d.changes[1].reason, "role social_worker, unit jarvi");
  ASSERT_EQ(d.after.size(), 1u);
  EXPECT_EQ(d.after[0].unit_id, "u2");
}

TEST(Accounts, CountyWideAndUnitGrantOfOneRoleAreDifferentGrants) {
  const auto d = diff_grants({{"manager", "", ""}}, {{"manager", "", ""}, {"manager", "u1", "j"}});
  ASSERT_EQ(d.changes.size(), 1u);
  EXPECT_EQ(d.changes[0].reason, "role manager, unit j");
  EXPECT_EQ(d.after.size(), 2u);
}

TEST(Accounts, NobodyDeactivatesThemselfOrSetsTheirOwnPasswordAsAdmin) {
  EXPECT_EQ(self_edit_refusal(true, false, false), SelfEditRefusal::deactivate_self);
  EXPECT_EQ(self_edit_refusal(true, std::nullopt, true), SelfEditRefusal::set_own_password);
  EXPECT_EQ(self_edit_refusal(true, false, true), SelfEditRefusal::deactivate_self);  // 422 first
  EXPECT_EQ(self_edit_refusal(true, true, false), SelfEditRefusal::none);  // re-activating: no-op
  EXPECT_EQ(self_edit_refusal(true, std::nullopt, false), SelfEditRefusal::none);
  EXPECT_EQ(self_edit_refusal(false, false, true), SelfEditRefusal::none);  // another account
}

TEST(Accounts, NobodyChangesTheirOwnRoles) {
  EXPECT_TRUE(self_role_change_refused(true, 1));
  EXPECT_FALSE(self_role_change_refused(true, 0));  // re-sending the same set
  EXPECT_FALSE(self_role_change_refused(false, 3));
}

TEST(Accounts, ActivityEventOnlyOnAChange) {
  EXPECT_EQ(activity_event(true, false), "deactivate");
  EXPECT_EQ(activity_event(false, true), "reactivate");
  EXPECT_FALSE(activity_event(true, true));
  EXPECT_FALSE(activity_event(false, false));
}

TEST(Accounts, APasswordSomeoneElseChoseIsTemporary) {
  EXPECT_TRUE(must_change_password(PasswordChosenBy::someone_else));
  EXPECT_FALSE(must_change_password(PasswordChosenBy::holder));
}

TEST(Accounts, DeactivationOrANewPasswordEndsSessions) {
  EXPECT_TRUE(ends_sessions(false, false));
  EXPECT_TRUE(ends_sessions(std::nullopt, true));
  EXPECT_FALSE(ends_sessions(true, false));
  EXPECT_FALSE(ends_sessions(std::nullopt, false));
}

TEST(Accounts, NewPasswordMustPassPolicyThenDiffer) {
  EXPECT_FALSE(new_password_problem("old one", "new one", ""));
  EXPECT_EQ(new_password_problem("same", "same", ""), "must differ from the current password");
  EXPECT_EQ(new_password_problem("same", "same", "is too short"), "is too short");
  EXPECT_FALSE(new_password_problem("Same", "same", ""));  // case matters
}
