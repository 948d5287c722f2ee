// api/access.cpp — relationship facts from the database + the policy + the audit entry.
#include "api/access.h"

#include "security/scope.h"

namespace soku::api {

using security::Action;
using security::Relationship;

std::optional<security::ClientFacts> Access::facts(store::Database& db,
                                                   const std::string& client_id,
                                                   const std::string& user_id,
                                                   std::string* reason) {
  std::optional<security::ClientFacts> out;
  const auto times = security::fact_times_now();
  db.read([&](store::Tx& tx) { out = security::load_facts(tx, client_id, user_id, times, reason); });
  return out;
}

std::string Access::list_condition(const Ctx& ctx, Action action, store::Params& params,
                                   const std::string& alias) {
  const User& me = ctx.me();
  const auto scope = security::list_scope(me.actor, action, me.county_id);
  return security::sql_condition(scope, me.id, security::fact_times_now(), params, alias);
}

ClientScope Access::require(Ctx& ctx, const std::string& client_id, Action action,
                            const std::string& audit_action, const std::string& resource_type,
                            const std::string& resource_id) {
  const User& me = ctx.me();
  std::string reason;
  auto f = facts(ctx.app.db(), client_id, me.id, &reason);
  if (!f) throw http::Problem::not_found("No such client.");
  const auto decision = security::authorize(me.actor, action, f->county_id, &*f);
  const bool reasoned = decision.relationship == Relationship::unit_member_with_reason;
  // Entries about a client are filed under the client's county, so that county's auditor sees
  // every access to it, also a denied one from another county.
  auto append = [&](security::AuditEntry e) {
    e.county_id = f->county_id;
    ctx.app.audit_log().append(std::move(e));
  };
  if (!decision.allowed) {
    append(ctx.audit_entry(client_id, resource_type, resource_id, audit_action,
                           Relationship::none, "denied"));
    // Someone who may read the client already knows it exists: tell them plainly that this
    // action (e.g. a decision without decision authority) is not theirs. Everyone else: 404.
    if (action != Action::client_read &&
        security::authorize(me.actor, Action::client_read, f->county_id, &*f).allowed) {
      throw http::Problem::forbidden("Your role does not allow this for this client.");
    }
    throw http::Problem::not_found("No such client.");
  }
  append(ctx.audit_entry(client_id, resource_type, resource_id, audit_action,
                         decision.relationship, "allowed", reasoned ? reason : std::string{},
                         reasoned));
  ClientScope scope;
  scope.client_id_ = client_id;
  scope.county_id_ = f->county_id;
  scope.relationship_ = decision.relationship;
  scope.facts_ = std::move(*f);
  scope.actor_ = &me.actor;
  return scope;
}

bool Access::may(const ClientScope& scope, Action action) {
  if (scope.actor_ == nullptr) return false;
  return security::authorize(*scope.actor_, action, scope.county_id_, &scope.facts_).allowed;
}

bool ClientScope::may(Action action) const { return Access::may(*this, action); }

}  // namespace soku::api
