// api/users_api.cpp — the county admin's user management: list, create, change, deactivate.
#include "api/accounts.h"
#include "api/app.h"
#include "api/fields.h"
#include "common/time.h"
#include "security/audit_log.h"
#include "security/password.h"

namespace soku::api {

using http::Problem;
using http::Response;
using security::Action;

namespace {
nlohmann::json user_row_json(store::Tx& tx, const store::Row& r, const std::string& county_code) {
  auto roles = nlohmann::json::array();
  for (const auto& g : tx.exec("SELECT role, unit_id FROM user_roles WHERE user_id = $1 ORDER BY "
                               "role",
                               {r.str(0)})
                           .rows) {
    roles.push_back({{"role", g.str(0)},
                     {"county", county_code},
                     {"unit", g.is_null(1) ? nlohmann::json(nullptr) : nlohmann::json(g.str(1))}});
  }
  return {{"id", r.str(0)},
          {"username", r.str(1)},
          {"display_name", r.str(2)},
          {"active", r.i64(3) != 0},
          {"password_change_required", r.i64(4) != 0},
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
    if (item.contains("unit") && item["unit"].is_string()) spec.unit_code = item["unit"].get<std::string>();
    roles.push_back(std::move(spec));
  }
  return roles;
}

constexpr std::string_view kSelect =
    "SELECT id, username, display_name, active, must_change_password FROM users "
    "WHERE county_id = $1 ";

// The admin's audit identity for account events.
AccountActor actor_of(const Ctx& ctx) {
  const auto e = ctx.audit_entry("", "user", "", "", security::Relationship::none);
  return AccountActor{e.actor_id, e.actor_role, ctx.req.request_id};
}
}  // namespace

void register_users(App& app) {
  app.route("GET", "/api/v1/users", Action::admin_read, [](Ctx& ctx) {
    auto items = nlohmann::json::array();
    ctx.app.db().read([&](store::Tx& tx) {
      for (const auto& r :
           tx.exec(std::string(kSelect) + "ORDER BY username", {ctx.me().county_id}).rows) {
        items.push_back(user_row_json(tx, r, ctx.me().county_code));
      }
    });
    return Response::json(200, {{"items", items}, {"next_cursor", nullptr}});
  });

  app.route("POST", "/api/v1/users", Action::admin_write, [](Ctx& ctx) {
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
    u.temporary_password = true;  // the user sets their own at first login
    f.finish();
    const std::string id = create_user(ctx.app.db(), u, &ctx.app.audit_log(), actor_of(ctx));
    nlohmann::json out;
    ctx.app.db().read([&](store::Tx& tx) {
      out = user_row_json(tx, tx.exec(std::string(kSelect) + "AND id = $2", {u.county_id, id}).one(),
                          ctx.me().county_code);
    });
    return Response::json(201, out);
  });

  app.route("PATCH", "/api/v1/users/{id}", Action::admin_write, [](Ctx& ctx) {
    const auto body = ctx.body();
    Fields f(body);
    const auto display = f.text("display_name", false, 120);
    if (display && display->empty()) f.error("display_name", "must not be empty");
    const auto active = f.boolean("active", false);
    std::optional<std::string> password;
    if (body.contains("password") && body["password"].is_string()) {
      password = body["password"].get<std::string>();
      if (auto why = security::password_policy_error(*password); !why.empty()) f.error("password", why);
    }
    const bool change_roles = body.contains("roles");
    const auto roles = read_roles(f, body);
    f.finish();
    const std::string id = ctx.req.param("id");
    const std::string county = ctx.me().county_id;
    const bool self = id == ctx.me().id;
    if (self && active && !*active) {
      throw Problem::invalid({{"active", "you cannot deactivate yourself"}});
    }
    // Nobody sets their own password here (that is PUT /me/password, which asks for the current
    // one) nor changes their own roles (an admin could otherwise grant themself client access).
    if (self && password) {
      throw Problem::forbidden("Set your own password with PUT /api/v1/me/password.");
    }
    const std::string hash = password ? security::hash_password(*password) : std::string{};
    nlohmann::json out;
    std::vector<AccountEvent> events;
    std::vector<AccountEvent> refused;  // a self role change: audited as denied, then 403
    try {
      ctx.app.db().write([&](store::Tx& tx) {
        events.clear();
        refused.clear();
        const auto cur = tx.exec(std::string(kSelect) + "AND id = $2", {county, id});
        if (cur.empty()) throw Problem::not_found("No such user.");
        const bool was_active = cur.rows[0].i64(3) != 0;
        const std::string now = time::now_iso();
        if (display) tx.exec("UPDATE users SET display_name = $1, updated_at = $2 WHERE id = $3", {*display, now, id});
        if (active) {
          tx.exec("UPDATE users SET active = $1, updated_at = $2 WHERE id = $3",
                  {std::int64_t{*active ? 1 : 0}, now, id});
          if (*active != was_active) events.push_back({*active ? "reactivate" : "deactivate", ""});
        }
        if (password) {
          // A password the admin chose is temporary: the user sets their own at next login.
          tx.exec("UPDATE users SET password_hash = $1, must_change_password = 1, updated_at = $2 "
                  "WHERE id = $3",
                  {hash, now, id});
          events.push_back({"password_set", "temporary password"});
        }
        if (change_roles) {
          auto changed = set_roles(tx, county, id, roles);
          if (self && !changed.empty()) {
            refused = std::move(changed);
            throw Problem::forbidden("Nobody changes their own roles; ask another admin.");
          }
          for (auto& ev : changed) events.push_back(std::move(ev));
        }
        // A deactivated user or a new password ends every open session of that user.
        if ((active && !*active) || password) tx.exec("DELETE FROM sessions WHERE user_id = $1", {id});
        out = user_row_json(tx, tx.exec(std::string(kSelect) + "AND id = $2", {county, id}).one(),
                            ctx.me().county_code);
      });
    } catch (const Problem&) {
      if (!refused.empty()) {
        std::vector<security::AuditEntry> denied;
        for (const auto& ev : refused) {
          auto e = account_entry(actor_of(ctx), county, id, ev);
          e.outcome = "denied";
          e.flagged = true;  // shown to the auditor: an attempt to widen one's own access
          denied.push_back(std::move(e));
        }
        ctx.app.audit_log().append(std::move(denied));
      }
      throw;
    }
    // After the commit, before the response: an account change is never acknowledged unaudited.
    if (!events.empty()) audit_account_events(ctx.app.audit_log(), actor_of(ctx), county, id, events);
    return Response::json(200, out);
  });
}

}  // namespace soku::api
