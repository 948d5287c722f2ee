// api/referrals_api.cpp — contact / referral (yhteydenotto, ohjautuminen): who referred and why.
// The shape of meetings_api.cpp: fields, the client scope, one transaction of named queries
// (store/queries/referrals.h), render.
#include "api/app.h"
#include "api/fields.h"
#include "common/time.h"
#include "domain/client_path.h"
#include "security/crypto.h"
#include "store/queries/referrals.h"
#include "store/queries/relations.h"

namespace soku::api {

using http::Response;
using security::Action;

namespace {
nlohmann::json referral_json(const store::referrals::Referral& r) {
  return {{"id", r.id},
          {"source", r.source},
          {"reason", r.reason},
          {"received_on", r.received_on},
          {"created_by", r.created_by},
          {"created_at", r.created_at}};
}
}  // namespace

void register_referrals(App& app) {
  // The client's timeline: each referral on the day it was received.
  app.timeline_source("referral", [](store::Tx& tx, const std::string& client_id) {
    std::vector<TimelineEntry> out;
    for (const auto& r : store::referrals::for_client(tx, client_id)) {
      out.push_back(
          {r.received_on, r.created_at, r.id, {{"source", r.source}, {"reason", r.reason}}});
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
}

}  // namespace soku::api
