// hetu_test.cpp — the personal identity code rule of domain.md, tested from the rule: check
// characters are known literals or come from the small helper below, never from the code under
// test. No real personal data: every code uses an
// individual number 900–999, or (for the 000/001/002/899 cases) the date 31.12.2099: no one yet.
#include "domain/hetu.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace soku::domain {
namespace {

// Independent of hetu.cpp: DDMMYYNNN read as one number, mod 31, into the published alphabet.
char expected_check(const std::string& ddmmyy, const std::string& nnn) {
  static const std::string alphabet = "0123456789ABCDEFHJKLMNPRSTUVWXY";
  const unsigned long number = std::stoul(ddmmyy + nnn);
  return alphabet[number % 31];
}

std::string build(const std::string& ddmmyy, char sign, const std::string& nnn) {
  return ddmmyy + sign + nnn + expected_check(ddmmyy, nnn);
}

std::string error_code_of(std::string_view input) {
  HetuError error;
  const auto parsed = parse_hetu(input, &error);
  if (parsed) return "valid";
  return error.code;
}

// An input and the error code it must get ("valid" when it parses).
struct Outcome {
  std::string input;
  std::string code;
};

void expect_outcomes(const std::vector<Outcome>& cases) {
  for (const auto& c : cases) EXPECT_EQ(error_code_of(c.input), c.code) << c.input;
}

TEST(Hetu, TemporaryCodeIsParsed) {
  HetuError error;
  const auto hetu = parse_hetu("131052-930V", &error);
  ASSERT_TRUE(hetu.has_value()) << error.code;
  EXPECT_EQ(hetu->code, "131052-930V");
  EXPECT_EQ(hetu->day, 13);
  EXPECT_EQ(hetu->month, 10);
  EXPECT_EQ(hetu->year, 1952);
  EXPECT_EQ(hetu->individual, 930);
  EXPECT_TRUE(hetu->temporary);
}

TEST(Hetu, HelperAgreesWithKnownLiterals) {
  EXPECT_EQ(expected_check("131052", "930"), 'V');
  EXPECT_EQ(expected_check("010101", "900"), 'R');
  EXPECT_EQ(expected_check("150385", "908"), 'A');
}

TEST(Hetu, CheckCharacterFunction) {
  const std::vector<std::pair<std::string, char>> cases = {
      {"131052930", 'V'},  {"010101900", 'R'}, {"290200920", '0'},
      {"311299999", 'E'},  {"12345678", '\0'}, {"1234567890", '\0'},
      {"13105230X", '\0'}, {"", '\0'},         {"-31052930", '\0'},
  };
  for (const auto& [digits, check] : cases) {
    EXPECT_EQ(hetu_check_character(digits), check) << digits;
  }
}

TEST(Hetu, CheckCharacterFunctionMatchesRuleOverManyNumbers) {
  for (int day = 1; day <= 28; day += 9) {
    for (int n = 900; n <= 999; ++n) {
      const std::string ddmmyy = (day < 10 ? "0" : "") + std::to_string(day) + "0685";
      const std::string nnn = std::to_string(n);
      EXPECT_EQ(hetu_check_character(ddmmyy + nnn), expected_check(ddmmyy, nnn)) << ddmmyy << nnn;
    }
  }
}

struct SignCase {
  const char* code;
  int year;
};

TEST(Hetu, EveryCenturySign) {
  // Check characters computed by hand (DDMMYYNNN mod 31).
  const std::vector<SignCase> cases = {
      {"150385+9013", 1885}, {"150385-9024", 1985}, {"150385Y9035", 1985}, {"150385X9046", 1985},
      {"150385W9057", 1985}, {"150385V9068", 1985}, {"150385U9079", 1985}, {"150385A908A", 2085},
      {"150385B909B", 2085}, {"150385C910C", 2085}, {"150385D911D", 2085}, {"150385E912E", 2085},
      {"150385F913F", 2085}, {"010101A900R", 2001}, {"010101-900R", 1901},
  };
  for (const auto& c : cases) {
    HetuError error;
    const auto hetu = parse_hetu(c.code, &error);
    ASSERT_TRUE(hetu.has_value()) << c.code << " rejected: " << error.code;
    EXPECT_EQ(hetu->code, c.code);
    EXPECT_EQ(hetu->year, c.year) << c.code;
    EXPECT_EQ(hetu->individual / 100, 9) << c.code;
    EXPECT_TRUE(hetu->temporary) << c.code;
  }
}

TEST(Hetu, GeneratedCodesForAllSignsAreValid) {
  const std::string signs = "+-YXWVUABCDEF";
  for (const char sign : signs) {
    for (int n = 900; n <= 999; n += 7) {
      const std::string code = build("240772", sign, std::to_string(n));
      EXPECT_EQ(error_code_of(code), "valid") << code;
    }
  }
}

TEST(Hetu, FormatErrors) {
  for (const std::string_view bad :
       {"", "131052-930", "131052-930VT", "13105-2930V", "13a052-930V", "131052-9O0V",
        "131052-93 V", "131052 -930V", "1310 52-930V", "131052--930V", "131052-930V\x01",
        "\xc3\xa4\xc3\xa4\xc3\xa4\xc3\xa4\xc3\xa4\x31"}) {
    EXPECT_EQ(error_code_of(bad), "format") << bad;
  }
}

TEST(Hetu, CenturyErrors) {
  // The check character is right for the digits, so only the sign is wrong.
  for (const char* bad :
       {"010101G900R", "010101Z900R", "010101*900R", "0101010900R", "010101 900R"}) {
    EXPECT_EQ(error_code_of(bad), "century") << bad;
  }
}

TEST(Hetu, DateErrors) {
  expect_outcomes({
      {build("320185", '-', "960"), "date"},
      {build("000185", '-', "963"), "date"},
      {build("150085", '-', "964"), "date"},
      {build("311385", '-', "961"), "date"},
      {build("310485", '-', "962"), "date"},  // 31 April
      {build("300485", '-', "962"), "valid"},
      {build("310185", '-', "962"), "valid"},
      {build("311285", '-', "962"), "valid"},
      // Literal forms of two of the above.
      {"320185-960B", "date"},
      {"310485-9626", "date"},
  });
}

TEST(Hetu, LeapDaysFollowTheGregorianRuleOfTheCentury) {
  expect_outcomes({
      {"290200-9200", "date"},   // 1900 is not a leap year
      {"290200A9200", "valid"},  // 2000 is
      {"290200+9200", "date"},   // 1800 is not
      {"290204-930B", "valid"},  // 1904
      {"290296-940D", "valid"},  // 1996
      {"290201A9507", "date"},   // 2001
      {"280201A950K", "valid"},
      {"290288+990Y", "valid"},  // 1888
      {build("290297", '-', "941"), "date"},
      {build("300296", '-', "941"), "date"},
  });
  const auto leap = parse_hetu("290200A9200");
  ASSERT_TRUE(leap.has_value());
  EXPECT_EQ(leap->year, 2000);
  EXPECT_EQ(leap->month, 2);
  EXPECT_EQ(leap->day, 29);
}

TEST(Hetu, IndividualNumberRange) {
  // 31.12.2099 is in the future: these cannot be anyone's code.
  for (const std::string& bad : {std::string("311299A0007"), std::string("311299A0018"),
                                 build("311299", 'A', "000"), build("311299", 'A', "001")}) {
    EXPECT_EQ(error_code_of(bad), "individual_number") << bad;
  }
  const auto lowest = parse_hetu("311299A0029");
  ASSERT_TRUE(lowest.has_value());
  EXPECT_EQ(lowest->individual, 2);
  EXPECT_FALSE(lowest->temporary);
}

TEST(Hetu, TemporaryFromNineHundred) {
  const auto below = parse_hetu("311299A8997");
  ASSERT_TRUE(below.has_value());
  EXPECT_EQ(below->individual, 899);
  EXPECT_FALSE(below->temporary);
  const auto first = parse_hetu("010101A900R");
  ASSERT_TRUE(first.has_value());
  EXPECT_TRUE(first->temporary);
  const auto last = parse_hetu("311299A999E");
  ASSERT_TRUE(last.has_value());
  EXPECT_EQ(last->individual, 999);
  EXPECT_TRUE(last->temporary);
}

TEST(Hetu, CheckCharacterErrors) {
  EXPECT_EQ(error_code_of("131052-930U"), "check_character");
  EXPECT_EQ(error_code_of("131052-9301"), "check_character");
  EXPECT_EQ(error_code_of("010101A900S"), "check_character");
  // Letters that are not in the alphabet at all.
  for (const char* bad : {"131052-930G", "131052-930I", "131052-930O", "131052-930Z", "131052-930Q",
                          "131052-930-", "131052-930*"}) {
    EXPECT_EQ(error_code_of(bad), "check_character") << bad;
  }
}

TEST(Hetu, LowerCaseAndWhiteSpaceAreNormalised) {
  const auto lower = parse_hetu("131052-930v");
  ASSERT_TRUE(lower.has_value());
  EXPECT_EQ(lower->code, "131052-930V");

  const auto lower_sign = parse_hetu("010101a900r");
  ASSERT_TRUE(lower_sign.has_value());
  EXPECT_EQ(lower_sign->code, "010101A900R");
  EXPECT_EQ(lower_sign->year, 2001);

  const auto lower_y = parse_hetu("150385y9035");
  ASSERT_TRUE(lower_y.has_value());
  EXPECT_EQ(lower_y->code, "150385Y9035");

  const auto spaced = parse_hetu("  \t131052-930V \r\n");
  ASSERT_TRUE(spaced.has_value());
  EXPECT_EQ(spaced->code, "131052-930V");
}

TEST(Hetu, CodesDifferingOnlyInTheSignAreDifferentIdentities) {
  // Same century (1950): the check character does not depend on the sign, both are valid.
  const auto dash = parse_hetu("010150-970M");
  const auto y = parse_hetu("010150Y970M");
  ASSERT_TRUE(dash.has_value());
  ASSERT_TRUE(y.has_value());
  EXPECT_NE(dash->code, y->code);
  EXPECT_EQ(dash->year, y->year);
  // Different centuries.
  const auto nineteen = parse_hetu("010101-900R");
  const auto twenty = parse_hetu("010101A900R");
  ASSERT_TRUE(nineteen.has_value());
  ASSERT_TRUE(twenty.has_value());
  EXPECT_NE(nineteen->code, twenty->code);
  EXPECT_EQ(nineteen->year, 1901);
  EXPECT_EQ(twenty->year, 2001);
}

TEST(Hetu, ErrorMessagesNeverEchoTheInput) {
  const std::vector<std::string> inputs = {
      "131052-930",  "010101G900R", build("320185", '-', "960"), "311299A0007", "131052-930U",
      "290200-9200", "13a052-930V",
  };
  for (const auto& input : inputs) {
    HetuError error;
    ASSERT_FALSE(parse_hetu(input, &error).has_value()) << input;
    EXPECT_FALSE(error.code.empty());
    EXPECT_FALSE(error.message.empty());
    EXPECT_EQ(error.message.find(input), std::string::npos) << error.message;
    EXPECT_EQ(error.message.find(input.substr(0, 6)), std::string::npos) << error.message;
    EXPECT_EQ(error.message.find(input.substr(7, 3)), std::string::npos) << error.message;
  }
}

TEST(Hetu, NullErrorPointerIsAllowed) {
  EXPECT_FALSE(parse_hetu("nonsense").has_value());
  EXPECT_TRUE(parse_hetu("131052-930V").has_value());
}

TEST(Hetu, Masking) {
  EXPECT_EQ(mask_hetu("131052-930V"), "131052-****");
  EXPECT_EQ(mask_hetu("010101A900R"), "010101A****");
  EXPECT_EQ(mask_hetu(""), "****");
  EXPECT_EQ(mask_hetu("131052-930"), "****");
  EXPECT_EQ(mask_hetu("131052-930VT"), "****");
}

}  // namespace
}  // namespace soku::domain
