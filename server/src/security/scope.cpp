// security/scope.cpp — see scope.h. The relationship facts are written here twice, once per
// client (load_facts) and once as a list condition (sql_condition); keep the two side by side.
#include "security/scope.h"

#include <algorithm>
#include <set>

#include "common/time.h"

namespace soku::security {

namespace {

// A unit id that no grant can name (ids are hex); stands for "a unit the actor has no grant in".
constexpr std::string_view kUnnamedUnit = "~unnamed-unit~";

// The relationships that facts can carry (unit_manager is derived from the grants, and `none`
// stands for "the grants alone").
constexpr Relationship kProbed[] = {Relationship::none,         Relationship::key_worker,
                                    Relationship::decision_maker, Relationship::case_worker,
                                    Relationship::group_instructor, Relationship::group_peer,
                                    Relationship::unit_member_with_reason, Relationship::self};

bool allows(const Actor& actor, Action action, const std::string& county_id, Relationship via,
            std::optional<std::string> unit) {
  ClientFacts facts;
  facts.county_id = county_id;
  facts.unit_id = std::move(unit);
  if (via != Relationship::none) facts.relationships.push_back(via);
  return authorize(actor, action, county_id, &facts).allowed;
}

Relationship relationship_from(const std::string& s) {
  for (auto r : kAllRelationships) {
    if (to_string(r) == s) return r;
  }
  return Relationship::none;
}

// ---- the facts, per client ---------------------------------------------------------------------
// A relationship recorded in client_relations counts while it has not ended; a case-worker
// relationship also needs recorded work since `since` (24 months).
constexpr std::string_view kClient = "SELECT county_id, unit_id FROM clients WHERE id = $1";
constexpr std::string_view kRelations =
    "SELECT relationship FROM client_relations WHERE client_id = $1 AND user_id = $2 "
    "AND ended_at IS NULL AND (relationship <> 'case_worker' OR last_activity_at >= $3)";
// A reason counts until it expires.
constexpr std::string_view kReason =
    "SELECT reason FROM access_reasons WHERE client_id = $1 AND user_id = $2 AND expires_at > $3 "
    "ORDER BY expires_at DESC LIMIT 1";

std::string placeholder(store::Params& params, store::Value value) {
 params.emplace_back(std::move(value));
  return "$" + std::to_string(params.size());
}

// ---- the same facts, as a list condition -------------------------------------------------------
// `user_param` is the placeholder of the user's id, made on first use (a parameter that the
// statement does not use is an error for SQLite's named binding).
std::string relation_condition(Relationship via, const std::string& user_id,
                               std::string& user_param, const FactTimes& times,
                               store::Params& params, const std::string& alias) {
  if (via != Relationship::none && via != Relationship::unit_manager && via != Relationship::self &&
      user_param.empty()) {
    user_param = placeholder(params, user_id);
  }
  switch (via) {
    case Relationship::none:
      return "1 = 1";
    case Relationship::unit_manager:  // never in facts; derived from grants (the `none` term)
    case Relationship::self:          // portal identities are not stored yet: no client is `self`
      return "1 = 0";
    case Relationship::unit_member_with_reason:
      return "EXISTS (SELECT 1 FROM access_reasons sa WHERE sa.client_id = " + alias +
             ".id AND sa.user_id = " + user_param +
             " AND sa.expires_at > " + placeholder(params, times.now) + ")";
    case Relationship::case_worker:
      return "EXISTS (SELECT 1 FROM client_relations sr WHERE sr.client_id = " + alias +
             ".id AND sr.user_id = " + user_param +
             " AND sr.ended_at IS NULL AND sr.relationship = 'case_worker' AND "
             "sr.last_activity_at >= " +
             placeholder(params, times.since) + ")";
    default:
      return "EXISTS (SELECT 1 FROM client_relations sr WHERE sr.client_id = " + alias +
             ".id AND sr.user_id = " + user_param +
             " AND sr.ended_at IS NULL AND sr.relationship = " +
             placeholder(params, std::string(to_string(via))) + ")";
  }
}

std::string in_list(const std::string& column, const std::vector<std::string>& values,
                    store::Params& params) {
  std::string out = column + " IN (";
  for (std::size_t i = 0; i < values.size(); ++i) {
    out += (i == 0 ? "" : ",") + placeholder(params, values[i]);
  }
  return out + ")";
}

std::string unit_condition(const ScopeTerm& term, const std::vector<std::string>& grant_units,
                           store::Params& params, const std::string& alias) {
  const std::string unit = alias + ".unit_id";
  const bool all_named = term.units.size() == grant_units.size();
  if (term.unit_none && term.unit_unnamed && all_named) return "1 = 1";
  std::vector<std::string> parts;
  if (term.unit_none) parts.push_back(unit + " IS NULL");
  if (term.unit_unnamed && all_named) {
    parts.push_back(unit + " IS NOT NULL");
  } else {
    if (!term.units.empty()) parts.push_back(in_list(unit, term.units, params));
    if (term.unit_unnamed) {
      parts.push_back(grant_units.empty()
                          ? unit + " IS NOT NULL"
                          : "(" + unit + " IS NOT NULL AND NOT " +
                                in_list(unit, grant_units, params) + ")");
    }
  }
  if (parts.empty()) return "1 = 0";
  std::string out = "(";
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i == 0 ? "" : " OR ") + parts[i];
  return out + ")";
}

}  // namespace

ListScope list_scope(const Actor& actor, Action action, const std::string& county_id) {
  ListScope scope;
  scope.county_id = county_id;
  scope.action = action;
  std::set<std::string> named;
  for (const auto& grant : actor.grants) {
    if (grant.county_id == county_id && grant.unit_id && !grant.unit_id->empty()) {
      named.insert(*grant.unit_id);
    }
  }
  scope.grant_units.assign(named.begin(), named.end());
  for (const Relationship via : kProbed) {
    ScopeTerm term;
    term.via = via;
    term.unit_none = allows(actor, action, county_id, via, std::nullopt);
    term.unit_unnamed = allows(actor, action, county_id, via, std::string(kUnnamedUnit));
    for (const auto& unit : scope.grant_units) {
      if (allows(actor, action, county_id, via, unit)) term.units.push_back(unit);
    }
    if (term.unit_none || term.unit_unnamed || !term.units.empty()) {
      scope.terms.push_back(std::move(term));
    }
  }
  // A term that holds through the grants alone covers the same units for every relationship.
  const auto grants_alone = std::find_if(scope.terms.begin(), scope.terms.end(),
                                         [](const ScopeTerm& t) { return t.via == Relationship::none; });
  if (grants_alone != scope.terms.end()) {
    const ScopeTerm base = *grants_alone;
    std::erase_if(scope.terms, [&](const ScopeTerm& t) {
      return t.via != Relationship::none && t.unit_none == base.unit_none &&
             t.unit_unnamed == base.unit_unnamed && t.units == base.units;
    });
  }
  return scope;
}

std::vector<Role> roles_that_may(Action action, Relationship via) {
  const std::string county = "county";
  std::vector<Role> out;
  for (const Role role : kAllRoles) {
    Actor actor;
    actor.user_id = "probe";
    actor.grants.push_back({role, county, std::nullopt});
    if (allows(actor, action, county, via, std::string(kUnnamedUnit))) out.push_back(role);
  }
  return out;
}

std::string roles_condition(const std::vector<Role>& roles, const std::string& column,
                            store::Params& params) {
  if (roles.empty()) return "1 = 0";
  std::vector<std::string> names;
  for (const Role role : roles) names.emplace_back(to_string(role));
  return in_list(column, names, params);
}

FactTimes fact_times_now() {
  const std::int64_t now = time::now_ms();
  return {time::iso_from_ms(now), time::iso_from_ms(now - kCaseWorkerLapseDays * 86400 * 1000)};
}

std::optional<ClientFacts> load_facts(store::Tx& tx, const std::string& client_id,
                                      const std::string& user_id, const FactTimes& times,
                                      std::string* reason) {
  const auto c = tx.exec(kClient, {client_id});
  if (c.empty()) return std::nullopt;
  ClientFacts f;
  f.county_id = c.rows[0].str(0);
  f.unit_id = c.rows[0].opt_str(1);
  for (const auto& r : tx.exec(kRelations, {client_id, user_id, times.since}).rows) {
    const auto rel = relationship_from(r.str(0));
    // unit_manager and self are never taken from rows (authorize derives the one; the portal
    // will prove the other).
    if (rel != Relationship::none && rel != Relationship::unit_manager && rel != Relationship::self &&
        rel != Relationship::unit_member_with_reason) {
      f.relationships.push_back(rel);
    }
  }
  const auto why = tx.exec(kReason, {client_id, user_id, times.now});
  if (!why.empty()) {
    f.relationships.push_back(Relationship::unit_member_with_reason);
    if (reason != nullptr) *reason = why.rows[0].str(0);
  }
  return f;
}

std::string sql_condition(const ListScope& scope, const std::string& user_id,
                          const FactTimes& times, store::Params& params,
                          const std::string& alias) {
  if (scope.terms.empty() || scope.county_id.empty()) return "1 = 0";
  std::string out = "(" + alias + ".county_id = " + placeholder(params, scope.county_id) + " AND (";
  std::string user_param;
  for (std::size_t i = 0; i < scope.terms.size(); ++i) {
    const auto& term = scope.terms[i];
    out += (i == 0 ? "(" : " OR (") + relation_condition(term.via, user_id, user_param, times, params, alias) +
           " AND " + unit_condition(term, scope.grant_units, params, alias) + ")";
  }
  return out + "))";
}

}  // namespace soku::security
