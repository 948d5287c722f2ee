// api/health_api.cpp — GET /healthz (liveness + database reachability) and GET /metrics.
#include "api/app.h"

namespace soku::api {

void register_health(App& app) {
  app.route("GET", "/healthz", Gate::public_, [](Ctx& ctx) {
    ctx.app.db().query("SELECT 1");
    return http::Response::json(200, {{"status", "ok"}});
  });
  app.route("GET", "/metrics", Gate::public_, [](Ctx& ctx) {
    http::Response r;
    r.content_type = "text/plain; version=0.0.4";
    r.body = ctx.app.metrics().render(&ctx.app.db());
    return r;
  });
}

}  // namespace soku::api
