// api/users_api.cpp — the county admin's user management: list, create, change, deactivate.
// The rules are domain/accounts.h (via api/accounts.h), the queries store/queries/users.h.
#include "api/accounts.h"
#include "api/app.h"
#include "api/fields.h"
#include "common/time.h"
#include "security/audit_log.h"
#include "security/password.h"
#include "store/queries/users.h"

namespace soku::api {

using http::Problem;
using http::Response;
using security::Action;

namespace {
nlohmann::json user_json(const store::users::Account& a, const std::string& county_code) {
  auto roles = nlohmann::json::array();
  for (const auto& g : a.roles) {
    roles.push_back({{"role", g.role},
                     {"county", county_code},
                     {"unit", g.unit_id ? nlohmann::json(*g.unit_id) : nlohmann::json(nullptr)}});
  }
  return {{"id", a.id},
          {"username", a.username},
          {"display_name", a.display_name},
          {"active", a.active},
          {"password_change_required", a.must_change_password},
          {"roles", roles}};
}

std::vector<RoleSpec> read_roles(Fields& f, const nlohmann::json& body) {
  std::vector<RoleSpec> roles;
  if (!body.contains("roles")) return roles;
  if (!body["roles"].is_array()) {
    f.error("roles", "must be a list of {role, unit}");
    return roles;
  }
  for (const auto& item : body["roles"]) {
    if (!item.is_object() || !item.contains("role") || !item["role"].is_string()) {
      f.error("roles", "each item needs a role");
      continue;
    }
    RoleSpec spec{item["role"].get<std::string>(), std::nullopt};
    if (item.contains("unit") && item["unit"].is_string())
      spec.unit_code = item["unit"].get<std::string>();
    roles.push_back(std::move(spec));
  }
  return roles;
}

// The admin's audit identity for account events.
AccountActor actor_of(const Ctx& ctx) {
  const auto e = ctx.audit_entry("", "user", "", "", security::Relationship::none);
  return AccountActor{e.actor_id, e.actor_role, ctx.req.request_id};
}

// A refused change of one's own grants: audited as denied and flagged for the auditor (an attempt
// to widen one's own access).
void audit_refused(const Ctx& ctx, const std::string& county, const std::string& id,
                   const std::vector<AccountEvent>& refused) {
  std::vector<security::AuditEntry> denied;
  for (const auto& ev : refused) {
    auto e = account_entry(actor_of(ctx), county, id, ev);
    e.outcome = "denied";
    e.flagged = true;
    denied.push_back(std::move(e));
  }
  ctx.app.audit_log().append(std::move(denied));
}
}  // namespace

void register_users(App& app) {
  app.route({.method = "GET",
             .pattern = "/api/v1/users",
             .gate = Gate::role,
             .action = Action::admin_read},
            [](Ctx& ctx) {
              auto items = nlohmann::json::array();
              ctx.app.db().read([&](store::Tx& tx) {
                for (const auto& a : store::users::in_county(tx, ctx.me().county_id)) {
                  items.push_back(user_json(a, ctx.me().county_code));
                }
              });
              return Response::json(200, {{"items", items}, {"next_cursor", nullptr}});
            });

  app.route(
      {.method = "POST",
       .pattern = "/api/v1/users",
       .gate = Gate::role,
       .action = Action::admin_write},
      [](Ctx& ctx) {
        const auto body = ctx.body();
        Fields f(body);
        NewUser u;
        u.county_id = ctx.me().county_id;
        u.username = f.text("username", true, 64).value_or("");
        u.display_name = f.text("display_name", true, 120).value_or("");
        u.password = body.contains("password") && body["password"].is_string()
                         ? body["password"].get<std::string>()
                         : "";
        if (u.password.empty()) f.error("password", "is required");
        u.roles = read_roles(f, body);
        // A password the admin chose: the user sets their own at first login.
        u.temporary_password = domain::must_change_password(domain::PasswordChosenBy::someone_else);
        f.finish();
        const std::string id = create_user(ctx.app.db(), u, &ctx.app.audit_log(), actor_of(ctx));
        store::users::Account saved;
        ctx.app.db().read([&](store::Tx& tx) { saved = store::users::get(tx, u.county_id, id); });
        return Response::json(201, user_json(saved, ctx.me().county_code));
      });

  app.route(
      {.method = "PATCH",
       .pattern = "/api/v1/users/{id}",
       .gate = Gate::role,
       .action = Action::admin_write},
      [](Ctx& ctx) {
        const auto body = ctx.body();
        Fields f(body);
        const auto display = f.text("display_name", false, 120);
        if (display && display->empty()) f.error("display_name", "must not be empty");
        const auto active = f.boolean("active", false);
        std::optional<std::string> password;
        if (body.contains("password") && body["password"].is_string()) {
          password = body["password"].get<std::string>();
          if (auto why = security::password_policy_error(*password); !why.empty())
            f.error("password", why);
        }
        const bool change_roles = body.contains("roles");
        const auto roles = read_roles(f, body);
        f.finish();
        const std::string id = ctx.req.param("id");
        const std::string county = ctx.me().county_id;
        const bool self = id == ctx.me().id;
        switch (domain::self_edit_refusal(self, active, password.has_value())) {
          case domain::SelfEditRefusal::deactivate_self:
            throw Problem::invalid({{"active", "you cannot deactivate yourself"}});
          case domain::SelfEditRefusal::set_own_password:
            throw Problem::forbidden("Set your own password with PUT /api/v1/me/password.");
          case domain::SelfEditRefusal::none:
            break;
        }
        const std::string hash = password ? security::hash_password(*password) : std::string{};
        store::users::Account saved;
        std::vector<AccountEvent> events;
        std::vector<AccountEvent> refused;  // a self role change: audited as denied, then 403
        try {
          ctx.app.db().write([&](store::Tx& tx) {
            events.clear();
            refused.clear();
            const auto cur = store::users::find(tx, county, id);
            if (!cur) throw Problem::not_found("No such user.");
            const std::string now = time::now_iso();
            if (display) store::users::set_display_name(tx, id, *display, now);
            if (active) {
              store::users::set_active(tx, id, *active, now);
              if (auto ev = domain::activity_event(cur->active, *active))
                events.push_back({*ev, ""});
            }
            if (password) {
              store::users::set_password(
                  tx, id, hash,
                  domain::must_change_password(domain::PasswordChosenBy::someone_else), now);
              events.push_back({"password_set", "temporary password"});
            }
            if (change_roles) {
              auto changed = set_roles(tx, county, id, roles);
              if (domain::self_role_change_refused(self, changed.size())) {
                refused = std::move(changed);
                throw Problem::forbidden("Nobody changes their own roles; ask another admin.");
              }
              for (auto& ev : changed) events.push_back(std::move(ev));
            }
            if (domain::ends_sessions(active, password.has_value()))
              store::users::end_sessions(tx, id);
            saved = store::users::get(tx, county, id);
          });
        } catch (const Problem&) {
          if (!refused.empty()) audit_refused(ctx, county, id, refused);
          throw;
        }
        // After the commit, before the response: an account change is never acknowledged unaudited.
        if (!events.empty())
          audit_account_events(ctx.app.audit_log(), actor_of(ctx), county, id, events);
        return Response::json(200, user_json(saved, ctx.me().county_code));
      });
}

}  // namespace soku::api
