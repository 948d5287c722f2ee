// The rules of drafts (domain/drafts.h): what a draft key is, how large a draft may be.
#include "domain/drafts.h"

#include <gtest/gtest.h>

#include <string>

using soku::domain::kMaxDraftBytes;
using soku::domain::valid_draft_key;

TEST(Drafts, KeyIsOneToOneHundredCharacters) {
  EXPECT_FALSE(valid_draft_key(""));
  EXPECT_TRUE(valid_draft_key("a"));
  EXPECT_TRUE(valid_draft_key(std::string(100, 'k')));
  EXPECT_FALSE(valid_draft_key(std::string(101, 'k')));
}

TEST(Drafts, KeyAllowsLettersDigitsDashUnderscoreColonDot) {
  EXPECT_TRUE(valid_draft_key("client:0f3a-9_b.goal"));
  EXPECT_FALSE(valid_draft_key("a/b"));  // no path separators
  EXPECT_FALSE(valid_draft_key("a b"));
  EXPECT_FALSE(valid_draft_key("a%2Fb"));
  EXPECT_FALSE(valid_draft_key(std::string("a\0b", 3)));
  EXPECT_FALSE(valid_draft_key("\xc3\xa4"));  // not ASCII
}

TEST(Drafts, ADraftMayBeAQuarterMegabyte) { EXPECT_EQ(kMaxDraftBytes, 256u * 1024u); }
