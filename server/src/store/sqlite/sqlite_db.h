// store/sqlite/sqlite_db.h — the embedded backend of store/db.h (SQLite 3.40, WAL).
//
// One writer connection (a mutex, BEGIN IMMEDIATE) and a pool of read-only connections, so reads
// never wait for writes and writes never fail on a lock held by a reader. Only store/db.cpp
// includes this; everything else sees the Database interface.
#pragma once

#include <memory>
#include <string>

#include "store/db.h"

namespace soku::store::sqlite {

// `path` is a file name (created if missing). ":memory:" is refused: readers could not share it.
std::unique_ptr<Database> open(const std::string& path, const Options& options);

}  // namespace soku::store::sqlite
