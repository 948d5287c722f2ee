// api/corrections.cpp — see corrections.h.
#include "api/corrections.h"

#include <algorithm>

#include "domain/corrections.h"
#include "store/queries/corrections.h"

namespace soku::api::corrections {

namespace {
domain::Wording wording(const nlohmann::json& fields) {
  domain::Wording out;
  for (const auto& [k, v] : fields.items()) out[k] = v.dump();
  return out;
}
}  // namespace

Head read_head(Fields& f) {
  Head h;
  h.version = f.integer("version", true, 1).value_or(0);
  const std::size_t before = f.errors().size();
  const auto reason = f.block("reason", false, domain::kCorrectionReasonMax);
  if (f.errors().size() == before) {
    if (auto p = domain::correction_reason_problem(reason)) f.error(p->field, p->message);
  }
  h.reason = reason.value_or("");
  return h;
}

void refuse_unknown(Fields& f, const nlohmann::json& body, const std::vector<std::string>& fields) {
  for (const auto& [k, v] : body.items()) {
    if (k == "version" || k == "reason") continue;
    if (std::find(fields.begin(), fields.end(), k) == fields.end()) {
      f.error(k, "is not a field that can be corrected");
    }
  }
}

void require_change(std::string_view record_type, const nlohmann::json& before,
                    const nlohmann::json& after, const std::vector<std::string>& given) {
  if (!domain::changed_fields(record_type, wording(before), wording(after)).empty()) return;
  std::vector<http::FieldError> errors;
  for (const auto& g : given) {
    errors.push_back({g, "nothing to correct: no field differs from the current wording"});
  }
  if (errors.empty()) {
    errors.push_back({"reason", "nothing to correct: give at least one field to correct"});
  }
  throw http::Problem::invalid(std::move(errors));
}

void keep(store::Tx& tx, const Ctx& ctx, std::string_view record_type, const std::string& id,
          const Head& head, const nlohmann::json& before, const std::string& created_by,
          const std::string& created_at, const std::string& now) {
  const auto& c = *ctx.client;
  store::corrections::keep(tx,
                           {.county_id = c.county_id(),
                            .client_id = c.client_id(),
                            .record_type = std::string(record_type),
                            .record_id = id,
                            .version = head.version,
                            .content = before.dump(),
                            .reason = head.reason,
                            .corrected_by = ctx.me().id,
                            .corrected_at = now},
                           created_by, created_at);
}

namespace {
nlohmann::json versions_json(store::Tx& tx, std::string_view record_type, const std::string& id) {
  auto items = nlohmann::json::array();
  for (const auto& v : store::corrections::for_record(tx, record_type, id)) {
    items.push_back({{"version", v.version},
                     {"fields", nlohmann::json::parse(v.content, nullptr, false)},
                     {"written_by", v.written_by},
                     {"written_by_name", v.written_by_name},
                     {"written_at", v.written_at},
                     {"reason", v.reason},
                     {"corrected_by", v.corrected_by},
                     {"corrected_by_name", v.corrected_by_name},
                     {"corrected_at", v.corrected_at}});
  }
  return {{"items", items}, {"next_cursor", nullptr}};
}
}  // namespace

void route_versions(App& app, std::string pattern, std::string record_type, ClientOf client_of) {
  app.route({.method = "GET",
             .pattern = std::move(pattern),
             .gate = Gate::client,
             .action = security::Action::client_read,
             .audit_action = "read",
             .resource_type = record_type,
             .client_of = std::move(client_of)},
            [record_type](Ctx& ctx) {
              nlohmann::json out;
              ctx.app.db().read([&](store::Tx& tx) {
                out = versions_json(tx, record_type, ctx.req.param("id"));
              });
              return http::Response::json(200, out);
            });
}

}  // namespace soku::api::corrections
