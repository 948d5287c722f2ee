// api/audit_api.cpp — the auditor's view of the access log: by client, by actor, by time; and the
// chain verification. Nobody but an auditor of the county reaches these.
#include "api/app.h"
#include "api/json.h"

namespace soku::api {

using http::Response;
using security::Action;

void register_audit(App& app) {
  app.route("GET", "/api/v1/audit", Action::audit_read, [](Ctx& ctx) {
    const auto client = ctx.req.query_param("client_id").value_or("");
    const auto actor = ctx.req.query_param("actor").value_or("");
    // The account concerned by an account event (resource_type "user"): its id or username.
    const auto subject = ctx.req.query_param("subject_user").value_or("");
    const auto from = ctx.req.query_param("from").value_or("");
    const auto to = ctx.req.query_param("to").value_or("");
    const bool flagged = ctx.req.query_param("flagged").value_or("") == "true";
    const std::int64_t limit = limit_param(ctx.req, 100, 500);
    const std::int64_t offset = decode_cursor(ctx.req.query_param("cursor"));
    // Newest first. `actor` matches the actor's id or username; `subject_user` the id or username
    // of the account an account event is about.
    const auto rows = ctx.app.db().query(
        "SELECT a.seq, a.at, a.actor_id, COALESCE(u.username, ''), a.actor_role, a.client_id, "
        "a.resource_type, a.resource_id, a.action, a.relationship, a.reason, a.request_id, "
        "a.outcome, a.flagged, s.username FROM audit_log a "
        "LEFT JOIN users u ON u.id = a.actor_id "
        "LEFT JOIN users s ON a.resource_type = 'user' AND s.id = a.resource_id "
        "WHERE a.county_id = $1 AND ($2 = '' OR a.client_id = $2) "
        "AND ($3 = '' OR a.actor_id = $3 OR u.username = $3) AND ($4 = '' OR a.at >= $4) "
        "AND ($5 = '' OR a.at < $5) AND ($6 = 0 OR a.flagged = 1) "
        "AND ($9 = '' OR (a.resource_type = 'user' AND (a.resource_id = $9 OR s.username = $9))) "
        "ORDER BY a.seq DESC LIMIT $7 OFFSET $8",
        {ctx.me().county_id, client, actor, from, to, std::int64_t{flagged ? 1 : 0}, limit + 1,
         offset, subject});
    auto items = nlohmann::json::array();
    for (std::size_t i = 0; i < rows.rows.size() && static_cast<std::int64_t>(i) < limit; ++i) {
      const auto& r = rows.rows[i];
      items.push_back({{"seq", r.i64(0)},          {"at", r.str(1)},
                       {"actor_id", r.str(2)},     {"actor_username", r.str(3)},
                       {"actor_role", r.str(4)},   {"client_id", r.str(5)},
                       {"resource_type", r.str(6)}, {"resource_id", r.str(7)},
                       {"action", r.str(8)},       {"relationship", r.str(9)},
                       {"reason", r.str(10)},      {"request_id", r.str(11)},
                       {"outcome", r.str(12)},     {"flagged", r.i64(13) != 0},
                       {"subject_username", r.is_null(14) ? nlohmann::json(nullptr)
                                                          : nlohmann::json(r.str(14))}});
    }
    const bool more = static_cast<std::int64_t>(rows.rows.size()) > limit;
    return Response::json(200, {{"items", items},
                                {"next_cursor", more ? nlohmann::json(encode_cursor(offset + limit))
                                                     : nlohmann::json(nullptr)}});
  });

  app.route("GET", "/api/v1/audit/verify", Action::audit_read, [](Ctx& ctx) {
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
