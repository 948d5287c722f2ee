// api/timeline_api.cpp — everything about a client in time order (newest first), filterable by
// type (?types=a,b). The entries come from the sources the resources register (api/timeline.h):
// referrals, assessments, decisions, periods and extensions, goals and reviews, meetings, network
// members and consents, final evaluations — each registered by its own resource.
#include <algorithm>

#include "api/app.h"
#include "api/path_common.h"
#include "domain/codes.h"

namespace soku::api {

using http::Response;
using security::Action;

namespace {
// ?types=a,b → the registered types asked for (all when absent); an unknown type is a 422.
std::vector<const TimelineType*> wanted_types(const App& app, const std::optional<std::string>& q) {
  std::vector<const TimelineType*> out;
  const auto& all = app.timeline_types();
  if (!q || q->empty()) {
    for (const auto& t : all) out.push_back(&t);
    return out;
  }
  std::size_t pos = 0;
  while (pos <= q->size()) {
    auto end = q->find(',', pos);
    if (end == std::string::npos) end = q->size();
    const std::string one = q->substr(pos, end - pos);
    const auto it =
        std::find_if(all.begin(), all.end(), [&](const TimelineType& t) { return t.type == one; });
    if (it == all.end()) throw http::Problem::invalid({{"types", "unknown type: " + one}});
    if (std::find(out.begin(), out.end(), &*it) == out.end()) out.push_back(&*it);
    pos = end + 1;
  }
  return out;
}

// Sources not yet moved to their resource's own file (registered here until then).
void register_path_sources(App& app) {
  app.timeline_source("referral", [](store::Tx& tx, const std::string& client_id) {
    std::vector<TimelineEntry> out;
    for (const auto& r : tx.exec("SELECT id, received_on, source, reason, created_at FROM "
                                 "referrals WHERE client_id = $1",
                                 {client_id})
                             .rows)
      out.push_back({r.str(1), r.str(4), r.str(0), {{"source", r.str(2)}, {"reason", r.str(3)}}});
    return out;
  });
  app.timeline_source("assessment", [](store::Tx& tx, const std::string& client_id) {
    std::vector<TimelineEntry> out;
    for (const auto& r : tx.exec("SELECT id, COALESCE(completed_on, substr(created_at, 1, 10)), "
                                 "conclusion, created_at FROM assessments WHERE client_id = $1",
                                 {client_id})
                             .rows)
      out.push_back(
          {r.str(1),
           r.str(3),
           r.str(0),
           {{"conclusion", r.is_null(2) ? nlohmann::json(nullptr) : nlohmann::json(r.str(2))}}});
    return out;
  });
  app.timeline_source("decision", [](store::Tx& tx, const std::string& client_id) {
    std::vector<TimelineEntry> out;
    for (const auto& r :
         tx.exec("SELECT id, decided_on, outcome, created_at FROM decisions WHERE client_id = $1",
                 {client_id})
             .rows)
      out.push_back({r.str(1), r.str(3), r.str(0), {{"outcome", r.str(2)}}});
    return out;
  });
  app.timeline_source("period", [](store::Tx& tx, const std::string& client_id) {
    std::vector<TimelineEntry> out;
    for (const auto& r : tx.exec("SELECT id, starts_on, deadline, status, ended_on, created_at "
                                 "FROM periods WHERE client_id = $1",
                                 {client_id})
                             .rows)
      out.push_back(
          {r.str(1),
           r.str(5),
           r.str(0),
           {{"deadline", r.str(2)},
            {"status", r.str(3)},
            {"ended_on", r.is_null(4) ? nlohmann::json(nullptr) : nlohmann::json(r.str(4))}}});
    return out;
  });
  app.timeline_source("extension", [](store::Tx& tx, const std::string& client_id) {
    std::vector<TimelineEntry> out;
    for (const auto& r :
         tx.exec("SELECT id, substr(created_at, 1, 10), previous_deadline, new_deadline, reason, "
                 "created_at, period_id FROM period_extensions WHERE client_id = $1",
                 {client_id})
             .rows)
      out.push_back({r.str(1),
                     r.str(5),
                     r.str(0),
                     {{"previous_deadline", r.str(2)},
                      {"new_deadline", r.str(3)},
                      {"reason", r.str(4)},
                      {"period_id", r.str(6)}}});
    return out;
  });
  app.timeline_source("goal", [](store::Tx& tx, const std::string& client_id) {
    std::vector<TimelineEntry> out;
    for (const auto& r : tx.exec("SELECT v.goal_id, substr(v.created_at, 1, 10), v.version, "
                                 "v.text, v.created_at FROM goal_versions v WHERE v.client_id = $1",
                                 {client_id})
                             .rows)
      out.push_back({r.str(1), r.str(4), r.str(0), {{"version", r.i64(2)}, {"text", r.str(3)}}});
    return out;
  });
  app.timeline_source("goal_review", [](store::Tx& tx, const std::string& client_id) {
    std::vector<TimelineEntry> out;
    for (const auto& r : tx.exec("SELECT id, reviewed_on, attainment, goal_id, created_at FROM "
                                 "goal_reviews WHERE client_id = $1",
                                 {client_id})
                             .rows)
      out.push_back(
          {r.str(1), r.str(4), r.str(0), {{"attainment", r.i64(2)}, {"goal_id", r.str(3)}}});
    return out;
  });
  app.timeline_source("network", [](store::Tx& tx, const std::string& client_id) {
    std::vector<TimelineEntry> out;
    for (const auto& r :
         tx.exec("SELECT id, substr(created_at, 1, 10), name, role, organisation_type, created_at "
                 "FROM network_members WHERE client_id = $1",
                 {client_id})
             .rows)
      out.push_back({r.str(1),
                     r.str(5),
                     r.str(0),
                     {{"name", r.str(2)}, {"role", r.str(3)}, {"organisation_type", r.str(4)}}});
    return out;
  });
  app.timeline_source("consent", [](store::Tx& tx, const std::string& client_id) {
    std::vector<TimelineEntry> out;
    for (const auto& r :
         tx.exec("SELECT c.id, c.given_on, c.withdrawn_on, c.scope, m.name, c.created_at FROM "
                 "consents c JOIN network_members m ON m.id = c.member_id WHERE c.client_id = $1",
                 {client_id})
             .rows) {
      out.push_back({r.str(1),
                     r.str(5),
                     r.str(0),
                     {{"event", "given"}, {"scope", r.str(3)}, {"member", r.str(4)}}});
      if (!r.is_null(2))
        out.push_back({r.str(2),
                       r.str(5),
                       r.str(0),
                       {{"event", "withdrawn"}, {"scope", r.str(3)}, {"member", r.str(4)}}});
    }
    return out;
  });
  app.timeline_source("final_evaluation", [](store::Tx& tx, const std::string& client_id) {
    std::vector<TimelineEntry> out;
    for (const auto& r : tx.exec("SELECT id, evaluated_on, interrupted, continuation, reason, "
                                 "created_at FROM final_evaluations WHERE client_id = $1",
                                 {client_id})
                             .rows)
      out.push_back(
          {r.str(1),
           r.str(5),
           r.str(0),
           {{"interrupted", r.i64(2) != 0},
            {"continuation", r.is_null(3) ? nlohmann::json(nullptr) : nlohmann::json(r.str(3))},
            {"reason", r.is_null(4) ? nlohmann::json(nullptr) : nlohmann::json(r.str(4))}}});
    return out;
  });
}
}  // namespace

void register_timeline(App& app) {
  register_path_sources(app);
  app.route({.method = "GET",
             .pattern = "/api/v1/clients/{id}/timeline",
             .gate = Gate::client,
             .action = Action::client_read,
             .audit_action = "read",
             .resource_type = "timeline"},
            [](Ctx& ctx) {
              const auto types = wanted_types(ctx.app, ctx.req.query_param("types"));
              struct Event {
                TimelineEntry entry;
                const std::string* type;
              };
              std::vector<Event> events;
              ctx.app.db().read([&](store::Tx& tx) {
                for (const auto* t : types) {
                  for (auto& e : t->entries(tx, ctx.client->client_id()))
                    events.push_back({std::move(e), &t->type});
                }
              });
              std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
                return a.entry.date != b.entry.date ? a.entry.date > b.entry.date
                                                    : a.entry.at > b.entry.at;
              });
              auto items = nlohmann::json::array();
              for (auto& e : events) {
                items.push_back({{"type", *e.type},
                                 {"date", e.entry.date},
                                 {"id", e.entry.id},
                                 {"detail", std::move(e.entry.detail)}});
              }
              return Response::json(200, {{"items", items}, {"next_cursor", nullptr}});
            });
}

}  // namespace soku::api
