// tests/unit/names_test.cpp — folding names for search (domain/names.h).
#include <gtest/gtest.h>

#include "domain/names.h"

using soku::domain::fold_for_search;

TEST(FoldForSearch, AsciiUpperCaseBecomesLowerCaseAndNothingElseChanges) {
  EXPECT_EQ(fold_for_search("Virtanen"), "virtanen");
  EXPECT_EQ(fold_for_search("AZaz09 -_@["), "azaz09 -_@[");
  EXPECT_EQ(fold_for_search(""), "");
}

TEST(FoldForSearch, FinnishAndSwedishLettersFoldToTheirLowerCase) {
  EXPECT_EQ(fold_for_search("ÄNKÖ"), "änkö");
  EXPECT_EQ(fold_for_search("Åström"), "åström");
  EXPECT_EQ(fold_for_search("ÉÜ"), "éü");
  // The whole upper-case Latin-1 range: À (U+00C0) … Þ (U+00DE).
  EXPECT_EQ(fold_for_search("\xC3\x80\xC3\x9E"), "\xC3\xA0\xC3\xBE");
}

TEST(FoldForSearch, TheMultiplicationSignAndNonLetterBytesAreKept) {
  EXPECT_EQ(fold_for_search("\xC3\x97"), "\xC3\x97");  // × is not a letter
  EXPECT_EQ(fold_for_search("\xC3\x9F"), "\xC3\x9F");  // ß has no upper case here: kept
  EXPECT_EQ(fold_for_search("€"), "€");                 // other multi-byte characters unchanged
  EXPECT_EQ(fold_for_search("\xC3"), "\xC3");           // a lone lead byte at the end: kept
}
