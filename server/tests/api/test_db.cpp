// tests/api/test_db.cpp — see test_db.h.
#include "test_db.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <random>

namespace {

// Removes the temporary SQLite file (and its WAL companions) when the test process exits.
struct TempDbFile {
  std::string path;
  TempDbFile() {
    std::random_device rd;
    path = "/tmp/soku-test-" + std::to_string(getpid()) + "-" + std::to_string(rd()) + ".db";
  }
  ~TempDbFile() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
  }
  TempDbFile(const TempDbFile&) = delete;
  TempDbFile& operator=(const TempDbFile&) = delete;
};

}  // namespace

std::string test_db_url() {
  if (const char* env = std::getenv("SOKU_TEST_DB"); env != nullptr && *env != '\0') return env;
  static const TempDbFile file;
  return file.path;
}

std::unique_ptr<soku::store::Database> open_test_db(const soku::store::Options& options) {
  auto db = soku::store::open(test_db_url(), options);
  soku::store::migrate(*db);
  return db;
}
