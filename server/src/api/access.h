// api/access.h — the choke point between handlers and client data.
//
// Access::require() computes the facts about (actor, client) from the database, asks the pure
// policy security::authorize(), appends the audit entry (allowed or denied) and returns a
// ClientScope, or throws 404 — the same answer whether the client does not exist or the actor
// may not know it does. App::route(…, Gate::client, …) calls it before every client handler.
#pragma once

#include <string>

#include "api/app.h"

namespace soku::api {

class Access {
public:
  static ClientScope require(Ctx& ctx, const std::string& client_id, security::Action action,
                             const std::string& audit_action, const std::string& resource_type,
                             const std::string& resource_id);
  // Facts for a client that exists (county, unit, relationships of this actor).
  static std::optional<security::ClientFacts> facts(store::Database& db, const std::string& client_id,
                                                    const std::string& user_id,
                                                    std::string* reason);
  static bool may(const ClientScope& scope, security::Action action);
  // The clients this request's actor may see in a list whose entries need `action`, as a SQL
  // condition on the clients table under `alias` (parameters appended to `params`). Derived from
  // the policy itself (security/scope.h): every list of many clients takes its set from here and
  // writes no relationship or role condition of its own.
  static std::string list_condition(const Ctx& ctx, security::Action action, store::Params& params,
                                    const std::string& alias = "c");
};

}  // namespace soku::api
