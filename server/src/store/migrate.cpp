// store/migrate.cpp — brings a database up to the schema of store/migrations/*.sql (embedded by
// the build, see store/migrations.h).
//
// Each migration runs in its own write transaction together with the insert of its row in
// schema_migrations, so a migration is either fully applied and recorded or not at all. Several
// `soku serve` processes may start at once against one PostgreSQL: every transaction first takes
// the "migrate" lock (an advisory lock there; SQLite's single write lock already serialises) and
// re-reads the version under it, so exactly one process applies each migration and the others
// find it done.
#include <algorithm>
#include <chrono>
#include <ctime>
#include <string>

#include "store/db.h"
#include "store/migrations.h"

namespace soku::store {
namespace {

constexpr std::string_view kCreateTable =
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    " version BIGINT PRIMARY KEY,"
    " name TEXT NOT NULL,"
    " applied_at TEXT NOT NULL)";

std::string utc_now() {
  const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  const std::size_t n = std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return {buf, n};
}

int current_version(Tx& tx) {
  const Result r = tx.exec("SELECT MAX(version) AS version FROM schema_migrations");
  return static_cast<int>(r.one().i64(0));  // NULL (no rows yet) reads as 0
}

// The one place the dialects differ here: how to ask whether a table exists without failing.
bool migrations_table_exists(Database& db) {
  const bool pg = db.backend() == "postgres";
  const Result r = db.query(pg ? "SELECT to_regclass('schema_migrations') IS NOT NULL AS found"
                               : "SELECT COUNT(*) AS found FROM sqlite_master"
                                 " WHERE type = 'table' AND name = 'schema_migrations'");
  return r.one().i64(0) != 0;
}

void check_order(const std::vector<Migration>& list) {
  int previous = 0;
  for (const Migration& m : list) {
    if (m.version == previous) {
      throw DbError("two migrations with version " + std::to_string(m.version) +
                    " (server/src/store/migrations/): give the newer one the next free number");
    }
    if (m.version <= previous) {
      throw DbError("migrations must have positive, strictly ascending versions (at " +
                    std::to_string(m.version) + ")");
    }
    previous = m.version;
  }
}

}  // namespace

int schema_version(Database& db) {
  if (!migrations_table_exists(db)) return 0;
  int version = 0;
  db.read([&](Tx& tx) { version = current_version(tx); });
  return version;
}

int migrate(Database& db) {
  const std::vector<Migration>& list = all_migrations();
  check_order(list);

  int version = 0;
  db.write([&](Tx& tx) {
    tx.lock("migrate");
    tx.exec_script(kCreateTable);
    version = current_version(tx);
  });

  for (const Migration& m : list) {
    if (m.version <= version) continue;
    db.write([&](Tx& tx) {
      tx.lock("migrate");
      version = current_version(tx);  // another process may have applied it meanwhile
      if (m.version <= version) return;
      tx.exec_script(m.sql);
      // The part only one backend understands (e.g. trigger syntax).
      const std::string_view own = db.backend() == "postgres" ? m.postgres_sql : m.sqlite_sql;
      if (!own.empty()) tx.exec_script(own);
      tx.exec("INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
              {std::int64_t{m.version}, std::string(m.name), utc_now()});
      version = m.version;
    });
  }
  return version;
}

}  // namespace soku::store
