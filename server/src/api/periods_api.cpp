// api/periods_api.cpp — the service period (palvelujakso): its deadline extensions (every one
// kept, with its reason), the phase of intensified individual work, and the final evaluation
// (loppuarviointi) or interruption (keskeytys) that closes it.
#include <algorithm>

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

constexpr std::string_view kSelect =
    "SELECT p.id, p.client_id, p.decision_id, p.key_worker_id, u.display_name, p.service_forms, "
    "p.starts_on, p.deadline, p.phase, p.status, p.ended_on, p.version, p.created_at "
    "FROM periods p JOIN users u ON u.id = p.key_worker_id ";

nlohmann::json period_json(store::Tx& tx, const store::Row& r) {
  auto extensions = nlohmann::json::array();
  for (const auto& e : tx.exec("SELECT e.id, e.previous_deadline, e.new_deadline, e.reason, "
                               "e.created_by, u.display_name, e.created_at FROM period_extensions e "
                               "JOIN users u ON u.id = e.created_by WHERE e.period_id = $1 "
                               "ORDER BY e.created_at",
                               {r.str(0)})
                           .rows) {
    extensions.push_back({{"id", e.str(0)},
                          {"previous_deadline", e.str(1)},
                          {"new_deadline", e.str(2)},
                          {"reason", e.str(3)},
                          {"created_by", e.str(4)},
                          {"created_by_name", e.str(5)},
                          {"created_at", e.str(6)}});
  }
  nlohmann::json evaluation = nullptr;
  const auto fe = tx.exec("SELECT id, interrupted, reason, goal_results, continuation, "
                          "client_view, worker_view, evaluated_on, created_by FROM "
                          "final_evaluations WHERE period_id = $1",
                          {r.str(0)});
  if (!fe.empty()) {
    const auto& e = fe.rows[0];
    evaluation = {{"id", e.str(0)},
                  {"interrupted", e.i64(1) != 0},
                  {"reason", e.is_null(2) ? nlohmann::json(nullptr) : nlohmann::json(e.str(2))},
                  {"goal_results", parse_column(e.str(3))},
                  {"continuation", e.is_null(4) ? nlohmann::json(nullptr) : nlohmann::json(e.str(4))},
                  {"client_view", e.str(5)},
                  {"worker_view", e.str(6)},
                  {"evaluated_on", e.str(7)},
                  {"created_by", e.str(8)}};
  }
  return {{"id", r.str(0)},
          {"client_id", r.str(1)},
          {"decision_id", r.str(2)},
          {"key_worker_id", r.str(3)},
          {"key_worker_name", r.str(4)},
          {"service_forms", parse_column(r.str(5))},
          {"starts_on", r.str(6)},
          {"deadline", r.str(7)},
          {"phase", r.str(8)},
          {"status", r.str(9)},
          {"ended_on", r.is_null(10) ? nlohmann::json(nullptr) : nlohmann::json(r.str(10))},
          {"version", r.i64(11)},
          {"created_at", r.str(12)},
          {"extensions", extensions},
          {"final_evaluation", evaluation}};
}

nlohmann::json read_period(store::Database& db, const std::string& id) {
  nlohmann::json out;
  db.read([&](store::Tx& tx) {
    out = period_json(tx, tx.exec(std::string(kSelect) + "WHERE p.id = $1", {id}).one());
  });
  return out;
}

// Every write to a period: it must exist and be open (409 period-closed), then `set_clause` is
// applied by the one versioned update (store::update_versioned: 409 stale-version unless the
// period is still at `version`). Without a `version` from the client, the version read here is
// the one expected, so a change committed since this read is never overwritten either. Returns
// the row as read: once the update has matched, that is the state it replaced (versions only
// grow), so its deadline is the true previous deadline. Whatever else the write records comes
// after this call, in the same transaction.
store::Row update_open_period(store::Tx& tx, const std::string& id,
                              std::optional<std::int64_t> version, store::SqlText set_clause,
                              store::Params params) {
  auto r = tx.exec("SELECT status, deadline, version, client_id, key_worker_id FROM periods "
                   "WHERE id = $1",
                   {id});
  const store::Row row = r.one();
  if (row.str(0) != "open") {
    throw Problem::conflict("period-closed", "The service period is already closed.");
  }
  store::update_versioned(tx, "periods", id, version.value_or(row.i64(2)), set_clause,
                          std::move(params));
  return row;
}

}  // namespace

void register_periods(App& app) {
  const auto period_client = client_of_table("periods");

  app.route(
      "GET", "/api/v1/clients/{id}/periods", Gate::client,
      [](Ctx& ctx) {
        auto items = nlohmann::json::array();
        ctx.app.db().read([&](store::Tx& tx) {
          for (const auto& r :
               tx.exec(std::string(kSelect) + "WHERE p.client_id = $1 ORDER BY p.starts_on DESC",
                       {ctx.client->client_id()})
                   .rows) {
            items.push_back(period_json(tx, r));
          }
        });
        return Response::json(200, {{"items", items}, {"next_cursor", nullptr}});
      },
      Action::client_read, "read", "period");

  app.route(
      "GET", "/api/v1/periods/{id}", Gate::client,
      [](Ctx& ctx) { return Response::json(200, read_period(ctx.app.db(), ctx.req.param("id"))); },
      Action::client_read, "read", "period", http::kJsonBodyLimit, period_client);

  // Phase of intensified individual work: start → working → closing (any order; configurable).
  app.route(
      "PATCH", "/api/v1/periods/{id}", Gate::client,
      [](Ctx& ctx) {
        const auto body = ctx.body();
        Fields f(body);
        const auto version = f.integer("version", true, 1);
        const auto phase = f.choice("phase", true, domain::default_phases());
        f.finish();
        const std::string id = ctx.req.param("id");
        const std::string now = time::now_iso();
        ctx.app.db().write([&](store::Tx& tx) {
          update_open_period(tx, id, version, "phase = $1, updated_at = $2", {*phase, now});
          store::relations::record_case_work(tx, ctx.client->county_id(), ctx.client->client_id(), ctx.me().id, now);
        });
        return Response::json(200, read_period(ctx.app.db(), id));
      },
      Action::client_update, "update", "period", http::kJsonBodyLimit, period_client);

  app.route(
      "POST", "/api/v1/periods/{id}/extensions", Gate::client,
      [](Ctx& ctx) {
        const auto body = ctx.body();
        Fields f(body);
        const auto new_deadline = f.date("new_deadline", true);
        const auto reason = f.block("reason", true, 4000);
        const auto version = f.integer("version", false, 1);
        f.finish();
        const std::string id = ctx.req.param("id");
        const std::string now = time::now_iso();
        ctx.app.db().write([&](store::Tx& tx) {
          const auto row = update_open_period(tx, id, version, "deadline = $1, updated_at = $2",
                                              {*new_deadline, now});
          const std::string previous = row.str(1);
          const auto prev_days = *time::days_from_date(previous);
          const auto new_days = *time::days_from_date(*new_deadline);
          if (new_days <= prev_days) {
            throw Problem::invalid({{"new_deadline", "must be after the current deadline " + previous}});
          }
          if (new_days - prev_days > domain::kMaxPeriodDays) {
            throw Problem::invalid({{"new_deadline", "may extend by at most 12 months at a time"}});
          }
          // The history row only after the versioned update matched (a 422 above rolls it back).
          tx.exec("INSERT INTO period_extensions (id, county_id, period_id, client_id, "
                  "previous_deadline, new_deadline, reason, created_by, created_at) VALUES "
                  "($1,$2,$3,$4,$5,$6,$7,$8,$9)",
                  {security::new_id(), ctx.client->county_id(), id, ctx.client->client_id(),
                   previous, *new_deadline, *reason, ctx.me().id, now});
          store::relations::record_case_work(tx, ctx.client->county_id(), ctx.client->client_id(), ctx.me().id, now);
        });
        return Response::json(201, read_period(ctx.app.db(), id));
      },
      Action::client_update, "update", "period", http::kJsonBodyLimit, period_client);

  // Closes the period: a final evaluation with per-goal attainment, or an interruption.
  app.route(
      "POST", "/api/v1/periods/{id}/final-evaluation", Gate::client,
      [](Ctx& ctx) {
        const auto body = ctx.body();
        Fields f(body);
        const bool interrupted = f.boolean("interrupted", false).value_or(false);
        const auto evaluated_on = f.date("evaluated_on", false);
        std::optional<std::string> reason;
        std::optional<std::string> continuation;
        if (interrupted) {
          reason = f.choice("reason", true, domain::interruption_reasons());
        } else {
          continuation = f.choice("continuation", true, domain::continuation_paths());
        }
        const auto client_view = f.block("client_view", !interrupted, 8000);
        const auto worker_view = f.block("worker_view", !interrupted, 8000);
        const std::string id = ctx.req.param("id");
        const auto& c = *ctx.client;
        auto results = nlohmann::json::array();
        f.each("goal_results", [&](Fields& g) {
          const auto goal = g.text("goal_id", true, 64);
          const auto attainment = g.integer("attainment", true, -2, 2);
          const auto note = g.block("note", false, 2000);
          if (goal && ctx.app.db()
                          .query("SELECT id FROM goals WHERE id = $1 AND client_id = $2",
                                 {*goal, c.client_id()})
                          .empty()) {
            g.error("goal_id", "is not a goal of this client");
          }
          if (!g.ok()) return;
          results.push_back({{"goal_id", *goal}, {"attainment", *attainment}, {"note", note.value_or("")}});
        });
        if (!interrupted && f.ok()) {
          // A final evaluation gives every active goal of the period its attainment.
          std::size_t missing = 0;
          for (const auto& g : ctx.app.db()
                                   .query("SELECT id FROM goals WHERE period_id = $1 AND status = "
                                          "'active'",
                                          {id})
                                   .rows) {
            const bool given = std::any_of(results.begin(), results.end(), [&](const auto& r) {
              return r["goal_id"] == g.str(0);
            });
            if (!given) ++missing;
          }
          if (missing > 0) {
            f.error("goal_results", "give an attainment for every active goal of the period (" +
                                        std::to_string(missing) + " missing)");
          }
        }
        f.finish();
        const std::string now = time::now_iso();
        const std::string on = evaluated_on.value_or(time::today());
        ctx.app.db().write([&](store::Tx& tx) {
          // No version from the client: the one read guards against a concurrent change.
          const auto row = update_open_period(
              tx, id, std::nullopt, "status = $1, ended_on = $2, updated_at = $3",
              {std::string(interrupted ? "interrupted" : "closed"), on, now});
          tx.exec("INSERT INTO final_evaluations (id, county_id, client_id, period_id, interrupted, "
                  "reason, goal_results, continuation, client_view, worker_view, evaluated_on, "
                  "created_by, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13)",
                  {security::new_id(), c.county_id(), c.client_id(), id,
                   std::int64_t{interrupted ? 1 : 0},
                   reason ? store::Value(*reason) : store::Value(nullptr), results.dump(),
                   continuation ? store::Value(*continuation) : store::Value(nullptr),
                   client_view.value_or(""), worker_view.value_or(""), on, ctx.me().id, now});
          // The final attainment of each goal is also its last review (GAS uses the latest).
          for (const auto& g : results) {
            tx.exec("INSERT INTO goal_reviews (id, county_id, goal_id, client_id, reviewed_on, "
                    "attainment, note, created_by, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)",
                    {security::new_id(), c.county_id(), g["goal_id"].get<std::string>(),
                     c.client_id(), on, g["attainment"].get<std::int64_t>(),
                     "final: " + g["note"].get<std::string>(), ctx.me().id, now});
          }
          // The key worker relationship ends with the period; case work stays for 24 months.
          tx.exec("UPDATE client_relations SET ended_at = $1 WHERE client_id = $2 AND "
                  "relationship = 'key_worker' AND user_id = $3",
                  {now, c.client_id(), row.str(4)});
          store::relations::record_case_work(tx, c.county_id(), c.client_id(), row.str(4), now);
          store::relations::record_case_work(tx, c.county_id(), c.client_id(), ctx.me().id, now);
        });
        return Response::json(201, read_period(ctx.app.db(), id));
      },
      Action::client_update, "update", "period", http::kJsonBodyLimit, period_client);
}

}  // namespace soku::api
