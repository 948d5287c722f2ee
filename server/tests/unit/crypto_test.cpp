// crypto_test.cpp — the crypto wrappers: token and id sizes and alphabets, uniqueness, SHA-256
// against the FIPS 180-2 test vectors, and constant-time equality.
#include "security/crypto.h"

#include <gtest/gtest.h>

#include <string>
#include <unordered_set>

namespace soku::security {
namespace {

bool only_chars_of(const std::string& s, std::string_view alphabet) {
  return s.find_first_not_of(alphabet) == std::string::npos;
}

constexpr std::string_view kBase64Url =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
constexpr std::string_view kLowerHex = "0123456789abcdef";

TEST(Crypto, InitIsRepeatable) {
  EXPECT_NO_THROW(crypto_init());
  EXPECT_NO_THROW(crypto_init());
}

TEST(Crypto, RandomTokenSizesAndAlphabet) {
  crypto_init();
  // base64 without padding: 4 characters per 3 bytes, rounded up.
  EXPECT_EQ(random_token().size(), 43U);
  EXPECT_EQ(random_token(32).size(), 43U);
  EXPECT_EQ(random_token(16).size(), 22U);
  EXPECT_EQ(random_token(1).size(), 2U);
  EXPECT_EQ(random_token(2).size(), 3U);
  EXPECT_EQ(random_token(3).size(), 4U);
  EXPECT_EQ(random_token(64).size(), 86U);
  EXPECT_EQ(random_token(0), "");
  for (int i = 0; i < 200; ++i) {
    const std::string token = random_token(33);
    EXPECT_EQ(token.size(), 44U);
    EXPECT_TRUE(only_chars_of(token, kBase64Url)) << token;
  }
}

TEST(Crypto, RandomTokensDiffer) {
  crypto_init();
  std::unordered_set<std::string> seen;
  for (int i = 0; i < 1000; ++i) EXPECT_TRUE(seen.insert(random_token()).second);
}

TEST(Crypto, NewIdIs32LowerHex) {
  crypto_init();
  for (int i = 0; i < 100; ++i) {
    const std::string id = new_id();
    EXPECT_EQ(id.size(), 32U);
    EXPECT_TRUE(only_chars_of(id, kLowerHex)) << id;
  }
}

TEST(Crypto, TenThousandIdsAreUnique) {
  crypto_init();
  std::unordered_set<std::string> ids;
  for (int i = 0; i < 10000; ++i) ids.insert(new_id());
  EXPECT_EQ(ids.size(), 10000U);
}

TEST(Crypto, Sha256KnownVectors) {
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(sha256_hex(std::string(1000000, 'a')),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(Crypto, Sha256HandlesEmbeddedNul) {
  const std::string with_nul("a\0b", 3);
  EXPECT_NE(sha256_hex(with_nul), sha256_hex("a"));
  EXPECT_EQ(sha256_hex(with_nul).size(), 64U);
}

TEST(Crypto, EqualConstantTime) {
  crypto_init();
  EXPECT_TRUE(equal_constant_time("", ""));
  EXPECT_TRUE(equal_constant_time("secret-token", "secret-token"));
  EXPECT_FALSE(equal_constant_time("secret-token", "secret-tokeN"));
  EXPECT_FALSE(equal_constant_time("Secret-token", "secret-token"));
  EXPECT_FALSE(equal_constant_time("secret", "secret-token"));
  EXPECT_FALSE(equal_constant_time("secret-token", "secret"));
  EXPECT_FALSE(equal_constant_time("", "x"));
  EXPECT_TRUE(equal_constant_time(std::string("a\0b", 3), std::string("a\0b", 3)));
  EXPECT_FALSE(equal_constant_time(std::string("a\0b", 3), std::string("a\0c", 3)));
  const std::string token = random_token();
  EXPECT_TRUE(equal_constant_time(token, std::string(token)));
}

}  // namespace
}  // namespace soku::security
