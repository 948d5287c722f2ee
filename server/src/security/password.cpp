// security/password.cpp — password hashing and checking with Argon2id (libsodium crypto_pwhash_str,
// INTERACTIVE limits) and the policy for new passwords. verify_password never throws: a stored hash
// that is malformed simply does not match.
#include "security/password.h"

#include <sodium.h>

#include <array>
#include <cstddef>
#include <stdexcept>

#include "security/crypto.h"

namespace soku::security {

namespace {

constexpr std::size_t kMinCharacters = 12;
constexpr std::size_t kMaxCharacters = 256;

// libsodium reads the password through a pointer; an empty string_view may carry nullptr.
const char* password_bytes(std::string_view password) {
  return password.empty() ? "" : password.data();
}

// Characters as a person counts them: UTF-8 code points (bytes that do not continue a sequence).
std::size_t count_characters(std::string_view text) {
  std::size_t count = 0;
  for (const char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U) ++count;
  }
  return count;
}

}  // namespace

std::string hash_password(std::string_view password) {
  crypto_init();
  std::array<char, crypto_pwhash_STRBYTES> out{};
  if (crypto_pwhash_str(out.data(), password_bytes(password), password.size(),
                        crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
    throw std::runtime_error("password hashing failed (out of memory)");
  }
  return std::string(out.data());
}

bool verify_password(std::string_view stored_hash, std::string_view password) {
  try {
    crypto_init();
    // crypto_pwhash_str_verify expects a NUL-terminated string shorter than STRBYTES.
    if (stored_hash.empty() || stored_hash.size() >= crypto_pwhash_STRBYTES ||
        stored_hash.find('\0') != std::string_view::npos) {
      return false;
    }
    std::array<char, crypto_pwhash_STRBYTES> hash{};
    stored_hash.copy(hash.data(), stored_hash.size());
    return crypto_pwhash_str_verify(hash.data(), password_bytes(password), password.size()) == 0;
  } catch (...) {
    return false;
  }
}

std::string password_policy_error(std::string_view password) {
  const std::size_t characters = count_characters(password);
  if (characters < kMinCharacters) return "The password must be at least 12 characters long.";
  if (characters > kMaxCharacters) return "The password must be at most 256 characters long.";
  return {};
}

}  // namespace soku::security
