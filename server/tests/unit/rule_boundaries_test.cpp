// rule_boundaries_test.cpp — boundaries of pure rules that the family tests left open, found by
// branch coverage (scripts/coverage.sh): UTF-8 at the edges of each range, JSON depth with more
// closing than opening brackets, identity-code whitespace and signs, language codes, member
// changes, and the access policy's answers for values outside its enums and for an empty county.
#include <gtest/gtest.h>

#include <string>

#include "domain/clients.h"
#include "domain/hetu.h"
#include "domain/network.h"
#include "domain/text.h"
#include "security/access.h"

namespace domain = soku::domain;
namespace security = soku::security;

// ---- text: UTF-8 at each range's first and last value -----------------------------------------

TEST(RuleBoundaries, ThreeByteUtf8StartsAtU0800AndSkipsTheSurrogates) {
  EXPECT_TRUE(domain::valid_utf8("\xE0\xA0\x80"));   // U+0800, the first three-byte character
  EXPECT_FALSE(domain::valid_utf8("\xE0\x9F\xBF"));  // U+07FF written long: overlong
  EXPECT_TRUE(domain::valid_utf8("\xED\x9F\xBF"));   // U+D7FF, the last before the surrogates
  EXPECT_FALSE(domain::valid_utf8("\xED\xA0\x80"));  // U+D800, a surrogate
  EXPECT_TRUE(domain::valid_utf8("\xEE\x80\x80"));   // U+E000, after them
}

TEST(RuleBoundaries, FourByteUtf8RunsFromU10000ToU10FFFF) {
  EXPECT_TRUE(domain::valid_utf8("\xF0\x90\x80\x80"));   // U+10000
  EXPECT_FALSE(domain::valid_utf8("\xF0\x8F\xBF\xBF"));  // U+FFFF written long: overlong
  EXPECT_TRUE(domain::valid_utf8("\xF1\x80\x80\x80"));
  EXPECT_TRUE(domain::valid_utf8("\xF4\x8F\xBF\xBF"));   // U+10FFFF, the last code point
  EXPECT_FALSE(domain::valid_utf8("\xF4\x90\x80\x80"));  // U+110000
}

TEST(RuleBoundaries, EveryByteAfterALeadMustBeAContinuation) {
  EXPECT_FALSE(domain::valid_utf8("\xC3" "A"));
  EXPECT_FALSE(domain::valid_utf8("\xE2\x82" "A"));
  EXPECT_FALSE(domain::valid_utf8("\xF0\x90\x80" "A"));
  EXPECT_FALSE(domain::valid_utf8("\xE2\x82"));  // cut short
  EXPECT_TRUE(domain::valid_utf8("\xE2\x82\xAC"));  // €
  EXPECT_TRUE(domain::text_problem("a\xED\xA0\x80" "b", domain::TextKind::loose).has_value());
}

TEST(RuleBoundaries, ClosingBracketsBeforeOpeningOnesDoNotHideDepth) {
  // A stray closing bracket does not lower the depth below zero, so it cannot buy nesting.
  EXPECT_EQ(domain::json_depth("]]]]]][[[", 10), 3);
  EXPECT_EQ(domain::json_depth("}}}{{{{", 3), 4) << "over the limit: limit + 1";
}

// ---- identity codes ---------------------------------------------------------------------------

TEST(RuleBoundaries, AnIdentityCodeIsTrimmedOfEveryAsciiSpace) {
  for (const char* pad : {" ", "\t", "\n", "\r", "\f", "\v"}) {
    const std::string input = std::string(pad) + "131052-930V" + pad;
    EXPECT_TRUE(domain::parse_hetu(input).has_value()) << static_cast<int>(pad[0]);
  }
  EXPECT_FALSE(domain::parse_hetu("\a131052-930V").has_value()) << "BEL is not a space";
}

TEST(RuleBoundaries, ASignAfterZIsACenturyErrorNotAFormatError) {
  for (const char sign : {'{', '~', '|'}) {
    std::string code = "131052-930V";
    code[6] = sign;
    domain::HetuError error;
    EXPECT_FALSE(domain::parse_hetu(code, &error).has_value());
    EXPECT_EQ(error.code, "century") << sign;
  }
  // A lower-case sign letter is read as upper case (here A: born 2052).
  const auto lower = domain::parse_hetu("131052a930v");
  ASSERT_TRUE(lower.has_value());
  EXPECT_EQ(lower->code, "131052A930V");
  EXPECT_EQ(lower->year, 2052);
}

// ---- clients and network ----------------------------------------------------------------------

TEST(RuleBoundaries, ALanguageCodeHasOnlyTheLettersAToZ) {
  EXPECT_TRUE(domain::valid_language("az"));
  EXPECT_FALSE(domain::valid_language("a{"));  // the character after z
  EXPECT_FALSE(domain::valid_language("a`"));  // the character before a
  EXPECT_FALSE(domain::valid_language("aZ"));
}

TEST(RuleBoundaries, AMemberChangeOfTheRoleAloneChangesOnlyTheRole) {
  const domain::MemberData cur{"coach", "040", true};
  domain::MemberChange ch;
  ch.role = "mentor";
  const auto out = domain::apply_member_change(cur, ch);
  EXPECT_EQ(out.role, "mentor");
  EXPECT_EQ(out.contact, "040");
  EXPECT_TRUE(out.active);
  EXPECT_STREQ(domain::to_string(domain::ConsentStatus::none), "none");
  EXPECT_STREQ(domain::to_string(domain::ConsentStatus::given), "given");
  EXPECT_STREQ(domain::to_string(domain::ConsentStatus::withdrawn), "withdrawn");
}

// ---- access policy: outside the enums, and an empty county -----------------------------------

TEST(RuleBoundaries, AnActionOutsideTheEnumIsDeniedAndNamedUnknown) {
  const auto action = static_cast<security::Action>(99);
  EXPECT_EQ(security::to_string(action), "unknown");
  EXPECT_FALSE(security::is_client_action(action));
  security::Actor everyone;
  everyone.user_id = "u";
  for (const auto role : security::kAllRoles) everyone.grants.push_back({role, "c1", std::nullopt});
  security::ClientFacts facts{"c1", std::nullopt, {security::Relationship::key_worker}};
  EXPECT_FALSE(security::authorize(everyone, action, "c1", nullptr).allowed);
  EXPECT_FALSE(security::authorize(everyone, action, "c1", &facts).allowed);
  EXPECT_EQ(security::to_string(static_cast<security::Role>(99)), "unknown");
  EXPECT_EQ(security::to_string(static_cast<security::Relationship>(99)), "unknown");
  EXPECT_FALSE(security::role_from_string("unknown").has_value());
}

TEST(RuleBoundaries, AnEmptyCountyMatchesNoGrantEvenAGrantWithAnEmptyCounty) {
  security::Actor odd;
  odd.user_id = "u";
  odd.grants.push_back({security::Role::social_worker, "", std::nullopt});
  EXPECT_FALSE(odd.has_role(security::Role::social_worker, ""));
  EXPECT_FALSE(odd.has_role_in_unit(security::Role::social_worker, "", std::nullopt));
  EXPECT_FALSE(odd.has_role_in_unit(security::Role::social_worker, "", std::string("u1")));
}
