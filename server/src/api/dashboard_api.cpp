// api/dashboard_api.cpp — the key worker's home (screens.md "my week"): this week's meetings,
// my clients and their phase, deadlines within 14 days, no contact for 7 days in intensified
// individual work, goals due for review, unfinished drafts. Also GET /workers (who can be named
// key worker). Every client listed is an audited access ("list").
#include <set>

#include "api/access.h"
#include "api/app.h"
#include "api/path_common.h"
#include "common/time.h"
#include "security/scope.h"

namespace soku::api {

using http::Response;
using security::Action;
using security::Relationship;

namespace {

std::string phase_of(const store::Row& r) {
  if (!r.is_null(3)) return r.str(4);  // open period: start / working / closing
  if (r.i64(12) > 0) return "ended";
  if (r.i64(11) > 0) return "decided";
  if (r.i64(10) > 0) return "decision";
  if (r.i64(9) > 0) return "assessment";
  return "referral";
}

// Monday of the week that contains `days` (days since 1970-01-01, a Thursday).
std::int64_t monday(std::int64_t days) { return days - ((days + 3) % 7); }

}  // namespace

void register_dashboard(App& app) {
  app.route("GET", "/api/v1/dashboard", Action::client_create, [](Ctx& ctx) {  // key workers: social workers and counsellors
    const User& me = ctx.me();
    const std::int64_t today = *time::days_from_date(time::today());
    const std::string today_s = time::date_from_days(today);
    const std::string week_from = time::date_from_days(monday(today));
    const std::string week_to = time::date_from_days(monday(today) + 6);
    nlohmann::json out;
    std::set<std::string> listed;
    ctx.app.db().read([&](store::Tx& tx) {
      auto clients = nlohmann::json::array();
      auto deadlines = nlohmann::json::array();
      auto no_contact = nlohmann::json::array();
      // Every section lists only clients the policy lets this user see in a caseload list.
      store::Params params{today_s};
      const std::string scope = Access::list_condition(ctx, Action::caseload_read, params);
      const auto rows = tx.exec(
          "SELECT c.id, c.first_name, c.last_name, p.id, p.phase, p.deadline, p.starts_on, "
          "p.service_forms, p.key_worker_id, "
          "(SELECT COUNT(*) FROM assessments a WHERE a.client_id = c.id) AS n_assessments, "
          "(SELECT COUNT(*) FROM assessments a WHERE a.client_id = c.id AND a.conclusion IS NOT "
          "NULL) AS n_concluded, "
          "(SELECT COUNT(*) FROM decisions d WHERE d.client_id = c.id) AS n_decisions, "
          "(SELECT COUNT(*) FROM periods q WHERE q.client_id = c.id AND q.status <> 'open') AS "
          "n_closed, "
          "(SELECT MAX(m.held_on) FROM meetings m WHERE m.client_id = c.id AND m.held_on <= $1) "
          "AS last_contact, "
          "(SELECT MIN(m.held_on) FROM meetings m WHERE m.client_id = c.id AND m.held_on > $1) "
          "AS next_meeting "
          "FROM clients c LEFT JOIN periods p ON p.client_id = c.id AND p.status = 'open' "
          "WHERE " + scope + " ORDER BY (p.deadline IS NULL), p.deadline, c.search_name LIMIT 300",
          params);
      for (const auto& r : rows.rows) {
        const std::string id = r.str(0);
        listed.insert(id);
        const std::string phase = phase_of(r);
        const auto opt = [&](std::size_t i) {
          return r.is_null(i) ? nlohmann::json(nullptr) : nlohmann::json(r.str(i));
        };
        nlohmann::json item = {{"id", id},
                               {"first_name", r.str(1)},
                               {"last_name", r.str(2)},
                               {"phase", phase},
                               {"period_id", opt(3)},
                               {"deadline", opt(5)},
                               {"key_worker", !r.is_null(8) && r.str(8) == me.id},
                               {"last_contact", opt(13)},
                               {"next_meeting", opt(14)}};
        if (!r.is_null(3)) {
          const auto deadline = *time::days_from_date(r.str(5));
          if (deadline - today <= 14) deadlines.push_back(item);
          const bool individual = r.str(7).find("individual") != std::string::npos;
          const std::int64_t last =
              r.is_null(13) ? *time::days_from_date(r.str(6)) : *time::days_from_date(r.str(13));
          if (individual && phase != "closing" && today - last > 7) no_contact.push_back(item);
        }
        clients.push_back(std::move(item));
      }
      auto week = nlohmann::json::array();
      // The week: meetings I recorded or of clients whose key worker I am — within the scope.
      store::Params week_params{me.id, week_from, week_to};
      const std::string week_scope = Access::list_condition(ctx, Action::caseload_read, week_params);
      for (const auto& r :
           tx.exec("SELECT m.id, m.client_id, c.first_name, c.last_name, m.held_on, m.mode, "
                   "m.minutes, m.kind FROM meetings m JOIN clients c ON c.id = m.client_id WHERE "
                   "m.held_on >= $2 AND m.held_on <= $3 AND (m.created_by = $1 OR m.client_id IN "
                   "(SELECT client_id FROM periods WHERE key_worker_id = $1 AND status = 'open')) "
                   "AND " + week_scope + " ORDER BY m.held_on, m.created_at",
                   week_params)
               .rows) {
        listed.insert(r.str(1));
        week.push_back({{"id", r.str(0)},
                        {"client_id", r.str(1)},
                        {"first_name", r.str(2)},
                        {"last_name", r.str(3)},
                        {"held_on", r.str(4)},
                        {"mode", r.str(5)},
                        {"minutes", r.i64(6)},
                        {"kind", r.str(7)}});
      }
      auto goals_due = nlohmann::json::array();
      store::Params goal_params{time::date_from_days(today + 7)};
      const std::string goal_scope = Access::list_condition(ctx, Action::caseload_read, goal_params);
      for (const auto& r :
           tx.exec("SELECT g.id, g.client_id, c.first_name, c.last_name, v.text, v.review_on "
                   "FROM goals g JOIN goal_versions v ON v.goal_id = g.id AND v.version = "
                   "g.current_version JOIN clients c ON c.id = g.client_id WHERE g.status = "
                   "'active' AND v.review_on IS NOT NULL AND v.review_on <= $1 AND " + goal_scope +
                   " AND NOT EXISTS (SELECT 1 FROM goal_reviews r WHERE r.goal_id = g.id AND "
                   "r.reviewed_on >= v.review_on) ORDER BY v.review_on",
                   goal_params)
               .rows) {
        listed.insert(r.str(1));
        goals_due.push_back({{"goal_id", r.str(0)},
                             {"client_id", r.str(1)},
                             {"first_name", r.str(2)},
                             {"last_name", r.str(3)},
                             {"text", r.str(4)},
                             {"review_on", r.str(5)}});
      }
      auto drafts = nlohmann::json::array();
      for (const auto& r : tx.exec("SELECT draft_key, updated_at FROM drafts WHERE user_id = $1 "
                                   "ORDER BY updated_at DESC",
                                   {me.id})
                               .rows) {
        drafts.push_back({{"key", r.str(0)}, {"updated_at", r.str(1)}});
      }
      out = {{"today", today_s},
             {"week", {{"from", week_from}, {"to", week_to}, {"meetings", week}}},
             {"clients", clients},
             {"deadlines", deadlines},
             {"no_contact", no_contact},
             {"goals_due", goals_due},
             {"drafts", drafts}};
    });
    std::vector<security::AuditEntry> entries;
    for (const auto& id : listed) {
      entries.push_back(ctx.audit_entry(id, "client", id, "list", Relationship::none));
    }
    ctx.app.audit_log().append(std::move(entries));
    return Response::json(200, out);
  });

  // Who may be named key worker: users whose role, as key worker, may work on the record (from
  // the policy, not a list of role names here).
  app.route("GET", "/api/v1/workers", Action::client_create, [](Ctx& ctx) {
    auto items = nlohmann::json::array();
    store::Params params{ctx.me().county_id};
    const std::string roles = security::roles_condition(
        security::roles_that_may(Action::client_update, Relationship::key_worker), "r.role", params);
    for (const auto& r :
         ctx.app.db()
             .query("SELECT DISTINCT u.id, u.display_name, u.username FROM users u JOIN user_roles "
                    "r ON r.user_id = u.id WHERE u.county_id = $1 AND u.active = 1 AND " + roles +
                        " ORDER BY u.display_name",
                    params)
             .rows) {
      items.push_back({{"id", r.str(0)}, {"display_name", r.str(1)}, {"username", r.str(2)}});
    }
    return Response::json(200, {{"items", items}, {"next_cursor", nullptr}});
  });
}

}  // namespace soku::api
