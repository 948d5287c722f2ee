// api/app.h — the application object and the per-request context every handler receives.
//
// Request pipeline, in order (http/server.cpp reads the bytes, App::dispatch does the rest):
//   request id → route match → session lookup → CSRF + Origin check (state-changing requests,
//   also the public ones such as the login whenever the cookie names a live session)
//   → temporary-password gate (403 password-change-required) → role/access check (client routes: api/access.h, before the handler runs) → handler
//   → problem+json mapping of typed errors → security headers → access log + metrics.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "http/message.h"
#include "http/metrics.h"
#include "http/router.h"
#include "security/access.h"
#include "security/audit_log.h"
#include "security/sessions.h"
#include "api/timeline.h"
#include "store/db.h"
#include "store/queries/users.h"

namespace soku::api {

struct AppConfig {
  std::string web_dir;                        // built web app (index.html, assets/); may be empty
  std::vector<std::string> allowed_origins;   // besides the request's own Host
  bool quiet = false;                         // no access log (benchmarks)
  security::SessionPolicy sessions;
  security::ThrottlePolicy throttle;
};

// The request's user: who they are (id, names, county, must_change_password) and what they may do.
struct User : store::users::Identity {
  security::Actor actor;
  std::vector<std::pair<security::RoleGrant, std::string>> grants_with_unit_names;
};

// What a client route's access check proved; the only way a handler learns it may touch the
// client. Constructed by api/access.cpp alone.
class ClientScope {
public:
  [[nodiscard]] const std::string& client_id() const { return client_id_; }
  [[nodiscard]] const std::string& county_id() const { return county_id_; }
  [[nodiscard]] security::Relationship relationship() const { return relationship_; }
  [[nodiscard]] bool may(security::Action action) const;  // a further action on the same client

private:
  friend class Access;
  std::string client_id_;
  std::string county_id_;
  security::Relationship relationship_ = security::Relationship::none;
  security::ClientFacts facts_;
  const security::Actor* actor_ = nullptr;
};

class App;

struct Ctx {
  App& app;
  http::Request& req;
  std::optional<User> user;
  std::optional<security::Session> session;
  std::optional<ClientScope> client;  // set for client routes before the handler runs

  [[nodiscard]] const User& me() const;
  // 403 unless the actor may do this non-client action in their county.
  void require(security::Action action) const;
  [[nodiscard]] bool can(security::Action action) const;
  [[nodiscard]] nlohmann::json body() const;  // parsed JSON object; 400 otherwise
  // An audit entry about this request's actor (not yet appended).
  [[nodiscard]] security::AuditEntry audit_entry(
      const std::string& client_id, const std::string& resource_type,
      const std::string& resource_id, const std::string& action,
      security::Relationship relationship, const std::string& outcome = "allowed",
      const std::string& reason = {}, bool flagged = false) const;
  // Appends to the audit log (blocks until durable).
  void audit(const std::string& client_id, const std::string& resource_type,
             const std::string& resource_id, const std::string& action,
             security::Relationship relationship, const std::string& outcome = "allowed",
             const std::string& reason = {}, bool flagged = false) const;
};

using CtxHandler = std::function<http::Response(Ctx&)>;
// For client routes whose {id} names a record about a client (a period, a goal, …): finds the
// client of that record, or nullopt (→ 404).
using ClientOf = std::function<std::optional<std::string>(store::Database&, const std::string& id)>;
// A ClientOf that looks the record up by id in `table` (which has a client_id column).
ClientOf client_of_table(store::Ident table);

enum class Gate {
  public_,   // no session needed
  session,   // any logged-in user (their own things: drafts, /me, logout)
  role,      // logged in, and the actor's roles allow the route's (non-client) action in their
             // county — checked by the pipeline before the handler runs; 403 otherwise
  client,    // logged in and the path's {id} names a client the actor may reach (see access)
};

// One route, declared with named fields (C++20 designated initialisers, in this order):
//
//   app.route({.method = "GET", .pattern = "/api/v1/clients/{id}/periods", .gate = Gate::client,
//              .action = Action::client_read, .resource_type = "period"},
//             [](Ctx& ctx) { ... });
//
// `action` is the access-policy action: checked by the pipeline for Gate::role and Gate::client.
// For Gate::client, `audit_action` is what the audit entry says (read, update, …), and
// `client_of` finds the client when {id} names a record about a client (a period, a goal, …).
struct RouteSpec {
  std::string method;
  std::string pattern;
  Gate gate = Gate::session;
  security::Action action = security::Action::client_read;
  std::string audit_action = "read";
  std::string resource_type = "client";
  std::size_t body_limit = http::kJsonBodyLimit;
  ClientOf client_of = {};
};

class App {
public:
  App(std::unique_ptr<store::Database> db, AppConfig config);
  ~App();

  http::Response dispatch(http::Request& req);
  [[nodiscard]] std::size_t body_limit(const std::string& method, const std::string& path) const;
  void rejected(const http::Request& req, int status);

  // Registration used by the api/*_api.cpp files.
  void route(RouteSpec spec, CtxHandler h);

  // A source of the client's timeline (api/timeline.h); one per type, registered by its resource.
  void timeline_source(std::string type, TimelineSource entries);
  [[nodiscard]] const std::vector<TimelineType>& timeline_types() const { return timeline_; }

  store::Database& db() { return *db_; }
  security::AuditLog& audit_log() { return *audit_; }
  security::Sessions& sessions() { return sessions_; }
  security::LoginThrottle& throttle() { return throttle_; }
  http::Metrics& metrics() { return metrics_; }
  const AppConfig& config() const { return config_; }
  const http::Router& router() const { return router_; }
  std::optional<User> load_user(const std::string& user_id);

private:
  http::Response handle(http::Request& req, const http::Route* route);
  http::Response serve_static(const http::Request& req);
  void load_static();

  std::unique_ptr<store::Database> db_;
  AppConfig config_;
  http::Metrics metrics_;
  std::unique_ptr<security::AuditLog> audit_;
  security::Sessions sessions_;
  security::LoginThrottle throttle_;
  http::Router router_;
  std::vector<TimelineType> timeline_;
  struct StaticFile {
    std::string content_type;
    std::string body;
    bool immutable = false;
  };
  std::map<std::string, StaticFile> static_files_;
};

// Every api/<name>_api.cpp defines `void register_<name>(App&)`, which registers that resource's
// routes. The build collects them (cmake/collect_resources.cmake → generated/api/resources.cpp);
// App's constructor calls this one function, so adding a resource edits no central list.
void register_resources(App& app);

}  // namespace soku::api
