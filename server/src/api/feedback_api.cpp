// api/feedback_api.cpp — the accessibility feedback channel required by the Act on the Provision
// of Digital Services (306/2019): anyone, logged in or not, may send feedback.
#include "api/app.h"
#include "api/fields.h"
#include "common/time.h"
#include "security/crypto.h"
#include "store/queries/feedback.h"

namespace soku::api {

void register_feedback(App& app) {
  app.route(
      {.method = "POST",
       .pattern = "/api/v1/feedback",
       .gate = Gate::public_,
       .audit_action = "create",
       .resource_type = "feedback",
       .body_limit = 16 * 1024},
      [](Ctx& ctx) {
        const auto body = ctx.body();
        Fields f(body);
        const auto message = f.block("message", true, 5000);
        const auto contact = f.text("contact", false, 200);
        f.finish();
        const store::feedback::NewFeedback fb{
            .id = security::new_id(),
            .county_id = ctx.user ? ctx.user->county_id : std::string{},
            .message = *message,
            .contact = contact && !contact->empty() ? contact : std::nullopt,
            .created_at = time::now_iso()};
        ctx.app.db().write([&](store::Tx& tx) { store::feedback::insert(tx, fb); });
        return http::Response::json(201, {{"id", fb.id}});
      });
}

}  // namespace soku::api
