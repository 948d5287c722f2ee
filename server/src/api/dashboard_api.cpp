// api/dashboard_api.cpp — the key worker's home (screens.md "my week"): this week's meetings,
// my clients and their phase, deadlines within 14 days, no contact for 7 days in intensified
// individual work, goals due for review (overdue marked), clients awaiting a decision (SHL § 45:
// 3 months), unfinished drafts with the form and (for clients in my list scope) the client named.
// Also GET /workers (who can be named
// key worker). Every client listed is an audited access ("list"). Rules: domain/dashboard.h and
// domain/goals.h; queries: store/queries/dashboard.h.
#include <algorithm>
#include <map>
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
        std::map<std::string, store::dashboard::DraftClient> draft_clients;
        ctx.app.db().read([&](store::Tx& tx) {
          caseload = store::dashboard::caseload(tx, today, scope);
          // The week: meetings I recorded or of clients whose key worker I am — within the scope.
          meetings = store::dashboard::week_meetings(tx, me.id, week.from, week.to, scope);
          goals = store::dashboard::goals_to_review(tx, domain::review_window_end(today), scope);
          drafts = store::dashboard::drafts(tx, me.id);
          // A draft is mine, but its client's name is client data: named only when the client is
          // in my list scope today (a client I no longer work with stays unnamed).
          std::vector<std::string> client_ids, period_ids;
          for (const auto& d : drafts) {
            const auto subject = domain::draft_subject(d.key);
            if (subject.client_id) client_ids.push_back(*subject.client_id);
            if (subject.period_id) period_ids.push_back(*subject.period_id);
          }
          for (auto& dc : store::dashboard::draft_clients(tx, client_ids, period_ids, scope)) {
            draft_clients.emplace(dc.ref_id, std::move(dc));
          }
        });

        std::set<std::string> listed;
        auto clients = nlohmann::json::array();
        auto deadlines = nlohmann::json::array();
        auto no_contact = nlohmann::json::array();
        std::vector<std::pair<domain::DecisionWait, nlohmann::json>> awaiting;
        for (const auto& r : caseload) {
          listed.insert(r.id);
          const std::string phase = domain::client_phase(r.facts);
          if (phase == "decision") {
            const std::string started = r.referral_since_decision_on.value_or(
                r.facts.latest_assessment_at.value_or(today).substr(0, 10));
            const auto wait = domain::decision_wait(started, today);
            awaiting.emplace_back(wait, nlohmann::json{{"id", r.id},
                                                       {"first_name", r.first_name},
                                                       {"last_name", r.last_name},
                                                       {"conclusion", or_null(r.facts.latest_conclusion)},
                                                       {"started_on", wait.started_on},
                                                       {"due_on", wait.due_on},
                                                       {"days_waiting", wait.days_waiting},
                                                       {"late", wait.late},
                                                       {"due_soon", wait.near}});
          }
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
                               {"review_on", g.review_on},
                               {"overdue", domain::review_overdue(g.review_on, g.last_reviewed_on,
                                                                  today)}});
        }
        // Oldest case first.
        std::stable_sort(awaiting.begin(), awaiting.end(), [](const auto& a, const auto& b) {
          return a.first.started_on < b.first.started_on;
        });
        auto awaiting_json = nlohmann::json::array();
        for (auto& [wait, item] : awaiting) awaiting_json.push_back(std::move(item));
        auto drafts_json = nlohmann::json::array();
        for (const auto& d : drafts) {
          const auto subject = domain::draft_subject(d.key);
          nlohmann::json item = {{"key", d.key},
                                 {"updated_at", d.updated_at},
                                 {"form", subject.form.empty() ? nlohmann::json(nullptr)
                                                               : nlohmann::json(subject.form)},
                                 {"client", nullptr}};
          const auto ref = subject.client_id ? subject.client_id : subject.period_id;
          if (ref) {
            if (auto it = draft_clients.find(*ref); it != draft_clients.end()) {
              listed.insert(it->second.client_id);
              item["client"] = {{"id", it->second.client_id},
                                {"first_name", it->second.first_name},
                                {"last_name", it->second.last_name}};
            }
          }
          drafts_json.push_back(std::move(item));
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
                                    {"awaiting_decision", awaiting_json},
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
