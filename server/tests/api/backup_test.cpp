// backup_test.cpp — `soku backup` / `soku restore` for SQLite: a copy taken while the database is
// open holds every row of every table (compared value by value) and a valid audit chain; restore
// refuses a file that is not soku's.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "security/audit_log.h"
#include "store/backup.h"
#include "store/db.h"
#include "test_db.h"

namespace {

std::string temp_path(const std::string& name) {
  return (std::filesystem::temp_directory_path() /
          ("soku-backup-" + std::to_string(::getpid()) + "-" + name))
      .string();
}

// Every table of a SQLite database with its rows, each row its columns' values as text (NULL
// apart from ""), sorted: two databases hold the same data when their dumps are equal.
using Table = std::vector<std::vector<std::string>>;
std::map<std::string, Table> dump(soku::store::Database& db) {
  std::map<std::string, Table> out;
  const auto tables = db.query(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
      "ORDER BY name");
  for (const auto& t : tables.rows) {
    const std::string name = t.str(0);
    Table rows;
    for (const auto& r : db.query("SELECT * FROM \"" + name + "\"").rows) {
      std::vector<std::string> row;
      for (std::size_t i = 0; i < r.size(); ++i) row.push_back(r.is_null(i) ? "\x01NULL" : r.str(i));
      rows.push_back(std::move(row));
    }
    std::sort(rows.begin(), rows.end());
    out[name] = std::move(rows);
  }
  return out;
}

TEST(Backup, CopyAndRestoreKeepEveryRow) {
  if (test_db_url().rfind("postgres", 0) == 0) GTEST_SKIP() << "PostgreSQL uses pg_dump";
  const std::string src = temp_path("src.db");
  const std::string copy = temp_path("copy.db");
  const std::string restored = temp_path("restored.db");
  for (const auto& p : {src, copy, restored}) std::filesystem::remove(p);
  soku::cli::demo_seed({src, "backup-password-2026", 20});
  auto live = soku::store::open(src);  // stays open during the backup
  soku::store::backup(src, copy);
  EXPECT_THROW(soku::store::backup(src, copy), std::runtime_error);  // never overwrites
  soku::store::restore(restored, copy);
  auto db = soku::store::open(restored);
  EXPECT_EQ(db->query("SELECT COUNT(*) AS n FROM clients").one().i64(0),
            live->query("SELECT COUNT(*) AS n FROM clients").one().i64(0));
  // Every table, every row, every value: the copy and the restored database equal the source.
  const auto source = dump(*live);
  for (const char* t : {"clients", "client_relations", "users", "user_roles", "audit_log"}) {
    ASSERT_TRUE(source.count(t)) << t;
    EXPECT_FALSE(source.at(t).empty()) << "the demo seed fills " << t;
  }
  {
    auto copied = soku::store::open(copy);
    EXPECT_TRUE(dump(*copied) == source) << "the backup differs from the source";
  }
  const auto back = dump(*db);
  EXPECT_EQ(back.size(), source.size());
  for (const auto& [name, rows] : source) {
    ASSERT_TRUE(back.count(name)) << name;
    EXPECT_EQ(back.at(name).size(), rows.size()) << name;
    EXPECT_TRUE(back.at(name) == rows) << "table " << name << " differs after restore";
  }
  EXPECT_TRUE(soku::security::AuditLog::verify(*db).ok);
  std::ofstream(temp_path("junk.db")) << "not a database";
  EXPECT_THROW(soku::store::restore(restored, temp_path("junk.db")), std::runtime_error);
  EXPECT_THROW(soku::store::backup("postgresql://x@127.0.0.1/none", copy + "2"), std::runtime_error);
  for (const auto& p : {src, copy, restored, temp_path("junk.db")}) std::filesystem::remove(p);
}

}  // namespace
