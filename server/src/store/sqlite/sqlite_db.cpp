// store/sqlite/sqlite_db.cpp — store/db.h on an embedded SQLite file.
//
// Why this shape: SQLite allows one writer at a time per file. Giving that role to ONE connection
// behind a mutex turns lock contention into an in-process queue (no SQLITE_BUSY between our own
// threads, no retry loops), and BEGIN IMMEDIATE takes the write lock up front so a transaction
// never fails half-way on lock upgrade. In WAL mode readers do not block the writer nor each
// other, so reads get their own pool of SQLITE_OPEN_READONLY connections, each inside a deferred
// BEGIN … COMMIT for a consistent snapshot. The writer is opened first: it creates the file and
// switches it to WAL before any reader attaches.
//
// Parameters are written `$1..$N` as for PostgreSQL. SQLite treats `$1` as a *named* parameter
// numbered by first appearance, so values are bound by looking their name up, never by position.
// Error messages carry sqlite3_errmsg only: never a parameter value, which may be personal data.
#include "store/sqlite/sqlite_db.h"

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <chrono>
#include <climits>
#include <condition_variable>
#include <mutex>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "store/backend.h"

namespace soku::store::sqlite {
namespace {

// Throws the typed error for an SQLite result code. `rc` may be extended (we enable them).
[[noreturn]] void fail(sqlite3* db, int rc) {
  std::string msg = "sqlite: ";
  msg += db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  if (rc == SQLITE_CONSTRAINT_UNIQUE || rc == SQLITE_CONSTRAINT_PRIMARYKEY) {
    throw UniqueViolation(msg);
  }
  const int primary = rc & 0xff;
  if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) throw SerializationFailure(msg);
  throw DbError(msg);
}

// True when only whitespace, semicolons and `--` comments remain.
bool only_trailing_noise(const char* p, const char* end) {
  while (p < end) {
    if (std::isspace(static_cast<unsigned char>(*p)) != 0 || *p == ';') {
      ++p;
    } else if (*p == '-' && p + 1 < end && p[1] == '-') {
      while (p < end && *p != '\n') ++p;
    } else {
      return false;
    }
  }
  return true;
}

// Whether `sql` is an INSERT/UPDATE/DELETE (possibly behind WITH), i.e. whether
// sqlite3_changes() describes it. A non-read-only CREATE or PRAGMA would otherwise report the
// count left over from the previous DML statement.
bool is_dml(std::string_view sql) {
  std::size_t i = 0;
  for (;;) {
    while (i < sql.size() && std::isspace(static_cast<unsigned char>(sql[i])) != 0) ++i;
    if (sql.substr(i, 2) != "--") break;
    while (i < sql.size() && sql[i] != '\n') ++i;
  }
  std::string word;
  while (i < sql.size() && std::isalpha(static_cast<unsigned char>(sql[i])) != 0) {
    word += static_cast<char>(std::tolower(static_cast<unsigned char>(sql[i])));
    ++i;
  }
  return word == "insert" || word == "update" || word == "delete" || word == "replace" ||
         word == "with";
}

// One sqlite3 handle and its prepared-statement cache. Used by one thread at a time.
class Conn {
public:
  Conn(const std::string& path, int flags, int busy_timeout_ms) {
    const int rc = sqlite3_open_v2(path.c_str(), &db_, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
      std::string msg = "sqlite: cannot open " + path + ": " +
                        (db_ != nullptr ? sqlite3_errmsg(db_) : sqlite3_errstr(rc));
      sqlite3_close_v2(db_);
      db_ = nullptr;
      throw DbError(msg);
    }
    sqlite3_extended_result_codes(db_, 1);
    sqlite3_busy_timeout(db_, busy_timeout_ms);
  }
  ~Conn() {
    for (auto& [sql, stmt] : cache_) sqlite3_finalize(stmt);
    sqlite3_close_v2(db_);
  }
  Conn(const Conn&) = delete;
  Conn& operator=(const Conn&) = delete;

  [[nodiscard]] sqlite3* handle() const { return db_; }

  // Statements without parameters or results: BEGIN, COMMIT, PRAGMA, scripts.
  void run(const std::string& sql) {
    const int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) fail(db_, sqlite3_extended_errcode(db_));
  }

  // The first column of the first row of a one-off statement (for PRAGMAs that answer).
  std::string scalar(const char* sql) {
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(db_, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK) fail(db_, rc);
    std::string out;
    rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW) {
      const unsigned char* text = sqlite3_column_text(stmt, 0);
      if (text != nullptr) out = reinterpret_cast<const char*>(text);
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) fail(db_, rc);
    return out;
  }

  // A cached statement for `sql`; exactly one statement is allowed.
  sqlite3_stmt* prepare(std::string_view sql) {
    std::string key(sql);
    if (auto it = cache_.find(key); it != cache_.end()) return it->second;
    if (sql.size() > static_cast<std::size_t>(INT_MAX)) throw DbError("sqlite: statement too long");
    sqlite3_stmt* stmt = nullptr;
    const char* tail = nullptr;
    const int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt, &tail);
    if (rc != SQLITE_OK) fail(db_, rc);
    if (stmt == nullptr) throw DbError("sqlite: empty statement");
    if (!only_trailing_noise(tail, sql.data() + sql.size())) {
      sqlite3_finalize(stmt);
      throw DbError("sqlite: exec() takes one statement; use exec_script() for several");
    }
    if (cache_.size() >= kMaxCached) {  // SQL is meant to be constant; this only bounds abuse
      for (auto& [s, st] : cache_) sqlite3_finalize(st);
      cache_.clear();
    }
    cache_.emplace(std::move(key), stmt);
    return stmt;
  }

private:
  static constexpr std::size_t kMaxCached = 512;
  sqlite3* db_ = nullptr;
  std::unordered_map<std::string, sqlite3_stmt*> cache_;
};

// Leaves a cached statement ready for its next use, whatever happened during this one.
class StmtReset {
public:
  explicit StmtReset(sqlite3_stmt* stmt) : stmt_(stmt) {}
  ~StmtReset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }
  StmtReset(const StmtReset&) = delete;
  StmtReset& operator=(const StmtReset&) = delete;

private:
  sqlite3_stmt* stmt_;
};

void bind(sqlite3* db, sqlite3_stmt* stmt, const Params& params) {
  const int declared = sqlite3_bind_parameter_count(stmt);
  if (static_cast<std::size_t>(declared) != params.size()) {
    throw DbError("sqlite: statement takes " + std::to_string(declared) + " parameters, " +
                  std::to_string(params.size()) + " given");
  }
  for (std::size_t i = 0; i < params.size(); ++i) {
    const std::string name = "$" + std::to_string(i + 1);
    const int index = sqlite3_bind_parameter_index(stmt, name.c_str());
    if (index == 0) throw DbError("sqlite: statement does not use parameter " + name);
    const Value& v = params[i];
    int rc = SQLITE_OK;
    if (std::holds_alternative<std::nullptr_t>(v)) {
      rc = sqlite3_bind_null(stmt, index);
    } else if (const auto* n = std::get_if<std::int64_t>(&v)) {
      rc = sqlite3_bind_int64(stmt, index, *n);
    } else if (const auto* d = std::get_if<double>(&v)) {
      rc = sqlite3_bind_double(stmt, index, *d);
    } else {
      const auto& s = std::get<std::string>(v);
      // nullptr == SQLITE_STATIC: `params` outlives the statement's use, and StmtReset clears
      // the bindings before it returns.
      rc = sqlite3_bind_text64(stmt, index, s.data(), s.size(), nullptr, SQLITE_UTF8);
    }
    if (rc != SQLITE_OK) fail(db, rc);
  }
}

Value column(sqlite3_stmt* stmt, int i) {
  switch (sqlite3_column_type(stmt, i)) {
    case SQLITE_INTEGER:
      return static_cast<std::int64_t>(sqlite3_column_int64(stmt, i));
    case SQLITE_FLOAT:
      return sqlite3_column_double(stmt, i);
    case SQLITE_TEXT: {
      const unsigned char* text = sqlite3_column_text(stmt, i);
      const int len = sqlite3_column_bytes(stmt, i);
      if (text == nullptr) return std::string();
      return std::string(reinterpret_cast<const char*>(text), static_cast<std::size_t>(len));
    }
    case SQLITE_BLOB: {
      const void* blob = sqlite3_column_blob(stmt, i);
      const int len = sqlite3_column_bytes(stmt, i);
      if (blob == nullptr) return std::string();
      return std::string(static_cast<const char*>(blob), static_cast<std::size_t>(len));
    }
    default:
      return nullptr;
  }
}

// A transaction on one connection. Like PostgreSQL, any failed statement dooms it (BackendTx).
class SqliteTx final : public BackendTx {
public:
  explicit SqliteTx(Conn& conn) : conn_(conn) {}

  void lock(std::string_view /*name*/) override {
    // BEGIN IMMEDIATE already holds the database's only write lock.
  }

  // COMMIT, unless a statement failed: then DbError (the caller rolls back).
  void commit() {
    if (failed()) throw DbError("sqlite: the transaction was aborted by an earlier error");
    conn_.run("COMMIT");
  }

private:
  void run_script(std::string_view sql) override { conn_.run(std::string(sql)); }

  Result run(std::string_view sql, const Params& params) override {
    sqlite3* db = conn_.handle();
    sqlite3_stmt* stmt = conn_.prepare(sql);
    StmtReset reset(stmt);
    bind(db, stmt, params);
    Result out;
    const int ncols = sqlite3_column_count(stmt);
    out.columns.reserve(static_cast<std::size_t>(ncols));
    for (int i = 0; i < ncols; ++i) {
      const char* name = sqlite3_column_name(stmt, i);
      out.columns.emplace_back(name != nullptr ? name : "");
    }
    for (;;) {
      const int rc = sqlite3_step(stmt);
      if (rc == SQLITE_DONE) break;
      if (rc != SQLITE_ROW) fail(db, rc);
      std::vector<Value> values;
      values.reserve(static_cast<std::size_t>(ncols));
      for (int i = 0; i < ncols; ++i) values.push_back(column(stmt, i));
      out.rows.emplace_back(std::move(values));
    }
    if (sqlite3_stmt_readonly(stmt) == 0 && is_dml(sql)) out.affected = sqlite3_changes64(db);
    return out;
  }

  Conn& conn_;
};

// Runs fn in a transaction on `conn`, which has just begun one: commits when fn returns; rolls
// back whatever is open, ignoring errors, when anything throws (the exception goes on).
void run_transaction(Conn& conn, const std::function<void(Tx&)>& fn) {
  SqliteTx tx(conn);
  try {
    fn(tx);
    tx.commit();
  } catch (...) {
    sqlite3* db = conn.handle();
    if (sqlite3_get_autocommit(db) == 0) sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    throw;
  }
}

class SqliteDatabase final : public Database {
public:
  SqliteDatabase(const std::string& path, const Options& options)
      : wait_(options.busy_timeout_ms),
        writer_(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, options.busy_timeout_ms) {
    if (writer_.scalar("PRAGMA journal_mode=WAL") != "wal") {
      throw DbError("sqlite: cannot switch " + path + " to WAL mode");
    }
    writer_.run("PRAGMA synchronous=NORMAL");
    writer_.run("PRAGMA foreign_keys=ON");
    for (int i = 0; i < options.pool_size; ++i) {
      readers_.push_back(
          std::make_unique<Conn>(path, SQLITE_OPEN_READONLY, options.busy_timeout_ms));
    }
    pool_size_ = options.pool_size;
  }

  [[nodiscard]] std::string_view backend() const override { return "sqlite"; }

  void read(const std::function<void(Tx&)>& fn) override {
    std::unique_ptr<Conn> conn = acquire_reader();
    ReaderLease lease(*this, std::move(conn));
    lease.conn->run("BEGIN");
    run_transaction(*lease.conn, fn);
  }

  void write(const std::function<void(Tx&)>& fn) override {
    WriteScope scope(this);
    WriterLease lease(*this);
    writer_.run("BEGIN IMMEDIATE");
    run_transaction(writer_, fn);
  }

  [[nodiscard]] PoolStats stats() const override {
    // The readers and the writer.
    return {pool_size_ + 1, in_use_, waiting_, acquired_, timeouts_};
  }

private:
  struct ReaderLease {
    SqliteDatabase& owner;
    std::unique_ptr<Conn> conn;
    ReaderLease(SqliteDatabase& o, std::unique_ptr<Conn> c) : owner(o), conn(std::move(c)) {}
    ~ReaderLease() { owner.release_reader(std::move(conn)); }
    ReaderLease(const ReaderLease&) = delete;
    ReaderLease& operator=(const ReaderLease&) = delete;
  };

  // The writer is a one-slot pool (a flag under a mutex, not a timed_mutex: libstdc++'s
  // try_lock_for uses pthread_mutex_clocklock, which ThreadSanitizer cannot see).
  struct WriterLease {
    SqliteDatabase& owner;
    explicit WriterLease(SqliteDatabase& o) : owner(o) { owner.acquire_writer(); }
    ~WriterLease() { owner.release_writer(); }
    WriterLease(const WriterLease&) = delete;
    WriterLease& operator=(const WriterLease&) = delete;
  };

  void acquire_writer() {
    std::unique_lock lock(writer_mu_);
    if (writer_busy_) {
      ++waiting_;
      const bool got = writer_cv_.wait_for(lock, wait_, [this] { return !writer_busy_; });
      --waiting_;
      if (!got) {
        ++timeouts_;
        throw PoolTimeout("sqlite: the writer stayed busy for " + std::to_string(wait_.count()) +
                          " ms");
      }
    }
    writer_busy_ = true;
    ++acquired_;
    ++in_use_;
  }

  void release_writer() {
    {
      std::lock_guard lock(writer_mu_);
      writer_busy_ = false;
      --in_use_;
    }
    writer_cv_.notify_one();
  }

  std::unique_ptr<Conn> acquire_reader() {
    std::unique_lock lock(readers_mu_);
    if (readers_.empty()) {
      ++waiting_;
      const bool got = readers_cv_.wait_for(lock, wait_, [this] { return !readers_.empty(); });
      --waiting_;
      if (!got) {
        ++timeouts_;
        throw PoolTimeout("sqlite: no reader connection free within " +
                          std::to_string(wait_.count()) + " ms");
      }
    }
    std::unique_ptr<Conn> conn = std::move(readers_.back());
    readers_.pop_back();
    ++acquired_;
    ++in_use_;
    return conn;
  }

  void release_reader(std::unique_ptr<Conn> conn) {
    {
      std::lock_guard lock(readers_mu_);
      readers_.push_back(std::move(conn));
      --in_use_;
    }
    readers_cv_.notify_one();
  }

  std::chrono::milliseconds wait_;
  int pool_size_ = 0;

  std::mutex writer_mu_;
  std::condition_variable writer_cv_;
  bool writer_busy_ = false;
  Conn writer_;

  std::mutex readers_mu_;
  std::condition_variable readers_cv_;
  std::vector<std::unique_ptr<Conn>> readers_;

  std::atomic<int> in_use_{0};
  std::atomic<int> waiting_{0};
  std::atomic<std::int64_t> acquired_{0};
  std::atomic<std::int64_t> timeouts_{0};
};

}  // namespace

std::unique_ptr<Database> open(const std::string& path, const Options& options) {
  if (path.empty()) throw DbError("sqlite: empty database path");
  if (path == ":memory:" || path.starts_with("file:")) {
    throw DbError("sqlite: give a file path (in-memory and URI databases cannot be shared)");
  }
  if (sqlite3_threadsafe() == 0) throw DbError("sqlite: library built without thread support");
  return std::make_unique<SqliteDatabase>(path, options);
}

}  // namespace soku::store::sqlite
