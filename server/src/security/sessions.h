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

// Failed logins per account and per address within a window. Blocked keys answer 429 until the
// window ends, even with the right password (so guessing cannot continue).
class LoginThrottle {
public:
  LoginThrottle(store::Database& db, ThrottlePolicy policy) : db_(db), policy_(policy) {}
  // Seconds to wait when blocked, 0 when allowed.
  std::int64_t blocked_for(const std::string& username, const std::string& address);
  void failure(const std::string& username, const std::string& address);
  void success(const std::string& username);

private:
  store::Database& db_;
  ThrottlePolicy policy_;
};

}  // namespace soku::security
