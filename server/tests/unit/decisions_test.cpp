// The rules of a decision (domain/decisions.h).
#include "domain/decisions.h"

#include <gtest/gtest.h>

using namespace soku::domain;

TEST(Decisions, OnlyAGrantedDecisionOpensAPeriod) {
  EXPECT_TRUE(decision_opens_period("granted"));
  EXPECT_FALSE(decision_opens_period("denied"));
  EXPECT_FALSE(decision_opens_period(""));
}

TEST(Decisions, AGrantedDecisionNeedsAServiceForm) {
  EXPECT_EQ(service_forms_problem(true, {}), "choose at least one");
  EXPECT_FALSE(service_forms_problem(true, {"individual"}));
  EXPECT_FALSE(service_forms_problem(false, {}));
}

TEST(Decisions, AGrantedDecisionWhileAPeriodIsOpenIsRefused) {
  EXPECT_TRUE(decision_refused(true, true));
  EXPECT_FALSE(decision_refused(true, false));
  EXPECT_FALSE(decision_refused(false, true));  // a denial is always allowed
  EXPECT_FALSE(decision_refused(false, false));
}

TEST(Decisions, LanguageGivenWinsElseSwedishFirstElseFinnish) {
  EXPECT_EQ(decision_language("fi", {"sv"}), "fi");
  EXPECT_EQ(decision_language("sv", {}), "sv");
  EXPECT_EQ(decision_language(std::nullopt, {"sv", "fi"}), "sv");
  EXPECT_EQ(decision_language(std::nullopt, {"fi", "sv"}), "fi");  // Swedish only when first
  EXPECT_EQ(decision_language(std::nullopt, {}), "fi");
  EXPECT_EQ(decision_language(std::nullopt, {"en"}), "fi");
}

TEST(Decisions, DefaultAppealInstructionsFollowTheLanguage) {
  EXPECT_EQ(default_appeal_instructions("sv").rfind("Anvisning om begäran om omprövning.", 0), 0U);
  EXPECT_EQ(default_appeal_instructions("fi").rfind("Oikaisuvaatimusohje.", 0), 0U);
  EXPECT_EQ(default_appeal_instructions("en"), default_appeal_instructions("fi"));
}

// ---- The written decision (Hallintolaki §§ 44–45, 59)

TEST(DecisionNumber, IsTheCountysRunningNumberOfTheYear) {
  EXPECT_EQ(format_decision_number(2026, 123), "SOSKU 2026/123");
  EXPECT_EQ(format_decision_number(2027, 1), "SOSKU 2027/1");
  EXPECT_EQ(decision_year("2026-12-31"), 2026);
  EXPECT_EQ(decision_year("2027-01-01"), 2027);  // a new year starts a new sequence
}

TEST(DecisionNotice, OrdinaryMailOnTheSeventhDayElectronicOnTheThirdHandedOverTheSameDay) {
  EXPECT_EQ(notified_on("mail", "2026-12-01"), "2026-12-08");
  EXPECT_EQ(notified_on("mail", "2026-12-28"), "2027-01-04");  // over the turn of the year
  EXPECT_EQ(notified_on("electronic", "2026-12-01"), "2026-12-04");
  EXPECT_EQ(notified_on("in_person", "2026-12-01"), "2026-12-01");
  EXPECT_EQ(notice_methods(), (std::vector<std::string>{"mail", "electronic", "in_person"}));
}

TEST(DecisionNotice, AppealDeadlineIsThirtyDaysAfterNoticeMovedOffAWeekend) {
  EXPECT_EQ(appeal_deadline("2026-12-08"), "2027-01-07");  // a Thursday
  EXPECT_EQ(appeal_deadline("2026-12-02"), "2027-01-01");  // a Friday (holidays not known)
  EXPECT_EQ(appeal_deadline("2026-12-03"), "2027-01-04");  // Saturday 2.1. → Monday
  EXPECT_EQ(appeal_deadline("2026-12-04"), "2027-01-04");  // Sunday 3.1. → Monday
}

TEST(DecisionNotice, DeciderTitleDefaultsInTheDecisionsLanguage) {
  EXPECT_EQ(default_decider_title("fi"), "sosiaalityöntekijä");
  EXPECT_EQ(default_decider_title("sv"), "socialarbetare");
}

TEST(CountyTexts, TheAppealInstructionsAndTheAuthoritysContact) {
  EXPECT_TRUE(is_county_text_key("appeal_instructions"));
  EXPECT_TRUE(is_county_text_key("authority_contact"));
  EXPECT_FALSE(is_county_text_key("settings"));
}
