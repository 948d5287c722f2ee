// api/referrals_api.cpp — contact / referral (yhteydenotto, ohjautuminen): who referred and why.
// The shape of meetings_api.cpp: fields, the client scope, one transaction of named queries
// (store/queries/referrals.h), render.
#include "api/app.h"
#include "api/corrections.h"
#include "api/fields.h"
#include "common/time.h"
#include "domain/client_path.h"
#include "domain/corrections.h"
#include "security/crypto.h"
#include "store/queries/referrals.h"
#include "store/queries/relations.h"

namespace soku::api {

using http::Response;
using security::Action;

namespace {
nlohmann::json wording_json(const store::referrals::Referral& r) {
  return {{"source", r.source}, {"reason", r.reason}, {"received_on", r.received_on}};
}

nlohmann::json referral_json(const store::referrals::Referral& r) {
  auto out = wording_json(r);
  out.update(nlohmann::json{{"id", r.id},
              {"created_by", r.created_by},
              {"created_at", r.created_at},
              {"version", r.version},
              {"corrected", domain::is_corrected(r.version)}});
  return out;
}
}  // namespace

void register_referrals(App& app) {
  // The client's timeline: each referral on the day it was received.
  app.timeline_source("referral", [](store::Tx& tx, const std::string& client_id) {
    std::vector<TimelineEntry> out;
    for (const auto& r : store::referrals::for_client(tx, client_id)) {
      out.push_back(
          {r.received_on, r.created_at, r.id, {{"source", r.source}, {"reason", r.reason}},
           domain::is_corrected(r.version)});
    }
    return out;
  });

  app.route({.method = "POST",
             .pattern = "/api/v1/clients/{id}/referrals",
             .gate = Gate::client,
             .action = Action::client_update,
             .audit_action = "create",
             .resource_type = "referral"},
            [](Ctx& ctx) {
              const auto body = ctx.body();
              Fields f(body);
              const auto source = f.choice("source", true, domain::referral_sources());
              const auto reason = f.block("reason", true, 4000);
              const auto received = f.date("received_on", true);
              f.finish();
              const auto& c = *ctx.client;
              const std::string now = time::now_iso();
              store::referrals::Referral saved;
              ctx.app.db().write([&](store::Tx& tx) {
                const store::referrals::NewReferral r{.id = security::new_id(),
                                                      .county_id = c.county_id(),
                                                      .client_id = c.client_id(),
                                                      .source = *source,
                                                      .reason = *reason,
                                                      .received_on = *received,
                                                      .created_by = ctx.me().id,
                                                      .created_at = now};
                store::referrals::insert(tx, r);
                store::relations::record_case_work(tx, c.county_id(), c.client_id(), ctx.me().id,
                                                   now);
                saved = store::referrals::get(tx, r.id);
              });
              return Response::json(201, referral_json(saved));
            });

  app.route({.method = "GET",
             .pattern = "/api/v1/clients/{id}/referrals",
             .gate = Gate::client,
             .action = Action::client_read,
             .audit_action = "read",
             .resource_type = "referral"},
            [](Ctx& ctx) {
              auto items = nlohmann::json::array();
              ctx.app.db().read([&](store::Tx& tx) {
                for (const auto& r : store::referrals::for_client(tx, ctx.client->client_id())) {
                  items.push_back(referral_json(r));
                }
              });
              return Response::json(200, {{"items", items}, {"next_cursor", nullptr}});
            });

  const auto referral_client = client_of_table("referrals");

  app.route({.method = "GET",
             .pattern = "/api/v1/referrals/{id}",
             .gate = Gate::client,
             .action = Action::client_read,
             .audit_action = "read",
             .resource_type = "referral",
             .client_of = referral_client},
            [](Ctx& ctx) {
              store::referrals::Referral r;
              ctx.app.db().read(
                  [&](store::Tx& tx) { r = store::referrals::get(tx, ctx.req.param("id")); });
              return Response::json(200, referral_json(r));
            });

  // A correction. `reason` is the correction's reason; the referral's own reason is
  // `referral_reason` here.
  app.route({.method = "PATCH",
             .pattern = "/api/v1/referrals/{id}",
             .gate = Gate::client,
             .action = Action::client_update,
             .audit_action = "update",
             .resource_type = "referral",
             .client_of = referral_client},
            [](Ctx& ctx) {
              const auto body = ctx.body();
              Fields f(body);
              const auto head = corrections::read_head(f);
              const auto source = f.choice("source", false, domain::referral_sources());
              const auto text = f.text("referral_reason", false, 4000, domain::TextKind::block);
              if (text && text->empty()) f.error("referral_reason", "must not be empty");
              const auto received = f.date("received_on", false);
              corrections::refuse_unknown(f, body, {"source", "referral_reason", "received_on"});
              f.finish();
              std::vector<std::string> given;
              for (const auto* k : {"source", "referral_reason", "received_on"}) {
                if (body.contains(k) && !body[k].is_null()) given.emplace_back(k);
              }
              const std::string id = ctx.req.param("id");
              const std::string now = time::now_iso();
              store::referrals::Referral saved;
              ctx.app.db().write([&](store::Tx& tx) {
                const auto cur = store::referrals::get(tx, id);
                auto after = cur;
                after.source = source.value_or(cur.source);
                after.reason = text.value_or(cur.reason);
                after.received_on = received.value_or(cur.received_on);
                store::referrals::correct(tx, id, head.version, after.source, after.reason,
                                          after.received_on);
                corrections::require_change("referral", wording_json(cur), wording_json(after),
                                            given);
                corrections::keep(tx, ctx, "referral", id, head, wording_json(cur), cur.created_by,
                                  cur.created_at, now);
                store::relations::record_case_work(tx, ctx.client->county_id(),
                                                   ctx.client->client_id(), ctx.me().id, now);
                saved = store::referrals::get(tx, id);
              });
              return Response::json(200, referral_json(saved));
            });

  corrections::route_versions(app, "/api/v1/referrals/{id}/versions", "referral", referral_client);
}

}  // namespace soku::api
