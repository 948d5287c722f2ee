// api/session_api.cpp — login (POST /session), logout (DELETE /session), GET /me and the user's
// own password (PUT /me/password), and the code lists (GET /codes).
#include "api/accounts.h"
#include "api/app.h"
#include "api/fields.h"
#include "api/json.h"
#include "common/time.h"
#include "domain/accounts.h"
#include "domain/codes.h"
#include "security/password.h"
#include "store/queries/users.h"

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
    std::optional<store::users::Login> u;
    ctx.app.db().read([&](store::Tx& tx) { u = store::users::find_by_username(tx, username); });
    if (u) {
      const std::int64_t minutes = ctx.app.throttle().policy().window_ms / 60000;
      audit_account_events(ctx.app.audit_log(), AccountActor{"", "", ctx.req.request_id},
                           u->county_id, u->id,
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
  app.route({.method = "POST", .pattern = "/api/v1/session", .gate = Gate::public_}, [](Ctx& ctx) {
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
    std::optional<store::users::Login> login;
    ctx.app.db().read(
        [&](store::Tx& tx) { login = store::users::find_active_login(tx, *username); });
    const bool found = login.has_value();
    const bool ok =
        security::verify_password(found ? login->password_hash : dummy_hash(), *password);
    if (!found || !ok) throw Problem(401, "bad-credentials", "Wrong username or password");
    ctx.app.throttle().success(*username, ctx.req.remote_address);
    // The pipeline has already required this session's CSRF token when the cookie names one.
    if (auto old = ctx.req.cookie("__Host-soku")) ctx.app.sessions().remove(*old);
    auto [token, session] = ctx.app.sessions().create(login->id, login->county_id);
    auto user = ctx.app.load_user(session.user_id);
    if (!user) throw Problem::unauthorized();
    Response r = me_response(*user, session.csrf_token);
    r.headers.emplace_back("Set-Cookie", "__Host-soku=" + token + std::string(kCookieAttrs));
    return r;
  });

  app.route({.method = "DELETE", .pattern = "/api/v1/session"}, [](Ctx& ctx) {
    if (auto token = ctx.req.cookie("__Host-soku")) ctx.app.sessions().remove(*token);
    Response r = Response::no_content();
    r.headers.emplace_back("Set-Cookie", "__Host-soku=" + std::string(kCookieAttrs) + "; Max-Age=0");
    return r;
  });

  app.route({.method = "GET", .pattern = "/api/v1/me"},
            [](Ctx& ctx) { return me_response(ctx.me(), ctx.session->csrf_token); });

  // Every code list the server validates against, with fi/sv/en labels (domain/codes.h).
  app.route({.method = "GET", .pattern = "/api/v1/codes"}, [](Ctx&) {
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
  app.route({.method = "PUT", .pattern = "/api/v1/me/password"}, [](Ctx& ctx) {
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
      if (auto why =
              domain::new_password_problem(current, next, security::password_policy_error(next))) {
        f.error("new_password", *why);
      }
    }
    f.finish();
    const User& me = ctx.me();
    if (auto refused = reserve_password_check(ctx, me.username)) return *refused;
    std::optional<store::users::Login> login;
    ctx.app.db().read(
        [&](store::Tx& tx) { login = store::users::find_active_login_by_id(tx, me.id); });
    if (!login || !security::verify_password(login->password_hash, current)) {
      throw Problem::invalid({{"current_password", "is not your current password"}});
    }
    ctx.app.throttle().success(me.username, ctx.req.remote_address);
    const std::string hash = security::hash_password(next);  // slow: outside the tx
    ctx.app.db().write([&](store::Tx& tx) {
      store::users::set_password(tx, me.id, hash,
                                 domain::must_change_password(domain::PasswordChosenBy::holder),
                                 time::now_iso());
      // Every other session of the user ends; this one goes on.
      store::users::end_sessions(tx, me.id, ctx.session->token_hash);
    });
    ctx.audit("", "user", me.id, "password_change", security::Relationship::none, "allowed",
              me.must_change_password ? "replaced a temporary password" : "");
    return Response::no_content();
  });
}

}  // namespace soku::api
