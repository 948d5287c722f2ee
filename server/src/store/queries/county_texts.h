// store/queries/county_texts.h — named queries on county_texts: a county's own editable texts
// (the appeal instructions of its decisions), one per key and language.
#pragma once

#include <optional>
#include <string>

#include "store/db.h"

namespace soku::store::county_texts {

// The county's text, or nullopt when it has not written one.
std::optional<std::string> find(Tx& tx, const std::string& county_id, const std::string& key,
                                const std::string& language);
// Writes (or replaces) the county's text.
void put(Tx& tx, const std::string& county_id, const std::string& key, const std::string& language,
         const std::string& body, const std::string& now);

}  // namespace soku::store::county_texts
