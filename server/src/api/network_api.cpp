// api/network_api.cpp — "my team" (Minun tiimini): the people and agencies around the client, each
// with the client's consent for exchanging information (scope, date) and its withdrawal. A consent
// is never edited: a withdrawal sets withdrawn_on on the row, a new consent is a new row; the
// current state is visible at once in the member list. The rules are domain/network.h; the
// queries store/queries/network.h.
#include "api/app.h"
#include "api/corrections.h"
#include "api/fields.h"
#include "api/json.h"
#include "common/time.h"
#include "domain/client_path.h"
#include "domain/corrections.h"
#include "domain/network.h"
#include "security/crypto.h"
#include "store/queries/network.h"
#include "store/queries/relations.h"

namespace soku::api {

using http::Problem;
using http::Response;
using security::Action;

namespace {

nlohmann::json consent_json(const store::network::Consent& c) {
  auto opt = [](const std::optional<std::string>& s) { return or_null(s); };
  return {{"id", c.id},
          {"scope", c.scope},
          {"given_on", c.given_on},
          {"withdrawn_on", opt(c.withdrawn_on)},
          {"withdrawal_reason", opt(c.withdrawal_reason)},
          {"created_at", c.created_at},
          {"version", c.version},
          {"corrected", domain::is_corrected(c.version)}};
}

domain::ConsentWithdrawals withdrawals(const std::vector<store::network::Consent>& consents) {
  domain::ConsentWithdrawals out;
  for (const auto& c : consents) out.push_back(c.withdrawn_on);
  return out;
}

nlohmann::json member_json(const store::network::Member& m) {
  auto consents = nlohmann::json::array();
  for (const auto& c : m.consents) consents.push_back(consent_json(c));
  const auto state = domain::consent_state(withdrawals(m.consents));
  return {{"id", m.id},
          {"client_id", m.client_id},
          {"organisation_type", m.organisation_type},
          {"name", m.name},
          {"role", m.role},
          {"contact", m.contact},
          {"active", m.active},
          {"created_at", m.created_at},
          {"version", m.version},
          {"corrected", domain::is_corrected(m.version)},
          {"consent_status", domain::to_string(state.status)},
          {"consent", state.current ? consents[*state.current] : nlohmann::json(nullptr)},
          {"consents", consents}};
}

nlohmann::json member_wording(const store::network::Member& m) {
  return {{"organisation_type", m.organisation_type},
          {"name", m.name},
          {"role", m.role},
          {"contact", m.contact},
          {"active", m.active}};
}

nlohmann::json consent_wording(const store::network::Consent& c) {
  return {{"scope", c.scope}, {"given_on", c.given_on}};
}

std::vector<std::string> given_of(const nlohmann::json& body, std::string_view type) {
  std::vector<std::string> out;
  for (const auto& k : domain::correctable_fields(type)) {
    if (body.contains(k) && !body[k].is_null()) out.push_back(k);
  }
  return out;
}

Problem refused(domain::ConsentRefusal r) {
  if (r == domain::ConsentRefusal::consent_given) {
    return Problem::conflict("consent-given", "A consent is already in force; withdraw it first.");
  }
  return Problem::conflict("consent-withdrawn", "The consent is already withdrawn.");
}

// Records the client's consent for `member_id` (the rule that none is in force is the caller's).
void give_consent(store::Tx& tx, Ctx& ctx, const std::string& member_id, const std::string& scope,
                  const std::string& given_on, const std::string& now) {
  const auto& c = *ctx.client;
  store::network::insert_consent(tx, {.id = security::new_id(),
                                      .county_id = c.county_id(),
                                      .client_id = c.client_id(),
                                      .member_id = member_id,
                                      .scope = scope,
                                      .given_on = given_on,
                                      .created_by = ctx.me().id,
                                      .created_at = now});
}

}  // namespace

void register_network(App& app) {
  // The client's timeline: each member on the day they were added; each consent given and
  // withdrawn.
  app.timeline_source("network", [](store::Tx& tx, const std::string& client_id) {
    std::vector<TimelineEntry> out;
    for (const auto& m : store::network::for_client(tx, client_id)) {
      out.push_back(
          {m.created_at.substr(0, 10),
           m.created_at,
           m.id,
           {{"name", m.name}, {"role", m.role}, {"organisation_type", m.organisation_type}},
           domain::is_corrected(m.version)});
    }
    return out;
  });
  app.timeline_source("consent", [](store::Tx& tx, const std::string& client_id) {
    std::vector<TimelineEntry> out;
    for (const auto& m : store::network::for_client(tx, client_id)) {
      for (const auto& c : m.consents) {
        out.push_back({c.given_on,
                       c.created_at,
                       c.id,
                       {{"event", "given"}, {"scope", c.scope}, {"member", m.name}},
                       domain::is_corrected(c.version)});
        if (c.withdrawn_on) {
          out.push_back({*c.withdrawn_on,
                         c.created_at,
                         c.id,
                         {{"event", "withdrawn"}, {"scope", c.scope}, {"member", m.name}},
                         domain::is_corrected(c.version)});
        }
      }
    }
    return out;
  });

  app.route({.method = "POST",
             .pattern = "/api/v1/clients/{id}/network",
             .gate = Gate::client,
             .action = Action::client_update,
             .audit_action = "create",
             .resource_type = "network_member"},
            [](Ctx& ctx) {
              const auto body = ctx.body();
              Fields f(body);
              const auto type = f.choice("organisation_type", true, domain::organisation_types());
              const auto name = f.text("name", true, 200);
              const auto role = f.text("role", true, 200);
              const auto contact = f.text("contact", false, 300);
              Fields cf(Fields::empty_object(), "consent.");
              std::optional<std::string> scope, given_on;
              if (const auto* consent = f.object("consent", false)) {
                cf = Fields(*consent, "consent.");
                scope = cf.block("scope", true, 1000);
                given_on = cf.date("given_on", true);
              }
              f.finish({&cf});
              const auto& c = *ctx.client;
              const std::string now = time::now_iso();
              store::network::Member saved;
              ctx.app.db().write([&](store::Tx& tx) {
                const store::network::NewMember m{.id = security::new_id(),
                                                  .county_id = c.county_id(),
                                                  .client_id = c.client_id(),
                                                  .organisation_type = *type,
                                                  .name = *name,
                                                  .role = *role,
                                                  .contact = contact.value_or(""),
                                                  .created_by = ctx.me().id,
                                                  .created_at = now};
                store::network::insert_member(tx, m);
                if (scope) {
                  give_consent(tx, ctx, m.id, *scope, *given_on, now);
                }
                store::relations::record_case_work(tx, c.county_id(), c.client_id(), ctx.me().id,
                                                   now);
                saved = store::network::get_member(tx, m.id);
              });
              return Response::json(201, member_json(saved));
            });

  app.route({.method = "GET",
             .pattern = "/api/v1/clients/{id}/network",
             .gate = Gate::client,
             .action = Action::client_read,
             .audit_action = "read",
             .resource_type = "network_member"},
            [](Ctx& ctx) {
              auto items = nlohmann::json::array();
              ctx.app.db().read([&](store::Tx& tx) {
                for (const auto& m : store::network::for_client(tx, ctx.client->client_id())) {
                  items.push_back(member_json(m));
                }
              });
              return Response::json(200, {{"items", items}, {"next_cursor", nullptr}});
            });

  const auto member_client = client_of_table("network_members");
  const auto consent_client = client_of_table("consents");

  app.route({.method = "GET",
             .pattern = "/api/v1/network/{id}",
             .gate = Gate::client,
             .action = Action::client_read,
             .audit_action = "read",
             .resource_type = "network_member",
             .client_of = member_client},
            [](Ctx& ctx) {
              store::network::Member m;
              ctx.app.db().read(
                  [&](store::Tx& tx) { m = store::network::get_member(tx, ctx.req.param("id")); });
              return Response::json(200, member_json(m));
            });

  // A correction (also taking a member out of the team, `active: false`, needs a reason): the
  // fields given replace the current ones; the earlier wording is kept. Consents are corrected
  // through their own route.
  app.route({.method = "PATCH",
             .pattern = "/api/v1/network/{id}",
             .gate = Gate::client,
             .action = Action::client_update,
             .audit_action = "update",
             .resource_type = "network_member",
             .client_of = member_client},
            [](Ctx& ctx) {
              const auto body = ctx.body();
              Fields f(body);
              const auto head = corrections::read_head(f);
              const auto type = f.choice("organisation_type", false, domain::organisation_types());
              const auto name = f.text("name", false, 200);
              if (name && name->empty()) f.error("name", "must not be empty");
              const auto role = f.text("role", false, 200);
              if (role && role->empty()) f.error("role", "must not be empty");
              const auto contact = f.text("contact", false, 300);
              const auto active = f.boolean("active", false);
              corrections::refuse_unknown(f, body, domain::correctable_fields("network_member"));
              f.finish();
              const std::string id = ctx.req.param("id");
              const std::string now = time::now_iso();
              store::network::Member saved;
              ctx.app.db().write([&](store::Tx& tx) {
                const auto cur = store::network::get_member(tx, id);
                auto after = cur;
                after.organisation_type = type.value_or(cur.organisation_type);
                after.name = name.value_or(cur.name);
                after.role = role.value_or(cur.role);
                after.contact = contact.value_or(cur.contact);
                after.active = active.value_or(cur.active);
                store::network::correct_member(tx, id, head.version,
                                               {after.organisation_type, after.name, after.role,
                                                after.contact, after.active});
                corrections::require_change("network_member", member_wording(cur),
                                            member_wording(after),
                                            given_of(body, "network_member"));
                corrections::keep(tx, ctx, "network_member", id, head, member_wording(cur),
                                  cur.created_by, cur.created_at, now);
                saved = store::network::get_member(tx, id);
              });
              return Response::json(200, member_json(saved));
            });

  corrections::route_versions(app, "/api/v1/network/{id}/versions", "network_member", member_client);

  // A consent is corrected by its own record (what was consented to, and when); the withdrawal
  // is its own step. Answers the member, like the other consent routes.
  app.route({.method = "PATCH",
             .pattern = "/api/v1/consents/{id}",
             .gate = Gate::client,
             .action = Action::client_update,
             .audit_action = "update",
             .resource_type = "consent",
             .client_of = consent_client},
            [](Ctx& ctx) {
              const auto body = ctx.body();
              Fields f(body);
              const auto head = corrections::read_head(f);
              const auto scope = f.block("scope", false, 1000);
              if (scope && scope->empty()) f.error("scope", "must not be empty");
              const auto given_on = f.date("given_on", false);
              corrections::refuse_unknown(f, body, domain::correctable_fields("consent"));
              f.finish();
              const std::string id = ctx.req.param("id");
              const std::string now = time::now_iso();
              store::network::Member saved;
              ctx.app.db().write([&](store::Tx& tx) {
                const auto cur = store::network::get_consent(tx, id);
                auto after = cur;
                after.scope = scope.value_or(cur.scope);
                after.given_on = given_on.value_or(cur.given_on);
                store::network::correct_consent(tx, id, head.version, after.scope, after.given_on);
                corrections::require_change("consent", consent_wording(cur),
                                            consent_wording(after), given_of(body, "consent"));
                corrections::keep(tx, ctx, "consent", id, head, consent_wording(cur),
                                  cur.created_by, cur.created_at, now);
                saved = store::network::get_member(tx, store::network::consent_of(tx, id).member_id);
              });
              return Response::json(200, member_json(saved));
            });

  corrections::route_versions(app, "/api/v1/consents/{id}/versions", "consent", consent_client);

  app.route(
      {.method = "POST",
       .pattern = "/api/v1/network/{id}/consents",
       .gate = Gate::client,
       .action = Action::client_update,
       .audit_action = "create",
       .resource_type = "consent",
       .client_of = member_client},
      [](Ctx& ctx) {
        const auto body = ctx.body();
        Fields f(body);
        const auto scope = f.block("scope", true, 1000);
        const auto given_on = f.date("given_on", true);
        f.finish();
        const std::string id = ctx.req.param("id");
        store::network::Member saved;
        ctx.app.db().write([&](store::Tx& tx) {
          if (auto r = domain::may_give_consent(store::network::consent_withdrawals(tx, id))) {
            throw refused(*r);
          }
          give_consent(tx, ctx, id, *scope, *given_on, time::now_iso());
          saved = store::network::get_member(tx, id);
        });
        return Response::json(201, member_json(saved));
      });

  app.route({.method = "POST",
             .pattern = "/api/v1/consents/{id}/withdraw",
             .gate = Gate::client,
             .action = Action::client_update,
             .audit_action = "update",
             .resource_type = "consent",
             .client_of = consent_client},
            [](Ctx& ctx) {
              const auto body = ctx.body();
              Fields f(body);
              const auto on = f.date("withdrawn_on", false);
              const auto reason = f.block("reason", false, 1000);
              f.finish();
              const std::string id = ctx.req.param("id");
              store::network::Member saved;
              ctx.app.db().write([&](store::Tx& tx) {
                const auto cur = store::network::consent_of(tx, id);
                if (auto r = domain::may_withdraw_consent(cur.withdrawn_on)) throw refused(*r);
                store::network::withdraw_consent(tx, id, domain::withdrawal_date(on, time::today()),
                                                 reason);
                saved = store::network::get_member(tx, cur.member_id);
              });
              return Response::json(200, member_json(saved));
            });
}

}  // namespace soku::api
