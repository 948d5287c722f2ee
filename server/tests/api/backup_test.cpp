// backup_test.cpp — `soku backup` / `soku restore` for SQLite: a copy taken while the database is
// open holds every row and a valid audit chain; restore refuses a file that is not soku's.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

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
  EXPECT_TRUE(soku::security::AuditLog::verify(*db).ok);
  std::ofstream(temp_path("junk.db")) << "not a database";
  EXPECT_THROW(soku::store::restore(restored, temp_path("junk.db")), std::runtime_error);
  EXPECT_THROW(soku::store::backup("postgresql://x@127.0.0.1/none", copy + "2"), std::runtime_error);
  for (const auto& p : {src, copy, restored, temp_path("junk.db")}) std::filesystem::remove(p);
}

}  // namespace
