// store/queries/decisions.cpp — see decisions.h.
#include "store/queries/decisions.h"

#include "security/scope.h"
#include "store/queries/json_columns.h"

namespace soku::store::decisions {

namespace {

constexpr std::string_view kSelect =
    "SELECT d.id, d.county_id, d.client_id, d.outcome, d.service_forms, d.starts_on, "
    "d.deadline, d.key_worker_id, d.grounds, d.appeal_instructions, d.language, d.decided_by, "
    "d.decided_on, d.created_at, d.number_year, d.number_seq, d.decider_title, d.notice_method, "
    "d.sent_on, kw.display_name, dm.display_name, p.id FROM decisions d "
    "LEFT JOIN users kw ON kw.id = d.key_worker_id JOIN users dm ON dm.id = d.decided_by "
    "LEFT JOIN periods p ON p.decision_id = d.id ";

Decision from_row(const Row& r) {
  return {{r.str(0), r.str(1), r.str(2), r.str(3), list_from_column(r.str(4)), r.opt_str(5),
           r.opt_str(6), r.opt_str(7), r.str(8), r.str(9), r.str(10), r.str(11), r.str(12),
           r.str(13), r.opt_i64(14), r.opt_i64(15), r.str(16), r.str(17), r.opt_str(18)},
          r.opt_str(19),
          r.str(20),
          r.opt_str(21)};
}

Value optional(const std::optional<std::string>& v) { return v ? Value(*v) : Value(nullptr); }

}  // namespace

void insert(Tx& tx, const NewDecision& d) {
  tx.exec("INSERT INTO decisions (id, county_id, client_id, outcome, service_forms, starts_on, "
          "deadline, key_worker_id, grounds, appeal_instructions, language, decided_by, "
          "decided_on, created_at, number_year, number_seq, decider_title, notice_method, sent_on) "
          "VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19)",
          {d.id, d.county_id, d.client_id, d.outcome, list_column(d.service_forms),
           optional(d.starts_on), optional(d.deadline), optional(d.key_worker_id), d.grounds,
           d.appeal_instructions, d.language, d.decided_by, d.decided_on, d.created_at,
           d.number_year ? Value(*d.number_year) : Value(nullptr),
           d.number_seq ? Value(*d.number_seq) : Value(nullptr), d.decider_title, d.notice_method,
           optional(d.sent_on)});
}

Decision get(Tx& tx, const std::string& id) {
  return from_row(tx.exec(std::string(kSelect) + "WHERE d.id = $1", {id}).one());
}

std::vector<Decision> for_client(Tx& tx, const std::string& client_id) {
  std::vector<Decision> out;
  for (const auto& r :
       tx.exec(std::string(kSelect) + "WHERE d.client_id = $1 ORDER BY d.created_at DESC",
               {client_id})
           .rows) {
    out.push_back(from_row(r));
  }
  return out;
}

std::int64_t next_number(Tx& tx, const std::string& county_id, std::int64_t year) {
  return tx
      .exec("INSERT INTO decision_numbers (county_id, year, last_number) VALUES ($1, $2, 1) "
            "ON CONFLICT (county_id, year) DO UPDATE SET last_number = "
            "decision_numbers.last_number + 1 RETURNING last_number",
            {county_id, year})
      .one()
      .i64(0);
}

Authority authority(Tx& tx, const std::string& client_id) {
  const auto r = tx.exec("SELECT co.name, u.name FROM clients c JOIN counties co ON co.id = "
                         "c.county_id LEFT JOIN units u ON u.id = c.unit_id WHERE c.id = $1",
                         {client_id})
                     .one();
  return {r.str(0), r.opt_str(1)};
}

Party party(Tx& tx, const std::string& client_id) {
  const auto r = tx.exec("SELECT first_name, last_name, hetu, birth_date, address FROM clients "
                         "WHERE id = $1",
                         {client_id})
                     .one();
  return {r.str(0), r.str(1), r.opt_str(2), r.opt_str(3), r.opt_str(4)};
}

bool active_user_with_role(Tx& tx, const std::string& user_id, const std::string& county_id,
                           const std::vector<security::Role>& roles) {
  Params params{user_id, county_id};
  const std::string condition = security::roles_condition(roles, "r.role", params);
  return !tx.exec("SELECT u.id FROM users u JOIN user_roles r ON r.user_id = u.id WHERE "
                  "u.id = $1 AND u.county_id = $2 AND u.active = 1 AND " +
                      condition,
                  params)
              .empty();
}

std::vector<std::string> client_languages(Tx& tx, const std::string& client_id) {
  return list_from_column(
      tx.exec("SELECT languages FROM clients WHERE id = $1", {client_id}).one().str(0));
}

}  // namespace soku::store::decisions
