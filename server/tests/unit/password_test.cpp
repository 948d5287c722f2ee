// password_test.cpp — Argon2id password hashing: a hash verifies, a wrong password does not, each
// hash has its own salt, a malformed stored hash is simply "no", and the policy for new passwords.
#include "security/password.h"

#include <gtest/gtest.h>

#include <string>

#include "security/crypto.h"

namespace soku::security {
namespace {

class PasswordTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    crypto_init();
    hash_ = new std::string(hash_password(kPassword));
  }
  static void TearDownTestSuite() {
    delete hash_;
    hash_ = nullptr;
  }
  static constexpr std::string_view kPassword = "correct horse battery staple";
  static std::string* hash_;
};
std::string* PasswordTest::hash_ = nullptr;

TEST_F(PasswordTest, HashIsArgon2id) {
  EXPECT_EQ(hash_->rfind("$argon2id$", 0), 0U) << *hash_;
  EXPECT_EQ(hash_->find(kPassword), std::string::npos);
}

TEST_F(PasswordTest, HashVerifies) { EXPECT_TRUE(verify_password(*hash_, kPassword)); }

TEST_F(PasswordTest, WrongPasswordFails) {
  EXPECT_FALSE(verify_password(*hash_, "correct horse battery stapler"));
  EXPECT_FALSE(verify_password(*hash_, "Correct horse battery staple"));
  EXPECT_FALSE(verify_password(*hash_, ""));
}

TEST_F(PasswordTest, TwoHashesOfOnePasswordDiffer) {
  const std::string other = hash_password(kPassword);
  EXPECT_NE(other, *hash_);
  EXPECT_TRUE(verify_password(other, kPassword));
}

TEST_F(PasswordTest, MalformedHashIsFalseNotThrow) {
  const std::string valid = *hash_;
  for (const std::string& bad : {
           std::string(),
           std::string("garbage"),
           std::string("$argon2id$"),
           std::string("$argon2id$v=19$m=65536,t=2,p=1$"),
           valid.substr(0, valid.size() / 2),
           valid.substr(0, valid.size() - 1),
           valid + "A",
           valid + std::string(200, 'A'),
           std::string(1000, '$'),
           std::string("$2y$10$abcdefghijklmnopqrstuuJ0e2W0mZ6Y9r6QhKQm3Y0pZ6p6bq8p2"),
           std::string(valid).insert(5, 1, '\0'),
       }) {
    bool result = true;
    EXPECT_NO_THROW(result = verify_password(bad, kPassword)) << bad;
    EXPECT_FALSE(result) << bad;
  }
}

TEST_F(PasswordTest, NonAsciiPasswordsWork) {
  const std::string password = "Äiti ja Öljylamppu åäö 🙂";
  const std::string hash = hash_password(password);
  EXPECT_TRUE(verify_password(hash, password));
  EXPECT_FALSE(verify_password(hash, "Aiti ja Oljylamppu aao 🙂"));
}

TEST(PasswordPolicy, Length) {
  EXPECT_FALSE(password_policy_error("").empty());
  EXPECT_FALSE(password_policy_error("short").empty());
  EXPECT_FALSE(password_policy_error(std::string(11, 'x')).empty());
  EXPECT_TRUE(password_policy_error(std::string(12, 'x')).empty());
  EXPECT_TRUE(password_policy_error("correct horse battery staple").empty());
  EXPECT_TRUE(password_policy_error(std::string(256, 'x')).empty());
  EXPECT_FALSE(password_policy_error(std::string(257, 'x')).empty());
  EXPECT_FALSE(password_policy_error(std::string(10000, 'x')).empty());
}

TEST(PasswordPolicy, CountsCharactersNotBytes) {
  std::string eleven;
  for (int i = 0; i < 11; ++i) eleven += "ä";  // 22 bytes, 11 characters
  EXPECT_FALSE(password_policy_error(eleven).empty());
  EXPECT_TRUE(password_policy_error(eleven + "ö").empty());
  std::string long_one;
  for (int i = 0; i < 256; ++i) long_one += "ö";
  EXPECT_TRUE(password_policy_error(long_one).empty());
  EXPECT_FALSE(password_policy_error(long_one + "x").empty());
}

TEST(PasswordPolicy, ReasonNamesTheLimit) {
  EXPECT_NE(password_policy_error("short").find("12"), std::string::npos);
  EXPECT_NE(password_policy_error(std::string(300, 'x')).find("256"), std::string::npos);
}

}  // namespace
}  // namespace soku::security
