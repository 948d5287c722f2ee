// api/periods_api.cpp — the service period (palvelujakso): its deadline extensions (every one
// kept, with its reason), the phase of intensified individual work, and the final evaluation
// (loppuarviointi) or interruption (keskeytys) that closes it.
//
// The rules are domain/periods.h and domain/final_evaluation.h; the queries store/queries/
// periods.h and final_evaluations.h.
#include "api/app.h"
#include "api/fields.h"
#include "api/json.h"
#include "common/time.h"
#include "domain/client_path.h"
#include "domain/final_evaluation.h"
#include "domain/periods.h"
#include "security/crypto.h"
#include "store/queries/final_evaluations.h"
#include "store/queries/goal_reviews.h"
#include "store/queries/periods.h"
#include "store/queries/relations.h"

namespace soku::api {

using http::Problem;
using http::Response;
using security::Action;

namespace {

nlohmann::json evaluation_json(const std::optional<store::final_evaluations::FinalEvaluation>& e) {
  if (!e) return nullptr;
  auto results = nlohmann::json::array();
  for (const auto& g : e->goal_results) {
    results.push_back({{"goal_id", g.goal_id}, {"attainment", g.attainment}, {"note", g.note}});
  }
  return {{"id", e->id},
          {"interrupted", e->interrupted},
          {"reason", or_null(e->reason)},
          {"goal_results", results},
          {"continuation", or_null(e->continuation)},
          {"client_view", e->client_view},
          {"worker_view", e->worker_view},
          {"evaluated_on", e->evaluated_on},
          {"created_by", e->created_by}};
}

nlohmann::json period_json(const store::periods::Period& p) {
  auto extensions = nlohmann::json::array();
  for (const auto& e : p.extensions) {
    extensions.push_back({{"id", e.id},
                          {"previous_deadline", e.previous_deadline},
                          {"new_deadline", e.new_deadline},
                          {"reason", e.reason},
                          {"created_by", e.created_by},
                          {"created_by_name", e.created_by_name},
                          {"created_at", e.created_at}});
  }
  return {{"id", p.id},
          {"client_id", p.client_id},
          {"decision_id", p.decision_id},
          {"key_worker_id", p.key_worker_id},
          {"key_worker_name", p.key_worker_name},
          {"service_forms", p.service_forms},
          {"starts_on", p.starts_on},
          {"deadline", p.deadline},
          {"phase", p.phase},
          {"status", p.status},
          {"ended_on", or_null(p.ended_on)},
          {"version", p.version},
          {"created_at", p.created_at},
          {"extensions", extensions},
          {"final_evaluation", evaluation_json(p.final_evaluation)}};
}

// Every write to a period reads it first: it must exist (404) and be open (409 period-closed).
// Without a `version` from the client, the version read here is the one the versioned write
// expects, so a change committed since this read is never overwritten either. Once that write has
// matched, the state read is the one it replaced (versions only grow): its deadline is the true
// previous deadline. Whatever else the write records comes after, in the same transaction.
store::periods::State open_period(store::Tx& tx, const std::string& id) {
  auto state = store::periods::state(tx, id);
  if (!domain::period_writable(state.status)) {
    throw Problem::conflict("period-closed", "The service period is already closed.");
  }
  return state;
}

// Every write to a period, in one transaction: the open period read first (open_period),
// `write(tx, before, now)`, the case work it records for the writer, and the period as it is
// afterwards, answered with `status`.
template <class Write>
Response write_period(Ctx& ctx, const std::string& id, int status, Write write) {
  const auto& c = *ctx.client;
  const std::string now = time::now_iso();
  store::periods::Period saved;
  ctx.app.db().write([&](store::Tx& tx) {
    const auto before = open_period(tx, id);
    write(tx, before, now);
    store::relations::record_case_work(tx, c.county_id(), c.client_id(), ctx.me().id, now);
    saved = store::periods::get(tx, id);
  });
  return Response::json(status, period_json(saved));
}

}  // namespace

void register_periods(App& app) {
  // The client's timeline: a period's start, each extension of its deadline, and its final
  // evaluation or interruption.
  app.timeline_source("period", [](store::Tx& tx, const std::string& client_id) {
    std::vector<TimelineEntry> out;
    for (const auto& p : store::periods::for_client(tx, client_id)) {
      out.push_back(
          {p.starts_on,
           p.created_at,
           p.id,
           {{"deadline", p.deadline}, {"status", p.status}, {"ended_on", or_null(p.ended_on)}}});
    }
    return out;
  });
  app.timeline_source("extension", [](store::Tx& tx, const std::string& client_id) {
    std::vector<TimelineEntry> out;
    for (const auto& p : store::periods::for_client(tx, client_id)) {
      for (const auto& e : p.extensions) {
        out.push_back({e.created_at.substr(0, 10),
                       e.created_at,
                       e.id,
                       {{"previous_deadline", e.previous_deadline},
                        {"new_deadline", e.new_deadline},
                        {"reason", e.reason},
                        {"period_id", p.id}}});
      }
    }
    return out;
  });
  app.timeline_source("final_evaluation", [](store::Tx& tx, const std::string& client_id) {
    std::vector<TimelineEntry> out;
    for (const auto& p : store::periods::for_client(tx, client_id)) {
      if (!p.final_evaluation) continue;
      const auto& e = *p.final_evaluation;
      out.push_back({e.evaluated_on,
                     e.created_at,
                     e.id,
                     {{"interrupted", e.interrupted},
                      {"continuation", or_null(e.continuation)},
                      {"reason", or_null(e.reason)}}});
    }
    return out;
  });

  const auto period_client = client_of_table("periods");
  // The route of every write to a period: a client update of the period's client, audited so.
  const auto period_write = [&](std::string method, std::string pattern) {
    return RouteSpec{.method = std::move(method),
                     .pattern = std::move(pattern),
                     .gate = Gate::client,
                     .action = Action::client_update,
                     .audit_action = "update",
                     .resource_type = "period",
                     .client_of = period_client};
  };

  app.route({.method = "GET",
             .pattern = "/api/v1/clients/{id}/periods",
             .gate = Gate::client,
             .action = Action::client_read,
             .audit_action = "read",
             .resource_type = "period"},
            [](Ctx& ctx) {
              auto items = nlohmann::json::array();
              ctx.app.db().read([&](store::Tx& tx) {
                for (const auto& p : store::periods::for_client(tx, ctx.client->client_id())) {
                  items.push_back(period_json(p));
                }
              });
              return Response::json(200, {{"items", items}, {"next_cursor", nullptr}});
            });

  app.route(
      {.method = "GET",
       .pattern = "/api/v1/periods/{id}",
       .gate = Gate::client,
       .action = Action::client_read,
       .audit_action = "read",
       .resource_type = "period",
       .client_of = period_client},
      [](Ctx& ctx) {
        store::periods::Period p;
        ctx.app.db().read([&](store::Tx& tx) { p = store::periods::get(tx, ctx.req.param("id")); });
        return Response::json(200, period_json(p));
      });

  // Before closing: what the worker should know (no meetings, no goals, a far deadline, opened
  // today). Warnings only — closing is not refused; the web shows them in the confirmation step.
  app.route(
      {.method = "GET",
       .pattern = "/api/v1/periods/{id}/closing-check",
       .gate = Gate::client,
       .action = Action::client_read,
       .audit_action = "read",
       .resource_type = "period",
       .client_of = period_client},
      [](Ctx& ctx) {
        const std::string id = ctx.req.param("id");
        std::vector<domain::ClosingWarning> warnings;
        ctx.app.db().read([&](store::Tx& tx) {
          const auto p = store::periods::get(tx, id);
          warnings = domain::closing_warnings(
              {.meetings = store::periods::meeting_count(tx, id),
               .active_goals = static_cast<std::int64_t>(
                   store::final_evaluations::active_goal_ids(tx, id).size()),
               .deadline = p.deadline,
               .starts_on = p.starts_on,
               .today = time::today()});
        });
        auto out = nlohmann::json::array();
        for (const auto& w : warnings) {
          nlohmann::json item{{"code", w.code}};
          if (w.days) item["days"] = *w.days;
          out.push_back(item);
        }
        return Response::json(200, {{"period_id", id}, {"warnings", out}});
      });

  // Phase of intensified individual work: start → working → closing (any order; configurable).
  app.route(period_write("PATCH", "/api/v1/periods/{id}"), [](Ctx& ctx) {
    const auto body = ctx.body();
    Fields f(body);
    const auto version = f.integer("version", true, 1);
    const auto phase = f.choice("phase", true, domain::default_phases());
    f.finish();
    const std::string id = ctx.req.param("id");
    return write_period(ctx, id, 200, [&](store::Tx& tx, const auto&, const std::string& now) {
      store::periods::set_phase(tx, id, *version, *phase, now);
    });
  });

  app.route(period_write("POST", "/api/v1/periods/{id}/extensions"), [](Ctx& ctx) {
    const auto body = ctx.body();
    Fields f(body);
    const auto new_deadline = f.date("new_deadline", true);
    const auto reason = f.block("reason", true, 4000);
    const auto version = f.integer("version", false, 1);
    f.finish();
    const std::string id = ctx.req.param("id");
    const auto& c = *ctx.client;
    return write_period(
        ctx, id, 201, [&](store::Tx& tx, const auto& before, const std::string& now) {
          store::periods::extend(tx, id, version.value_or(before.version), *new_deadline, now);
          if (auto problem = domain::extension_problem(before.deadline, *new_deadline)) {
            throw Problem::invalid({{"new_deadline", *problem}});  // rolls the update back
          }
          // The history row only after the versioned update matched.
          store::periods::insert_extension(tx, {.county_id = c.county_id(),
                                                .period_id = id,
                                                .client_id = c.client_id(),
                                                .previous_deadline = before.deadline,
                                                .new_deadline = *new_deadline,
                                                .reason = *reason,
                                                .created_by = ctx.me().id,
                                                .created_at = now});
        });
  });

  // Closes the period: a final evaluation with per-goal attainment, or an interruption.
  app.route(period_write("POST", "/api/v1/periods/{id}/final-evaluation"), [](Ctx& ctx) {
    const std::string id = ctx.req.param("id");
    const auto& c = *ctx.client;
    std::vector<std::string> client_goals;
    std::vector<std::string> active_goals;
    ctx.app.db().read([&](store::Tx& tx) {
      client_goals = store::final_evaluations::client_goal_ids(tx, c.client_id());
      active_goals = store::final_evaluations::active_goal_ids(tx, id);
    });

    const auto body = ctx.body();
    Fields f(body);
    const bool interrupted = f.boolean("interrupted", false).value_or(false);
    const auto asks = domain::final_evaluation_fields(interrupted);
    const auto evaluated_on = f.date("evaluated_on", false);
    std::optional<std::string> reason;
    std::optional<std::string> continuation;
    if (asks.reason) reason = f.choice("reason", true, domain::interruption_reasons());
    if (asks.continuation) {
      continuation = f.choice("continuation", true, domain::continuation_paths());
    }
    const auto client_view = f.block("client_view", asks.views_required, 8000);
    const auto worker_view = f.block("worker_view", asks.views_required, 8000);
    std::vector<store::final_evaluations::GoalResult> results;
    std::vector<std::string> given;
    f.each("goal_results", [&](Fields& g) {
      const auto goal = g.text("goal_id", true, 64);
      const auto attainment = g.integer("attainment", true, -2, 2);
      const auto note = g.block("note", false, 2000);
      if (goal) {
        if (auto problem = domain::goal_result_problem(*goal, client_goals)) {
          g.error("goal_id", *problem);
        }
      }
      if (!g.ok()) return;
      results.push_back({*goal, *attainment, note.value_or("")});
      given.push_back(*goal);
    });
    if (f.ok()) {
      if (auto problem = domain::goal_results_problem(interrupted, active_goals, given)) {
        f.error("goal_results", *problem);
      }
    }
    f.finish();

    const std::string on = evaluated_on.value_or(time::today());
    // No version from the client: the one read first guards against a concurrent change.
    return write_period(
        ctx, id, 201, [&](store::Tx& tx, const auto& before, const std::string& now) {
          store::periods::close(tx, id, before.version, domain::closing_status(interrupted), on,
                                now);
          store::final_evaluations::insert(tx, {.id = security::new_id(),
                                                .county_id = c.county_id(),
                                                .client_id = c.client_id(),
                                                .period_id = id,
                                                .interrupted = interrupted,
                                                .reason = reason,
                                                .goal_results = results,
                                                .continuation = continuation,
                                                .client_view = client_view.value_or(""),
                                                .worker_view = worker_view.value_or(""),
                                                .evaluated_on = on,
                                                .created_by = ctx.me().id,
                                                .created_at = now});
          // The final attainment of each goal is also its last review (GAS uses the latest).
          for (const auto& g : results) {
            store::goal_reviews::insert(tx, {.county_id = c.county_id(),
                                             .goal_id = g.goal_id,
                                             .client_id = c.client_id(),
                                             .reviewed_on = on,
                                             .attainment = g.attainment,
                                             .note = domain::final_review_note(g.note),
                                             .created_by = ctx.me().id,
                                             .created_at = now});
          }
          // The key worker relationship ends with the period; case work stays for 24 months.
          store::relations::end(tx, c.client_id(), before.key_worker_id, "key_worker", now);
          store::relations::record_case_work(tx, c.county_id(), c.client_id(), before.key_worker_id,
                                             now);
        });
  });
}

}  // namespace soku::api
