// The code table (domain/codes.h): every code has its three labels, no list repeats a code, the
// lists the handlers validate with are the table's, and the role list is the policy's roles.
#include "domain/codes.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>

#include "domain/client_path.h"
#include "security/access.h"

namespace domain = soku::domain;

TEST(Codes, EveryCodeHasNonEmptyFinnishSwedishAndEnglishLabels) {
  ASSERT_FALSE(domain::code_table().empty());
  for (const auto& c : domain::code_table()) {
    EXPECT_FALSE(c.list.empty());
    EXPECT_FALSE(c.code.empty()) << c.list;
    EXPECT_FALSE(c.fi.empty()) << c.list << "." << c.code;
    EXPECT_FALSE(c.sv.empty()) << c.list << "." << c.code;
    EXPECT_FALSE(c.en.empty()) << c.list << "." << c.code;
  }
}

TEST(Codes, NoListHasDuplicatesAndEachListIsOneRunOfTheTable) {
  std::set<std::pair<std::string, std::string>> seen;
  std::set<std::string> finished;  // lists already left behind in the table
  std::string current;
  for (const auto& c : domain::code_table()) {
    EXPECT_TRUE(seen.emplace(std::string(c.list), std::string(c.code)).second)
        << "duplicate " << c.list << "." << c.code;
    if (c.list != current) {
      EXPECT_EQ(finished.count(std::string(c.list)), 0U) << c.list << " is split in the table";
      if (!current.empty()) finished.insert(current);
      current = std::string(c.list);
    }
  }
  std::size_t total = 0;
  for (const auto& name : domain::code_list_names()) total += domain::code_list(name).size();
  EXPECT_EQ(total, domain::code_table().size());
}

TEST(Codes, TheHandlersListsAreTheTablesLists) {
  // The same vectors (not copies): a code cannot be accepted that the table does not label.
  EXPECT_EQ(&domain::referral_sources(), &domain::code_list("referral_source"));
  EXPECT_EQ(&domain::life_areas(), &domain::code_list("life_area"));
  EXPECT_EQ(&domain::need_levels(), &domain::code_list("need_level"));
  EXPECT_EQ(&domain::service_forms(), &domain::code_list("service_form"));
  EXPECT_EQ(&domain::meeting_modes(), &domain::code_list("meeting_mode"));
  EXPECT_EQ(&domain::meeting_contents(), &domain::code_list("meeting_content"));
  EXPECT_EQ(&domain::statutory_items(), &domain::code_list("statutory_item"));
  EXPECT_EQ(&domain::default_phases(), &domain::code_list("period_phase"));
  EXPECT_EQ(&domain::continuation_paths(), &domain::code_list("continuation_path"));
  EXPECT_EQ(&domain::interruption_reasons(), &domain::code_list("interruption_reason"));
  EXPECT_EQ(&domain::organisation_types(), &domain::code_list("organisation_type"));
}

TEST(Codes, PeriodPhasesAreClientPhases) {
  const auto& client = domain::code_list("client_phase");
  for (const auto& p : domain::code_list("period_phase")) {
    EXPECT_NE(std::find(client.begin(), client.end(), p), client.end()) << p;
  }
}

TEST(Codes, TheRoleListIsThePolicysRoles) {
  std::vector<std::string> policy;
  for (const auto r : soku::security::kAllRoles) policy.emplace_back(soku::security::to_string(r));
  EXPECT_EQ(domain::code_list("role"), policy);
}

TEST(Codes, UnknownListIsAProgrammingError) {
  EXPECT_THROW((void)domain::code_list("no_such_list"), std::out_of_range);
}
