// api/goals_api.cpp — the client plan (asiakassuunnitelma) and its goals. A goal is written in
// the client's own words with means, who does what, a review date, optional GAS levels −2…+2
// with descriptions and a weight. Editing appends a new version (history kept, optimistic
// concurrency on the version); reviews record the attainment level.
#include "api/app.h"
#include "api/fields.h"
#include "api/path_common.h"
#include "store/queries/records.h"
#include "store/queries/relations.h"
#include "common/time.h"
#include "domain/client_path.h"
#include "domain/codes.h"
#include "security/crypto.h"

namespace soku::api {

using http::Problem;
using http::Response;
using security::Action;

namespace {

struct GoalInput {
  std::optional<std::string> text, means, responsible, review_on, status;
  nlohmann::json gas = nullptr;
  std::optional<std::int64_t> weight;
};

GoalInput read_goal(const nlohmann::json& body, Fields& f, bool create) {
  GoalInput in;
  in.text = f.block("text", create, 2000);
  in.means = f.block("means", false, 4000);
  in.responsible = f.block("responsible", false, 2000);
  in.review_on = f.date("review_on", false);
  in.weight = f.integer("weight", false, 1, 10);
  in.status = f.choice("status", false, domain::code_list("goal_status"));
  if (body.contains("gas_levels") && !body["gas_levels"].is_null()) {
    const auto& g = body["gas_levels"];
    if (!g.is_object()) {
      f.error("gas_levels", "must be an object with keys \"-2\" … \"2\"");
    } else {
      nlohmann::json levels = nlohmann::json::object();
      for (const char* k : {"-2", "-1", "0", "1", "2"}) {
        if (!g.contains(k) || !g[k].is_string() || g[k].get<std::string>().empty()) {
          f.error(std::string("gas_levels.") + k, "describe this level");
        } else if (g[k].get<std::string>().size() > 1000) {
          f.error(std::string("gas_levels.") + k, "is too long");
        } else {
          levels[k] = g[k];
        }
      }
      for (const auto& [k, v] : g.items()) {
        if (!levels.contains(k) && k != "-2" && k != "-1" && k != "0" && k != "1" && k != "2") {
          f.error("gas_levels." + k, "is not a GAS level (−2 … 2)");
        }
      }
      in.gas = levels;
    }
  }
  return in;
}

constexpr std::string_view kGoal =
    "SELECT g.id, g.client_id, g.period_id, g.current_version, g.status, g.created_at, "
    "v.text, v.means, v.responsible, v.review_on, v.gas_levels, v.weight, v.created_by, "
    "v.created_at FROM goals g JOIN goal_versions v ON v.goal_id = g.id AND "
    "v.version = g.current_version ";

nlohmann::json goal_json(store::Tx& tx, const store::Row& r) {
  auto reviews = nlohmann::json::array();
  for (const auto& v : tx.exec("SELECT id, reviewed_on, attainment, note, created_by, created_at "
                               "FROM goal_reviews WHERE goal_id = $1 ORDER BY reviewed_on, created_at",
                               {r.str(0)})
                           .rows) {
    reviews.push_back({{"id", v.str(0)},
                       {"reviewed_on", v.str(1)},
                       {"attainment", v.i64(2)},
                       {"note", v.str(3)},
                       {"created_by", v.str(4)},
                       {"created_at", v.str(5)}});
  }
  return {{"id", r.str(0)},
          {"client_id", r.str(1)},
          {"period_id", r.is_null(2) ? nlohmann::json(nullptr) : nlohmann::json(r.str(2))},
          {"version", r.i64(3)},
          {"status", r.str(4)},
          {"created_at", r.str(5)},
          {"text", r.str(6)},
          {"means", r.str(7)},
          {"responsible", r.str(8)},
          {"review_on", r.is_null(9) ? nlohmann::json(nullptr) : nlohmann::json(r.str(9))},
          {"gas_levels", r.is_null(10) ? nlohmann::json(nullptr) : parse_column(r.str(10), false)},
          {"weight", r.i64(11)},
          {"updated_by", r.str(12)},
          {"updated_at", r.str(13)},
          {"reviews", reviews},
          {"latest_attainment", reviews.empty() ? nlohmann::json(nullptr) : reviews.back()["attainment"]}};
}

nlohmann::json read_goal_json(store::Database& db, const std::string& id) {
  nlohmann::json out;
  db.read([&](store::Tx& tx) {
    out = goal_json(tx, tx.exec(std::string(kGoal) + "WHERE g.id = $1", {id}).one());
  });
  return out;
}

}  // namespace

void register_goals(App& app) {
  const auto goal_client = client_of_table("goals");

  app.route(
      "POST", "/api/v1/clients/{id}/goals", Gate::client,
      [](Ctx& ctx) {
        const auto body = ctx.body();
        Fields f(body);
        auto in = read_goal(body, f, true);
        f.finish();
        const auto& c = *ctx.client;
        const std::string id = security::new_id();
        const std::string now = time::now_iso();
        ctx.app.db().write([&](store::Tx& tx) {
          const auto period = store::records::open_period_id(tx, c.client_id());
          tx.exec("INSERT INTO goals (id, county_id, client_id, period_id, current_version, status, "
                  "created_by, created_at) VALUES ($1,$2,$3,$4,1,$5,$6,$7)",
                  {id, c.county_id(), c.client_id(),
                   period ? store::Value(*period) : store::Value(nullptr),
                   in.status.value_or("active"), ctx.me().id, now});
          tx.exec("INSERT INTO goal_versions (id, county_id, goal_id, client_id, version, text, "
                  "means, responsible, review_on, gas_levels, weight, created_by, created_at) "
                  "VALUES ($1,$2,$3,$4,1,$5,$6,$7,$8,$9,$10,$11,$12)",
                  {security::new_id(), c.county_id(), id, c.client_id(), *in.text,
                   in.means.value_or(""), in.responsible.value_or(""),
                   in.review_on ? store::Value(*in.review_on) : store::Value(nullptr),
                   in.gas.is_null() ? store::Value(nullptr) : store::Value(in.gas.dump()),
                   in.weight.value_or(1), ctx.me().id, now});
          store::relations::record_case_work(tx, c.county_id(), c.client_id(), ctx.me().id, now);
        });
        return Response::json(201, read_goal_json(ctx.app.db(), id));
      },
      Action::client_update, "create", "goal");

  app.route(
      "GET", "/api/v1/goals/{id}", Gate::client,
      [](Ctx& ctx) { return Response::json(200, read_goal_json(ctx.app.db(), ctx.req.param("id"))); },
      Action::client_read, "read", "goal", http::kJsonBodyLimit, goal_client);

  // A new version: fields not given are carried over from the current version.
  app.route(
      "PATCH", "/api/v1/goals/{id}", Gate::client,
      [](Ctx& ctx) {
        const auto body = ctx.body();
        Fields f(body);
        const auto version = f.integer("version", true, 1);
        auto in = read_goal(body, f, false);
        if (in.text && in.text->empty()) f.error("text", "must not be empty");
        f.finish();
        const std::string id = ctx.req.param("id");
        const auto& c = *ctx.client;
        const std::string now = time::now_iso();
        ctx.app.db().write([&](store::Tx& tx) {
          // The current version's fields carry over: once the versioned update below has
          // matched `version`, the row read here is the one it replaced (versions only grow).
          const auto cur = tx.exec(std::string(kGoal) + "WHERE g.id = $1", {id}).one();
          const std::int64_t next =
              store::update_versioned(tx, "goals", id, *version, "status = $1",
                                      {in.status ? *in.status : cur.str(4)}, "current_version");
          // The new version's row only after the update matched.
          const bool gas_given = body.contains("gas_levels");
          tx.exec("INSERT INTO goal_versions (id, county_id, goal_id, client_id, version, text, "
                  "means, responsible, review_on, gas_levels, weight, created_by, created_at) "
                  "VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13)",
                  {security::new_id(), c.county_id(), id, c.client_id(), next,
                   in.text ? *in.text : cur.str(6), in.means ? *in.means : cur.str(7),
                   in.responsible ? *in.responsible : cur.str(8),
                   body.contains("review_on")
                       ? (in.review_on ? store::Value(*in.review_on) : store::Value(nullptr))
                       : cur.at(9),
                   gas_given ? (in.gas.is_null() ? store::Value(nullptr) : store::Value(in.gas.dump()))
                             : cur.at(10),
                   in.weight ? *in.weight : cur.i64(11), ctx.me().id, now});
          store::relations::record_case_work(tx, c.county_id(), c.client_id(), ctx.me().id, now);
        });
        return Response::json(200, read_goal_json(ctx.app.db(), id));
      },
      Action::client_update, "update", "goal", http::kJsonBodyLimit, goal_client);

  app.route(
      "GET", "/api/v1/goals/{id}/versions", Gate::client,
      [](Ctx& ctx) {
        auto items = nlohmann::json::array();
        for (const auto& v :
             ctx.app.db()
                 .query("SELECT v.version, v.text, v.means, v.responsible, v.review_on, "
                        "v.gas_levels, v.weight, v.created_by, u.display_name, v.created_at FROM "
                        "goal_versions v JOIN users u ON u.id = v.created_by WHERE v.goal_id = $1 "
                        "ORDER BY v.version DESC",
                        {ctx.req.param("id")})
                 .rows) {
          items.push_back(
              {{"version", v.i64(0)},
               {"text", v.str(1)},
               {"means", v.str(2)},
               {"responsible", v.str(3)},
               {"review_on", v.is_null(4) ? nlohmann::json(nullptr) : nlohmann::json(v.str(4))},
               {"gas_levels", v.is_null(5) ? nlohmann::json(nullptr) : parse_column(v.str(5), false)},
               {"weight", v.i64(6)},
               {"created_by", v.str(7)},
               {"created_by_name", v.str(8)},
               {"created_at", v.str(9)}});
        }
        return Response::json(200, {{"items", items}, {"next_cursor", nullptr}});
      },
      Action::client_read, "read", "goal", http::kJsonBodyLimit, goal_client);

  app.route(
      "POST", "/api/v1/goals/{id}/reviews", Gate::client,
      [](Ctx& ctx) {
        const auto body = ctx.body();
        Fields f(body);
        const auto on = f.date("reviewed_on", true);
        const auto attainment = f.integer("attainment", true, -2, 2);
        const auto note = f.block("note", false, 4000);
        f.finish();
        const std::string id = ctx.req.param("id");
        const auto& c = *ctx.client;
        const std::string now = time::now_iso();
        ctx.app.db().write([&](store::Tx& tx) {
          tx.exec("INSERT INTO goal_reviews (id, county_id, goal_id, client_id, reviewed_on, "
                  "attainment, note, created_by, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)",
                  {security::new_id(), c.county_id(), id, c.client_id(), *on, *attainment,
                   note.value_or(""), ctx.me().id, now});
          store::relations::record_case_work(tx, c.county_id(), c.client_id(), ctx.me().id, now);
        });
        return Response::json(201, read_goal_json(ctx.app.db(), id));
      },
      Action::client_update, "create", "goal_review", http::kJsonBodyLimit, goal_client);

  // The current plan: the open (or latest) period, its goals with their latest reviews.
  app.route(
      "GET", "/api/v1/clients/{id}/plan", Gate::client,
      [](Ctx& ctx) {
        const auto& c = *ctx.client;
        nlohmann::json out;
        ctx.app.db().read([&](store::Tx& tx) {
          const auto client = tx.exec("SELECT first_name, last_name, languages FROM clients "
                                      "WHERE id = $1",
                                      {c.client_id()})
                                  .one();
          const auto p = tx.exec("SELECT p.id, p.starts_on, p.deadline, p.phase, p.status, "
                                 "u.display_name FROM periods p JOIN users u ON u.id = "
                                 "p.key_worker_id WHERE p.client_id = $1 ORDER BY "
                                 "(p.status = 'open') DESC, p.starts_on DESC LIMIT 1",
                                 {c.client_id()});
          nlohmann::json period = nullptr;
          if (!p.empty()) {
            const auto& r = p.rows[0];
            period = {{"id", r.str(0)},    {"starts_on", r.str(1)}, {"deadline", r.str(2)},
                      {"phase", r.str(3)}, {"status", r.str(4)},    {"key_worker_name", r.str(5)}};
          }
          auto goals = nlohmann::json::array();
          auto next_reviews = nlohmann::json::array();
          for (const auto& g :
               tx.exec(std::string(kGoal) + "WHERE g.client_id = $1 AND g.status <> 'dropped' "
                                            "ORDER BY g.created_at",
                       {c.client_id()})
                   .rows) {
            auto gj = goal_json(tx, g);
            if (!gj["review_on"].is_null() && gj["status"] == "active") {
              next_reviews.push_back({{"goal_id", gj["id"]}, {"review_on", gj["review_on"]}});
            }
            goals.push_back(std::move(gj));
          }
          out = {{"client", {{"id", c.client_id()},
                             {"first_name", client.str(0)},
                             {"last_name", client.str(1)},
                             {"languages", parse_column(client.str(2))}}},
                 {"period", period},
                 {"goals", goals},
                 {"next_reviews", next_reviews}};
        });
        return Response::json(200, out);
      },
      Action::client_read, "read", "plan");
}

}  // namespace soku::api
