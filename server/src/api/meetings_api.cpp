// api/meetings_api.cpp — intensified individual work (tehostettu yksilötyö): meetings with mode,
// contents, the SHL § 17 item they serve, inter-meeting tasks and a short note; and network
// meetings (kind "network") with their participants.
//
// The shape of a resource (docs/ARCHITECTURE.md, "Adding a feature"): routes declared with
// RouteSpec; a handler reads fields, takes the client scope the pipeline proved, calls the store's
// named queries (store/queries/meetings.h) in one transaction, and renders.
#include "api/app.h"
#include "api/corrections.h"
#include "api/json.h"
#include "api/fields.h"
#include "common/time.h"
#include "domain/client_path.h"
#include "domain/codes.h"
#include "domain/corrections.h"
#include "security/crypto.h"
#include "store/queries/meetings.h"
#include "store/queries/records.h"
#include "store/queries/relations.h"

namespace soku::api {

using http::Response;
using security::Action;

namespace {

// The fields a correction may change, as they read in the meeting's JSON (and its versions).
nlohmann::json wording_json(const store::meetings::Meeting& m) {
  return {{"held_on", m.held_on},
          {"minutes", m.minutes},
          {"mode", m.mode},
          {"contents", m.contents},
          {"statutory_item", m.statutory_item},
          {"tasks", m.tasks},
          {"note", m.note},
          {"kind", m.kind},
          {"participants", m.participants}};
}

// `same_day`: the ids of the client's other meetings held on the same day (`others`: the client's
// meetings).
nlohmann::json meeting_json(const store::meetings::Meeting& m,
                            const std::vector<store::meetings::Meeting>& others) {
  std::vector<domain::DatedRecord> dated;
  for (const auto& o : others) dated.push_back({o.id, o.held_on});
  auto out = wording_json(m);
  out.update(nlohmann::json{{"id", m.id},
              {"client_id", m.client_id},
              {"period_id", or_null(m.period_id)},
              {"created_by", m.created_by},
              {"created_by_name", m.created_by_name},
              {"created_at", m.created_at},
              {"version", m.version},
              {"corrected", domain::is_corrected(m.version)},
              {"same_day", domain::same_day(dated, m.held_on, m.id)}});
  return out;
}

// The meeting's fields as a request gives them (all optional when correcting).
struct MeetingFields {
  std::optional<std::string> held_on;
  std::optional<std::int64_t> minutes;
  std::optional<std::string> mode;
  std::optional<std::vector<std::string>> contents;
  std::optional<std::string> statutory_item;
  std::optional<std::vector<std::string>> tasks;
  std::optional<std::string> note;
  std::optional<std::string> kind;
  std::optional<std::vector<std::string>> participants;
};

MeetingFields read_meeting(Fields& f, bool create) {
  MeetingFields m;
  m.held_on = f.date("held_on", create);
  m.minutes = f.integer("minutes", create, 1, 24 * 60);
  m.mode = f.choice("mode", create, domain::meeting_modes());
  m.contents = f.strings("contents", false, domain::meeting_contents(), 20);
  m.statutory_item = f.choice("statutory_item", create, domain::statutory_items());
  m.tasks = f.strings("tasks", false, {}, 20);
  m.note = f.block("note", false, 4000);
  m.kind = f.choice("kind", false, domain::code_list("meeting_kind"));
  m.participants = f.strings("participants", false, {}, 30);
  return m;
}

std::vector<store::meetings::Meeting> client_meetings(store::Tx& tx, const Ctx& ctx) {
  return store::meetings::for_client(tx, ctx.client->client_id());
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
                      {"statutory_item", m.statutory_item}},
                     domain::is_corrected(m.version)});
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
              const auto in = read_meeting(f, true);
              f.finish();
              const auto& c = *ctx.client;
              const std::string now = time::now_iso();
              nlohmann::json saved;
              ctx.app.db().write([&](store::Tx& tx) {
                store::meetings::NewMeeting m{
                    .id = security::new_id(),
                    .county_id = c.county_id(),
                    .client_id = c.client_id(),
                    .period_id = store::records::open_period_id(tx, c.client_id()),
                    .held_on = *in.held_on,
                    .minutes = *in.minutes,
                    .mode = *in.mode,
                    .contents = in.contents.value_or(std::vector<std::string>{}),
                    .statutory_item = *in.statutory_item,
                    .tasks = in.tasks.value_or(std::vector<std::string>{}),
                    .note = in.note.value_or(""),
                    .kind = in.kind.value_or("individual"),
                    .participants = in.participants.value_or(std::vector<std::string>{}),
                    .created_by = ctx.me().id,
                    .created_at = now};
                store::meetings::insert(tx, m);
                store::relations::record_case_work(tx, c.county_id(), c.client_id(), ctx.me().id,
                                                   now);
                saved = meeting_json(store::meetings::get(tx, m.id), client_meetings(tx, ctx));
              });
              return Response::json(201, saved);
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
                const auto all = client_meetings(tx, ctx);
                for (const auto& m : all) items.push_back(meeting_json(m, all));
              });
              return Response::json(200, {{"items", items}, {"next_cursor", nullptr}});
            });

  const auto meeting_client = client_of_table("meetings");

  app.route({.method = "GET",
             .pattern = "/api/v1/meetings/{id}",
             .gate = Gate::client,
             .action = Action::client_read,
             .audit_action = "read",
             .resource_type = "meeting",
             .client_of = meeting_client},
            [](Ctx& ctx) {
              nlohmann::json out;
              ctx.app.db().read([&](store::Tx& tx) {
                out = meeting_json(store::meetings::get(tx, ctx.req.param("id")),
                                   client_meetings(tx, ctx));
              });
              return Response::json(200, out);
            });

  // A correction: the fields given replace the current ones (the others are kept), with a
  // reason; the earlier wording is kept (GET …/versions). Allowed also after the period closed.
  app.route({.method = "PATCH",
             .pattern = "/api/v1/meetings/{id}",
             .gate = Gate::client,
             .action = Action::client_update,
             .audit_action = "update",
             .resource_type = "meeting",
             .client_of = meeting_client},
            [](Ctx& ctx) {
              const auto body = ctx.body();
              Fields f(body);
              const auto head = corrections::read_head(f);
              const auto in = read_meeting(f, false);
              corrections::refuse_unknown(f, body, domain::correctable_fields("meeting"));
              f.finish();
              const std::string id = ctx.req.param("id");
              const std::string now = time::now_iso();
              nlohmann::json saved;
              ctx.app.db().write([&](store::Tx& tx) {
                const auto cur = store::meetings::get(tx, id);
                const store::meetings::Wording next{
                    .held_on = in.held_on.value_or(cur.held_on),
                    .minutes = in.minutes.value_or(cur.minutes),
                    .mode = in.mode.value_or(cur.mode),
                    .contents = in.contents.value_or(cur.contents),
                    .statutory_item = in.statutory_item.value_or(cur.statutory_item),
                    .tasks = in.tasks.value_or(cur.tasks),
                    .note = in.note.value_or(cur.note),
                    .kind = in.kind.value_or(cur.kind),
                    .participants = in.participants.value_or(cur.participants)};
                auto after = cur;
                after.held_on = next.held_on;
                after.minutes = next.minutes;
                after.mode = next.mode;
                after.contents = next.contents;
                after.statutory_item = next.statutory_item;
                after.tasks = next.tasks;
                after.note = next.note;
                after.kind = next.kind;
                after.participants = next.participants;
                std::vector<std::string> given;
                for (const auto& k : domain::correctable_fields("meeting")) {
                  if (body.contains(k) && !body[k].is_null()) given.push_back(k);
                }
                // The version first (409 when stale), then whether anything changes (422).
                store::meetings::correct(tx, id, head.version, next);
                corrections::require_change("meeting", wording_json(cur), wording_json(after),
                                            given);
                corrections::keep(tx, ctx, "meeting", id, head, wording_json(cur), cur.created_by,
                                  cur.created_at, now);
                store::relations::record_case_work(tx, ctx.client->county_id(),
                                                   ctx.client->client_id(), ctx.me().id, now);
                saved = meeting_json(store::meetings::get(tx, id), client_meetings(tx, ctx));
              });
              return Response::json(200, saved);
            });

  corrections::route_versions(app, "/api/v1/meetings/{id}/versions", "meeting", meeting_client);
}

}  // namespace soku::api
