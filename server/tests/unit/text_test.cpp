// What soku accepts as text (domain/text.h): control characters, UTF-8, newlines, JSON depth.
#include "domain/text.h"

#include <gtest/gtest.h>

#include <string>

using namespace soku::domain;

TEST(Text, PlainTextIsAcceptedInEveryKind) {
  for (auto kind : {TextKind::line, TextKind::block, TextKind::loose}) {
    EXPECT_FALSE(text_problem("Äänekoski – Åbo, 3 €", kind)) << static_cast<int>(kind);
    EXPECT_FALSE(text_problem("", kind));
  }
}

TEST(Text, NulAndEveryOtherC0CharacterIsRefusedInOneLine) {
  for (int c = 0; c < 0x20; ++c) {
    std::string s = "ab";
    s.insert(s.begin() + 1, static_cast<char>(c));
    EXPECT_TRUE(text_problem(s, TextKind::line)) << c;
  }
  EXPECT_FALSE(text_problem(std::string("a\x7f"), TextKind::line));  // DEL is not C0
}

TEST(Text, BlockAllowsTabAndNewlineOnly) {
  EXPECT_FALSE(text_problem("first\n\tsecond", TextKind::block));
  EXPECT_TRUE(text_problem(std::string("a\0b", 3), TextKind::block));
  EXPECT_TRUE(text_problem("a\rb", TextKind::block));
  EXPECT_TRUE(text_problem("a\x1b[31mred", TextKind::block));
  EXPECT_TRUE(text_problem("a\x0b", TextKind::block));
}

TEST(Text, LooseAllowsCarriageReturnButNotNul) {
  EXPECT_FALSE(text_problem("a\r\nb\t", TextKind::loose));
  EXPECT_TRUE(text_problem(std::string("a\0", 2), TextKind::loose));
  EXPECT_TRUE(text_problem("\x01", TextKind::loose));
}

TEST(Text, InvalidUtf8IsRefused) {
  EXPECT_TRUE(text_problem("\xff", TextKind::loose));
  EXPECT_TRUE(text_problem("\xc3", TextKind::loose));             // truncated
  EXPECT_TRUE(text_problem("\xc0\xaf", TextKind::loose));         // overlong '/'
  EXPECT_TRUE(text_problem("\xed\xa0\x80", TextKind::loose));     // surrogate
  EXPECT_TRUE(text_problem("\xf4\x90\x80\x80", TextKind::loose)); // > U+10FFFF
  EXPECT_FALSE(text_problem("\xf0\x9f\x98\x80", TextKind::loose)); // an emoji
}

TEST(Text, NewlinesAreNormalised) {
  EXPECT_EQ(normalise_newlines("a\r\nb\rc\nd"), "a\nb\nc\nd");
  EXPECT_EQ(normalise_newlines("\r"), "\n");
}

TEST(Text, JsonDepthCountsNestingOutsideStrings) {
  EXPECT_EQ(json_depth("{}"), 1);
  EXPECT_EQ(json_depth("{\"a\":[1,{\"b\":[]}]}"), 4);
  EXPECT_EQ(json_depth("{\"a\":\"[[[[[[\"}"), 1);
  EXPECT_EQ(json_depth("{\"a\":\"\\\"[[[\"}"), 1);  // an escaped quote does not end the string
  EXPECT_EQ(json_depth("42"), 0);
}

TEST(Text, JsonDepthStopsJustPastTheLimit) {
  const std::string at_limit = std::string(kMaxJsonDepth, '[') + std::string(kMaxJsonDepth, ']');
  EXPECT_EQ(json_depth(at_limit), kMaxJsonDepth);
  const std::string deep(100000, '[');
  EXPECT_EQ(json_depth(deep), kMaxJsonDepth + 1);
}
