// api/assessments_api.cpp — the service need assessment with the rehabilitation need assessment
// (palvelutarpeen arviointi): a structured document — life areas with the client's and the
// worker's view, strengths and need level; statements from the network; a conclusion. Editable
// (with a version) until it is completed; a completed assessment is a record and stays as it is.
//
// The rules are domain/assessments.h; the queries store/queries/assessments.h.
#include "api/app.h"
#include "api/corrections.h"
#include "api/fields.h"
#include "api/json.h"
#include "api/path_common.h"
#include "common/time.h"
#include "domain/assessments.h"
#include "domain/client_path.h"
#include "domain/codes.h"
#include "domain/corrections.h"
#include "security/crypto.h"
#include "store/queries/assessments.h"
#include "store/queries/corrections.h"
#include "store/queries/relations.h"

namespace soku::api {

using http::Problem;
using http::Response;
using security::Action;

namespace {


nlohmann::json addendum_json(const store::corrections::Addendum& a) {
  return {{"id", a.id},
          {"text", a.text},
          {"reason", a.reason},
          {"created_by", a.created_by},
          {"created_by_name", a.created_by_name},
          {"created_at", a.created_at}};
}

// With its addenda (oldest first).
nlohmann::json assessment_json(store::Tx& tx, const store::assessments::Assessment& a) {
  auto addenda = nlohmann::json::array();
  for (const auto& x : store::corrections::addenda(tx, a.id)) addenda.push_back(addendum_json(x));
  auto doc = parse_column(a.document, false);
  return {{"id", a.id},
          {"client_id", a.client_id},
          {"life_areas", doc.value("life_areas", nlohmann::json::array())},
          {"network_statements", doc.value("network_statements", nlohmann::json::array())},
          {"summary", doc.value("summary", "")},
          {"conclusion", or_null(a.conclusion)},
          {"completed_on", or_null(a.completed_on)},
          {"version", a.version},
          {"created_by", a.created_by},
          {"created_at", a.created_at},
          {"updated_at", a.updated_at},
          {"addenda", addenda}};
}

store::assessments::Content read_assessment(Fields& f) {
  store::assessments::Content in;
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
                     {"need_level", or_null(need)}});
  });
  auto statements = nlohmann::json::array();
  f.each("network_statements", [&](Fields& st) {
    const auto source = st.text("source", true, 200);
    const auto summary = st.block("summary", true, 4000);
    const auto received = st.date("received_on", false);
    if (!st.ok()) return;
    statements.push_back(
        {{"source", *source}, {"summary", *summary}, {"received_on", or_null(received)}});
  });
  const auto summary = f.block("summary", false, 8000);
  in.document = nlohmann::json{{"life_areas", areas},
                               {"network_statements", statements},
                               {"summary", summary.value_or("")}}
                    .dump();
  in.conclusion = f.choice("conclusion", false, domain::code_list("assessment_conclusion"));
  in.completed_on = f.date("completed_on", false);
  if (auto problem = domain::assessment_conclusion_problem(in.completed_on, in.conclusion)) {
    f.error("conclusion", *problem);
  }
  return in;
}

}  // namespace

void register_assessments(App& app) {
  // The client's timeline: each assessment on the day it was completed (a draft: begun).
  app.timeline_source("assessment", [](store::Tx& tx, const std::string& client_id) {
    std::vector<TimelineEntry> out;
    for (const auto& a : store::assessments::for_client(tx, client_id)) {
      out.push_back({a.completed_on.value_or(a.created_at.substr(0, 10)),
                     a.created_at,
                     a.id,
                     {{"conclusion", or_null(a.conclusion)}},
                     !store::corrections::addenda(tx, a.id).empty()});
    }
    return out;
  });

  const auto assessment_client = client_of_table("assessments");

  app.route(
      {.method = "POST",
       .pattern = "/api/v1/clients/{id}/assessments",
       .gate = Gate::client,
       .action = Action::client_update,
       .audit_action = "create",
       .resource_type = "assessment"},
      [](Ctx& ctx) {
        const auto body = ctx.body();
        Fields f(body);
        const auto in = read_assessment(f);
        f.finish();
        const std::string id = security::new_id();
        const std::string now = time::now_iso();
        const auto& c = *ctx.client;
        nlohmann::json saved;
        ctx.app.db().write([&](store::Tx& tx) {
          store::assessments::insert(tx, id, c.county_id(), c.client_id(), in, ctx.me().id, now);
          store::relations::record_case_work(tx, c.county_id(), c.client_id(), ctx.me().id, now);
          saved = assessment_json(tx, store::assessments::get(tx, id));
        });
        return Response::json(201, saved);
      });

  app.route({.method = "GET",
             .pattern = "/api/v1/clients/{id}/assessments",
             .gate = Gate::client,
             .action = Action::client_read,
             .audit_action = "read",
             .resource_type = "assessment"},
            [](Ctx& ctx) {
              auto items = nlohmann::json::array();
              ctx.app.db().read([&](store::Tx& tx) {
                for (const auto& a : store::assessments::for_client(tx, ctx.client->client_id())) {
                  items.push_back(assessment_json(tx, a));
                }
              });
              return Response::json(200, {{"items", items}, {"next_cursor", nullptr}});
            });

  app.route({.method = "GET",
             .pattern = "/api/v1/assessments/{id}",
             .gate = Gate::client,
             .action = Action::client_read,
             .audit_action = "read",
             .resource_type = "assessment",
             .client_of = assessment_client},
            [](Ctx& ctx) {
              nlohmann::json a;
              ctx.app.db().read([&](store::Tx& tx) {
                a = assessment_json(tx, store::assessments::get(tx, ctx.req.param("id")));
              });
              return Response::json(200, a);
            });

  app.route({.method = "PATCH",
             .pattern = "/api/v1/assessments/{id}",
             .gate = Gate::client,
             .action = Action::client_update,
             .audit_action = "update",
             .resource_type = "assessment",
             .client_of = assessment_client},
            [](Ctx& ctx) {
              const auto body = ctx.body();
              Fields f(body);
              const auto version = f.integer("version", true, 1);
              const auto in = read_assessment(f);
              f.finish();
              const std::string id = ctx.req.param("id");
              const std::string now = time::now_iso();
              const auto& c = *ctx.client;
              nlohmann::json saved;
              ctx.app.db().write([&](store::Tx& tx) {
                if (!domain::assessment_editable(store::assessments::get(tx, id).completed_on)) {
                  throw Problem::conflict("completed", "A completed assessment cannot be changed.");
                }
                store::assessments::update(tx, id, *version, in, ctx.me().id, now);
                store::relations::record_case_work(tx, c.county_id(), c.client_id(), ctx.me().id,
                                                   now);
                saved = assessment_json(tx, store::assessments::get(tx, id));
              });
              return Response::json(200, saved);
            });

  // A completed assessment is not rewritten: an addendum (text and reason) is added to it and
  // listed with it. A draft is simply edited (409 `not-completed`).
  app.route({.method = "POST",
             .pattern = "/api/v1/assessments/{id}/addenda",
             .gate = Gate::client,
             .action = Action::client_update,
             .audit_action = "create",
             .resource_type = "assessment",
             .client_of = assessment_client},
            [](Ctx& ctx) {
              const auto body = ctx.body();
              Fields f(body);
              const auto text = f.block("text", true, 8000);
              const std::size_t before = f.errors().size();
              const auto reason = f.block("reason", false, domain::kCorrectionReasonMax);
              if (f.errors().size() == before) {
                if (auto p = domain::correction_reason_problem(reason)) {
                  f.error(p->field, p->message);
                }
              }
              corrections::refuse_unknown(f, body, {"text"});
              f.finish();
              const std::string id = ctx.req.param("id");
              const std::string now = time::now_iso();
              const auto& c = *ctx.client;
              nlohmann::json saved;
              ctx.app.db().write([&](store::Tx& tx) {
                if (!domain::addendum_allowed(store::assessments::get(tx, id).completed_on)) {
                  throw Problem::conflict("not-completed",
                                          "The assessment is a draft: edit it instead.");
                }
                store::corrections::insert_addendum(tx, {.id = security::new_id(),
                                                         .county_id = c.county_id(),
                                                         .client_id = c.client_id(),
                                                         .assessment_id = id,
                                                         .text = *text,
                                                         .reason = *reason,
                                                         .created_by = ctx.me().id,
                                                         .created_at = now});
                store::relations::record_case_work(tx, c.county_id(), c.client_id(), ctx.me().id,
                                                   now);
                saved = assessment_json(tx, store::assessments::get(tx, id));
              });
              return Response::json(201, saved);
            });
}

}  // namespace soku::api
