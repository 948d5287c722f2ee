// Corrections with history (domain/corrections.h): the reason, the fields a correction may
// change, what counts as a change, the same-day notice and the addendum rule, each at its edge.
#include "domain/corrections.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace domain = soku::domain;

TEST(Corrections, AReasonIsRequiredAndNotBlank) {
  const auto missing = domain::correction_reason_problem(std::nullopt);
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->field, "reason");
  const auto blank = domain::correction_reason_problem(std::string(" \t\n "));
  ASSERT_TRUE(blank);
  EXPECT_EQ(blank->field, "reason");
  EXPECT_NE(blank->message.find("blank"), std::string::npos);
  // Named as the caller asks (an addendum's reason is in the same place).
  EXPECT_EQ(domain::correction_reason_problem(std::nullopt, "x.reason")->field, "x.reason");
}

TEST(Corrections, AReasonHasAtLeastThreeCharactersAndAtMostAThousandBytes) {
  EXPECT_TRUE(domain::correction_reason_problem(std::string("ab")));
  EXPECT_TRUE(domain::correction_reason_problem(std::string("  ab  ")));  // trimmed first
  EXPECT_FALSE(domain::correction_reason_problem(std::string("abc")));
  // Characters, not bytes: "ää" is four bytes but two characters.
  EXPECT_TRUE(domain::correction_reason_problem(std::string("\xC3\xA4\xC3\xA4")));
  EXPECT_FALSE(domain::correction_reason_problem(std::string("\xC3\xA4\xC3\xA4\xC3\xA4")));
  EXPECT_FALSE(domain::correction_reason_problem(std::string(domain::kCorrectionReasonMax, 'a')));
  EXPECT_TRUE(
      domain::correction_reason_problem(std::string(domain::kCorrectionReasonMax + 1, 'a')));
}

TEST(Corrections, EachTypeHasItsOwnCorrectableFields) {
  const auto& meeting = domain::correctable_fields("meeting");
  EXPECT_NE(std::find(meeting.begin(), meeting.end(), "note"), meeting.end());
  EXPECT_NE(std::find(meeting.begin(), meeting.end(), "held_on"), meeting.end());
  // Who the meeting is about and which period it belongs to are not corrected.
  EXPECT_EQ(std::find(meeting.begin(), meeting.end(), "client_id"), meeting.end());
  EXPECT_EQ(std::find(meeting.begin(), meeting.end(), "period_id"), meeting.end());
  const auto& consent = domain::correctable_fields("consent");
  EXPECT_EQ(consent, (std::vector<std::string>{"scope", "given_on"}));  // not the withdrawal
  EXPECT_TRUE(domain::is_correctable_type("referral"));
  EXPECT_TRUE(domain::is_correctable_type("network_member"));
  EXPECT_FALSE(domain::is_correctable_type("assessment"));  // addenda instead
  EXPECT_FALSE(domain::is_correctable_type("goal"));        // goals have their own versions
}

TEST(Corrections, ChangedFieldsAreTheCorrectableOnesThatDiffer) {
  const domain::Wording before{{"note", "\"a\""}, {"minutes", "60"}, {"client_id", "x"}};
  EXPECT_TRUE(domain::changed_fields("meeting", before, before).empty());
  domain::Wording after = before;
  after["client_id"] = "y";  // not correctable: not a change
  EXPECT_TRUE(domain::changed_fields("meeting", before, after).empty());
  after["minutes"] = "90";
  after["note"] = "\"b\"";
  EXPECT_EQ(domain::changed_fields("meeting", before, after),
            (std::vector<std::string>{"minutes", "note"}));  // in the type's order
  domain::Wording fewer{{"note", "\"a\""}};
  EXPECT_EQ(domain::changed_fields("meeting", before, fewer),
            (std::vector<std::string>{"minutes"}));
}

TEST(Corrections, ARecordIsCorrectedFromVersionTwo) {
  EXPECT_FALSE(domain::is_corrected(1));
  EXPECT_TRUE(domain::is_corrected(2));
}

TEST(Corrections, SameDayFindsTheOtherMeetingsOnThatDate) {
  const std::vector<domain::DatedRecord> ms = {
      {"a", "2026-03-01"}, {"b", "2026-03-02"}, {"c", "2026-03-01"}};
  EXPECT_EQ(domain::same_day(ms, "2026-03-01"), (std::vector<std::string>{"a", "c"}));
  EXPECT_EQ(domain::same_day(ms, "2026-03-01", "a"), (std::vector<std::string>{"c"}));
  EXPECT_TRUE(domain::same_day(ms, "2026-03-02", "b").empty());
  EXPECT_TRUE(domain::same_day(ms, "2026-03-03").empty());
  EXPECT_TRUE(domain::same_day({}, "2026-03-01").empty());
}

TEST(Corrections, AnAddendumIsForACompletedAssessmentOnly) {
  EXPECT_FALSE(domain::addendum_allowed(std::nullopt));
  EXPECT_TRUE(domain::addendum_allowed(std::string("2026-03-02")));
}
