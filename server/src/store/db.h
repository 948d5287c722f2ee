// store/db.h — the one storage interface of soku.
//
// Everything above store/ talks to the database through this header only. Two backends implement
// it: store/sqlite (embedded, default) and store/postgres (libpq, for several instances). SQL is
// written once, in the dialect both accept: positional parameters `$1..$N`, TEXT for dates and
// timestamps (ISO 8601, UTC), BIGINT for integers and 0/1 for booleans, `RETURNING`, `ON CONFLICT`.
// Where the two really differ (locking, upserts of sequences) the difference lives in the backend
// behind a named method, never in api/ or domain/.
//
// Threads: every call blocks, so it must run on the worker pool, never on an IO thread.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace soku::store {

// A parameter or a column value.
using Value = std::variant<std::nullptr_t, std::int64_t, double, std::string>;

class Row {
public:
  explicit Row(std::vector<Value> cols) : cols_(std::move(cols)) {}
  [[nodiscard]] std::size_t size() const { return cols_.size(); }
  [[nodiscard]] bool is_null(std::size_t i) const;
  [[nodiscard]] std::string str(std::size_t i) const;  // "" for NULL; numbers formatted
  [[nodiscard]] std::optional<std::string> opt_str(std::size_t i) const;
  [[nodiscard]] std::int64_t i64(std::size_t i) const;  // 0 for NULL; parses text
  [[nodiscard]] std::optional<std::int64_t> opt_i64(std::size_t i) const;
  [[nodiscard]] double f64(std::size_t i) const;
  [[nodiscard]] const Value& at(std::size_t i) const { return cols_.at(i); }

private:
  std::vector<Value> cols_;
};

struct Result {
  std::vector<std::string> columns;
  std::vector<Row> rows;
  std::int64_t affected = 0;  // rows changed by INSERT/UPDATE/DELETE

  [[nodiscard]] bool empty() const { return rows.empty(); }
  [[nodiscard]] const Row& one() const;  // throws NotFound when empty
};

using Params = std::vector<Value>;

// Typed errors, mapped once to HTTP statuses by http/ (style: userver, Drogon).
struct DbError : std::runtime_error {
  using std::runtime_error::runtime_error;
};
struct UniqueViolation : DbError {  // -> 409
  using DbError::DbError;
};
struct SerializationFailure : DbError {  // retried by write(), then 503
  using DbError::DbError;
};
struct PoolTimeout : DbError {  // no connection within the wait limit -> 503
  using DbError::DbError;
};

// One transaction. Obtained only inside Database::write / Database::read.
class Tx {
public:
  virtual ~Tx() = default;
  virtual Result exec(std::string_view sql, const Params& params = {}) = 0;
  // Several statements without parameters (migrations).
  virtual void exec_script(std::string_view sql) = 0;
  // Serialises writers on a named lock until the transaction ends (PostgreSQL: advisory
  // transaction lock; SQLite: a no-op, BEGIN IMMEDIATE already holds the only write lock).
  virtual void lock(std::string_view name) = 0;
};

struct PoolStats {
  int size = 0;
  int in_use = 0;
  int waiting = 0;
  std::int64_t acquired_total = 0;
  std::int64_t timeouts_total = 0;
};

class Database {
public:
  virtual ~Database() = default;
  [[nodiscard]] virtual std::string_view backend() const = 0;  // "sqlite" | "postgres"

  // A read-only snapshot (SQLite: a reader connection in WAL mode; PostgreSQL: a pooled
  // connection in a READ ONLY transaction).
  virtual void read(const std::function<void(Tx&)>& fn) = 0;
  // A read-write transaction (SQLite: the single writer, BEGIN IMMEDIATE; PostgreSQL: a pooled
  // connection, retried on serialization failure). Commits when fn returns, rolls back on throw.
  virtual void write(const std::function<void(Tx&)>& fn) = 0;

  // Convenience for a single statement.
  Result query(std::string_view sql, const Params& params = {});
  Result exec(std::string_view sql, const Params& params = {});

  [[nodiscard]] virtual PoolStats stats() const = 0;
};

struct Options {
  int pool_size = 4;            // read connections (SQLite) / connections (PostgreSQL)
  int busy_timeout_ms = 5000;   // SQLite busy_timeout; PostgreSQL pool wait limit
};

// Opens `url`: "postgresql://…" or "postgres://…" selects PostgreSQL; anything else is a SQLite
// file path (created if missing). Does not migrate.
std::unique_ptr<Database> open(const std::string& url, const Options& options = {});

// Applies every migration not yet applied; returns the schema version after.
int migrate(Database& db);
int schema_version(Database& db);

}  // namespace soku::store
