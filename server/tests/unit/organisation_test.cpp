// The rules of the organisation (domain/organisation.h): municipality and unit codes.
#include "domain/organisation.h"

#include <gtest/gtest.h>

#include <string>

using soku::domain::valid_org_code;

TEST(Organisation, CodeIsOneToSixtyCharacters) {
  EXPECT_FALSE(valid_org_code(""));
  EXPECT_TRUE(valid_org_code("a"));
  EXPECT_TRUE(valid_org_code(std::string(60, 'a')));
  EXPECT_FALSE(valid_org_code(std::string(61, 'a')));
}

TEST(Organisation, CodeIsLowerCaseLettersDigitsDashUnderscore) {
  EXPECT_TRUE(valid_org_code("jarvi-pohjanmaa_2"));
  EXPECT_FALSE(valid_org_code("Jarvi"));
  EXPECT_FALSE(valid_org_code("jarvi pohjanmaa"));
  EXPECT_FALSE(valid_org_code("jarvi.pohjanmaa"));
  EXPECT_FALSE(valid_org_code("j\xc3\xa4rvi"));  // "järvi": not ASCII
}
