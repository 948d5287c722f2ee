// store/migrations.h — the versioned schema, shared by both backends.
//
// Every table carries `county_id` (the tenant). Tables that are not about one county (sessions of
// the login throttle, the audit chain head, schema_migrations) carry it too, with '' for "global",
// so that a county can still be moved to its own database by copying its rows.
#pragma once

#include <string_view>
#include <vector>

namespace soku::store {

struct Migration {
  int version;
  std::string_view name;
  std::string_view sql;            // accepted by SQLite and PostgreSQL alike
  std::string_view sqlite_sql;     // run after `sql` on SQLite only (may be empty)
  std::string_view postgres_sql;   // run after `sql` on PostgreSQL only (may be empty)
};

// In ascending version order. A released migration is never edited; add a new one.
const std::vector<Migration>& all_migrations();

}  // namespace soku::store
