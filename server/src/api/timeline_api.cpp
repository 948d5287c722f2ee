// api/timeline_api.cpp — everything about a client in time order (newest first), filterable by
// type: referrals, assessments, decisions, periods (start, extensions, end), goals (created,
// new versions, reviews), meetings, network members and consents.
#include <algorithm>

#include "api/app.h"
#include "api/path_common.h"
#include "domain/codes.h"

namespace soku::api {

using http::Response;
using security::Action;

namespace {
struct Event {
  std::string date;  // YYYY-MM-DD, or a timestamp (sorted as text)
  std::string at;    // created_at, for a stable order within a day
  nlohmann::json json;
};
// The entry types (domain/codes.cpp), also the values of ?types=.
const std::vector<std::string>& kTypes() { return domain::code_list("timeline_type"); }
}  // namespace

void register_timeline(App& app) {
  app.route(
      "GET", "/api/v1/clients/{id}/timeline", Gate::client,
      [](Ctx& ctx) {
        std::vector<std::string> types;
        if (auto t = ctx.req.query_param("types"); t && !t->empty()) {
          std::size_t pos = 0;
          while (pos <= t->size()) {
            auto end = t->find(',', pos);
            if (end == std::string::npos) end = t->size();
            const std::string one = t->substr(pos, end - pos);
            if (std::find(kTypes().begin(), kTypes().end(), one) == kTypes().end()) {
              throw http::Problem::invalid({{"types", "unknown type: " + one}});
            }
            types.push_back(one);
            pos = end + 1;
          }
        }
        auto want = [&](const std::string& t) {
          return types.empty() || std::find(types.begin(), types.end(), t) != types.end();
        };
        const std::string cid = ctx.client->client_id();
        std::vector<Event> events;
        auto add = [&](const std::string& type, const std::string& date, const std::string& at,
                       const std::string& id, nlohmann::json detail) {
          events.push_back({date, at, {{"type", type}, {"date", date}, {"id", id}, {"detail", std::move(detail)}}});
        };
        ctx.app.db().read([&](store::Tx& tx) {
          if (want("referral")) {
            for (const auto& r : tx.exec("SELECT id, received_on, source, reason, created_at FROM referrals WHERE client_id = $1", {cid}).rows)
              add("referral", r.str(1), r.str(4), r.str(0), {{"source", r.str(2)}, {"reason", r.str(3)}});
          }
          if (want("assessment")) {
            for (const auto& r : tx.exec("SELECT id, COALESCE(completed_on, substr(created_at, 1, 10)), conclusion, created_at FROM assessments WHERE client_id = $1", {cid}).rows)
              add("assessment", r.str(1), r.str(3), r.str(0), {{"conclusion", r.is_null(2) ? nlohmann::json(nullptr) : nlohmann::json(r.str(2))}});
          }
          if (want("decision")) {
            for (const auto& r : tx.exec("SELECT id, decided_on, outcome, created_at FROM decisions WHERE client_id = $1", {cid}).rows)
              add("decision", r.str(1), r.str(3), r.str(0), {{"outcome", r.str(2)}});
          }
          if (want("period")) {
            for (const auto& r : tx.exec("SELECT id, starts_on, deadline, status, ended_on, created_at FROM periods WHERE client_id = $1", {cid}).rows)
              add("period", r.str(1), r.str(5), r.str(0), {{"deadline", r.str(2)}, {"status", r.str(3)}, {"ended_on", r.is_null(4) ? nlohmann::json(nullptr) : nlohmann::json(r.str(4))}});
          }
          if (want("extension")) {
            for (const auto& r : tx.exec("SELECT id, substr(created_at, 1, 10), previous_deadline, new_deadline, reason, created_at, period_id FROM period_extensions WHERE client_id = $1", {cid}).rows)
              add("extension", r.str(1), r.str(5), r.str(0), {{"previous_deadline", r.str(2)}, {"new_deadline", r.str(3)}, {"reason", r.str(4)}, {"period_id", r.str(6)}});
          }
          if (want("goal")) {
            for (const auto& r : tx.exec("SELECT v.goal_id, substr(v.created_at, 1, 10), v.version, v.text, v.created_at FROM goal_versions v WHERE v.client_id = $1", {cid}).rows)
              add("goal", r.str(1), r.str(4), r.str(0), {{"version", r.i64(2)}, {"text", r.str(3)}});
          }
          if (want("goal_review")) {
            for (const auto& r : tx.exec("SELECT id, reviewed_on, attainment, goal_id, created_at FROM goal_reviews WHERE client_id = $1", {cid}).rows)
              add("goal_review", r.str(1), r.str(4), r.str(0), {{"attainment", r.i64(2)}, {"goal_id", r.str(3)}});
          }
          if (want("meeting")) {
            for (const auto& r : tx.exec("SELECT id, held_on, mode, minutes, kind, statutory_item, created_at FROM meetings WHERE client_id = $1", {cid}).rows)
              add("meeting", r.str(1), r.str(6), r.str(0), {{"mode", r.str(2)}, {"minutes", r.i64(3)}, {"kind", r.str(4)}, {"statutory_item", r.str(5)}});
          }
          if (want("network")) {
            for (const auto& r : tx.exec("SELECT id, substr(created_at, 1, 10), name, role, organisation_type, created_at FROM network_members WHERE client_id = $1", {cid}).rows)
              add("network", r.str(1), r.str(5), r.str(0), {{"name", r.str(2)}, {"role", r.str(3)}, {"organisation_type", r.str(4)}});
          }
          if (want("consent")) {
            for (const auto& r : tx.exec("SELECT c.id, c.given_on, c.withdrawn_on, c.scope, m.name, c.created_at FROM consents c JOIN network_members m ON m.id = c.member_id WHERE c.client_id = $1", {cid}).rows) {
              add("consent", r.str(1), r.str(5), r.str(0), {{"event", "given"}, {"scope", r.str(3)}, {"member", r.str(4)}});
              if (!r.is_null(2)) add("consent", r.str(2), r.str(5), r.str(0), {{"event", "withdrawn"}, {"scope", r.str(3)}, {"member", r.str(4)}});
            }
          }
          if (want("final_evaluation")) {
            for (const auto& r : tx.exec("SELECT id, evaluated_on, interrupted, continuation, reason, created_at FROM final_evaluations WHERE client_id = $1", {cid}).rows)
              add("final_evaluation", r.str(1), r.str(5), r.str(0), {{"interrupted", r.i64(2) != 0}, {"continuation", r.is_null(3) ? nlohmann::json(nullptr) : nlohmann::json(r.str(3))}, {"reason", r.is_null(4) ? nlohmann::json(nullptr) : nlohmann::json(r.str(4))}});
          }
        });
        std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
          return a.date != b.date ? a.date > b.date : a.at > b.at;
        });
        auto items = nlohmann::json::array();
        for (auto& e : events) items.push_back(std::move(e.json));
        return Response::json(200, {{"items", items}, {"next_cursor", nullptr}});
      },
      Action::client_read, "read", "timeline");
}

}  // namespace soku::api
