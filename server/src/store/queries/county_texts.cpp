// store/queries/county_texts.cpp — see county_texts.h.
#include "store/queries/county_texts.h"

namespace soku::store::county_texts {

std::optional<std::string> find(Tx& tx, const std::string& county_id, const std::string& key,
                                const std::string& language) {
  const auto r = tx.exec(
      "SELECT body FROM county_texts WHERE county_id = $1 AND text_key = $2 AND language = $3",
      {county_id, key, language});
  if (r.empty()) return std::nullopt;
  return r.rows[0].str(0);
}

void put(Tx& tx, const std::string& county_id, const std::string& key, const std::string& language,
         const std::string& body, const std::string& now) {
  tx.exec("INSERT INTO county_texts (county_id, text_key, language, body, updated_at) "
          "VALUES ($1,$2,$3,$4,$5) ON CONFLICT (county_id, text_key, language) DO UPDATE "
          "SET body = $4, updated_at = $5",
          {county_id, key, language, body, now});
}

}  // namespace soku::store::county_texts
