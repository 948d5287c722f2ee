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

ThrottleDecision LoginThrottle::reserve(const std::string& username, const std::string& address) {
  const std::int64_t now = time::now_ms();
  const std::string account = account_key(username);
  const std::string addr = address_key(address);
  ThrottleDecision d;
  db_.write([&](store::Tx& tx) {
    d = ThrottleDecision{};
    // One statement per key: the row is locked (PostgreSQL) or the writer is single (SQLite) from
    // the increment to the commit, so no two requests see the same count. A window that has ended
    // starts again at 1.
    const auto bump = [&](const std::string& key) {
      return tx
          .exec(
              "INSERT INTO login_attempts (throttle_key, county_id, window_start_ms, failures) "
              "VALUES ($1, '', $2, 1) ON CONFLICT (throttle_key) DO UPDATE SET "
              "failures = CASE WHEN login_attempts.window_start_ms < $3 THEN 1 "
              "ELSE login_attempts.failures + 1 END, "
              "window_start_ms = CASE WHEN login_attempts.window_start_ms < $3 THEN $2 "
              "ELSE login_attempts.window_start_ms END "
              "RETURNING failures, window_start_ms",
              {key, now, now - policy_.window_ms})
          .one();
    };
    const auto a = bump(account);  // always in this order (account, address): no deadlock
    const auto b = bump(addr);
    const bool account_over = a.i64(0) > policy_.max_per_account;
    const bool address_over = b.i64(0) > policy_.max_per_address;
    if (!account_over && !address_over) return;
    d.allowed = false;
    std::int64_t wait_ms = 0;
    if (account_over) wait_ms = std::max(wait_ms, a.i64(1) + policy_.window_ms - now);
    if (address_over) wait_ms = std::max(wait_ms, b.i64(1) + policy_.window_ms - now);
    d.retry_after_s = std::max<std::int64_t>(1, (wait_ms + 999) / 1000);
    // A refused attempt checks no password, so it spends nothing of the address's budget; nor of
    // the account's when only the address is over. An account that is over keeps its count, so
    // that exactly one refusal per window sees limit + 1: the moment the account is locked.
    tx.exec("UPDATE login_attempts SET failures = failures - 1 WHERE throttle_key = $1", {addr});
    if (!account_over) {
      tx.exec("UPDATE login_attempts SET failures = failures - 1 WHERE throttle_key = $1",
              {account});
    }
    d.account_locked_now = account_over && a.i64(0) == policy_.max_per_account + 1;
  });
  return d;
}

void LoginThrottle::success(const std::string& username, const std::string& address) {
  db_.write([&](store::Tx& tx) {
    tx.exec("DELETE FROM login_attempts WHERE throttle_key = $1", {account_key(username)});
    tx.exec("UPDATE login_attempts SET failures = failures - 1 "
            "WHERE throttle_key = $1 AND failures > 0",
            {address_key(address)});
  });
}

}  // namespace soku::security
