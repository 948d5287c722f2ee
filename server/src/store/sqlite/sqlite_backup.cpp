// store/sqlite/sqlite_backup.cpp — SQLite's online backup API (sqlite3_backup_*), page by page.
#include <sqlite3.h>

#include <filesystem>
#include <stdexcept>

#include "store/backup.h"

namespace soku::store {

namespace {
bool is_postgres(const std::string& url) {
  return url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0;
}

struct Handle {
  sqlite3* db = nullptr;
  Handle(const std::string& path, int flags) {
    if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
      const std::string msg = db != nullptr ? sqlite3_errmsg(db) : "out of memory";
      sqlite3_close(db);
      throw std::runtime_error("cannot open " + path + ": " + msg);
    }
    sqlite3_busy_timeout(db, 5000);
  }
  ~Handle() { sqlite3_close(db); }
  Handle(const Handle&) = delete;
  Handle& operator=(const Handle&) = delete;
};

void copy(sqlite3* from, sqlite3* to) {
  sqlite3_backup* b = sqlite3_backup_init(to, "main", from, "main");
  if (b == nullptr) throw std::runtime_error(std::string("backup failed: ") + sqlite3_errmsg(to));
  int rc = SQLITE_OK;
  do {
    rc = sqlite3_backup_step(b, 256);
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) sqlite3_sleep(50);
  } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
  sqlite3_backup_finish(b);
  if (rc != SQLITE_DONE) throw std::runtime_error(std::string("backup failed: ") + sqlite3_errstr(rc));
}
}  // namespace

void backup(const std::string& url, const std::string& to) {
  if (is_postgres(url)) {
    throw std::runtime_error("for PostgreSQL use pg_dump -Fc (see docs/OPERATIONS.md)");
  }
  if (std::filesystem::exists(to)) throw std::runtime_error(to + " exists; choose a new file");
  Handle src(url, SQLITE_OPEN_READONLY);
  Handle dst(to, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  copy(src.db, dst.db);
}

void restore(const std::string& url, const std::string& from) {
  if (is_postgres(url)) {
    throw std::runtime_error("for PostgreSQL use pg_restore (see docs/OPERATIONS.md)");
  }
  Handle src(from, SQLITE_OPEN_READONLY);
  sqlite3_stmt* st = nullptr;
  const bool ok = sqlite3_prepare_v2(src.db, "SELECT MAX(version) FROM schema_migrations", -1, &st,
                                     nullptr) == SQLITE_OK &&
                  sqlite3_step(st) == SQLITE_ROW;
  sqlite3_finalize(st);
  if (!ok) throw std::runtime_error(from + " is not a soku database");
  Handle dst(url, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  copy(src.db, dst.db);
}

}  // namespace soku::store
