// api/meetings_api.cpp — intensified individual work (tehostettu yksilötyö): meetings with mode,
// contents, the SHL § 17 item they serve, inter-meeting tasks and a short note; and network
// meetings (kind "network") with their participants.
//
// The shape of a resource (docs/ARCHITECTURE.md, "Adding a feature"): routes declared with
// RouteSpec; a handler reads fields, takes the client scope the pipeline proved, calls the store's
// named queries (store/queries/meetings.h) in one transaction, and renders.
#include "api/app.h"
#include "api/json.h"
#include "api/fields.h"
#include "common/time.h"
#include "domain/client_path.h"
#include "domain/codes.h"
#include "security/crypto.h"
#include "store/queries/meetings.h"
#include "store/queries/records.h"
#include "store/queries/relations.h"

namespace soku::api {

using http::Response;
using security::Action;

namespace {
nlohmann::json meeting_json(const store::meetings::Meeting& m) {
  return {{"id", m.id},
          {"client_id", m.client_id},
          {"period_id", or_null(m.period_id)},
          {"held_on", m.held_on},
          {"minutes", m.minutes},
          {"mode", m.mode},
          {"contents", m.contents},
          {"statutory_item", m.statutory_item},
          {"tasks", m.tasks},
          {"note", m.note},
          {"kind", m.kind},
          {"participants", m.participants},
          {"created_by", m.created_by},
          {"created_by_name", m.created_by_name},
          {"created_at", m.created_at}};
}
}  // namespace

void register_meetings(App& app) {
  // The client's timeline shows each meeting on the day it was held.
  app.timeline_source("meeting", [](store::Tx& tx, const std::string& client_id) {
    std::vector<TimelineEntry> out;
    for (const auto& m : store::meetings::for_client(tx, client_id)) {
      out.push_back({m.held_on,
                     m.created_at,
                     m.id,
                     {{"mode", m.mode},
                      {"minutes", m.minutes},
                      {"kind", m.kind},
                      {"statutory_item", m.statutory_item}}});
    }
    return out;
  });

  app.route({.method = "POST",
             .pattern = "/api/v1/clients/{id}/meetings",
             .gate = Gate::client,
             .action = Action::client_update,
             .audit_action = "create",
             .resource_type = "meeting"},
            [](Ctx& ctx) {
              const auto body = ctx.body();
              Fields f(body);
              const auto held_on = f.date("held_on", true);
              const auto minutes = f.integer("minutes", true, 1, 24 * 60);
              const auto mode = f.choice("mode", true, domain::meeting_modes());
              const auto contents = f.strings("contents", false, domain::meeting_contents(), 20);
              const auto item = f.choice("statutory_item", true, domain::statutory_items());
              const auto tasks = f.strings("tasks", false, {}, 20);
              const auto note = f.block("note", false, 4000);
              const auto kind = f.choice("kind", false, domain::code_list("meeting_kind"));
              const auto participants = f.strings("participants", false, {}, 30);
              f.finish();
              const auto& c = *ctx.client;
              const std::string now = time::now_iso();
              store::meetings::Meeting saved;
              ctx.app.db().write([&](store::Tx& tx) {
                store::meetings::NewMeeting m{
                    .id = security::new_id(),
                    .county_id = c.county_id(),
                    .client_id = c.client_id(),
                    .period_id = store::records::open_period_id(tx, c.client_id()),
                    .held_on = *held_on,
                    .minutes = *minutes,
                    .mode = *mode,
                    .contents = contents.value_or(std::vector<std::string>{}),
                    .statutory_item = *item,
                    .tasks = tasks.value_or(std::vector<std::string>{}),
                    .note = note.value_or(""),
                    .kind = kind.value_or("individual"),
                    .participants = participants.value_or(std::vector<std::string>{}),
                    .created_by = ctx.me().id,
                    .created_at = now};
                store::meetings::insert(tx, m);
                store::relations::record_case_work(tx, c.county_id(), c.client_id(), ctx.me().id,
                                                   now);
                saved = store::meetings::get(tx, m.id);
              });
              return Response::json(201, meeting_json(saved));
            });

  app.route({.method = "GET",
             .pattern = "/api/v1/clients/{id}/meetings",
             .gate = Gate::client,
             .action = Action::client_read,
             .audit_action = "read",
             .resource_type = "meeting"},
            [](Ctx& ctx) {
              auto items = nlohmann::json::array();
              ctx.app.db().read([&](store::Tx& tx) {
                for (const auto& m : store::meetings::for_client(tx, ctx.client->client_id())) {
                  items.push_back(meeting_json(m));
                }
              });
              return Response::json(200, {{"items", items}, {"next_cursor", nullptr}});
            });
}

}  // namespace soku::api
