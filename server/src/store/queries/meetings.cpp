// store/queries/meetings.cpp — see meetings.h.
#include "store/queries/meetings.h"

#include "store/queries/json_columns.h"

namespace soku::store::meetings {

namespace {

constexpr std::string_view kSelect =
    "SELECT m.id, m.county_id, m.client_id, m.period_id, m.held_on, m.minutes, m.mode, "
    "m.contents, m.statutory_item, m.tasks, m.note, m.kind, m.participants, m.created_by, "
    "m.created_at, u.display_name, m.version FROM meetings m JOIN users u ON u.id = m.created_by ";

Meeting from_row(const Row& r) {
  return {{r.str(0), r.str(1), r.str(2), r.opt_str(3), r.str(4), r.i64(5), r.str(6),
           list_from_column(r.str(7)), r.str(8), list_from_column(r.str(9)), r.str(10),
           r.str(11), list_from_column(r.str(12)), r.str(13), r.str(14)},
          r.str(15), r.i64(16)};
}

}  // namespace

void insert(Tx& tx, const NewMeeting& m) {
  tx.exec("INSERT INTO meetings (id, county_id, client_id, period_id, held_on, minutes, mode, "
          "contents, statutory_item, tasks, note, kind, participants, created_by, created_at) "
          "VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15)",
          {m.id, m.county_id, m.client_id, m.period_id ? Value(*m.period_id) : Value(nullptr),
           m.held_on, m.minutes, m.mode, list_column(m.contents), m.statutory_item,
           list_column(m.tasks), m.note, m.kind, list_column(m.participants), m.created_by,
           m.created_at});
}

Meeting get(Tx& tx, const std::string& id) {
  return from_row(tx.exec(std::string(kSelect) + "WHERE m.id = $1", {id}).one());
}

std::vector<Meeting> for_client(Tx& tx, const std::string& client_id) {
  std::vector<Meeting> out;
  for (const auto& r :
       tx.exec(std::string(kSelect) +
                   "WHERE m.client_id = $1 ORDER BY m.held_on DESC, m.created_at DESC",
               {client_id})
           .rows) {
    out.push_back(from_row(r));
  }
  return out;
}

void correct(Tx& tx, const std::string& id, std::int64_t expected_version, const Wording& w) {
  update_versioned(tx, "meetings", id, expected_version,
                   "held_on = $1, minutes = $2, mode = $3, contents = $4, statutory_item = $5, "
                   "tasks = $6, note = $7, kind = $8, participants = $9",
                   {w.held_on, w.minutes, w.mode, list_column(w.contents), w.statutory_item,
                    list_column(w.tasks), w.note, w.kind, list_column(w.participants)});
}

}  // namespace soku::store::meetings
