// api/audit_api.cpp — the auditor's view of the access log: by client, by actor, by time; and the
// chain verification. Nobody but an auditor of the county reaches these.
#include "api/app.h"
#include "api/fields.h"
#include "api/json.h"
#include "domain/clients.h"
#include "domain/hetu.h"
#include "store/queries/audit.h"

namespace soku::api {

using http::Response;
using security::Action;
using security::Relationship;

namespace {
nlohmann::json entry_json(const store::audit::Entry& e) {
  return {{"seq", e.seq},
          {"at", e.at},
          {"actor_id", e.actor_id},
          {"actor_username", e.actor_username},
          {"actor_role", e.actor_role},
          {"client_id", e.client_id},
          {"resource_type", e.resource_type},
          {"resource_id", e.resource_id},
          {"action", e.action},
          {"relationship", e.relationship},
          {"reason", e.reason},
          {"request_id", e.request_id},
          {"outcome", e.outcome},
          {"flagged", e.flagged},
          {"subject_username",
           e.subject_username ? nlohmann::json(*e.subject_username) : nlohmann::json(nullptr)}};
}
}  // namespace

void register_audit(App& app) {
  app.route({.method = "GET",
             .pattern = "/api/v1/audit",
             .gate = Gate::role,
             .action = Action::audit_read},
            [](Ctx& ctx) {
              const auto client = ctx.req.query_param("client_id").value_or("");
              const auto actor = ctx.req.query_param("actor").value_or("");
              // The account concerned by an account event (resource_type "user"): its id or
              // username.
              const auto subject = ctx.req.query_param("subject_user").value_or("");
              const auto from = ctx.req.query_param("from").value_or("");
              const auto to = ctx.req.query_param("to").value_or("");
              const bool flagged = ctx.req.query_param("flagged").value_or("") == "true";
              const std::int64_t limit = limit_param(ctx.req, 100, 500);
              const std::int64_t offset = decode_cursor(ctx.req.query_param("cursor"));
              // Newest first. `actor` matches the actor's id or username; `subject_user` the id or
              // username of the account an account event is about.
              std::vector<store::audit::Entry> rows;
              ctx.app.db().read([&](store::Tx& tx) {
                rows = store::audit::list(tx, {.county_id = ctx.me().county_id,
                                               .client_id = client,
                                               .actor = actor,
                                               .subject_user = subject,
                                               .from = from,
                                               .to = to,
                                               .flagged_only = flagged,
                                               .limit = limit + 1,
                                               .offset = offset});
              });
              auto items = nlohmann::json::array();
              for (std::size_t i = 0; i < rows.size() && static_cast<std::int64_t>(i) < limit;
                   ++i) {
                items.push_back(entry_json(rows[i]));
              }
              const bool more = static_cast<std::int64_t>(rows.size()) > limit;
              return Response::json(
                  200, {{"items", items},
                        {"next_cursor", more ? nlohmann::json(encode_cursor(offset + limit))
                                             : nlohmann::json(nullptr)}});
            });

  // The auditor finds a client by name or identity code, to read that client's access log. POST,
  // so that neither ever travels in a URL. Only an auditor (audit_read, checked by the pipeline:
  // 403 for anyone else); the whole county, since the auditor's task is the county's log. Every
  // client shown is itself an audit entry (action "lookup": an auditor reading identities is
  // processing them), and a lookup that found nobody leaves one entry without a client. The
  // query itself (a name or a code) is never logged.
  app.route({.method = "POST",
             .pattern = "/api/v1/audit/clients",
             .gate = Gate::role,
             .action = Action::audit_read},
            [](Ctx& ctx) {
              const auto body = ctx.body();
              Fields f(body);
              const std::string q = f.text("q", true, 100).value_or("");
              const std::int64_t limit = f.integer("limit", false, 1, 50).value_or(20);
              if (body.contains("q") && q.size() < 2) f.error("q", "type at least 2 characters");
              f.finish();
              const auto plan = domain::plan_client_search(q, false);
              const bool by_code = plan.by != domain::ClientSearch::By::name_in_scope;
              if (!by_code && plan.value.size() < 2) {
                throw http::Problem::invalid({{"q", "type at least 2 letters of a name"}});
              }
              std::vector<store::audit::ClientHit> rows;
              ctx.app.db().read([&](store::Tx& tx) {
                rows = store::audit::find_clients(tx, ctx.me().county_id, by_code, plan.value,
                                                  limit);
              });
              auto items = nlohmann::json::array();
              std::vector<security::AuditEntry> entries;
              for (const auto& r : rows) {
                items.push_back(
                    {{"id", r.id},
                     {"first_name", r.first_name},
                     {"last_name", r.last_name},
                     {"hetu_masked",
                      r.hetu ? nlohmann::json(domain::mask_hetu(*r.hetu)) : nlohmann::json(nullptr)},
                     {"municipality", {{"code", r.municipality_code},
                                       {"name", r.municipality_name},
                                       {"name_sv", r.municipality_name_sv}}}});
                entries.push_back(
                    ctx.audit_entry(r.id, "client", r.id, "lookup", Relationship::none));
              }
              if (entries.empty()) {
                entries.push_back(ctx.audit_entry("", "client", "", "lookup", Relationship::none));
              }
              ctx.app.audit_log().append(std::move(entries));
              return Response::json(200, {{"items", items}, {"next_cursor", nullptr}});
            });

  app.route({.method = "GET",
             .pattern = "/api/v1/audit/verify",
             .gate = Gate::role,
             .action = Action::audit_read},
            [](Ctx& ctx) {
              const auto check = security::AuditLog::verify(ctx.app.db());
              return Response::json(
                  200, {{"ok", check.ok},
                        {"checked", check.checked},
                        {"first_bad_seq", check.first_bad_seq ? nlohmann::json(*check.first_bad_seq)
                                                              : nlohmann::json(nullptr)},
                        {"problem", check.problem.empty() ? nlohmann::json(nullptr)
                                                          : nlohmann::json(check.problem)}});
            });
}

}  // namespace soku::api
