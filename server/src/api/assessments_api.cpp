// api/assessments_api.cpp — the service need assessment with the rehabilitation need assessment
// (palvelutarpeen arviointi): a structured document — life areas with the client's and the
// worker's view, strengths and need level; statements from the network; a conclusion. Editable
// (with a version) until it is completed; a completed assessment is a record and stays as it is.
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

constexpr std::string_view kSelect =
    "SELECT id, client_id, document, conclusion, completed_on, version, created_by, created_at, "
    "updated_by, updated_at FROM assessments ";

nlohmann::json assessment_json(const store::Row& r) {
  auto doc = parse_column(r.str(2), false);
  return {{"id", r.str(0)},
          {"client_id", r.str(1)},
          {"life_areas", doc.value("life_areas", nlohmann::json::array())},
          {"network_statements", doc.value("network_statements", nlohmann::json::array())},
          {"summary", doc.value("summary", "")},
          {"conclusion", r.is_null(3) ? nlohmann::json(nullptr) : nlohmann::json(r.str(3))},
          {"completed_on", r.is_null(4) ? nlohmann::json(nullptr) : nlohmann::json(r.str(4))},
          {"version", r.i64(5)},
          {"created_by", r.str(6)},
          {"created_at", r.str(7)},
          {"updated_at", r.str(9)}};
}

struct AssessmentInput {
  nlohmann::json document = nlohmann::json::object();
  std::optional<std::string> conclusion;
  std::optional<std::string> completed_on;
};

AssessmentInput read_assessment(Fields& f) {
  AssessmentInput in;
  auto areas = nlohmann::json::array();
  f.each("life_areas", [&](Fields& a) {
    const auto area = a.choice("area", true, domain::life_areas());
    const auto client_view = a.block("client_view", false, 4000);
    const auto worker_view = a.block("worker_view", false, 4000);
    const auto strengths = a.block("strengths", false, 4000);
    const auto need = a.choice("need_level", false, domain::need_levels());
    if (!a.ok()) return;
    areas.push_back({{"area", *area},
                     {"client_view", client_view.value_or("")},
                     {"worker_view", worker_view.value_or("")},
                     {"strengths", strengths.value_or("")},
                     {"need_level", need ? nlohmann::json(*need) : nlohmann::json(nullptr)}});
  });
  auto statements = nlohmann::json::array();
  f.each("network_statements", [&](Fields& st) {
    const auto source = st.text("source", true, 200);
    const auto summary = st.block("summary", true, 4000);
    const auto received = st.date("received_on", false);
    if (!st.ok()) return;
    statements.push_back({{"source", *source},
                          {"summary", *summary},
                          {"received_on", received ? nlohmann::json(*received) : nlohmann::json(nullptr)}});
  });
  const auto summary = f.block("summary", false, 8000);
  in.document = {{"life_areas", areas}, {"network_statements", statements},
                 {"summary", summary.value_or("")}};
  in.conclusion = f.choice("conclusion", false, domain::code_list("assessment_conclusion"));
  in.completed_on = f.date("completed_on", false);
  if (in.completed_on && !in.conclusion) {
    f.error("conclusion", "is required when the assessment is completed");
  }
  return in;
}

}  // namespace

void register_assessments(App& app) {
  app.route(
      "POST", "/api/v1/clients/{id}/assessments", Gate::client,
      [](Ctx& ctx) {
        const auto body = ctx.body();
        Fields f(body);
        auto in = read_assessment(f);
        f.finish();
        const std::string id = security::new_id();
        const std::string now = time::now_iso();
        const auto& c = *ctx.client;
        ctx.app.db().write([&](store::Tx& tx) {
          tx.exec("INSERT INTO assessments (id, county_id, client_id, document, conclusion, "
                  "completed_on, version, created_by, created_at, updated_by, updated_at) VALUES "
                  "($1,$2,$3,$4,$5,$6,1,$7,$8,$7,$8)",
                  {id, c.county_id(), c.client_id(), in.document.dump(),
                   in.conclusion ? store::Value(*in.conclusion) : store::Value(nullptr),
                   in.completed_on ? store::Value(*in.completed_on) : store::Value(nullptr),
                   ctx.me().id, now});
          store::relations::record_case_work(tx, c.county_id(), c.client_id(), ctx.me().id, now);
        });
        return Response::json(
            201, assessment_json(ctx.app.db().query(std::string(kSelect) + "WHERE id = $1", {id}).one()));
      },
      Action::client_update, "create", "assessment");

  app.route(
      "GET", "/api/v1/clients/{id}/assessments", Gate::client,
      [](Ctx& ctx) {
        auto items = nlohmann::json::array();
        for (const auto& r :
             ctx.app.db()
                 .query(std::string(kSelect) + "WHERE client_id = $1 ORDER BY created_at DESC",
                        {ctx.client->client_id()})
                 .rows) {
          items.push_back(assessment_json(r));
        }
        return Response::json(200, {{"items", items}, {"next_cursor", nullptr}});
      },
      Action::client_read, "read", "assessment");

  app.route(
      "GET", "/api/v1/assessments/{id}", Gate::client,
      [](Ctx& ctx) {
        return Response::json(200, assessment_json(ctx.app.db()
                                                       .query(std::string(kSelect) + "WHERE id = $1",
                                                              {ctx.req.param("id")})
                                                       .one()));
      },
      Action::client_read, "read", "assessment", http::kJsonBodyLimit,
      client_of_table("assessments"));

  app.route(
      "PATCH", "/api/v1/assessments/{id}", Gate::client,
      [](Ctx& ctx) {
        const auto body = ctx.body();
        Fields f(body);
        const auto version = f.integer("version", true, 1);
        auto in = read_assessment(f);
        f.finish();
        const std::string id = ctx.req.param("id");
        const std::string now = time::now_iso();
        const auto& c = *ctx.client;
        ctx.app.db().write([&](store::Tx& tx) {
          const auto cur = tx.exec("SELECT completed_on FROM assessments WHERE id = $1", {id}).one();
          if (!cur.is_null(0)) {
            throw Problem::conflict("completed", "A completed assessment cannot be changed.");
          }
          store::update_versioned(
              tx, "assessments", id, *version,
              "document = $1, conclusion = $2, completed_on = $3, updated_by = $4, updated_at = $5",
              {in.document.dump(),
               in.conclusion ? store::Value(*in.conclusion) : store::Value(nullptr),
               in.completed_on ? store::Value(*in.completed_on) : store::Value(nullptr),
               ctx.me().id, now});
          store::relations::record_case_work(tx, c.county_id(), c.client_id(), ctx.me().id, now);
        });
        return Response::json(
            200, assessment_json(ctx.app.db().query(std::string(kSelect) + "WHERE id = $1", {id}).one()));
      },
      Action::client_update, "update", "assessment", http::kJsonBodyLimit,
      client_of_table("assessments"));
}

}  // namespace soku::api
