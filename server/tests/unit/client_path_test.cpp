// tests/unit/client_path_test.cpp — the named code lists of the client's path
// (domain/client_path.h) are the lists of domain.md, taken from the one code table.
#include <gtest/gtest.h>

#include "domain/client_path.h"
#include "domain/codes.h"

using namespace soku::domain;
using List = std::vector<std::string>;

TEST(ClientPathLists, TheServiceFormsAndPhasesAreThoseOfTheOperatingModel) {
  EXPECT_EQ(service_forms(), (List{"individual", "group"}));
  // Intensified individual work runs start → working → closing (domain.md).
  EXPECT_EQ(default_phases(), (List{"start", "working", "closing"}));
  EXPECT_EQ(need_levels(), (List{"none", "some", "considerable", "great"}));
}

TEST(ClientPathLists, EveryNamedListIsItsCodeListAndNotEmpty) {
  const std::vector<std::pair<const List*, const char*>> named = {
      {&referral_sources(), "referral_source"},   {&life_areas(), "life_area"},
      {&need_levels(), "need_level"},             {&service_forms(), "service_form"},
      {&meeting_modes(), "meeting_mode"},         {&meeting_contents(), "meeting_content"},
      {&statutory_items(), "statutory_item"},     {&default_phases(), "period_phase"},
      {&continuation_paths(), "continuation_path"},
      {&interruption_reasons(), "interruption_reason"},
      {&organisation_types(), "organisation_type"}};
  for (const auto& [list, name] : named) {
    EXPECT_FALSE(list->empty()) << name;
    EXPECT_EQ(*list, code_list(name)) << name;
  }
}

TEST(ClientPathLists, TheStatutoryItemsAreTheSixOfSocialWelfareActSection17) {
  EXPECT_EQ(statutory_items(), (List{"assessment", "counselling", "coaching", "group_activity",
                                     "other", "youth_support"}));
}
