// store/queries/assessments.cpp — see assessments.h.
#include "store/queries/assessments.h"

namespace soku::store::assessments {

namespace {

constexpr std::string_view kSelect =
    "SELECT id, client_id, document, conclusion, completed_on, version, created_by, created_at, "
    "updated_by, updated_at FROM assessments ";

Assessment from_row(const Row& r) {
  return {r.str(0), r.str(1), r.str(2), r.opt_str(3), r.opt_str(4),
          r.i64(5), r.str(6), r.str(7), r.str(8),     r.str(9)};
}

Value optional(const std::optional<std::string>& v) { return v ? Value(*v) : Value(nullptr); }

}  // namespace

void insert(Tx& tx, const std::string& id, const std::string& county_id,
            const std::string& client_id, const Content& c, const std::string& created_by,
            const std::string& now) {
  tx.exec("INSERT INTO assessments (id, county_id, client_id, document, conclusion, "
          "completed_on, version, created_by, created_at, updated_by, updated_at) VALUES "
          "($1,$2,$3,$4,$5,$6,1,$7,$8,$7,$8)",
          {id, county_id, client_id, c.document, optional(c.conclusion), optional(c.completed_on),
           created_by, now});
}

Assessment get(Tx& tx, const std::string& id) {
  return from_row(tx.exec(std::string(kSelect) + "WHERE id = $1", {id}).one());
}

std::vector<Assessment> for_client(Tx& tx, const std::string& client_id) {
  std::vector<Assessment> out;
  for (const auto& r :
       tx.exec(std::string(kSelect) + "WHERE client_id = $1 ORDER BY created_at DESC", {client_id})
           .rows) {
    out.push_back(from_row(r));
  }
  return out;
}

void update(Tx& tx, const std::string& id, std::int64_t expected_version, const Content& c,
            const std::string& updated_by, const std::string& now) {
  update_versioned(
      tx, "assessments", id, expected_version,
      "document = $1, conclusion = $2, completed_on = $3, updated_by = $4, updated_at = $5",
      {c.document, optional(c.conclusion), optional(c.completed_on), updated_by, now});
}

}  // namespace soku::store::assessments
