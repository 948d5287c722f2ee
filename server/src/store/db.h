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
// Result::one() found no row: the record the caller named does not exist (or is not visible to
// this transaction). -> 404 "not-found" (api::App::dispatch).
struct NotFound : DbError {
  using DbError::DbError;
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
// A versioned update matched no row: the version the caller read is no longer current (or the
// row is gone). -> 409 "stale-version". Thrown only by update_versioned().
struct StaleVersion : DbError {
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

// An SQL identifier (table or column) that is a compile-time constant: a string literal of
// [a-z_][a-z0-9_]*. The constructor is consteval, so a name built from input does not compile.
class Ident {
public:
  consteval Ident(const char* s) : s_(s) {  // NOLINT(google-explicit-constructor)
    if (!valid(s)) throw "not an SQL identifier";  // a compile error, never a runtime throw
  }
  [[nodiscard]] constexpr std::string_view view() const { return s_; }

private:
  static constexpr bool valid(std::string_view s) {
    if (s.empty() || s.size() > 63 || (s[0] >= '0' && s[0] <= '9')) return false;
    for (char c : s) {
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
    }
    return true;
  }
  std::string_view s_;
};

// A fragment of SQL that is a compile-time constant (a string literal): values go in Params.
class SqlText {
public:
  consteval SqlText(const char* s) : s_(s) {  // NOLINT(google-explicit-constructor)
    if (s_.empty() || s_.find(';') != std::string_view::npos) throw "not one SQL fragment";
  }
  [[nodiscard]] constexpr std::string_view view() const { return s_; }

private:
  std::string_view s_;
};

// Optimistic concurrency, as one statement (the only way a versioned row is changed):
//   UPDATE <table> SET <set_clause>, <version_column> = <version_column> + 1
//   WHERE id = $<n+1> AND <version_column> = $<n+2>
// `set_clause` uses $1..$n for `params` (n = params.size()); the id and the expected version are
// bound after them. Exactly one row changes, or StaleVersion is thrown (nothing changed) — so of
// any number of concurrent writers holding the same version exactly one succeeds, on both
// backends: PostgreSQL re-checks the WHERE clause on the committed row after waiting for its
// lock (READ COMMITTED), SQLite has a single writer. Returns the new version. Anything that
// depends on the update (history rows, the next version's number) is written after it, in the
// same transaction.
std::int64_t update_versioned(Tx& tx, Ident table, const std::string& id,
                              std::int64_t expected_version, SqlText set_clause, Params params,
                              Ident version_column = "version");

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
