// security/sessions.h — server-side sessions and the login throttle, both kept in the database so
// that any instance can serve any request.
//
// The cookie carries a random 256-bit token; the database keeps only its SHA-256, so a copy of the
// database does not hold usable sessions. Idle timeout 30 min, absolute 12 h; both are enforced on
// every lookup and an expired row is deleted on sight.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace soku::store {
class Database;
}

namespace soku::security {

struct SessionPolicy {
  std::int64_t idle_ms = 30LL * 60 * 1000;
  std::int64_t absolute_ms = 12LL * 3600 * 1000;
  std::int64_t touch_every_ms = 60LL * 1000;  // last_seen is written at most this often
};

struct Session {
  std::string token_hash;
  std::string user_id;
  std::string county_id;
  std::string csrf_token;
  std::int64_t created_ms = 0;
  std::int64_t last_seen_ms = 0;
};

class Sessions {
public:
  Sessions(store::Database& db, SessionPolicy policy) : db_(db), policy_(policy) {}
  // Returns the cookie token and the stored session.
  std::pair<std::string, Session> create(const std::string& user_id, const std::string& county_id);
  std::optional<Session> find(const std::string& token);
  void remove(const std::string& token);
  void remove_all_of_user(const std::string& user_id);
  [[nodiscard]] const SessionPolicy& policy() const { return policy_; }

private:
  store::Database& db_;
  SessionPolicy policy_;
};

struct ThrottlePolicy {
  std::int64_t window_ms = 15LL * 60 * 1000;
  std::int64_t max_per_account = 5;
  std::int64_t max_per_address = 30;
};

// Login attempts per account and per address within a window (security item 5).
//
// An attempt is reserved BEFORE the password is checked, in one write transaction with one
// `INSERT … ON CONFLICT DO UPDATE … RETURNING` per key (the window reset included), so the count
// and the check are one atomic step on both databases and across instances: at most
// max_per_account password checks per account per window, however many requests race. A refused
// attempt checks no password and leaves the address count as it was. A failed check keeps its
// reservation; a successful one clears the account's counter and gives the address its slot back.
// Blocked keys answer 429 until the window ends, even with the right password.
struct ThrottleDecision {
  bool allowed = true;
  std::int64_t retry_after_s = 0;  // when refused: seconds until the blocking window ends
  bool account_locked_now = false;  // this refusal is the account's first in its window
};

class LoginThrottle {
public:
  LoginThrottle(store::Database& db, ThrottlePolicy policy) : db_(db), policy_(policy) {}
  ThrottleDecision reserve(const std::string& username, const std::string& address);
  // The password was right: the account's counter is cleared, the address's slot returned.
  void success(const std::string& username, const std::string& address);
  [[nodiscard]] const ThrottlePolicy& policy() const { return policy_; }

private:
  store::Database& db_;
  ThrottlePolicy policy_;
};

}  // namespace soku::security
