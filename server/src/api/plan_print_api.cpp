// api/plan_print_api.cpp — the client plan as printed for signing: the unit and county, the
// client's birth date (never the full identity code), the print date, the period (dates, service
// forms, key worker), the goals with their latest reviews, the meeting rhythm and the network's
// names and roles. A goal whose review date falls after the period's deadline is flagged
// (`warnings`). Audited as "print": the printed page leaves the system.
//
// The rules are domain/periods.h (review_after_period, meeting_interval_days); the queries
// store/queries/goals.h, periods.h and plan_print.h.
#include "api/app.h"
#include "api/json.h"
#include "common/time.h"
#include "domain/periods.h"
#include "store/queries/goals.h"
#include "store/queries/periods.h"
#include "store/queries/plan_print.h"

namespace soku::api {

using http::Response;
using security::Action;

void register_plan_print(App& app) {
  app.route(
      {.method = "GET",
       .pattern = "/api/v1/clients/{id}/plan/print",
       .gate = Gate::client,
       .action = Action::client_read,
       .audit_action = "print",
       .resource_type = "plan"},
      [](Ctx& ctx) {
        const auto& c = *ctx.client;
        nlohmann::json out;
        ctx.app.db().read([&](store::Tx& tx) {
          const auto client = store::plan_print::client(tx, c.client_id());
          const auto plan_period = store::goals::plan_period(tx, c.client_id());
          std::optional<store::periods::Period> period;
          if (plan_period) period = store::periods::get(tx, plan_period->id);
          const std::optional<std::string> deadline =
              period ? std::optional<std::string>(period->deadline) : std::nullopt;

          auto goals = nlohmann::json::array();
          auto warnings = nlohmann::json::array();
          for (const auto& g : store::goals::for_plan(tx, c.client_id())) {
            nlohmann::json latest = nullptr;
            if (!g.reviews.empty()) {
              const auto& r = g.reviews.back();
              latest = {{"reviewed_on", r.reviewed_on}, {"attainment", r.attainment},
                        {"note", r.note}};
            }
            nlohmann::json gas = nullptr;
            if (g.content.gas_levels) {
              gas = nlohmann::json::parse(*g.content.gas_levels, nullptr, false);
              if (gas.is_discarded()) gas = nullptr;
            }
            const bool late = domain::review_after_period(g.content.review_on, deadline);
            if (late) {
              warnings.push_back({{"code", "review_after_period"},
                                  {"goal_id", g.id},
                                  {"review_on", *g.content.review_on}});
            }
            goals.push_back({{"id", g.id},
                             {"status", g.status},
                             {"text", g.content.text},
                             {"means", g.content.means},
                             {"responsible", g.content.responsible},
                             {"review_on", or_null(g.content.review_on)},
                             {"review_after_period", late},
                             {"gas_levels", gas},
                             {"latest_review", latest}});
          }

          nlohmann::json period_json = nullptr;
          nlohmann::json meetings = {{"count", 0}, {"latest_on", nullptr}, {"interval_days", nullptr}};
          if (period) {
            period_json = {{"id", period->id},
                           {"starts_on", period->starts_on},
                           {"deadline", period->deadline},
                           {"status", period->status},
                           {"key_worker_name", period->key_worker_name},
                           {"service_forms", period->service_forms}};
            const auto dates = store::plan_print::meeting_dates(tx, period->id);
            const auto interval = domain::meeting_interval_days(dates);
            meetings = {{"count", dates.size()},
                        {"latest_on", dates.empty() ? nlohmann::json(nullptr)
                                                    : nlohmann::json(dates.back())},
                        {"interval_days", interval ? nlohmann::json(*interval) : nlohmann::json(nullptr)}};
          }
          auto network = nlohmann::json::array();
          for (const auto& m : store::plan_print::network(tx, c.client_id())) {
            network.push_back(
                {{"name", m.name}, {"role", m.role}, {"organisation_type", m.organisation_type}});
          }
          out = {{"client",
                  {{"id", c.client_id()},
                   {"first_name", client.first_name},
                   {"last_name", client.last_name},
                   {"birth_date", or_null(client.birth_date)},
                   {"languages", client.languages}}},
                 {"authority",
                  {{"county_name", client.county_name}, {"unit_name", or_null(client.unit_name)}}},
                 {"printed_on", time::today()},
                 {"period", period_json},
                 {"goals", goals},
                 {"meetings", meetings},
                 {"network", network},
                 {"warnings", warnings}};
        });
        return Response::json(200, out);
      });
}

}  // namespace soku::api
