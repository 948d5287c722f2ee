// api/feedback_api.cpp — the accessibility feedback channel required by the Act on the Provision
// of Digital Services (306/2019): anyone, logged in or not, may send feedback.
#include "api/app.h"
#include "api/fields.h"
#include "common/time.h"
#include "security/crypto.h"

namespace soku::api {

void register_feedback(App& app) {
  app.route(
      "POST", "/api/v1/feedback", Gate::public_,
      [](Ctx& ctx) {
        const auto body = ctx.body();
        Fields f(body);
        const auto message = f.block("message", true, 5000);
        const auto contact = f.text("contact", false, 200);
        f.finish();
        const std::string id = security::new_id();
        ctx.app.db().exec(
            "INSERT INTO feedback (id, county_id, message, contact, created_at) VALUES "
            "($1,$2,$3,$4,$5)",
            {id, ctx.user ? ctx.user->county_id : std::string{}, *message,
             contact && !contact->empty() ? store::Value(*contact) : store::Value(nullptr),
             time::now_iso()});
        return http::Response::json(201, {{"id", id}});
      },
      security::Action::client_read, "create", "feedback", 16 * 1024);
}

}  // namespace soku::api
