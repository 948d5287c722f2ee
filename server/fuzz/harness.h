// fuzz/harness.h — what the libFuzzer targets share: one real App over a temporary SQLite database
// (migrated and seeded with the demo data once per process), logged-in sessions of demo users, ids
// of real demo records, and the HTTP/1.1 parsing of http/server.cpp done synchronously.
//
// A finding is an abort(): a sanitizer report, an uncaught exception, or a check below (a 5xx other
// than 503, a broken invariant). Build and run with scripts/fuzz.sh.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "api/app.h"
#include "http/message.h"

namespace soku::fuzz {

struct Login {
  std::string username;
  std::string user_id;
  std::string county_id;
  std::string token;  // the __Host-soku cookie value
  std::string csrf;
};

struct Env {
  std::string dir;  // folder of the database files, removed at exit
  std::unique_ptr<api::App> app;
  std::vector<Login> users;  // demo-social_worker, demo-social_counsellor, demo-admin
  // Ids of real demo records per path prefix ("clients", "periods", …) for {id} parameters.
  std::map<std::string, std::vector<std::string>> ids;
  std::string county_code;
};

// Made on first use (a few seconds: migrations, demo seed, password hashing).
Env& env();

// The user's session, re-created when the fuzzer has logged it out or the user was deactivated.
const Login& session(std::size_t index);

// Adds the session cookie (and, for state-changing methods, the CSRF header) of a user.
void authenticate(http::Request& req, const Login& who);

// App::dispatch, then the check every target makes: no 5xx other than 503 (busy) — a 500 is a
// bug (an unexpected exception) and aborts, so libFuzzer records the input.
http::Response dispatch_checked(http::Request& req);

// What http/server.cpp does with the bytes of one request: Beast's request_parser with the same
// header limit (ServerConfig), the route's body limit checked against a declared Content-Length
// and enforced while reading. Returns the Request, or the early status the server would answer
// (400, 413, 431) in `early_status` (0: incomplete; the server would wait, then close), and
// how many bytes the request took in `consumed` (a keep-alive connection goes on from there).
std::optional<http::Request> parse_http(std::string_view bytes, int& early_status,
                                        std::size_t& consumed);

// A reader of fuzz input bytes.
class Bytes {
public:
  Bytes(const std::uint8_t* data, std::size_t size) : p_(data), n_(size) {}
  std::uint8_t byte() {
    if (n_ == 0) return 0;
    --n_;
    return *p_++;
  }
  [[nodiscard]] std::string rest() const {
    return {reinterpret_cast<const char*>(p_), n_};
  }

private:
  const std::uint8_t* p_;
  std::size_t n_;
};

[[noreturn]] void fail(const std::string& what);

}  // namespace soku::fuzz
