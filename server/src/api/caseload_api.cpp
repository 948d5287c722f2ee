// api/caseload_api.cpp — the manager's caseload view (issue 8; access.md: a manager sees
// "caseload lists and phases of own units; notes only with a relationship"): per key worker the
// clients of the manager's units with their phase, deadline, days since the last contact and
// flags, and counts per worker × phase. The set of clients is the policy's
// (Access::list_condition with caseload_read: a manager's every client of their units); the
// route needs caseload_view (managers only: a worker's own clients are on the dashboard). Every
// client shown is an audited "list" access. Rules: domain/caseload.h, domain/dashboard.h
// (client_phase); queries: store/queries/caseload.h.
#include <map>
#include <set>

#include "api/access.h"
#include "api/app.h"
#include "api/json.h"
#include "common/time.h"
#include "domain/caseload.h"
#include "domain/dashboard.h"
#include "store/queries/caseload.h"

namespace soku::api {

using http::Problem;
using http::Response;
using security::Action;
using security::Relationship;

namespace {

constexpr std::int64_t kMaxClients = 2000;

struct Query {
  std::string unit;    // "" = every unit, "none" = clients without a unit
  std::string worker;  // "" = every key worker, "none" = no key worker
  std::string phase;   // "" = every phase
};

// A filter value is an id (letters, digits, - and _), "none" or empty; 422 naming the parameter.
Query read_query(const http::Request& req) {
  Query q{req.query_param("unit").value_or(""), req.query_param("worker").value_or(""),
          req.query_param("phase").value_or("")};
  std::vector<http::FieldError> errors;
  const auto id_like = [](const std::string& s) {
    if (s.size() > 64) return false;
    for (const char c : s) {
      const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '_';
      if (!ok) return false;
    }
    return true;
  };
  if (!id_like(q.unit)) errors.push_back({"unit", "is not a unit id"});
  if (!id_like(q.worker)) errors.push_back({"worker", "is not a user id"});
  if (!q.phase.empty() && !domain::valid_client_phase(q.phase)) {
    errors.push_back({"phase", "is not a client phase"});
  }
  if (!errors.empty()) throw Problem::invalid(std::move(errors));
  return q;
}

nlohmann::json person_json(const std::optional<std::string>& id, const std::string& name) {
  if (!id) return nullptr;
  return {{"id", *id}, {"display_name", name}};
}

}  // namespace

void register_caseload(App& app) {
  app.route(
      {.method = "GET",
       .pattern = "/api/v1/caseload",
       .gate = Gate::role,
       .action = Action::caseload_view},
      [](Ctx& ctx) {
        const Query q = read_query(ctx.req);
        const std::string today = time::today();
        const store::caseload::Condition scope = [&](store::Params& params) {
          return Access::list_condition(ctx, Action::caseload_read, params);
        };
        std::vector<store::caseload::Row> rows;
        ctx.app.db().read([&](store::Tx& tx) {
          rows = store::caseload::clients(tx, today, kMaxClients + 1, scope);
        });
        const bool truncated = static_cast<std::int64_t>(rows.size()) > kMaxClients;
        if (truncated) rows.resize(static_cast<std::size_t>(kMaxClients));

        // The filter options: every unit and key worker of the scope (names only, no client).
        std::map<std::string, std::pair<std::string, std::string>> units;  // id → name, name_sv
        std::map<std::string, std::string> workers;                        // id → name
        for (const auto& r : rows) {
          if (r.unit_id) units[*r.unit_id] = {r.unit_name, r.unit_name_sv};
          if (r.key_worker_id) workers[*r.key_worker_id] = r.key_worker_name;
        }

        auto items = nlohmann::json::array();
        // Summary: per key worker (in the order met: by name, none last) × phase.
        std::vector<std::string> order;
        std::map<std::string, nlohmann::json> summary;
        std::vector<security::AuditEntry> entries;
        for (const auto& r : rows) {
          if (!q.unit.empty() && (q.unit == "none" ? r.unit_id.has_value()
                                                   : r.unit_id.value_or("") != q.unit)) {
            continue;
          }
          if (!q.worker.empty() && (q.worker == "none" ? r.key_worker_id.has_value()
                                                       : r.key_worker_id.value_or("") != q.worker)) {
            continue;
          }
          const std::string phase = domain::client_phase(r.facts);
          if (!q.phase.empty() && phase != q.phase) continue;
          const auto flags = domain::caseload_flags(r.period_id.has_value(), r.deadline, phase,
                                                    r.last_contact, r.starts_on, today);
          const auto since = domain::days_since(r.last_contact, today);
          items.push_back(
              {{"id", r.id},
               {"first_name", r.first_name},
               {"last_name", r.last_name},
               {"phase", phase},
               {"unit", r.unit_id ? nlohmann::json{{"id", *r.unit_id},
                                                   {"name", r.unit_name},
                                                   {"name_sv", r.unit_name_sv}}
                                  : nlohmann::json(nullptr)},
               {"key_worker", person_json(r.key_worker_id, r.key_worker_name)},
               {"period_id", or_null(r.period_id)},
               {"deadline", or_null(r.deadline)},
               {"last_contact", or_null(r.last_contact)},
               {"days_since_contact", since ? nlohmann::json(*since) : nlohmann::json(nullptr)},
               {"deadline_soon", flags.deadline_soon},
               {"no_contact", flags.no_contact}});
          const std::string key = r.key_worker_id.value_or("");
          auto [it, added] = summary.try_emplace(key);
          if (added) {
            order.push_back(key);
            it->second = {{"key_worker", person_json(r.key_worker_id, r.key_worker_name)},
                          {"phases", nlohmann::json::object()},
                          {"total", 0},
                          {"deadline_soon", 0},
                          {"no_contact", 0}};
          }
          auto& s = it->second;
          s["phases"][phase] = s["phases"].value(phase, 0) + 1;
          s["total"] = s["total"].get<int>() + 1;
          if (flags.deadline_soon) s["deadline_soon"] = s["deadline_soon"].get<int>() + 1;
          if (flags.no_contact) s["no_contact"] = s["no_contact"].get<int>() + 1;
          entries.push_back(ctx.audit_entry(r.id, "caseload", r.id, "list", Relationship::none));
        }
        ctx.app.audit_log().append(std::move(entries));  // one group commit for the whole view

        auto summary_json = nlohmann::json::array();
        for (const auto& key : order) summary_json.push_back(summary[key]);
        auto units_json = nlohmann::json::array();
        for (const auto& [id, names] : units) {
          units_json.push_back({{"id", id}, {"name", names.first}, {"name_sv", names.second}});
        }
        auto workers_json = nlohmann::json::array();
        for (const auto& [id, name] : workers) {
          workers_json.push_back({{"id", id}, {"display_name", name}});
        }
        return Response::json(200, {{"today", today},
                                    {"deadline_window_days", domain::kDeadlineWindowDays},
                                    {"no_contact_days", domain::kCaseloadNoContactDays},
                                    {"truncated", truncated},
                                    {"items", items},
                                    {"summary", summary_json},
                                    {"units", units_json},
                                    {"workers", workers_json}});
      });
}

}  // namespace soku::api
