// api/network_api.cpp — "my team" (Minun tiimini): the people and agencies around the client, each
// with the client's consent for exchanging information (scope, date) and its withdrawal. A consent
// is never edited: a withdrawal sets withdrawn_on on the row, a new consent is a new row; the
// current state is visible at once in the member list.
#include "api/app.h"
#include "api/fields.h"
#include "api/path_common.h"
#include "store/queries/records.h"
#include "store/queries/relations.h"
#include "common/time.h"
#include "domain/client_path.h"
#include "security/crypto.h"

namespace soku::api {

using http::Problem;
using http::Response;
using security::Action;

namespace {

nlohmann::json member_json(store::Tx& tx, const store::Row& r) {
  auto consents = nlohmann::json::array();
  nlohmann::json current = nullptr;
  for (const auto& c : tx.exec("SELECT id, scope, given_on, withdrawn_on, withdrawal_reason, "
                               "created_at FROM consents WHERE member_id = $1 ORDER BY created_at",
                               {r.str(0)})
                           .rows) {
    nlohmann::json cj = {{"id", c.str(0)},
                         {"scope", c.str(1)},
                         {"given_on", c.str(2)},
                         {"withdrawn_on", c.is_null(3) ? nlohmann::json(nullptr) : nlohmann::json(c.str(3))},
                         {"withdrawal_reason", c.is_null(4) ? nlohmann::json(nullptr) : nlohmann::json(c.str(4))},
                         {"created_at", c.str(5)}};
    if (c.is_null(3)) current = cj;
    consents.push_back(std::move(cj));
  }
  return {{"id", r.str(0)},
          {"client_id", r.str(1)},
          {"organisation_type", r.str(2)},
          {"name", r.str(3)},
          {"role", r.str(4)},
          {"contact", r.str(5)},
          {"active", r.i64(6) != 0},
          {"created_at", r.str(7)},
          {"consent_status", current.is_null() ? (consents.empty() ? "none" : "withdrawn") : "given"},
          {"consent", current},
          {"consents", consents}};
}

constexpr std::string_view kSelect =
    "SELECT id, client_id, organisation_type, name, role, contact, active, created_at FROM "
    "network_members ";

nlohmann::json read_member(store::Database& db, const std::string& id) {
  nlohmann::json out;
  db.read([&](store::Tx& tx) {
    out = member_json(tx, tx.exec(std::string(kSelect) + "WHERE id = $1", {id}).one());
  });
  return out;
}

}  // namespace

void register_network(App& app) {
  app.route(
      "POST", "/api/v1/clients/{id}/network", Gate::client,
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
        const std::string id = security::new_id();
        const std::string now = time::now_iso();
        ctx.app.db().write([&](store::Tx& tx) {
          tx.exec("INSERT INTO network_members (id, county_id, client_id, organisation_type, name, "
                  "role, contact, active, created_by, created_at) VALUES "
                  "($1,$2,$3,$4,$5,$6,$7,1,$8,$9)",
                  {id, c.county_id(), c.client_id(), *type, *name, *role, contact.value_or(""),
                   ctx.me().id, now});
          if (scope) {
            tx.exec("INSERT INTO consents (id, county_id, client_id, member_id, scope, given_on, "
                    "created_by, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)",
                    {security::new_id(), c.county_id(), c.client_id(), id, *scope, *given_on,
                     ctx.me().id, now});
          }
          store::relations::record_case_work(tx, c.county_id(), c.client_id(), ctx.me().id, now);
        });
        return Response::json(201, read_member(ctx.app.db(), id));
      },
      Action::client_update, "create", "network_member");

  app.route(
      "GET", "/api/v1/clients/{id}/network", Gate::client,
      [](Ctx& ctx) {
        auto items = nlohmann::json::array();
        ctx.app.db().read([&](store::Tx& tx) {
          for (const auto& r : tx.exec(std::string(kSelect) +
                                           "WHERE client_id = $1 ORDER BY active DESC, created_at",
                                       {ctx.client->client_id()})
                                   .rows) {
            items.push_back(member_json(tx, r));
          }
        });
        return Response::json(200, {{"items", items}, {"next_cursor", nullptr}});
      },
      Action::client_read, "read", "network_member");

  const auto member_client = client_of_table("network_members");
  app.route(
      "PATCH", "/api/v1/network/{id}", Gate::client,
      [](Ctx& ctx) {
        const auto body = ctx.body();
        Fields f(body);
        const auto active = f.boolean("active", false);
        const auto role = f.text("role", false, 200);
        const auto contact = f.text("contact", false, 300);
        f.finish();
        const std::string id = ctx.req.param("id");
        ctx.app.db().write([&](store::Tx& tx) {
          const auto cur = tx.exec("SELECT role, contact, active FROM network_members WHERE id = $1", {id}).one();
          tx.exec("UPDATE network_members SET role = $1, contact = $2, active = $3 WHERE id = $4",
                  {role ? *role : cur.str(0), contact ? *contact : cur.str(1),
                   active ? std::int64_t{*active ? 1 : 0} : cur.i64(2), id});
        });
        return Response::json(200, read_member(ctx.app.db(), id));
      },
      Action::client_update, "update", "network_member", http::kJsonBodyLimit, member_client);

  app.route(
      "POST", "/api/v1/network/{id}/consents", Gate::client,
      [](Ctx& ctx) {
        const auto body = ctx.body();
        Fields f(body);
        const auto scope = f.block("scope", true, 1000);
        const auto given_on = f.date("given_on", true);
        f.finish();
        const std::string id = ctx.req.param("id");
        const auto& c = *ctx.client;
        ctx.app.db().write([&](store::Tx& tx) {
          const auto open = tx.exec("SELECT id FROM consents WHERE member_id = $1 AND "
                                    "withdrawn_on IS NULL",
                                    {id});
          if (!open.empty()) {
            throw Problem::conflict("consent-given", "A consent is already in force; withdraw it first.");
          }
          tx.exec("INSERT INTO consents (id, county_id, client_id, member_id, scope, given_on, "
                  "created_by, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)",
                  {security::new_id(), c.county_id(), c.client_id(), id, *scope, *given_on,
                   ctx.me().id, time::now_iso()});
        });
        return Response::json(201, read_member(ctx.app.db(), id));
      },
      Action::client_update, "create", "consent", http::kJsonBodyLimit, member_client);

  app.route(
      "POST", "/api/v1/consents/{id}/withdraw", Gate::client,
      [](Ctx& ctx) {
        const auto body = ctx.body();
        Fields f(body);
        const auto on = f.date("withdrawn_on", false);
        const auto reason = f.block("reason", false, 1000);
        f.finish();
        const std::string id = ctx.req.param("id");
        std::string member;
        ctx.app.db().write([&](store::Tx& tx) {
          const auto cur = tx.exec("SELECT member_id, withdrawn_on FROM consents WHERE id = $1", {id}).one();
          if (!cur.is_null(1)) throw Problem::conflict("consent-withdrawn", "The consent is already withdrawn.");
          member = cur.str(0);
          tx.exec("UPDATE consents SET withdrawn_on = $1, withdrawal_reason = $2 WHERE id = $3",
                  {on.value_or(time::today()),
                   reason ? store::Value(*reason) : store::Value(nullptr), id});
        });
        return Response::json(200, read_member(ctx.app.db(), member));
      },
      Action::client_update, "update", "consent", http::kJsonBodyLimit, client_of_table("consents"));
}

}  // namespace soku::api
