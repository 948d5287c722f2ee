// api/goals_api.cpp — the client plan (asiakassuunnitelma) and its goals. A goal is written in
// the client's own words with means, who does what, a review date, optional GAS levels −2…+2
// with descriptions and a weight. Editing appends a new version (history kept, optimistic
// concurrency on the version); reviews record the attainment level. Rules: domain/goals.h;
// queries: store/queries/goals.h and goal_reviews.h.
#include "api/app.h"
#include "api/json.h"
#include "api/fields.h"
#include "api/path_common.h"
#include "common/time.h"
#include "domain/codes.h"
#include "domain/goals.h"
#include "domain/periods.h"
#include "security/crypto.h"
#include "store/queries/goal_reviews.h"
#include "store/queries/goals.h"
#include "store/queries/periods.h"
#include "store/queries/records.h"
#include "store/queries/relations.h"

namespace soku::api {

using http::Response;
using security::Action;

namespace {

struct GoalInput {
  domain::GoalEdit edit;
  std::optional<std::string> status;
};

// gas_levels as the request gives them: null → no levels; otherwise every level described
// (domain::gas_levels_problems), stored as the JSON text of the five levels.
std::optional<std::string> read_gas_levels(const nlohmann::json& g, Fields& f) {
  if (g.is_null()) return std::nullopt;
  if (!g.is_object()) {
    f.error("gas_levels", "must be an object with keys \"-2\" … \"2\"");
    return std::nullopt;
  }
  domain::GasLevelsGiven given;
  for (const auto& [k, v] : g.items()) {
    given[k] = v.is_string() ? std::optional(v.get<std::string>()) : std::nullopt;
  }
  for (const auto& p : domain::gas_levels_problems(given)) f.error(p.field, p.message);
  nlohmann::json levels = nlohmann::json::object();
  for (const auto& k : domain::gas_level_keys()) {
    if (g.contains(k)) levels[k] = g[k];
  }
  return levels.dump();
}

// The fields of a goal. review_on and gas_levels count as given (to clear them) when present,
// also as null.
GoalInput read_goal(const nlohmann::json& body, Fields& f, bool create) {
  GoalInput in;
  in.edit.text = f.block("text", create, 2000);
  in.edit.means = f.block("means", false, 4000);
  in.edit.responsible = f.block("responsible", false, 2000);
  const auto review_on = f.date("review_on", false);
  if (body.contains("review_on")) in.edit.review_on = review_on;
  in.edit.weight = f.integer("weight", false, 1, 10);
  in.status = f.choice("status", false, domain::code_list("goal_status"));
  if (body.contains("gas_levels")) in.edit.gas_levels = read_gas_levels(body["gas_levels"], f);
  return in;
}

nlohmann::json gas_json(const std::optional<std::string>& levels) {
  return levels ? parse_column(*levels, false) : nlohmann::json(nullptr);
}

nlohmann::json goal_json(const store::goals::Goal& g) {
  auto reviews = nlohmann::json::array();
  for (const auto& r : g.reviews) {
    reviews.push_back({{"id", r.id},
                       {"reviewed_on", r.reviewed_on},
                       {"attainment", r.attainment},
                       {"note", r.note},
                       {"created_by", r.created_by},
                       {"created_at", r.created_at}});
  }
  return {{"id", g.id},
          {"client_id", g.client_id},
          {"period_id", or_null(g.period_id)},
          {"version", g.version},
          {"status", g.status},
          {"created_at", g.created_at},
          {"text", g.content.text},
          {"means", g.content.means},
          {"responsible", g.content.responsible},
          {"review_on", or_null(g.content.review_on)},
          {"gas_levels", gas_json(g.content.gas_levels)},
          {"weight", g.content.weight},
          {"updated_by", g.updated_by},
          {"updated_at", g.updated_at},
          {"reviews", reviews},
          {"latest_attainment", g.reviews.empty() ? nlohmann::json(nullptr)
                                                  : nlohmann::json(g.reviews.back().attainment)}};
}

nlohmann::json version_json(const store::goals::Version& v) {
  return {{"version", v.version},
          {"text", v.content.text},
          {"means", v.content.means},
          {"responsible", v.content.responsible},
          {"review_on", or_null(v.content.review_on)},
          {"gas_levels", gas_json(v.content.gas_levels)},
          {"weight", v.content.weight},
          {"created_by", v.created_by},
          {"created_by_name", v.created_by_name},
          {"created_at", v.created_at}};
}

nlohmann::json period_json(const std::optional<store::goals::PlanPeriod>& p) {
  if (!p) return nullptr;
  return {{"id", p->id},         {"starts_on", p->starts_on}, {"deadline", p->deadline},
          {"phase", p->phase},   {"status", p->status},       {"key_worker_name", p->key_worker_name}};
}

// Every write to a goal, in one transaction: `write(tx, now)` (which returns the goal's id), the
// case work it records for the writer, and the goal as it is afterwards, answered with `status`.
template <class Write>
Response write_goal(Ctx& ctx, int status, Write write) {
  const auto& c = *ctx.client;
  const std::string now = time::now_iso();
  store::goals::Goal saved;
  std::optional<std::string> deadline;
  ctx.app.db().write([&](store::Tx& tx) {
    const std::string id = write(tx, now);
    store::relations::record_case_work(tx, c.county_id(), c.client_id(), ctx.me().id, now);
    saved = store::goals::get(tx, id);
    if (saved.period_id) deadline = store::periods::get(tx, *saved.period_id).deadline;
  });
  auto out = goal_json(saved);
  // A review date after the period's deadline is saved, but warned about (issue 8).
  if (domain::review_after_period(saved.content.review_on, deadline)) {
    out["warnings"] = nlohmann::json::array({{{"code", "review_after_period"},
                                               {"review_on", *saved.content.review_on},
                                               {"deadline", *deadline}}});
  }
  return Response::json(status, out);
}

}  // namespace

void register_goals(App& app) {
  // The client's timeline: each version of a goal on the day it was written, and each review on
  // the day of the review.
  app.timeline_source("goal", [](store::Tx& tx, const std::string& client_id) {
    std::vector<TimelineEntry> out;
    for (const auto& v : store::goals::client_versions(tx, client_id)) {
      out.push_back({v.created_at.substr(0, 10), v.created_at, v.goal_id,
                     {{"version", v.version}, {"text", v.text}}});
    }
    return out;
  });
  app.timeline_source("goal_review", [](store::Tx& tx, const std::string& client_id) {
    std::vector<TimelineEntry> out;
    for (const auto& r : store::goal_reviews::for_client(tx, client_id)) {
      out.push_back({r.reviewed_on, r.created_at, r.id,
                     {{"attainment", r.attainment}, {"goal_id", r.goal_id}}});
    }
    return out;
  });

  const auto goal_client = client_of_table("goals");

  app.route(
      {.method = "POST",
       .pattern = "/api/v1/clients/{id}/goals",
       .gate = Gate::client,
       .action = Action::client_update,
       .audit_action = "create",
       .resource_type = "goal"},
      [](Ctx& ctx) {
        const auto body = ctx.body();
        Fields f(body);
        const auto in = read_goal(body, f, true);
        f.finish();
        const auto& c = *ctx.client;
        return write_goal(ctx, 201, [&](store::Tx& tx, const std::string& now) {
          const store::goals::NewGoal g{
              .id = security::new_id(),
              .county_id = c.county_id(),
              .client_id = c.client_id(),
              .period_id = store::records::open_period_id(tx, c.client_id()),
              .status = in.status.value_or("active"),
              .content = domain::next_goal_version(domain::GoalContent{}, in.edit),
              .created_by = ctx.me().id,
              .created_at = now};
          store::goals::insert(tx, g);
          return g.id;
        });
      });

  app.route(
      {.method = "GET",
       .pattern = "/api/v1/goals/{id}",
       .gate = Gate::client,
       .resource_type = "goal",
       .client_of = goal_client},
      [](Ctx& ctx) {
        store::goals::Goal goal;
        ctx.app.db().read([&](store::Tx& tx) { goal = store::goals::get(tx, ctx.req.param("id")); });
        return Response::json(200, goal_json(goal));
      });

  // A new version: fields not given are carried over from the current version.
  app.route(
      {.method = "PATCH",
       .pattern = "/api/v1/goals/{id}",
       .gate = Gate::client,
       .action = Action::client_update,
       .audit_action = "update",
       .resource_type = "goal",
       .client_of = goal_client},
      [](Ctx& ctx) {
        const auto body = ctx.body();
        Fields f(body);
        const auto version = f.integer("version", true, 1);
        const auto in = read_goal(body, f, false);
        if (const auto p = domain::goal_edit_problem(in.edit)) f.error(p->field, p->message);
        f.finish();
        const std::string id = ctx.req.param("id");
        const auto& c = *ctx.client;
        return write_goal(ctx, 200, [&](store::Tx& tx, const std::string& now) {
          // The current version's fields carry over: once the versioned write has matched
          // `version`, the goal read here is the one it replaced (versions only grow).
          const auto cur = store::goals::get(tx, id);
          store::goals::add_version(
              tx, {.goal_id = id,
                   .county_id = c.county_id(),
                   .client_id = c.client_id(),
                   .expected_version = *version,
                   .status = in.status.value_or(cur.status),
                   .content = domain::next_goal_version(cur.content, in.edit),
                   .created_by = ctx.me().id,
                   .created_at = now});
          return id;
        });
      });

  app.route(
      {.method = "GET",
       .pattern = "/api/v1/goals/{id}/versions",
       .gate = Gate::client,
       .resource_type = "goal",
       .client_of = goal_client},
      [](Ctx& ctx) {
        auto items = nlohmann::json::array();
        ctx.app.db().read([&](store::Tx& tx) {
          for (const auto& v : store::goals::versions(tx, ctx.req.param("id"))) {
            items.push_back(version_json(v));
          }
        });
        return Response::json(200, {{"items", items}, {"next_cursor", nullptr}});
      });

  app.route(
      {.method = "POST",
       .pattern = "/api/v1/goals/{id}/reviews",
       .gate = Gate::client,
       .action = Action::client_update,
       .audit_action = "create",
       .resource_type = "goal_review",
       .client_of = goal_client},
      [](Ctx& ctx) {
        const auto body = ctx.body();
        Fields f(body);
        const auto on = f.date("reviewed_on", true);
        const auto attainment =
            f.integer("attainment", true, domain::kAttainmentMin, domain::kAttainmentMax);
        const auto note = f.block("note", false, 4000);
        f.finish();
        const std::string id = ctx.req.param("id");
        const auto& c = *ctx.client;
        return write_goal(ctx, 201, [&](store::Tx& tx, const std::string& now) {
          store::goal_reviews::insert(tx, {.county_id = c.county_id(),
                                           .goal_id = id,
                                           .client_id = c.client_id(),
                                           .reviewed_on = *on,
                                           .attainment = *attainment,
                                           .note = note.value_or(""),
                                           .created_by = ctx.me().id,
                                           .created_at = now});
          return id;
        });
      });

  // The current plan: the open (or latest) period, its goals with their latest reviews.
  app.route(
      {.method = "GET",
       .pattern = "/api/v1/clients/{id}/plan",
       .gate = Gate::client,
       .resource_type = "plan"},
      [](Ctx& ctx) {
        const auto& c = *ctx.client;
        store::goals::PlanClient client;
        std::optional<store::goals::PlanPeriod> period;
        std::vector<store::goals::Goal> goals;
        ctx.app.db().read([&](store::Tx& tx) {
          client = store::goals::plan_client(tx, c.client_id());
          period = store::goals::plan_period(tx, c.client_id());
          goals = store::goals::for_plan(tx, c.client_id());
        });
        auto goals_json = nlohmann::json::array();
        auto next_reviews = nlohmann::json::array();
        for (const auto& g : goals) {
          if (domain::has_next_review(g.status, g.content.review_on)) {
            next_reviews.push_back({{"goal_id", g.id}, {"review_on", *g.content.review_on}});
          }
          goals_json.push_back(goal_json(g));
        }
        return Response::json(200, {{"client", {{"id", c.client_id()},
                                                {"first_name", client.first_name},
                                                {"last_name", client.last_name},
                                                {"languages", client.languages}}},
                                    {"period", period_json(period)},
                                    {"goals", goals_json},
                                    {"next_reviews", next_reviews}});
      });
}

}  // namespace soku::api
