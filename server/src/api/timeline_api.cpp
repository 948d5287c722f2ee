// api/timeline_api.cpp — everything about a client in time order (newest first), filterable by
// type (?types=a,b). The entries come from the sources the resources register (api/timeline.h):
// referrals, assessments, decisions, periods and extensions, goals and reviews, meetings, network
// members and consents, final evaluations — each registered by its own resource.
#include <algorithm>

#include "api/app.h"

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

}  // namespace

void register_timeline(App& app) {
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
                                 {"corrected", e.entry.corrected},
                                 {"detail", std::move(e.entry.detail)}});
              }
              return Response::json(200, {{"items", items}, {"next_cursor", nullptr}});
            });
}

}  // namespace soku::api
