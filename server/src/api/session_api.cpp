// api/session_api.cpp — login (POST /session), logout (DELETE /session) and GET /me.
#include "api/app.h"
#include "api/fields.h"
#include "api/json.h"
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

Response me_response(const User& u, const std::string& csrf) {
  return Response::json(200, {{"user", user_json(u)}, {"csrf_token", csrf}});
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
    auto& throttle = ctx.app.throttle();
    if (const auto wait = throttle.blocked_for(*username, ctx.req.remote_address); wait > 0) {
      Problem p(429, "throttled", "Too many failed logins",
                "Wait before trying again.");
      Response r = Response::json(429, http::problem_json(p, ctx.req.request_id));
      r.content_type = "application/problem+json";
      r.headers.emplace_back("Retry-After", std::to_string(wait));
      return r;
    }
    const auto row = ctx.app.db().query(
        "SELECT id, password_hash, county_id FROM users WHERE username = $1 AND active = 1",
        {*username});
    const bool found = !row.empty();
    const bool ok = security::verify_password(found ? row.rows[0].str(1) : dummy_hash(), *password);
    if (!found || !ok) {
      throttle.failure(*username, ctx.req.remote_address);
      throw Problem(401, "bad-credentials", "Wrong username or password");
    }
    throttle.success(*username);
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
}

}  // namespace soku::api
