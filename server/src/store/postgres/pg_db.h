// store/postgres/pg_db.h — the scale-out backend of store/db.h (PostgreSQL 15 through libpq).
//
// A fixed pool of connections with a bounded wait, server-side prepared statements per
// connection, writes retried on serialization failures and deadlocks. Only store/db.cpp includes
// this; everything else sees the Database interface.
#pragma once

#include <memory>
#include <string>

#include "store/db.h"

namespace soku::store::postgres {

// `url` is a libpq connection URI (postgresql://user@host:port/db). Connects once at open so a
// bad URL or an unreachable server fails at start, not at the first request.
std::unique_ptr<Database> open(const std::string& url, const Options& options);

}  // namespace soku::store::postgres
