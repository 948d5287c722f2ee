// tests/api/test_db.h — the database the storage and API tests run against.
//
// The same test binary runs once per backend: `SOKU_TEST_DB` names a SQLite file or a
// postgresql:// URL (./test starts a throw-away server with scripts/pg-test-server.sh); unset, the
// tests use a fresh SQLite file under /tmp, one per process, removed at exit. Tests share the
// database within a process, so each test clears the rows it relies on.
#pragma once

#include <memory>
#include <string>

#include "store/db.h"

// SOKU_TEST_DB if set and not empty, else this process's temporary SQLite file.
std::string test_db_url();

// Opens test_db_url() and applies the migrations.
std::unique_ptr<soku::store::Database> open_test_db(const soku::store::Options& options = {});
