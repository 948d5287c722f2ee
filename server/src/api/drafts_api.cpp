// api/drafts_api.cpp — per-user drafts so that nothing typed is lost: forms autosave here and
// restore from here after a reload, a crash or a session timeout. Only the owner reads a draft.
#include "api/app.h"
#include "common/time.h"

namespace soku::api {

using http::Problem;
using http::Response;

namespace {
constexpr std::size_t kDraftLimit = 256 * 1024;

std::string draft_key(const Ctx& ctx) {
  const std::string key = ctx.req.param("key");
  bool ok = !key.empty() && key.size() <= 100;
  for (char c : key) {
    ok = ok && (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == ':' ||
                c == '.');
  }
  if (!ok) throw Problem::invalid({{"key", "1–100 characters: letters, digits, - _ : ."}});
  return key;
}
}  // namespace

void register_drafts(App& app) {
  app.route("GET", "/api/v1/drafts", Gate::session, [](Ctx& ctx) {
    auto items = nlohmann::json::array();
    for (const auto& r : ctx.app.db()
                             .query("SELECT draft_key, updated_at FROM drafts WHERE user_id = $1 "
                                    "ORDER BY updated_at DESC",
                                    {ctx.me().id})
                             .rows) {
      items.push_back({{"key", r.str(0)}, {"updated_at", r.str(1)}});
    }
    return Response::json(200, {{"items", items}, {"next_cursor", nullptr}});
  });

  app.route("GET", "/api/v1/drafts/{key}", Gate::session, [](Ctx& ctx) {
    const auto r = ctx.app.db().query(
        "SELECT data, updated_at FROM drafts WHERE user_id = $1 AND draft_key = $2",
        {ctx.me().id, draft_key(ctx)});
    if (r.empty()) throw Problem::not_found("No draft.");
    auto data = nlohmann::json::parse(r.rows[0].str(0), nullptr, false);
    return Response::json(200, {{"data", data}, {"updated_at", r.rows[0].str(1)}});
  });

  app.route(
      "PUT", "/api/v1/drafts/{key}", Gate::session,
      [](Ctx& ctx) {
        const auto body = ctx.body();
        if (!body.contains("data")) throw Problem::invalid({{"data", "is required"}});
        const std::string key = draft_key(ctx);
        const std::string data = body["data"].dump();
        const std::string now = time::now_iso();
        ctx.app.db().exec(
            "INSERT INTO drafts (county_id, user_id, draft_key, data, updated_at) VALUES "
            "($1,$2,$3,$4,$5) ON CONFLICT (user_id, draft_key) DO UPDATE SET data = $4, "
            "updated_at = $5",
            {ctx.me().county_id, ctx.me().id, key, data, now});
        return Response::no_content();
      },
      security::Action::client_read, "update", "draft", kDraftLimit);

  app.route("DELETE", "/api/v1/drafts/{key}", Gate::session, [](Ctx& ctx) {
    ctx.app.db().exec("DELETE FROM drafts WHERE user_id = $1 AND draft_key = $2",
                      {ctx.me().id, draft_key(ctx)});
    return Response::no_content();
  });
}

}  // namespace soku::api
