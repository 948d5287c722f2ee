// api/dashboard_api.cpp — the key worker's home (screens.md "my week"): this week's meetings,
// my clients and their phase, deadlines within 14 days, no contact for 7 days in intensified
// individual work, goals due for review, unfinished drafts. Also GET /workers (who can be named
// key worker). Every client listed is an audited access ("list"). Rules: domain/dashboard.h and
// domain/goals.h; queries: store/queries/dashboard.h.
#include <set>

#include "api/access.h"
#include "api/app.h"
#include "api/json.h"
#include "common/time.h"
#include "domain/dashboard.h"
#include "domain/goals.h"
#include "security/scope.h"
#include "store/queries/dashboard.h"

namespace soku::api {

using http::Response;
using security::Action;
using security::Relationship;

namespace {

}  // namespace

void register_dashboard(App& app) {
  // Key workers: social workers and counsellors.
  app.route(
      {.method = "GET",
       .pattern = "/api/v1/dashboard",
       .gate = Gate::role,
       .action = Action::client_create},
      [](Ctx& ctx) {
        const User& me = ctx.me();
        const std::string today = time::today();
        const auto week = domain::week_of(today);
        // Every section lists only clients the policy lets this user see in a caseload list.
        const store::dashboard::Condition scope = [&](store::Params& params) {
          return Access::list_condition(ctx, Action::caseload_read, params);
        };
        std::vector<store::dashboard::CaseloadClient> caseload;
        std::vector<store::dashboard::WeekMeeting> meetings;
        std::vector<store::dashboard::GoalToReview> goals;
        std::vector<store::dashboard::Draft> drafts;
        ctx.app.db().read([&](store::Tx& tx) {
          caseload = store::dashboard::caseload(tx, today, scope);
          // The week: meetings I recorded or of clients whose key worker I am — within the scope.
          meetings = store::dashboard::week_meetings(tx, me.id, week.from, week.to, scope);
          goals = store::dashboard::goals_to_review(tx, domain::review_window_end(today), scope);
          drafts = store::dashboard::drafts(tx, me.id);
        });

        std::set<std::string> listed;
        auto clients = nlohmann::json::array();
        auto deadlines = nlohmann::json::array();
        auto no_contact = nlohmann::json::array();
        for (const auto& r : caseload) {
          listed.insert(r.id);
          const std::string phase = domain::client_phase(
              {.open_period_phase = r.period_id ? r.phase : std::nullopt,
               .assessments = r.assessments,
               .concluded_assessments = r.concluded_assessments,
               .decisions = r.decisions,
               .closed_periods = r.closed_periods});
          nlohmann::json item = {{"id", r.id},
                                 {"first_name", r.first_name},
                                 {"last_name", r.last_name},
                                 {"phase", phase},
                                 {"period_id", or_null(r.period_id)},
                                 {"deadline", or_null(r.deadline)},
                                 {"key_worker", r.key_worker_id == me.id},
                                 {"last_contact", or_null(r.last_contact)},
                                 {"next_meeting", or_null(r.next_meeting)}};
          if (r.period_id) {
            if (domain::near_deadline(r.deadline.value_or(""), today)) deadlines.push_back(item);
            if (domain::without_contact(r.service_forms, phase, r.last_contact,
                                        r.starts_on.value_or(""), today)) {
              no_contact.push_back(item);
            }
          }
          clients.push_back(std::move(item));
        }
        auto week_json = nlohmann::json::array();
        for (const auto& m : meetings) {
          listed.insert(m.client_id);
          week_json.push_back({{"id", m.id},
                               {"client_id", m.client_id},
                               {"first_name", m.first_name},
                               {"last_name", m.last_name},
                               {"held_on", m.held_on},
                               {"mode", m.mode},
                               {"minutes", m.minutes},
                               {"kind", m.kind}});
        }
        auto goals_due = nlohmann::json::array();
        for (const auto& g : goals) {
          if (!domain::awaiting_review(g.review_on, g.last_reviewed_on)) continue;
          listed.insert(g.client_id);
          goals_due.push_back({{"goal_id", g.goal_id},
                               {"client_id", g.client_id},
                               {"first_name", g.first_name},
                               {"last_name", g.last_name},
                               {"text", g.text},
                               {"review_on", g.review_on}});
        }
        auto drafts_json = nlohmann::json::array();
        for (const auto& d : drafts) {
          drafts_json.push_back({{"key", d.key}, {"updated_at", d.updated_at}});
        }

        std::vector<security::AuditEntry> entries;
        for (const auto& id : listed) {
          entries.push_back(ctx.audit_entry(id, "client", id, "list", Relationship::none));
        }
        ctx.app.audit_log().append(std::move(entries));
        return Response::json(200, {{"today", today},
                                    {"week", {{"from", week.from}, {"to", week.to}, {"meetings", week_json}}},
                                    {"clients", clients},
                                    {"deadlines", deadlines},
                                    {"no_contact", no_contact},
                                    {"goals_due", goals_due},
                                    {"drafts", drafts_json}});
      });

  // Who may be named key worker: users whose role, as key worker, may work on the record (from
  // the policy, not a list of role names here).
  app.route(
      {.method = "GET",
       .pattern = "/api/v1/workers",
       .gate = Gate::role,
       .action = Action::client_create},
      [](Ctx& ctx) {
        const auto may_be_key_worker = [](store::Params& params) {
          return security::roles_condition(
              security::roles_that_may(Action::client_update, Relationship::key_worker), "r.role",
              params);
        };
        auto items = nlohmann::json::array();
        ctx.app.db().read([&](store::Tx& tx) {
          for (const auto& w : store::dashboard::workers(tx, ctx.me().county_id, may_be_key_worker)) {
            items.push_back({{"id", w.id}, {"display_name", w.display_name}, {"username", w.username}});
          }
        });
        return Response::json(200, {{"items", items}, {"next_cursor", nullptr}});
      });
}

}  // namespace soku::api
