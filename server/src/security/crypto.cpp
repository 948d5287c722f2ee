// security/crypto.cpp — the small crypto wrappers the server shares: libsodium for randomness and
// constant-time comparison, OpenSSL 3 for SHA-256 (audit chain, token digests).
#include "security/crypto.h"

#include <openssl/evp.h>
#include <sodium.h>

#include <array>
#include <stdexcept>
#include <vector>

namespace soku::security {

namespace {

// Runs sodium_init() once per process (it is itself idempotent and thread-safe; the static only
// saves the lock on every call). Throws when libsodium cannot start, e.g. without a random source.
void ensure_sodium() {
  static const bool ready = [] {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
    return true;
  }();
  (void)ready;
}

std::string to_hex(const unsigned char* bytes, std::size_t size) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  out.reserve(size * 2);
  for (std::size_t i = 0; i < size; ++i) {
    out += kDigits[bytes[i] >> 4];
    out += kDigits[bytes[i] & 0x0f];
  }
  return out;
}

}  // namespace

void crypto_init() { ensure_sodium(); }

std::string random_token(std::size_t bytes) {
  ensure_sodium();
  if (bytes == 0) return {};
  std::vector<unsigned char> raw(bytes);
  randombytes_buf(raw.data(), raw.size());
  constexpr int kVariant = sodium_base64_VARIANT_URLSAFE_NO_PADDING;
  std::string encoded(sodium_base64_ENCODED_LEN(bytes, kVariant), '\0');
  sodium_bin2base64(encoded.data(), encoded.size(), raw.data(), raw.size(), kVariant);
  sodium_memzero(raw.data(), raw.size());
  encoded.pop_back();  // sodium_base64_ENCODED_LEN counts the terminating NUL
  return encoded;
}

std::string new_id() {
  ensure_sodium();
  std::array<unsigned char, 16> raw{};
  randombytes_buf(raw.data(), raw.size());
  return to_hex(raw.data(), raw.size());
}

std::string sha256_hex(std::string_view data) {
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int length = 0;
  if (EVP_Digest(data.data(), data.size(), digest.data(), &length, EVP_sha256(), nullptr) != 1 ||
      length != 32) {
    throw std::runtime_error("SHA-256 failed");
  }
  return to_hex(digest.data(), length);
}

bool equal_constant_time(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  if (a.empty()) return true;
  return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace soku::security
