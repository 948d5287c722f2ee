// api/access.cpp — relationship facts from the database + the policy + the audit entry.
#include "api/access.h"

#include "common/time.h"

namespace soku::api {

using security::Action;
using security::Relationship;

namespace {
constexpr std::string_view kClient = "SELECT county_id, unit_id FROM clients WHERE id = $1";
// case_worker holds while there was recorded work on the case in the last 24 months.
constexpr std::string_view kRelations =
    "SELECT relationship FROM client_relations WHERE client_id = $1 AND user_id = $2 "
    "AND ended_at IS NULL AND (relationship <> 'case_worker' OR last_activity_at >= $3)";
constexpr std::string_view kReason =
    "SELECT reason FROM access_reasons WHERE client_id = $1 AND user_id = $2 AND expires_at > $3 "
    "ORDER BY expires_at DESC LIMIT 1";

Relationship relationship_from(const std::string& s) {
  for (auto r : security::kAllRelationships) {
    if (security::to_string(r) == s) return r;
  }
  return Relationship::none;
}
}  // namespace

std::optional<security::ClientFacts> Access::facts(store::Database& db,
                                                   const std::string& client_id,
                                                   const std::string& user_id,
                                                   std::string* reason) {
  std::optional<security::ClientFacts> out;
  db.read([&](store::Tx& tx) {
    const auto c = tx.exec(kClient, {client_id});
    if (c.empty()) return;
    security::ClientFacts f;
    f.county_id = c.rows[0].str(0);
    f.unit_id = c.rows[0].opt_str(1);
    const std::string now = time::now_iso();
    const std::string since = time::iso_from_ms(time::now_ms() - 730LL * 86400 * 1000);
    for (const auto& r : tx.exec(kRelations, {client_id, user_id, since}).rows) {
      const auto rel = relationship_from(r.str(0));
      if (rel != Relationship::none) f.relationships.push_back(rel);
    }
    const auto why = tx.exec(kReason, {client_id, user_id, now});
    if (!why.empty()) {
      f.relationships.push_back(Relationship::unit_member_with_reason);
      if (reason != nullptr) *reason = why.rows[0].str(0);
    }
    out = std::move(f);
  });
  return out;
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
