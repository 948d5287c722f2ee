// store/queries/records.cpp — see records.h.
#include "store/queries/records.h"

namespace soku::store::records {

std::optional<std::string> client_of(Tx& tx, Ident table, const std::string& id) {
  // `table` is a compile-time identifier (store::Ident), so it is not input.
  const auto r =
      tx.exec("SELECT client_id FROM " + std::string(table.view()) + " WHERE id = $1", {id});
  if (r.empty()) return std::nullopt;
  return r.rows[0].str(0);
}

std::optional<std::string> open_period_id(Tx& tx, const std::string& client_id) {
  const auto r = tx.exec(
      "SELECT id FROM periods WHERE client_id = $1 AND status = 'open' ORDER BY starts_on DESC "
      "LIMIT 1",
      {client_id});
  if (r.empty()) return std::nullopt;
  return r.rows[0].str(0);
}

const std::string& path_fact_columns() {
  static const std::string columns =
      "(SELECT COUNT(*) FROM assessments a WHERE a.client_id = c.id), "
      "(SELECT COUNT(*) FROM assessments a WHERE a.client_id = c.id AND a.conclusion IS NOT "
      "NULL), "
      "(SELECT COUNT(*) FROM decisions d WHERE d.client_id = c.id), "
      "(SELECT COUNT(*) FROM periods q WHERE q.client_id = c.id AND q.status <> 'open'), "
      "(SELECT MAX(d.created_at) FROM decisions d WHERE d.client_id = c.id), "
      "(SELECT d.outcome FROM decisions d WHERE d.client_id = c.id ORDER BY d.created_at DESC, "
      "d.id DESC LIMIT 1), "
      "(SELECT MAX(r.created_at) FROM referrals r WHERE r.client_id = c.id), "
      "(SELECT a.created_at FROM assessments a WHERE a.client_id = c.id ORDER BY a.created_at "
      "DESC, a.id DESC LIMIT 1), "
      "(SELECT a.conclusion FROM assessments a WHERE a.client_id = c.id ORDER BY a.created_at "
      "DESC, a.id DESC LIMIT 1), "
      "(SELECT a.completed_on FROM assessments a WHERE a.client_id = c.id ORDER BY "
      "a.created_at DESC, a.id DESC LIMIT 1)";
  return columns;
}

domain::PathFacts path_facts_from_row(const Row& r, std::size_t first,
                                      std::optional<std::string> open_period_phase) {
  return {.open_period_phase = std::move(open_period_phase),
          .assessments = r.i64(first),
          .concluded_assessments = r.i64(first + 1),
          .decisions = r.i64(first + 2),
          .closed_periods = r.i64(first + 3),
          .latest_decision_at = r.opt_str(first + 4),
          .latest_decision_outcome = r.opt_str(first + 5),
          .latest_referral_at = r.opt_str(first + 6),
          .latest_assessment_at = r.opt_str(first + 7),
          .latest_conclusion = r.opt_str(first + 8),
          .latest_completed_on = r.opt_str(first + 9)};
}

}  // namespace soku::store::records
