// api/health_api.cpp — GET /healthz (liveness + database reachability) and GET /metrics.
#include "api/app.h"
#include "store/queries/health.h"

namespace soku::api {

void register_health(App& app) {
  app.route({.method = "GET", .pattern = "/healthz", .gate = Gate::public_}, [](Ctx& ctx) {
    ctx.app.db().read([](store::Tx& tx) { store::health::ping(tx); });
    return http::Response::json(200, {{"status", "ok"}});
  });
  app.route({.method = "GET", .pattern = "/metrics", .gate = Gate::public_}, [](Ctx& ctx) {
    http::Response r;
    r.content_type = "text/plain; version=0.0.4";
    r.body = ctx.app.metrics().render(&ctx.app.db());
    return r;
  });
}

}  // namespace soku::api
