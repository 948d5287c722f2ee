// api/meetings_api.cpp — intensified individual work (tehostettu yksilötyö): meetings with mode,
// contents, the SHL § 17 item they serve, inter-meeting tasks and a short note; and network
// meetings (kind "network") with their participants.
#include "api/app.h"
#include "api/fields.h"
#include "api/path_common.h"
#include "common/time.h"
#include "domain/client_path.h"
#include "domain/codes.h"
#include "security/crypto.h"

namespace soku::api {

using http::Response;
using security::Action;

namespace {
constexpr std::string_view kSelect =
    "SELECT m.id, m.client_id, m.period_id, m.held_on, m.minutes, m.mode, m.contents, "
    "m.statutory_item, m.tasks, m.note, m.kind, m.participants, m.created_by, u.display_name, "
    "m.created_at FROM meetings m JOIN users u ON u.id = m.created_by ";

nlohmann::json meeting_json(const store::Row& r) {
  return {{"id", r.str(0)},
          {"client_id", r.str(1)},
          {"period_id", r.is_null(2) ? nlohmann::json(nullptr) : nlohmann::json(r.str(2))},
          {"held_on", r.str(3)},
          {"minutes", r.i64(4)},
          {"mode", r.str(5)},
          {"contents", parse_column(r.str(6))},
          {"statutory_item", r.str(7)},
          {"tasks", parse_column(r.str(8))},
          {"note", r.str(9)},
          {"kind", r.str(10)},
          {"participants", parse_column(r.str(11))},
          {"created_by", r.str(12)},
          {"created_by_name", r.str(13)},
          {"created_at", r.str(14)}};
}
}  // namespace

void register_meetings(App& app) {
  app.route(
      "POST", "/api/v1/clients/{id}/meetings", Gate::client,
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
        const std::string id = security::new_id();
        const std::string now = time::now_iso();
        ctx.app.db().write([&](store::Tx& tx) {
          const auto period = open_period_id(tx, c.client_id());
          tx.exec("INSERT INTO meetings (id, county_id, client_id, period_id, held_on, minutes, "
                  "mode, contents, statutory_item, tasks, note, kind, participants, created_by, "
                  "created_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15)",
                  {id, c.county_id(), c.client_id(),
                   period ? store::Value(*period) : store::Value(nullptr), *held_on, *minutes, *mode,
                   nlohmann::json(contents.value_or(std::vector<std::string>{})).dump(), *item,
                   nlohmann::json(tasks.value_or(std::vector<std::string>{})).dump(),
                   note.value_or(""), kind.value_or("individual"),
                   nlohmann::json(participants.value_or(std::vector<std::string>{})).dump(),
                   ctx.me().id, now});
          record_work(tx, c.county_id(), c.client_id(), ctx.me().id, now);
        });
        return Response::json(
            201, meeting_json(ctx.app.db().query(std::string(kSelect) + "WHERE m.id = $1", {id}).one()));
      },
      Action::client_update, "create", "meeting");

  app.route(
      "GET", "/api/v1/clients/{id}/meetings", Gate::client,
      [](Ctx& ctx) {
        auto items = nlohmann::json::array();
        for (const auto& r :
             ctx.app.db()
                 .query(std::string(kSelect) +
                            "WHERE m.client_id = $1 ORDER BY m.held_on DESC, m.created_at DESC",
                        {ctx.client->client_id()})
                 .rows) {
          items.push_back(meeting_json(r));
        }
        return Response::json(200, {{"items", items}, {"next_cursor", nullptr}});
      },
      Action::client_read, "read", "meeting");
}

}  // namespace soku::api
