// store/queries/periods.cpp — see periods.h.
#include "store/queries/periods.h"

#include "security/crypto.h"
#include "store/queries/json_columns.h"

namespace soku::store::periods {

namespace {

constexpr std::string_view kSelect =
    "SELECT p.id, p.client_id, p.decision_id, p.key_worker_id, u.display_name, p.service_forms, "
    "p.starts_on, p.deadline, p.phase, p.status, p.ended_on, p.version, p.created_at "
    "FROM periods p JOIN users u ON u.id = p.key_worker_id ";

Extension extension_from_row(const Row& r) {
  return {r.str(0), r.str(1), r.str(2), r.str(3), r.str(4), r.str(5), r.str(6)};
}

std::vector<Extension> extensions(Tx& tx, const std::string& period_id) {
  std::vector<Extension> out;
  for (const auto& r : tx.exec("SELECT e.id, e.previous_deadline, e.new_deadline, e.reason, "
                               "e.created_by, u.display_name, e.created_at FROM "
                               "period_extensions e JOIN users u ON u.id = e.created_by WHERE "
                               "e.period_id = $1 ORDER BY e.created_at",
                               {period_id})
                           .rows) {
    out.push_back(extension_from_row(r));
  }
  return out;
}

Period from_row(Tx& tx, const Row& r) {
  Period p{r.str(0), r.str(1),  r.str(2),     r.str(3), r.str(4), list_from_column(r.str(5)),
           r.str(6), r.str(7),  r.str(8),     r.str(9), r.opt_str(10), r.i64(11),
           r.str(12), {},       std::nullopt};
  p.extensions = extensions(tx, p.id);
  p.final_evaluation = final_evaluations::for_period(tx, p.id);
  return p;
}

}  // namespace

void insert(Tx& tx, const NewPeriod& p) {
  tx.exec("INSERT INTO periods (id, county_id, client_id, decision_id, key_worker_id, "
          "service_forms, starts_on, deadline, phase, status, version, created_at, updated_at) "
          "VALUES ($1,$2,$3,$4,$5,$6,$7,$8,'start','open',1,$9,$9)",
          {p.id, p.county_id, p.client_id, p.decision_id, p.key_worker_id,
           list_column(p.service_forms), p.starts_on, p.deadline, p.created_at});
}

Period get(Tx& tx, const std::string& id) {
  return from_row(tx, tx.exec(std::string(kSelect) + "WHERE p.id = $1", {id}).one());
}

std::vector<Period> for_client(Tx& tx, const std::string& client_id) {
  std::vector<Period> out;
  for (const auto& r :
       tx.exec(std::string(kSelect) + "WHERE p.client_id = $1 ORDER BY p.starts_on DESC",
               {client_id})
           .rows) {
    out.push_back(from_row(tx, r));
  }
  return out;
}

State state(Tx& tx, const std::string& id) {
  const Row r = tx.exec("SELECT status, deadline, version, client_id, key_worker_id FROM periods "
                        "WHERE id = $1",
                        {id})
                    .one();
  return {r.str(0), r.str(1), r.i64(2), r.str(3), r.str(4)};
}

void set_phase(Tx& tx, const std::string& id, std::int64_t expected_version,
               const std::string& phase, const std::string& now) {
  update_versioned(tx, "periods", id, expected_version, "phase = $1, updated_at = $2",
                   {phase, now});
}

void extend(Tx& tx, const std::string& id, std::int64_t expected_version,
            const std::string& new_deadline, const std::string& now) {
  update_versioned(tx, "periods", id, expected_version, "deadline = $1, updated_at = $2",
                   {new_deadline, now});
}

void close(Tx& tx, const std::string& id, std::int64_t expected_version, const std::string& status,
           const std::string& ended_on, const std::string& now) {
  update_versioned(tx, "periods", id, expected_version,
                   "status = $1, ended_on = $2, updated_at = $3", {status, ended_on, now});
}

void insert_extension(Tx& tx, const NewExtension& e) {
  tx.exec("INSERT INTO period_extensions (id, county_id, period_id, client_id, "
          "previous_deadline, new_deadline, reason, created_by, created_at) VALUES "
          "($1,$2,$3,$4,$5,$6,$7,$8,$9)",
          {security::new_id(), e.county_id, e.period_id, e.client_id, e.previous_deadline,
           e.new_deadline, e.reason, e.created_by, e.created_at});
}

std::int64_t meeting_count(Tx& tx, const std::string& period_id) {
  return tx.exec("SELECT COUNT(*) FROM meetings WHERE period_id = $1", {period_id}).one().i64(0);
}

}  // namespace soku::store::periods
