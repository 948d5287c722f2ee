// security/sessions.cpp — session rows and throttle counters.
#include "security/sessions.h"

#include <algorithm>

#include "common/time.h"
#include "security/crypto.h"
#include "store/db.h"

namespace soku::security {

std::pair<std::string, Session> Sessions::create(const std::string& user_id,
                                                  const std::string& county_id) {
  const std::string token = random_token(32);
  Session s;
  s.token_hash = sha256_hex(token);
  s.user_id = user_id;
  s.county_id = county_id;
  s.csrf_token = random_token(32);
  s.created_ms = time::now_ms();
  s.last_seen_ms = s.created_ms;
  db_.write([&](store::Tx& tx) {
    // Expired sessions of anyone are swept here, so the table does not grow without bound.
    tx.exec("DELETE FROM sessions WHERE last_seen_ms < $1 OR created_ms < $2",
            {s.created_ms - policy_.idle_ms, s.created_ms - policy_.absolute_ms});
    tx.exec(
        "INSERT INTO sessions (token_hash, county_id, user_id, csrf_token, created_ms, "
        "last_seen_ms) VALUES ($1,$2,$3,$4,$5,$6)",
        {s.token_hash, s.county_id, s.user_id, s.csrf_token, s.created_ms, s.last_seen_ms});
  });
  return {token, s};
}

std::optional<Session> Sessions::find(const std::string& token) {
  if (token.empty() || token.size() > 128) return std::nullopt;
  const std::string hash = sha256_hex(token);
  const auto res = db_.query(
      "SELECT user_id, county_id, csrf_token, created_ms, last_seen_ms FROM sessions "
      "WHERE token_hash = $1",
      {hash});
  if (res.empty()) return std::nullopt;
  const auto& r = res.rows.front();
  Session s{hash, r.str(0), r.str(1), r.str(2), r.i64(3), r.i64(4)};
  const std::int64_t now = time::now_ms();
  if (now - s.last_seen_ms > policy_.idle_ms || now - s.created_ms > policy_.absolute_ms) {
    db_.exec("DELETE FROM sessions WHERE token_hash = $1", {hash});
    return std::nullopt;
  }
  if (now - s.last_seen_ms > policy_.touch_every_ms) {
    db_.exec("UPDATE sessions SET last_seen_ms = $1 WHERE token_hash = $2", {now, hash});
    s.last_seen_ms = now;
  }
  return s;
}

void Sessions::remove(const std::string& token) {
  db_.exec("DELETE FROM sessions WHERE token_hash = $1", {sha256_hex(token)});
}

void Sessions::remove_all_of_user(const std::string& user_id) {
  db_.exec("DELETE FROM sessions WHERE user_id = $1", {user_id});
}

namespace {
std::string account_key(const std::string& username) {
  std::string lower = username;
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return "u:" + sha256_hex(lower);
}
std::string address_key(const std::string& address) { return "a:" + sha256_hex(address); }
}  // namespace

std::int64_t LoginThrottle::blocked_for(const std::string& username, const std::string& address) {
  const std::int64_t now = time::now_ms();
  const auto res = db_.query(
      "SELECT throttle_key, window_start_ms, failures FROM login_attempts "
      "WHERE throttle_key = $1 OR throttle_key = $2",
      {account_key(username), address_key(address)});
  std::int64_t wait_ms = 0;
  for (const auto& r : res.rows) {
    const bool account = r.str(0).rfind("u:", 0) == 0;
    const std::int64_t limit = account ? policy_.max_per_account : policy_.max_per_address;
    const std::int64_t ends = r.i64(1) + policy_.window_ms;
    if (r.i64(2) >= limit && ends > now) wait_ms = std::max(wait_ms, ends - now);
  }
  return (wait_ms + 999) / 1000;
}

void LoginThrottle::failure(const std::string& username, const std::string& address) {
  const std::int64_t now = time::now_ms();
  db_.write([&](store::Tx& tx) {
    for (const auto& key : {account_key(username), address_key(address)}) {
      // A window that has ended starts again at 1; otherwise the counter grows.
      tx.exec(
          "INSERT INTO login_attempts (throttle_key, county_id, window_start_ms, failures) "
          "VALUES ($1, '', $2, 1) ON CONFLICT (throttle_key) DO UPDATE SET "
          "failures = CASE WHEN login_attempts.window_start_ms < $3 THEN 1 "
          "ELSE login_attempts.failures + 1 END, "
          "window_start_ms = CASE WHEN login_attempts.window_start_ms < $3 THEN $2 "
          "ELSE login_attempts.window_start_ms END",
          {key, now, now - policy_.window_ms});
    }
  });
}

void LoginThrottle::success(const std::string& username) {
  db_.exec("DELETE FROM login_attempts WHERE throttle_key = $1", {account_key(username)});
}

}  // namespace soku::security
