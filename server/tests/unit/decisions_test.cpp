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
