// api/referrals_api.cpp — contact / referral (yhteydenotto, ohjautuminen): who referred and why.
#include "api/app.h"
#include "api/fields.h"
#include "api/path_common.h"
#include "store/queries/records.h"
#include "store/queries/relations.h"
#include "common/time.h"
#include "domain/client_path.h"
#include "security/crypto.h"

namespace soku::api {

using http::Response;
using security::Action;

namespace {
nlohmann::json referral_json(const store::Row& r) {
  return {{"id", r.str(0)},         {"source", r.str(1)},     {"reason", r.str(2)},
          {"received_on", r.str(3)}, {"created_by", r.str(4)}, {"created_at", r.str(5)}};
}
constexpr std::string_view kSelect =
    "SELECT id, source, reason, received_on, created_by, created_at FROM referrals ";
}  // namespace

void register_referrals(App& app) {
  app.route(
      "POST", "/api/v1/clients/{id}/referrals", Gate::client,
      [](Ctx& ctx) {
        const auto body = ctx.body();
        Fields f(body);
        const auto source = f.choice("source", true, domain::referral_sources());
        const auto reason = f.block("reason", true, 4000);
        const auto received = f.date("received_on", true);
        f.finish();
        const std::string id = security::new_id();
        const std::string now = time::now_iso();
        const auto& c = *ctx.client;
        ctx.app.db().write([&](store::Tx& tx) {
          tx.exec("INSERT INTO referrals (id, county_id, client_id, source, reason, received_on, "
                  "created_by, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)",
                  {id, c.county_id(), c.client_id(), *source, *reason, *received, ctx.me().id, now});
          store::relations::record_case_work(tx, c.county_id(), c.client_id(), ctx.me().id, now);
        });
        return Response::json(
            201, referral_json(ctx.app.db().query(std::string(kSelect) + "WHERE id = $1", {id}).one()));
      },
      Action::client_update, "create", "referral");

  app.route(
      "GET", "/api/v1/clients/{id}/referrals", Gate::client,
      [](Ctx& ctx) {
        auto items = nlohmann::json::array();
        for (const auto& r : ctx.app.db()
                                 .query(std::string(kSelect) +
                                            "WHERE client_id = $1 ORDER BY received_on DESC",
                                        {ctx.client->client_id()})
                                 .rows) {
          items.push_back(referral_json(r));
        }
        return Response::json(200, {{"items", items}, {"next_cursor", nullptr}});
      },
      Action::client_read, "read", "referral");
}

}  // namespace soku::api
