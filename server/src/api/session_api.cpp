// api/session_api.cpp — login (POST /session), logout (DELETE /session), GET /me and the user's
// own password (PUT /me/password), and the code lists (GET /codes).
#include "api/accounts.h"
#include "api/app.h"
#include "api/fields.h"
#include "api/json.h"
#include "common/time.h"
#include "domain/codes.h"
#include "security/password.h"

namespace soku::api {

using http::Problem;
using http::Response;

namespace {
constexpr std::string_view kCookieAttrs = "; Path=/; Secure; HttpOnly; SameSite=Strict";

// Verified when the username does not exist, so both paths cost one Argon2id verification and
// timing does not tell which usernames exist.
const std::string& dummy_hash() {
  static const std::string h = security::hash_password("soku-dummy-password-never-valid");
  return h;
}

// The actions not about one client that the user's roles permit in their county, as
// security::authorize() decides them (the web app offers pages and buttons by these; the server
// still checks every request).
nlohmann::json permitted_actions(const User& u) {
  auto actions = nlohmann::json::array();
  for (const auto action : security::kAllActions) {
    if (security::is_client_action(action)) continue;
    if (security::authorize(u.actor, action, u.county_id, nullptr).allowed) {
      actions.push_back(security::to_string(action));
    }
  }
  return actions;
}

Response me_response(const User& u, const std::string& csrf) {
  auto user = user_json(u);
  user["actions"] = permitted_actions(u);
  return Response::json(200, {{"user", user},
                              {"csrf_token", csrf},
                              {"password_change_required", u.must_change_password}});
}

// Reserves one password check for (username, address) with the login throttle, or answers 429.
// The first refusal of an existing account in a window is a login_locked entry in the audit log.
std::optional<Response> reserve_password_check(Ctx& ctx, const std::string& username) {
  const auto d = ctx.app.throttle().reserve(username, ctx.req.remote_address);
  if (d.allowed) return std::nullopt;
  if (d.account_locked_now) {
    const auto u = ctx.app.db().query("SELECT id, county_id FROM users WHERE username = $1",
                                      {username});
    if (!u.empty()) {
      const std::int64_t minutes = ctx.app.throttle().policy().window_ms / 60000;
      audit_account_events(ctx.app.audit_log(), AccountActor{"", "", ctx.req.request_id},
                           u.rows[0].str(1), u.rows[0].str(0),
                           {{"login_locked", "too many failed password checks; locked for " +
                                                 std::to_string(minutes) + " min"}});
    }
  }
  Problem p(429, "throttled", "Too many failed logins", "Wait before trying again.");
  Response r = Response::json(429, http::problem_json(p, ctx.req.request_id));
  r.content_type = "application/problem+json";
  r.headers.emplace_back("Retry-After", std::to_string(d.retry_after_s));
  return r;
}
}  // namespace

void register_session(App& app) {
  app.route("POST", "/api/v1/session", Gate::public_, [](Ctx& ctx) {
    const auto body = ctx.body();
    Fields f(body);
    const auto username = f.text("username", true, 100);
    // The password is taken as typed: never trimmed (user creation does not trim it either).
    std::string password_raw;
    if (!body.contains("password") || !body["password"].is_string() ||
        body["password"].get<std::string>().empty()) {
      f.error("password", "is required");
    } else {
      password_raw = body["password"].get<std::string>();
      if (password_raw.size() > 4096) f.error("password", "is too long");
    }
    const auto* password = &password_raw;
    f.finish();
    // The attempt is counted before the password is checked (see LoginThrottle).
    if (auto refused = reserve_password_check(ctx, *username)) return *refused;
    const auto row = ctx.app.db().query(
        "SELECT id, password_hash, county_id FROM users WHERE username = $1 AND active = 1",
        {*username});
    const bool found = !row.empty();
    const bool ok = security::verify_password(found ? row.rows[0].str(1) : dummy_hash(), *password);
    if (!found || !ok) throw Problem(401, "bad-credentials", "Wrong username or password");
    ctx.app.throttle().success(*username, ctx.req.remote_address);
    // The pipeline has already required this session's CSRF token when the cookie names one.
    if (auto old = ctx.req.cookie("__Host-soku")) ctx.app.sessions().remove(*old);
    auto [token, session] = ctx.app.sessions().create(row.rows[0].str(0), row.rows[0].str(2));
    auto user = ctx.app.load_user(session.user_id);
    if (!user) throw Problem::unauthorized();
    Response r = me_response(*user, session.csrf_token);
    r.headers.emplace_back("Set-Cookie", "__Host-soku=" + token + std::string(kCookieAttrs));
    return r;
  });

  app.route("DELETE", "/api/v1/session", Gate::session, [](Ctx& ctx) {
    if (auto token = ctx.req.cookie("__Host-soku")) ctx.app.sessions().remove(*token);
    Response r = Response::no_content();
    r.headers.emplace_back("Set-Cookie", "__Host-soku=" + std::string(kCookieAttrs) + "; Max-Age=0");
    return r;
  });

  app.route("GET", "/api/v1/me", Gate::session,
            [](Ctx& ctx) { return me_response(ctx.me(), ctx.session->csrf_token); });

  // Every code list the server validates against, with fi/sv/en labels (domain/codes.h).
  app.route("GET", "/api/v1/codes", Gate::session, [](Ctx&) {
    static const nlohmann::json body = [] {
      nlohmann::json lists = nlohmann::json::object();
      for (const auto& name : domain::code_list_names()) lists[name] = nlohmann::json::array();
      for (const auto& c : domain::code_table()) {
        lists[std::string(c.list)].push_back(
            {{"code", std::string(c.code)}, {"fi", std::string(c.fi)}, {"sv", std::string(c.sv)}, {"en", std::string(c.en)}});
      }
      return nlohmann::json{{"lists", lists}};
    }();
    return Response::json(200, body);
  });

  // The user sets their own password (required after an admin set a temporary one). The current
  // password is checked like a login (throttled), the new one must meet the policy and differ.
  app.route("PUT", "/api/v1/me/password", Gate::session, [](Ctx& ctx) {
    const auto body = ctx.body();
    Fields f(body);
    const auto take = [&](const char* field) -> std::string {
      if (!body.contains(field) || !body[field].is_string() || body[field].get<std::string>().empty()) {
        f.error(field, "is required");
        return {};
      }
      auto s = body[field].get<std::string>();
      if (s.size() > 4096) f.error(field, "is too long");
      return s;
    };
    const std::string current = take("current_password");
    const std::string next = take("new_password");
    if (!next.empty()) {
      if (auto why = security::password_policy_error(next); !why.empty()) {
        f.error("new_password", why);
      } else if (next == current) {
        f.error("new_password", "must differ from the current password");
      }
    }
    f.finish();
    const User& me = ctx.me();
    if (auto refused = reserve_password_check(ctx, me.username)) return *refused;
    const auto row = ctx.app.db().query(
        "SELECT password_hash FROM users WHERE id = $1 AND active = 1", {me.id});
    if (row.empty() || !security::verify_password(row.rows[0].str(0), current)) {
      throw Problem::invalid({{"current_password", "is not your current password"}});
    }
    ctx.app.throttle().success(me.username, ctx.req.remote_address);
    const std::string hash = security::hash_password(next);  // slow: outside the tx
    ctx.app.db().write([&](store::Tx& tx) {
      tx.exec("UPDATE users SET password_hash = $1, must_change_password = 0, updated_at = $2 "
              "WHERE id = $3",
              {hash, time::now_iso(), me.id});
      // Every other session of the user ends; this one goes on.
      tx.exec("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2",
              {me.id, ctx.session->token_hash});
    });
    ctx.audit("", "user", me.id, "password_change", security::Relationship::none, "allowed",
              me.must_change_password ? "replaced a temporary password" : "");
    return Response::no_content();
  });
}

}  // namespace soku::api
