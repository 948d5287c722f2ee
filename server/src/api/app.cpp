// api/app.cpp — the request pipeline (see app.h for the order of its stages) and static files.
#include "api/app.h"

#include <chrono>
#include <stdexcept>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "api/access.h"
#include "common/log.h"
#include "domain/text.h"
#include "security/crypto.h"
#include "store/queries/records.h"
#include "store/queries/users.h"

namespace soku::api {

using http::Problem;
using http::Response;

namespace {

constexpr std::string_view kCookie = "__Host-soku";

bool valid_request_id(const std::string& s) {
  if (s.empty() || s.size() > 64) return false;
  for (char c : s) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_' && c != '.') {
      return false;
    }
  }
  return true;
}

// The routes a user with a temporary password may call; every other non-public route answers 403
// password-change-required until they have set their own.
bool allowed_with_temporary_password(const std::string& method, const std::string& pattern) {
  return (method == "GET" && pattern == "/api/v1/me") ||
         (method == "DELETE" && pattern == "/api/v1/session") ||
         (method == "PUT" && pattern == "/api/v1/me/password");
}

bool is_mutation(const std::string& m) {
  return m == "POST" || m == "PUT" || m == "PATCH" || m == "DELETE";
}

void security_headers(Response& r, bool api) {
  r.headers.emplace_back("X-Content-Type-Options", "nosniff");
  r.headers.emplace_back("Referrer-Policy", "no-referrer");
  r.headers.emplace_back("X-Frame-Options", "DENY");
  r.headers.emplace_back("Cross-Origin-Opener-Policy", "same-origin");
  r.headers.emplace_back("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  r.headers.emplace_back(
      "Content-Security-Policy",
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
      "img-src 'self' data:; connect-src 'self'; font-src 'self' data:; object-src 'none'; "
      "base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
  if (api) r.headers.emplace_back("Cache-Control", "no-store");
}

std::string content_type_for(const std::string& path) {
  const auto ext = std::filesystem::path(path).extension().string();
  if (ext == ".html") return "text/html; charset=utf-8";
  if (ext == ".js" || ext == ".mjs") return "text/javascript; charset=utf-8";
  if (ext == ".css") return "text/css; charset=utf-8";
  if (ext == ".json") return "application/json";
  if (ext == ".svg") return "image/svg+xml";
  if (ext == ".png") return "image/png";
  if (ext == ".ico") return "image/x-icon";
  if (ext == ".woff2") return "font/woff2";
  if (ext == ".woff") return "font/woff";
  if (ext == ".txt") return "text/plain; charset=utf-8";
  return "application/octet-stream";
}

std::string origin_of_host(const std::string& scheme, const std::string& host) {
  return scheme + "://" + host;
}

}  // namespace

App::App(std::unique_ptr<store::Database> db, AppConfig config)
    : db_(std::move(db)),
      config_(std::move(config)),
      sessions_(*db_, config_.sessions),
      throttle_(*db_, config_.throttle) {
  audit_ = std::make_unique<security::AuditLog>(
      *db_, [this](std::int64_t e, std::int64_t b) { metrics_.count_audit(e, b); });
  register_resources(*this);
  load_static();
}

App::~App() = default;

void App::route(RouteSpec spec, CtxHandler h) {
  const auto& method = spec.method;
  const auto& pattern = spec.pattern;
  const Gate gate = spec.gate;
  const security::Action action = spec.action;
  std::string access = gate == Gate::public_   ? "public"
                       : gate == Gate::session ? "session"
                       : gate == Gate::role    ? "role:" + std::string(security::to_string(action))
                                               : "client:" + std::string(security::to_string(action));
  const bool temporary_ok =
      gate == Gate::public_ || allowed_with_temporary_password(method, pattern);
  auto handler = [this, gate, temporary_ok, h = std::move(h), action,
                  audit_action = std::move(spec.audit_action),
                  resource_type = std::move(spec.resource_type),
                  client_of = std::move(spec.client_of)](http::Request& req) -> Response {
    Ctx ctx{*this, req, std::nullopt, std::nullopt, std::nullopt};
    // Session: looked up for every route, required unless public.
    if (auto token = req.cookie(std::string(kCookie)); token && !token->empty()) {
      if (auto s = sessions_.find(*token)) {
        ctx.user = load_user(s->user_id);
        if (ctx.user) ctx.session = std::move(s);
      }
    }
    if (gate != Gate::public_ && !ctx.user) throw Problem::unauthorized();
    if (is_mutation(req.method) && ctx.session) {
      // CSRF: the token from the session must come back in a header (SameSite=Strict is the
      // first line; this is the second). Origin, when sent, must be this site. Also on public
      // routes: a login that comes with a live session's cookie must carry that session's token
      // (a cookie that names no live session does not block a login).
      const std::string sent = req.header("x-csrf-token");
      if (sent.empty() || !security::equal_constant_time(sent, ctx.session->csrf_token)) {
        throw Problem(403, "csrf", "CSRF token missing or wrong",
                      "Send the X-CSRF-Token header you received at login.");
      }
    }
    if (ctx.user && ctx.user->must_change_password && !temporary_ok) {
      throw Problem(403, "password-change-required", "Password change required",
                    "Set your own password first: PUT /api/v1/me/password.");
    }
    if (gate == Gate::role) ctx.require(action);
    if (gate == Gate::client) {
      std::string client_id = req.param("id");
      if (client_of) {
        const auto found = client_of(*db_, client_id);
        if (!found) throw Problem::not_found();
        client_id = *found;
      }
      ctx.client = Access::require(ctx, client_id, action, audit_action, resource_type,
                                   req.param("id"));
    }
    return h(ctx);
  };
  router_.add({method, pattern, std::move(handler), spec.body_limit, std::move(access)});
}

void App::timeline_source(std::string type, TimelineSource entries) {
  for (const auto& t : timeline_) {
    if (t.type == type) throw std::logic_error("timeline type registered twice: " + type);
  }
  timeline_.push_back({std::move(type), std::move(entries)});
}

ClientOf client_of_table(store::Ident table) {
  return [table](store::Database& db, const std::string& id) -> std::optional<std::string> {
    std::optional<std::string> out;
    db.read([&](store::Tx& tx) { out = store::records::client_of(tx, table, id); });
    return out;
  };
}

std::size_t App::body_limit(const std::string& method, const std::string& path) const {
  return router_.body_limit(method, path);
}

void App::rejected(const http::Request& req, int status) {
  metrics_.observe(status, 0);
  if (!config_.quiet) {
    log::info("rejected", {{"method", req.method}, {"status", status}});
  }
}

Response App::dispatch(http::Request& req) {
  const auto started = std::chrono::steady_clock::now();
  const std::string incoming = req.header("x-request-id");
  req.request_id = valid_request_id(incoming) ? incoming : security::random_token(12);
  std::map<std::string, std::string> params;
  bool mismatch = false;
  const http::Route* route = nullptr;
  Response resp;
  std::string route_name;
  try {
    if (!req.raw_query.empty()) req.query = http::parse_query(req.raw_query);
    route = router_.match(req.method, req.path, params, mismatch);
    // Parameters reach SQL as text: refuse control characters and invalid UTF-8 before a handler
    // sees them (PostgreSQL would answer an error, SQLite would store what it got).
    for (const auto* map : {&params, &req.query}) {
      for (const auto& [name, value] : *map) {
        if (auto why = domain::text_problem(value, domain::TextKind::line)) {
          throw Problem(400, "bad-parameter", "Malformed parameter", "",
                        {{domain::valid_utf8(name) ? name : "parameter", *why}});
        }
      }
    }
    req.path_params = std::move(params);
    route_name = route != nullptr ? route->pattern : "";
    resp = handle(req, route);
    if (route == nullptr && resp.status == 404 && mismatch) {
      Problem p(405, "method-not-allowed", "Method not allowed");
      resp = Response::json(405, http::problem_json(p, req.request_id));
      resp.content_type = "application/problem+json";
      resp.headers.emplace_back("Allow", router_.allowed_methods(req.path));
    }
  } catch (const Problem& p) {
    resp = Response::json(p.status, http::problem_json(p, req.request_id));
    resp.content_type = "application/problem+json";
  } catch (const store::NotFound& ex) {
    // Result::one() found no row (e.g. the record was removed between the access check and the
    // read): the resource is not there, which is a 404, not a server error. Logged, because a
    // row that must always exist (the audit head) going missing surfaces here too.
    log::warn("not found", {{"request_id", req.request_id}, {"route", route_name},
                            {"error", ex.what()}});
    Problem p = Problem::not_found();
    resp = Response::json(404, http::problem_json(p, req.request_id));
    resp.content_type = "application/problem+json";
  } catch (const store::UniqueViolation&) {
    Problem p = Problem::conflict("duplicate", "A record with the same key exists.");
    resp = Response::json(409, http::problem_json(p, req.request_id));
    resp.content_type = "application/problem+json";
  } catch (const store::StaleVersion&) {
    // store::update_versioned() changed no row: someone else saved this version first.
    Problem p = Problem::conflict("stale-version",
                                  "The record was changed by someone else. Reload it.",
                                  {{"version", "is not the current version"}});
    resp = Response::json(409, http::problem_json(p, req.request_id));
    resp.content_type = "application/problem+json";
  } catch (const store::SerializationFailure&) {
    // Still failing after the backend's retries (store::Database::write).
    Problem p(503, "busy", "Service busy", "Try again in a moment.");
    resp = Response::json(503, http::problem_json(p, req.request_id));
    resp.content_type = "application/problem+json";
    resp.headers.emplace_back("Retry-After", "1");
  } catch (const store::PoolTimeout&) {
    Problem p(503, "busy", "Service busy", "Try again in a moment.");
    resp = Response::json(503, http::problem_json(p, req.request_id));
    resp.content_type = "application/problem+json";
    resp.headers.emplace_back("Retry-After", "1");
  } catch (const std::exception& ex) {
    // The message may name a table or a constraint, never a value: values are bound parameters.
    log::error("unhandled", {{"request_id", req.request_id}, {"route", route_name},
                             {"error", ex.what()}});
    Problem p(500, "internal", "Internal error",
              "Something went wrong. Quote the request id when reporting it.");
    resp = Response::json(500, http::problem_json(p, req.request_id));
    resp.content_type = "application/problem+json";
  }
  const bool api = req.path.rfind("/api/", 0) == 0;
  security_headers(resp, api || req.path == "/metrics" || req.path == "/healthz");
  resp.headers.emplace_back("X-Request-Id", req.request_id);
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  metrics_.observe(resp.status, secs);
  if (!config_.quiet) {
    // No query string, no body, no names: the route pattern names the resource kind only.
    log::info("request", {{"request_id", req.request_id},
                          {"method", req.method},
                          {"route", route != nullptr ? route->pattern : (api ? "?" : "static")},
                          {"status", resp.status},
                          {"ms", static_cast<double>(static_cast<int>(secs * 1e5)) / 100.0}});
  }
  return resp;
}

Response App::handle(http::Request& req, const http::Route* route) {
  if (route == nullptr) {
    const bool api = req.path.rfind("/api/", 0) == 0;
    if (!api && (req.method == "GET" || req.method == "HEAD")) return serve_static(req);
    Problem p = Problem::not_found();
    Response r = Response::json(404, http::problem_json(p, req.request_id));
    r.content_type = "application/problem+json";
    return r;
  }
  if (is_mutation(req.method)) {
    // Origin check for browsers: a cross-site form or fetch is refused before anything runs.
    const std::string origin = req.header("origin");
    if (!origin.empty()) {
      const std::string host = req.header("host");
      bool ok = origin == origin_of_host("http", host) || origin == origin_of_host("https", host);
      for (const auto& allowed : config_.allowed_origins) ok = ok || origin == allowed;
      if (!ok) throw Problem(403, "origin", "Cross-origin request refused");
    }
  }
  return route->handler(req);
}

void App::load_static() {
  if (config_.web_dir.empty()) return;
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(config_.web_dir, ec)) {
    log::warn("web directory missing; only the API is served", {{"web_dir", config_.web_dir}});
    return;
  }
  for (const auto& entry : fs::recursive_directory_iterator(config_.web_dir, ec)) {
    if (!entry.is_regular_file()) continue;
    const auto rel = "/" + fs::relative(entry.path(), config_.web_dir).generic_string();
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    static_files_[rel] = {content_type_for(rel), ss.str(), rel.rfind("/assets/", 0) == 0};
  }
}

Response App::serve_static(const http::Request& req) {
  auto it = static_files_.find(req.path);
  // The web app routes on the client side: unknown paths without an extension get index.html.
  if (it == static_files_.end() && req.path.find('.') == std::string::npos) {
    it = static_files_.find("/index.html");
  }
  if (it == static_files_.end()) {
    Problem p = Problem::not_found();
    Response r = Response::json(404, http::problem_json(p, req.request_id));
    r.content_type = "application/problem+json";
    return r;
  }
  Response r;
  r.status = 200;
  r.content_type = it->second.content_type;
  r.body = it->second.body;
  r.headers.emplace_back("Cache-Control", it->second.immutable ? "public, max-age=31536000, immutable"
                                                               : "no-cache");
  return r;
}

std::optional<User> App::load_user(const std::string& user_id) {
  std::optional<store::users::SessionUser> row;
  db_->read([&](store::Tx& tx) { row = store::users::active(tx, user_id); });
  if (!row) return std::nullopt;
  User user{*row, {}, {}};  // the identity part of the row; actor and grants follow
  user.actor.user_id = user.id;
  for (const auto& g : row->roles) {
    const auto role = security::role_from_string(g.role);
    if (!role) continue;
    security::RoleGrant grant{*role, g.county_id, g.unit_id};
    user.actor.grants.push_back(grant);
    user.grants_with_unit_names.emplace_back(grant, g.unit_name);
  }
  return user;
}

// ---- Ctx ----

const User& Ctx::me() const {
  if (!user) throw Problem::unauthorized();
  return *user;
}

bool Ctx::can(security::Action action) const {
  if (!user) return false;
  return security::authorize(user->actor, action, user->county_id, nullptr).allowed;
}

void Ctx::require(security::Action action) const {
  if (!can(action)) throw Problem::forbidden();
}

namespace {
// Every string in a body (keys too), wherever it is nested, is valid UTF-8 without control
// characters other than tab, CR and LF; a field that holds one line refuses those too (Fields).
void check_strings(const nlohmann::json& j, const std::string& path,
                   std::vector<http::FieldError>& errors) {
  if (errors.size() >= 20) return;
  if (j.is_string()) {
    if (auto why = domain::text_problem(j.get_ref<const std::string&>(), domain::TextKind::loose)) {
      errors.push_back({path.empty() ? "body" : path, *why});
    }
  } else if (j.is_object()) {
    for (const auto& [key, value] : j.items()) {
      if (auto why = domain::text_problem(key, domain::TextKind::line)) {
        errors.push_back({path.empty() ? "body" : path, "has a member name that " + *why});
        continue;
      }
      check_strings(value, path.empty() ? key : path + "." + key, errors);
    }
  } else if (j.is_array()) {
    std::size_t i = 0;
    for (const auto& item : j) check_strings(item, path + "[" + std::to_string(i++) + "]", errors);
  }
}
}  // namespace

nlohmann::json Ctx::body() const {
  // Depth first, before parsing: a deeply nested document would later overflow the stack of the
  // recursive serialiser (dump) and take the whole process down. No stored JSON is deeper.
  if (domain::json_depth(req.body) > domain::kMaxJsonDepth) {
    throw Problem(400, "json-too-deep", "JSON nested too deeply",
                  "Arrays and objects may be nested at most " +
                      std::to_string(domain::kMaxJsonDepth) + " levels deep.",
                  {{"body", "is nested too deeply"}});
  }
  nlohmann::json j = nlohmann::json::parse(req.body, nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    throw Problem::bad_request("The body must be a JSON object.");
  }
  std::vector<http::FieldError> errors;
  check_strings(j, "", errors);
  if (!errors.empty()) throw Problem::invalid(std::move(errors));
  return j;
}

security::AuditEntry Ctx::audit_entry(const std::string& client_id,
                                     const std::string& resource_type,
                                     const std::string& resource_id, const std::string& action,
                                     security::Relationship relationship,
                                     const std::string& outcome, const std::string& reason,
                                     bool flagged) const {
  security::AuditEntry e;
  const User& u = me();
  e.county_id = u.county_id;
  e.actor_id = u.id;
  std::string roles;
  for (const auto& g : u.actor.grants) {
    const auto name = std::string(security::to_string(g.role));
    if (roles.find(name) == std::string::npos) roles += (roles.empty() ? "" : ",") + name;
  }
  e.actor_role = roles;
  e.client_id = client_id;
  e.resource_type = resource_type;
  e.resource_id = resource_id;
  e.action = action;
  e.relationship = std::string(security::to_string(relationship));
  e.reason = reason;
  e.request_id = req.request_id;
  e.outcome = outcome;
  e.flagged = flagged;
  return e;
}

void Ctx::audit(const std::string& client_id, const std::string& resource_type,
                const std::string& resource_id, const std::string& action,
                security::Relationship relationship, const std::string& outcome,
                const std::string& reason, bool flagged) const {
  app.audit_log().append(audit_entry(client_id, resource_type, resource_id, action, relationship,
                                     outcome, reason, flagged));
}

}  // namespace soku::api
