// tests/unit/migration_files_test.cpp — the build's migration collector (cmake/embed_migrations.cmake)
// refuses what would make the schema ambiguous: two files with one version, a gap in 1..N, a file
// name without a version. Runs the very script the build runs, on scratch folders.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include <unistd.h>

namespace fs = std::filesystem;

namespace {

// Writes `files` (name → SQL) into a fresh folder and runs the collector on it; returns the exit
// status and leaves the generated file (when any) at dir/out.cpp, the messages at dir/log.
struct Collected {
  int status = -1;
  std::string log;
  std::string cpp;
};

Collected collect(const std::string& tag, const std::vector<std::pair<std::string, std::string>>& files) {
  const fs::path dir = fs::temp_directory_path() / ("soku-migrations-" + tag + "-" +
                                                    std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "m");
  for (const auto& [name, sql] : files) std::ofstream(dir / "m" / name) << sql;
  const std::string cmd = std::string("\"") + SOKU_CMAKE_COMMAND + "\" -DMIGRATIONS_DIR=\"" +
                          (dir / "m").string() + "\" -DOUTPUT=\"" + (dir / "out.cpp").string() +
                          "\" -P \"" + SOKU_SOURCE_DIR + "/cmake/embed_migrations.cmake\" > \"" +
                          (dir / "log").string() + "\" 2>&1";
  Collected r;
  r.status = std::system(cmd.c_str());
  std::ifstream log(dir / "log");
  r.log.assign(std::istreambuf_iterator<char>(log), {});
  std::ifstream cpp(dir / "out.cpp");
  r.cpp.assign(std::istreambuf_iterator<char>(cpp), {});
  fs::remove_all(dir);
  return r;
}

}  // namespace

TEST(MigrationFiles, EmbedsEachFileWithTheVersionOfItsName) {
  const Collected r = collect("ok", {{"0001_first.sql", "-- name: the first\nCREATE TABLE a (x TEXT);\n"},
                               {"0002_second.sql", "CREATE TABLE b (y TEXT);\n"},
                               {"0002_second.sqlite.sql", "SELECT 1;\n"}});
  ASSERT_EQ(r.status, 0) << r.log;
  EXPECT_NE(r.cpp.find("{1, R\"soku_sql(the first)soku_sql\", k1_common, {}, {}}"), std::string::npos)
      << r.cpp;
  EXPECT_NE(r.cpp.find("{2, R\"soku_sql(second)soku_sql\", k2_common, k2_sqlite, {}}"),
            std::string::npos)
      << r.cpp;
  EXPECT_NE(r.cpp.find("CREATE TABLE b (y TEXT);"), std::string::npos);
}

TEST(MigrationFiles, TwoFilesWithOneVersionFailTheBuild) {
  const Collected r = collect("dup", {{"0001_first.sql", "CREATE TABLE a (x TEXT);\n"},
                                {"0002_groups.sql", "CREATE TABLE g (x TEXT);\n"},
                                {"0002_reports.sql", "CREATE TABLE r (x TEXT);\n"}});
  EXPECT_NE(r.status, 0);
  EXPECT_NE(r.log.find("two migrations with version 2"), std::string::npos) << r.log;
  EXPECT_NE(r.log.find("0002_reports.sql"), std::string::npos) << r.log;
}

TEST(MigrationFiles, AGapFailsTheBuild) {
  const Collected r = collect("gap", {{"0001_first.sql", "CREATE TABLE a (x TEXT);\n"},
                                {"0003_third.sql", "CREATE TABLE c (x TEXT);\n"}});
  EXPECT_NE(r.status, 0);
  EXPECT_NE(r.log.find("version 2 is missing"), std::string::npos) << r.log;
}

TEST(MigrationFiles, ANameWithoutAVersionFailsTheBuild) {
  const Collected r = collect("name", {{"0001_first.sql", "CREATE TABLE a (x TEXT);\n"},
                                 {"groups.sql", "CREATE TABLE g (x TEXT);\n"}});
  EXPECT_NE(r.status, 0);
  EXPECT_NE(r.log.find("groups.sql"), std::string::npos) << r.log;
}

TEST(MigrationFiles, TheEmbeddingDelimiterInAFileFailsTheBuild) {
  const Collected r = collect("delim", {{"0001_first.sql", "SELECT ')soku_sql\"';\n"}});
  EXPECT_NE(r.status, 0);
  EXPECT_NE(r.log.find("delimiter"), std::string::npos) << r.log;
}
