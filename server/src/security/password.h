// security/password.h — password hashing with Argon2id (libsodium crypto_pwhash_str).
#pragma once

#include <string>
#include <string_view>

namespace soku::security {

// Argon2id, libsodium's INTERACTIVE limits; the returned string carries its own salt and params.
std::string hash_password(std::string_view password);
// Constant-time check against a stored hash; false (never a throw) on a malformed hash.
bool verify_password(std::string_view stored_hash, std::string_view password);
// A password policy check for new passwords: empty when acceptable, else the reason
// (at least 12 characters, at most 256).
std::string password_policy_error(std::string_view password);

}  // namespace soku::security
