// store/queries/corrections.cpp — see corrections.h.
#include "store/queries/corrections.h"

#include "security/crypto.h"

namespace soku::store::corrections {

void keep(Tx& tx, const Earlier& e, const std::string& created_by, const std::string& created_at) {
  std::string written_by = created_by;
  std::string written_at = created_at;
  if (e.version > 1) {
    const auto r = tx.exec(
        "SELECT corrected_by, corrected_at FROM record_versions WHERE record_type = $1 AND "
        "record_id = $2 AND version = $3",
        {e.record_type, e.record_id, e.version - 1});
    if (!r.empty()) {
      written_by = r.rows[0].str(0);
      written_at = r.rows[0].str(1);
    }
  }
  tx.exec("INSERT INTO record_versions (id, county_id, client_id, record_type, record_id, version, "
          "content, written_by, written_at, reason, corrected_by, corrected_at) "
          "VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12)",
          {security::new_id(), e.county_id, e.client_id, e.record_type, e.record_id, e.version,
           e.content, written_by, written_at, e.reason, e.corrected_by, e.corrected_at});
}

std::vector<Version> for_record(Tx& tx, std::string_view record_type, const std::string& id) {
  std::vector<Version> out;
  for (const auto& r :
       tx.exec("SELECT v.version, v.content, v.written_by, w.display_name, v.written_at, v.reason, "
               "v.corrected_by, c.display_name, v.corrected_at FROM record_versions v "
               "JOIN users w ON w.id = v.written_by JOIN users c ON c.id = v.corrected_by "
               "WHERE v.record_type = $1 AND v.record_id = $2 ORDER BY v.version DESC",
               {std::string(record_type), id})
           .rows) {
    out.push_back({r.i64(0), r.str(1), r.str(2), r.str(3), r.str(4), r.str(5), r.str(6), r.str(7),
                   r.str(8)});
  }
  return out;
}

void insert_addendum(Tx& tx, const NewAddendum& a) {
  tx.exec("INSERT INTO assessment_addenda (id, county_id, client_id, assessment_id, text, reason, "
          "created_by, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)",
          {a.id, a.county_id, a.client_id, a.assessment_id, a.text, a.reason, a.created_by,
           a.created_at});
}

std::vector<Addendum> addenda(Tx& tx, const std::string& assessment_id) {
  std::vector<Addendum> out;
  for (const auto& r :
       tx.exec("SELECT a.id, a.assessment_id, a.text, a.reason, a.created_by, u.display_name, "
               "a.created_at FROM assessment_addenda a JOIN users u ON u.id = a.created_by "
               "WHERE a.assessment_id = $1 ORDER BY a.created_at, a.id",
               {assessment_id})
           .rows) {
    out.push_back({r.str(0), r.str(1), r.str(2), r.str(3), r.str(4), r.str(5), r.str(6)});
  }
  return out;
}

}  // namespace soku::store::corrections
