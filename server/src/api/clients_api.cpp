// api/clients_api.cpp — the client register: search, create, view, edit, and recording a reason
// for a reason-based access. Identity codes are validated by domain/hetu, stored whole (the sign is
// part of the identity), masked in lists, and never logged. The rules are domain/clients.h; the
// queries store/queries/clients.h.
#include "api/access.h"
#include "api/app.h"
#include "api/fields.h"
#include "api/json.h"
#include "common/time.h"
#include "domain/clients.h"
#include "domain/hetu.h"
#include "security/crypto.h"
#include "store/queries/clients.h"
#include "store/queries/relations.h"

namespace soku::api {

using http::Problem;
using http::Response;
using security::Action;
using security::Relationship;

namespace {

nlohmann::json client_json(const store::clients::Client& c, const ClientScope& scope) {
  const bool sensitive = scope.may(Action::client_read_sensitive);
  const auto& d = c.data;
  auto opt = [](const std::optional<std::string>& s) {
    return or_null(s);
  };
  return {{"id", c.id},
          {"hetu", opt(d.hetu)},
          {"birth_date", opt(d.birth_date)},
          {"first_name", d.first_name},
          {"last_name", d.last_name},
          {"municipality", {{"code", c.municipality_code}, {"name", c.municipality_name}}},
          {"languages", d.languages},
          {"contact", {{"phone", opt(d.phone)}, {"email", opt(d.email)}, {"address", opt(d.address)}}},
          // null means "not shown to you"; "" means there are none.
          {"safety_notes",
           sensitive ? nlohmann::json(d.safety_notes.value_or("")) : nlohmann::json(nullptr)},
          {"unit", d.unit_id ? nlohmann::json{{"id", *d.unit_id}, {"name", c.unit_name}}
                             : nlohmann::json(nullptr)},
          {"version", c.version},
          {"created_at", c.created_at},
          {"updated_at", c.updated_at},
          {"relationship", security::to_string(scope.relationship())}};
}

// The editable fields of a client, validated together (POST: all, PATCH: those present).
struct ClientInput {
  domain::ClientChange change;
  std::optional<std::int64_t> version;  // PATCH only
};

ClientInput read_client(Ctx& ctx, const nlohmann::json& body, bool create) {
  Fields f(body);
  Fields cf(Fields::empty_object(), "contact.");
  ClientInput in;
  auto& ch = in.change;
  if (!create) in.version = f.integer("version", true, 1);
  if (body.contains("hetu")) {
    ch.has_hetu = true;
    auto raw = f.text("hetu", false, 20);
    if (raw && !raw->empty()) {
      domain::HetuError err;
      auto h = domain::parse_hetu(*raw, &err);
      if (!h) {
        f.error("hetu", err.message);
      } else {
        ch.hetu = h->code;
        ch.birth_date = domain::birth_date_of(*h);
      }
    } else {
      ch.hetu = "";
    }
  }
  ch.first_name = f.text("first_name", create, 100);
  ch.last_name = f.text("last_name", create, 100);
  if (body.contains("first_name") && ch.first_name && ch.first_name->empty()) f.error("first_name", "must not be empty");
  if (body.contains("last_name") && ch.last_name && ch.last_name->empty()) f.error("last_name", "must not be empty");
  // The municipality and the unit must be the actor's county's (looked up where they are read,
  // so the errors keep the order of the fields).
  if (auto muni = f.text("municipality", create, 60)) {
    ctx.app.db().read([&](store::Tx& tx) {
      ch.municipality_id = store::clients::municipality_id(tx, ctx.me().county_id, *muni);
    });
    if (!ch.municipality_id) f.error("municipality", "is not a municipality of your county");
  }
  if (auto langs = f.strings("languages", false, {}, 10)) {
    bool ok = true;
    for (const auto& l : *langs) ok = ok && domain::valid_language(l);
    if (!ok) {
      f.error("languages", "use language codes such as fi, sv, en, or other");
    } else {
      ch.languages = *langs;
    }
  } else if (create) {
    ch.languages = std::vector<std::string>{"fi"};
  }
  if (const auto* contact = f.object("contact", false)) {
    ch.has_contact = true;
    cf = Fields(*contact, "contact.");
    ch.phone = cf.text("phone", false, 40);
    ch.email = cf.text("email", false, 200);
    ch.address = cf.text("address", false, 300);
    if (ch.phone && !domain::valid_phone(*ch.phone)) {
      cf.error("phone", "may contain digits, spaces, +, - and parentheses only");
    }
    if (ch.email && !domain::valid_email(*ch.email)) cf.error("email", "is not an e-mail address");
  }
  if (body.contains("safety_notes")) {
    ch.has_safety = true;
    ch.safety_notes = f.block("safety_notes", false, 2000);
  }
  if (auto unit = f.text("unit", false, 64); unit && !unit->empty()) {
    ctx.app.db().read([&](store::Tx& tx) {
      ch.unit_id = store::clients::unit_id(tx, ctx.me().county_id, *unit);
    });
    if (!ch.unit_id) f.error("unit", "is not a unit of your county");
  }
  f.finish({&cf});
  return in;
}
Problem duplicate_hetu() {
  return Problem::conflict("duplicate-hetu", "A client with this identity code exists.",
                           {{"hetu", "a client with this identity code already exists"}});
}

// The unit a new client belongs to: the creator's first unit-scoped worker grant.
std::optional<std::string> default_unit(const User& me) {
  for (const auto& g : me.actor.grants) {
    if ((g.role == security::Role::social_worker || g.role == security::Role::social_counsellor) &&
        g.unit_id && g.county_id == me.county_id) {
      return g.unit_id;
    }
  }
  return std::nullopt;
}

nlohmann::json list_item_json(const store::clients::ListItem& c) {
  return {{"id", c.id},
          {"first_name", c.first_name},
          {"last_name", c.last_name},
          {"hetu_masked", c.hetu ? nlohmann::json(domain::mask_hetu(*c.hetu)) : nlohmann::json(nullptr)},
          {"municipality", {{"code", c.municipality_code}, {"name", c.municipality_name}}}};
}

}  // namespace

void register_clients(App& app) {
  // Search by name or identity code. POST, so that a code never travels in a URL (proxies and
  // browser history log URLs). The list holds the clients whose record the policy lets the actor
  // open (Access::list_condition with client_read): a search never lists a record that then
  // answers "not found" (issue 8; a unit manager's list is GET /caseload).
  // The one exception: a role that registers clients may look up an exact identity code in the
  // county, so that nobody registers a person twice (domain::plan_client_search). Every client
  // listed is an audited access.
  app.route(
      {.method = "POST",
       .pattern = "/api/v1/clients/search",
       .gate = Gate::role,
       .action = Action::client_search},
      [](Ctx& ctx) {
        const User& me = ctx.me();
        const auto body = ctx.body();
        Fields f(body);
        const std::string q = f.text("q", false, 100).value_or("");
        const std::int64_t limit = f.integer("limit", false, 1, 100).value_or(20);
        const auto cursor = f.text("cursor", false, 40);
        f.finish();
        const std::int64_t offset = decode_cursor(cursor);
        using By = domain::ClientSearch::By;
        const auto plan = domain::plan_client_search(q, ctx.can(Action::client_create));
        const bool lookup = plan.by == By::county_lookup;
        store::Params params;
        const std::string scope =
            lookup ? std::string{} : Access::list_condition(ctx, Action::client_read, params);
        std::vector<store::clients::ListItem> rows;
        ctx.app.db().read([&](store::Tx& tx) {
          rows = lookup ? store::clients::lookup_code(tx, me.county_id, plan.value, limit + 1, offset)
                        : store::clients::in_scope(tx, scope, params, plan.by == By::code_in_scope,
                                                   plan.value, limit + 1, offset);
        });
        auto items = nlohmann::json::array();
        std::vector<security::AuditEntry> entries;
        for (std::size_t i = 0; i < rows.size() && static_cast<std::int64_t>(i) < limit; ++i) {
          items.push_back(list_item_json(rows[i]));
          entries.push_back(ctx.audit_entry(rows[i].id, "client", rows[i].id,
                                            lookup ? "lookup" : "list", Relationship::none));
        }
        ctx.app.audit_log().append(std::move(entries));  // one group commit for the whole page
        const bool more = static_cast<std::int64_t>(rows.size()) > limit;
        return Response::json(200, {{"items", items},
                                    {"next_cursor", more ? nlohmann::json(encode_cursor(offset + limit))
                                                         : nlohmann::json(nullptr)}});
      });

  app.route(
      {.method = "POST", .pattern = "/api/v1/clients", .gate = Gate::role, .action = Action::client_create},
      [](Ctx& ctx) {
        const User& me = ctx.me();
        const auto body = ctx.body();
        ClientInput in = read_client(ctx, body, true);
        if (!in.change.unit_id) in.change.unit_id = default_unit(me);
        const store::clients::NewClient c{.id = security::new_id(),
                                          .county_id = me.county_id,
                                          .data = domain::apply_client_change({}, in.change),
                                          .created_by = me.id,
                                          .created_at = time::now_iso()};
        try {
          ctx.app.db().write([&](store::Tx& tx) {
            store::clients::insert(tx, c);
            // Registering the client makes the registrar a case worker (access.md).
            store::relations::record_case_work(tx, me.county_id, c.id, me.id, c.created_at);
          });
        } catch (const store::UniqueViolation&) {
          throw duplicate_hetu();
        }
        ctx.audit(c.id, "client", c.id, "create", Relationship::case_worker);
        // Read back through the access policy, as every read is.
        ClientScope scope = Access::require(ctx, c.id, Action::client_read, "read", "client", c.id);
        store::clients::Client saved;
        ctx.app.db().read([&](store::Tx& tx) { saved = store::clients::get(tx, c.id); });
        return Response::json(201, client_json(saved, scope));
      });

  app.route(
      {.method = "GET",
       .pattern = "/api/v1/clients/{id}",
       .gate = Gate::client,
       .action = Action::client_read,
       .audit_action = "read",
       .resource_type = "client"},
      [](Ctx& ctx) {
        store::clients::Client c;
        ctx.app.db().read([&](store::Tx& tx) { c = store::clients::get(tx, ctx.client->client_id()); });
        return Response::json(200, client_json(c, *ctx.client));
      });

  app.route(
      {.method = "PATCH",
       .pattern = "/api/v1/clients/{id}",
       .gate = Gate::client,
       .action = Action::client_update,
       .audit_action = "update",
       .resource_type = "client"},
      [](Ctx& ctx) {
        const auto body = ctx.body();
        ClientInput in = read_client(ctx, body, false);
        if (!domain::may_change_client(in.change, ctx.client->may(Action::client_read_sensitive))) {
          throw Problem::forbidden("You may not change safety notes of this client.");
        }
        const std::string& id = ctx.client->client_id();
        const std::string now = time::now_iso();
        store::clients::Client saved;
        try {
          ctx.app.db().write([&](store::Tx& tx) {
            // Fields not sent keep these values: once the versioned update has matched `version`,
            // this row is the one it replaced (versions only grow).
            const auto next = domain::apply_client_change(store::clients::data(tx, id), in.change);
            store::clients::update(tx, id, *in.version, next, ctx.me().id, now);
            store::relations::touch(tx, id, ctx.me().id, "case_worker", now);
          });
        } catch (const store::UniqueViolation&) {
          throw duplicate_hetu();
        }
        ctx.app.db().read([&](store::Tx& tx) { saved = store::clients::get(tx, id); });
        return Response::json(200, client_json(saved, *ctx.client));
      });

  // A unit member without a relationship records why they need this client's data; access is
  // then allowed for 8 hours, and every access in that time is flagged for the auditor.
  app.route(
      {.method = "POST", .pattern = "/api/v1/clients/{id}/access-reasons", .gate = Gate::session},
      [](Ctx& ctx) {
        const auto body = ctx.body();
        Fields f(body);
        const auto reason = f.block("reason", true, 500);
        if (reason) {
          if (auto err = domain::access_reason_error(*reason)) f.error("reason", *err);
        }
        f.finish();
        const User& me = ctx.me();
        const std::string id = ctx.req.param("id");
        std::optional<store::clients::Placement> c;
        ctx.app.db().read([&](store::Tx& tx) { c = store::clients::placement(tx, id); });
        if (!c) throw Problem::not_found("No such client.");
        const bool member =
            c->county_id == me.county_id &&
            (me.actor.has_role_in_unit(security::Role::social_worker, c->county_id, c->unit_id) ||
             me.actor.has_role_in_unit(security::Role::social_counsellor, c->county_id, c->unit_id));
        if (!member) {
          auto e = ctx.audit_entry(id, "access_reason", id, "create", Relationship::none, "denied",
                                   *reason, true);
          e.county_id = c->county_id;  // the client's county auditor must see it
          ctx.app.audit_log().append(std::move(e));
          throw Problem::not_found("No such client.");
        }
        const std::int64_t now = time::now_ms();
        const store::clients::NewAccessReason r{
            .id = security::new_id(),
            .county_id = c->county_id,
            .client_id = id,
            .user_id = me.id,
            .reason = *reason,
            .created_at = time::iso_from_ms(now),
            .expires_at = time::iso_from_ms(now + domain::kAccessReasonMs)};
        ctx.app.db().write([&](store::Tx& tx) { store::clients::insert_access_reason(tx, r); });
        ctx.audit(id, "access_reason", id, "create", Relationship::unit_member_with_reason,
                  "allowed", *reason, true);
        return Response::json(201, {{"expires_at", r.expires_at}});
      });
}

}  // namespace soku::api
