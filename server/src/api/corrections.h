// api/corrections.h — what the PATCH routes of correctable records (meetings, referrals, network
// members, consents) share: the correction's `version` and `reason`, the rule that a correction
// changes something, keeping the earlier wording, and the versions list. The rules are
// domain/corrections.h; the earlier wordings store/queries/corrections.h.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "api/app.h"
#include "api/fields.h"

namespace soku::api::corrections {

struct Head {
  std::int64_t version = 0;
  std::string reason;
};
// `version` (required, ≥ 1) and `reason` (required; domain::correction_reason_problem). Errors go
// into `f`; the values are meaningful only when f.finish() did not throw.
Head read_head(Fields& f);

// Every member of `body` that is not `version`, `reason` or one of `fields` is an error in `f`
// ("is not a field that can be corrected"): a misspelt field is refused, not silently ignored.
void refuse_unknown(Fields& f, const nlohmann::json& body, const std::vector<std::string>& fields);

// 422 unless `after` differs from `before` in a correctable field of `record_type`: every field
// `given` (the request's names of the record's fields) is named, "nothing to correct".
void require_change(std::string_view record_type, const nlohmann::json& before,
                    const nlohmann::json& after, const std::vector<std::string>& given);

// Keeps `before` (the record's correctable fields at head.version) as an earlier wording, with the
// correction's reason, the corrector (ctx.me()) and `now`. `created_by`/`created_at`: the record's.
void keep(store::Tx& tx, const Ctx& ctx, std::string_view record_type, const std::string& id,
          const Head& head, const nlohmann::json& before, const std::string& created_by,
          const std::string& created_at, const std::string& now);

// Registers `GET <pattern>` ({id} the record) answering {items, next_cursor}: the record's earlier
// wordings, newest first; gated like any read of the record's client (`client_of`), audited "read"
// on `record_type`.
void route_versions(App& app, std::string pattern, std::string record_type, ClientOf client_of);

}  // namespace soku::api::corrections
