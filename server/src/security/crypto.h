// security/crypto.h — small wrappers over libsodium and OpenSSL used across the server.
#pragma once

#include <string>
#include <string_view>

namespace soku::security {

// Must run once before any other call (sodium_init). Safe to call repeatedly.
void crypto_init();

// `bytes` random bytes from libsodium, encoded base64url without padding.
std::string random_token(std::size_t bytes = 32);
// A random opaque id for database rows: 16 random bytes as 32 lower-case hex characters.
std::string new_id();
// SHA-256 (OpenSSL) of `data` as 64 lower-case hex characters.
std::string sha256_hex(std::string_view data);
// Constant-time comparison of two strings (sodium_memcmp; false when lengths differ).
bool equal_constant_time(std::string_view a, std::string_view b);

}  // namespace soku::security
