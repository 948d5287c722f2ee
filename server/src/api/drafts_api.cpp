// api/drafts_api.cpp — per-user drafts so that nothing typed is lost: forms autosave here and
// restore from here after a reload, a crash or a session timeout. Only the owner reads a draft
// (every query is by the logged-in user's id). Rules: domain/drafts.h; queries:
// store/queries/drafts.h.
#include "api/app.h"
#include "common/time.h"
#include "domain/drafts.h"
#include "store/queries/drafts.h"

namespace soku::api {

using http::Problem;
using http::Response;

namespace {
std::string draft_key(const Ctx& ctx) {
  std::string key = ctx.req.param("key");
  if (!domain::valid_draft_key(key)) {
    throw Problem::invalid({{"key", "1–100 characters: letters, digits, - _ : ."}});
  }
  return key;
}
}  // namespace

void register_drafts(App& app) {
  app.route({.method = "GET", .pattern = "/api/v1/drafts"}, [](Ctx& ctx) {
    auto items = nlohmann::json::array();
    ctx.app.db().read([&](store::Tx& tx) {
      for (const auto& d : store::drafts::of_user(tx, ctx.me().id)) {
        items.push_back({{"key", d.key}, {"updated_at", d.updated_at}});
      }
    });
    return Response::json(200, {{"items", items}, {"next_cursor", nullptr}});
  });

  app.route({.method = "GET", .pattern = "/api/v1/drafts/{key}"}, [](Ctx& ctx) {
    const std::string key = draft_key(ctx);
    std::optional<store::drafts::Draft> d;
    ctx.app.db().read([&](store::Tx& tx) { d = store::drafts::find(tx, ctx.me().id, key); });
    // "No draft" is an ordinary answer for a form that was never saved, not an error (issue 8:
    // a 404 here logged an error in the browser on every form opened).
    if (!d) return Response::no_content();
    auto data = nlohmann::json::parse(d->data, nullptr, false);
    return Response::json(200, {{"data", data}, {"updated_at", d->updated_at}});
  });

  app.route({.method = "PUT",
             .pattern = "/api/v1/drafts/{key}",
             .audit_action = "update",
             .resource_type = "draft",
             .body_limit = domain::kMaxDraftBytes},
            [](Ctx& ctx) {
              const auto body = ctx.body();
              if (!body.contains("data")) throw Problem::invalid({{"data", "is required"}});
              const std::string key = draft_key(ctx);
              ctx.app.db().write([&](store::Tx& tx) {
                store::drafts::save(tx, ctx.me().county_id, ctx.me().id, key, body["data"].dump(),
                                    time::now_iso());
              });
              return Response::no_content();
            });

  app.route({.method = "DELETE", .pattern = "/api/v1/drafts/{key}"}, [](Ctx& ctx) {
    const std::string key = draft_key(ctx);
    ctx.app.db().write([&](store::Tx& tx) { store::drafts::remove(tx, ctx.me().id, key); });
    return Response::no_content();
  });
}

}  // namespace soku::api
