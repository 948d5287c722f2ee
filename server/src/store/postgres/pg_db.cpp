// store/postgres/pg_db.cpp — store/db.h on PostgreSQL through libpq.
//
// Why this shape: several `soku serve` processes share one server, so each keeps a small fixed
// pool (Options::pool_size) and waits a bounded time for a free connection (PoolTimeout -> 503)
// rather than piling up connections the server would refuse. Every statement is prepared once
// per connection (sql text -> "s1", "s2", …) and executed with text parameters, so values never
// enter the SQL text. Writes run in READ COMMITTED and are retried on serialization failures and
// deadlocks (40001, 40P01), which is what the interface promises; reads run READ ONLY in
// REPEATABLE READ so that, as with SQLite, one read() sees one snapshot.
//
// Error messages carry SQLSTATE and the server's primary message only: the DETAIL line quotes
// key values, and for data exceptions (class 22) even the primary message quotes the offending
// input, so those get a generic text. Parameter values never reach a message or a log.
#include "store/postgres/pg_db.h"

#include <libpq-fe.h>

#include <algorithm>
#include <bit>
#include <charconv>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <random>
#include <string>
#include <system_error>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

#include "store/backend.h"

namespace soku::store::postgres {
namespace {

// Type OIDs from pg_type.h (stable since forever).
constexpr Oid kBool = 16, kInt8 = 20, kInt2 = 21, kInt4 = 23;
constexpr Oid kFloat4 = 700, kFloat8 = 701, kNumeric = 1700;

constexpr int kWriteAttempts = 6;  // the first try and up to 5 retries

struct ResultDeleter {
  void operator()(PGresult* r) const { PQclear(r); }
};
using PgResult = std::unique_ptr<PGresult, ResultDeleter>;

std::string trimmed(const char* s) {
  std::string out = s != nullptr ? s : "";
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  return out;
}

// Throws the typed error for a failed result (or a null one, when the connection broke).
[[noreturn]] void fail(PGconn* conn, const PGresult* res) {
  if (res == nullptr || PQstatus(conn) != CONNECTION_OK) {
    throw DbError("postgres: connection failed: " + trimmed(PQerrorMessage(conn)));
  }
  const char* state_c = PQresultErrorField(res, PG_DIAG_SQLSTATE);
  const std::string state = state_c != nullptr ? state_c : "";
  std::string primary = trimmed(PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY));
  if (state.starts_with("22")) primary = "invalid value for a column or parameter";
  if (primary.empty()) primary = trimmed(PQerrorMessage(conn));
  const std::string msg = "postgres: " + primary + " (SQLSTATE " + state + ")";
  if (state == "23505") throw UniqueViolation(msg);
  if (state == "40001" || state == "40P01") throw SerializationFailure(msg);
  throw DbError(msg);
}

bool ok(const PGresult* res) {
  if (res == nullptr) return false;
  const ExecStatusType st = PQresultStatus(res);
  return st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK;
}

std::string_view sqlstate(const PGresult* res) {
  const char* s = res != nullptr ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
  return s != nullptr ? s : "";
}

// One libpq connection and the statements prepared on it. Used by one thread at a time.
class Conn {
public:
  explicit Conn(const std::string& url) : url_(url) { connect(); }
  ~Conn() { PQfinish(conn_); }
  Conn(const Conn&) = delete;
  Conn& operator=(const Conn&) = delete;

  [[nodiscard]] PGconn* raw() const { return conn_; }
  [[nodiscard]] bool healthy() const { return PQstatus(conn_) == CONNECTION_OK; }
  [[nodiscard]] bool idle() const { return PQtransactionStatus(conn_) == PQTRANS_IDLE; }

  // Drops the session and opens a new one (prepared statements go with the old session).
  void reconnect() {
    PQfinish(conn_);
    conn_ = nullptr;
    prepared_.clear();
    connect();
  }

  // Runs parameterless SQL (BEGIN, COMMIT, scripts); throws on error.
  PgResult run(const std::string& sql) {
    PgResult res(PQexec(conn_, sql.c_str()));
    if (!ok(res.get())) fail(conn_, res.get());
    return res;
  }

  // The name of `sql` prepared on this connection, preparing it on first use.
  const std::string& statement(std::string_view sql) {
    std::string key(sql);
    if (auto it = prepared_.find(key); it != prepared_.end()) return it->second;
    std::string name = "s" + std::to_string(++next_id_);
    PgResult res(PQprepare(conn_, name.c_str(), key.c_str(), 0, nullptr));
    if (!ok(res.get())) fail(conn_, res.get());
    return prepared_.emplace(std::move(key), std::move(name)).first->second;
  }

  // Forgets prepared statements after the server said they are stale or gone. The old names stay
  // allocated on the server until the session ends; new ones are prepared under fresh names.
  void forget_statements() { prepared_.clear(); }

private:
  void connect() {
    conn_ = PQconnectdb(url_.c_str());
    if (conn_ == nullptr) throw DbError("postgres: out of memory while connecting");
    if (PQstatus(conn_) != CONNECTION_OK) {
      std::string msg = "postgres: cannot connect: " + trimmed(PQerrorMessage(conn_));
      PQfinish(conn_);
      conn_ = nullptr;
      throw DbError(msg);
    }
    run("SET client_min_messages = warning; SET TimeZone = 'UTC'");
  }

  std::string url_;
  PGconn* conn_ = nullptr;
  std::unordered_map<std::string, std::string> prepared_;
  std::uint64_t next_id_ = 0;
};

std::string param_text(const Value& v) {
  if (const auto* n = std::get_if<std::int64_t>(&v)) return std::to_string(*n);
  if (const auto* d = std::get_if<double>(&v)) {
    // Like printf("%.17g") (round-trips every double), but independent of the C locale.
    char buf[64];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, *d, std::chars_format::general, 17);
    if (ec != std::errc()) throw DbError("postgres: cannot format a floating-point parameter");
    std::string s(buf, end);
    if (s == "nan" || s == "-nan") return "NaN";
    if (s == "inf") return "Infinity";
    if (s == "-inf") return "-Infinity";
    return s;
  }
  return std::get<std::string>(v);
}

Value column(const PGresult* res, int row, int col, Oid type) {
  if (PQgetisnull(res, row, col) != 0) return nullptr;
  const char* text = PQgetvalue(res, row, col);
  const auto len = static_cast<std::size_t>(PQgetlength(res, row, col));
  const char* end = text + len;
  switch (type) {
    case kInt8:
    case kInt2:
    case kInt4: {
      std::int64_t v = 0;
      auto [p, ec] = std::from_chars(text, end, v);
      if (ec != std::errc() || p != end) throw DbError("postgres: unreadable integer column");
      return v;
    }
    case kFloat4:
    case kFloat8:
    case kNumeric: {
      double v = 0;
      auto [p, ec] = std::from_chars(text, end, v);
      if (ec != std::errc() || p != end) throw DbError("postgres: unreadable numeric column");
      return v;
    }
    case kBool:
      return static_cast<std::int64_t>(len > 0 && text[0] == 't' ? 1 : 0);
    default:
      return std::string(text, len);
  }
}

// Affected rows for INSERT/UPDATE/DELETE/MERGE only (PQcmdTuples also counts SELECT rows).
std::int64_t affected(PGresult* res) {
  const std::string_view status = PQcmdStatus(res);
  if (!status.starts_with("INSERT ") && !status.starts_with("UPDATE ") &&
      !status.starts_with("DELETE ") && !status.starts_with("MERGE ")) {
    return 0;
  }
  const std::string_view n = PQcmdTuples(res);
  std::int64_t v = 0;
  std::from_chars(n.data(), n.data() + n.size(), v);
  return v;
}

// FNV-1a, 64 bit: a stable lock key for a name, the same in every process and version.
std::int64_t lock_key(std::string_view name) {
  std::uint64_t h = 14695981039346656037ULL;
  for (const char c : name) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  return std::bit_cast<std::int64_t>(h);
}

// A transaction on one pooled connection (any failed statement dooms it: BackendTx).
class PgTx final : public BackendTx {
public:
  explicit PgTx(Conn& conn) : conn_(conn) {}

  void lock(std::string_view name) override {
    exec("SELECT pg_advisory_xact_lock($1::bigint)", {lock_key(name)});
  }

  void commit() {
    if (failed() || PQtransactionStatus(conn_.raw()) == PQTRANS_INERROR) {
      throw DbError("postgres: the transaction was aborted by an earlier error");
    }
    PgResult res = conn_.run("COMMIT");
    // COMMIT of a failed transaction "succeeds" with the tag ROLLBACK.
    if (std::strcmp(PQcmdStatus(res.get()), "COMMIT") != 0) {
      throw DbError("postgres: the transaction was rolled back");
    }
  }

private:
  void run_script(std::string_view sql) override { conn_.run(std::string(sql)); }

  Result run(std::string_view sql, const Params& params) override {
    const std::string& name = conn_.statement(sql);
    std::vector<std::string> texts(params.size());
    std::vector<const char*> values(params.size(), nullptr);
    for (std::size_t i = 0; i < params.size(); ++i) {
      if (std::holds_alternative<std::nullptr_t>(params[i])) continue;
      texts[i] = param_text(params[i]);
      values[i] = texts[i].c_str();
    }
    PGconn* c = conn_.raw();
    PgResult res(PQexecPrepared(c, name.c_str(), static_cast<int>(params.size()), values.data(),
                                nullptr, nullptr, 0));
    if (!ok(res.get())) {
      const std::string_view state = sqlstate(res.get());
      // 0A000: "cached plan must not change result type" after DDL; 26000: the statement is
      // gone (DISCARD ALL, a pooler). Either way, prepare afresh next time.
      if (state == "0A000" || state == "26000") conn_.forget_statements();
      fail(c, res.get());
    }
    Result out;
    const int ncols = PQnfields(res.get());
    const int nrows = PQntuples(res.get());
    std::vector<Oid> types(static_cast<std::size_t>(ncols));
    out.columns.reserve(types.size());
    for (int j = 0; j < ncols; ++j) {
      out.columns.emplace_back(PQfname(res.get(), j));
      types[static_cast<std::size_t>(j)] = PQftype(res.get(), j);
    }
    out.rows.reserve(static_cast<std::size_t>(nrows));
    for (int i = 0; i < nrows; ++i) {
      std::vector<Value> row;
      row.reserve(types.size());
      for (int j = 0; j < ncols; ++j) {
        row.push_back(column(res.get(), i, j, types[static_cast<std::size_t>(j)]));
      }
      out.rows.emplace_back(std::move(row));
    }
    out.affected = affected(res.get());
    return out;
  }

  Conn& conn_;
};

class Pool {
public:
  Pool(std::string url, const Options& options)
      : url_(std::move(url)), size_(options.pool_size), wait_(options.busy_timeout_ms) {
    stats_.size = size_;
    idle_.push_back(std::make_unique<Conn>(url_));  // fail fast on a bad URL
    open_ = 1;
  }

  std::unique_ptr<Conn> acquire() {
    std::unique_lock lock(mu_);
    auto available = [this] { return !idle_.empty() || open_ < size_; };
    if (!available()) {
      ++stats_.waiting;
      const bool got = cv_.wait_for(lock, wait_, available);
      --stats_.waiting;
      if (!got) {
        ++stats_.timeouts_total;
        throw PoolTimeout("postgres: no connection free within " + std::to_string(wait_.count()) +
                          " ms");
      }
    }
    ++stats_.acquired_total;
    ++stats_.in_use;
    if (!idle_.empty()) {
      std::unique_ptr<Conn> conn = std::move(idle_.back());
      idle_.pop_back();
      return conn;
    }
    ++open_;  // reserve the slot, connect outside the lock
    lock.unlock();
    try {
      return std::make_unique<Conn>(url_);
    } catch (...) {
      lock.lock();
      --open_;
      --stats_.in_use;
      lock.unlock();
      cv_.notify_one();
      throw;
    }
  }

  // Takes a connection back; one that is broken or stuck in a transaction is closed, and its
  // slot is reconnected by the next acquire().
  void release(std::unique_ptr<Conn> conn) {
    if (conn && conn->healthy() && !conn->idle()) {
      PgResult res(PQexec(conn->raw(), "ROLLBACK"));
    }
    const bool keep = conn && conn->healthy() && conn->idle();
    if (!keep) conn.reset();
    {
      std::lock_guard lock(mu_);
      --stats_.in_use;
      if (keep) {
        idle_.push_back(std::move(conn));
      } else {
        --open_;
      }
    }
    cv_.notify_one();
  }

  [[nodiscard]] PoolStats stats() const {
    std::lock_guard lock(mu_);
    return stats_;
  }

private:
  const std::string url_;
  const int size_;
  const std::chrono::milliseconds wait_;
  mutable std::mutex mu_;
  std::condition_variable cv_;
  std::vector<std::unique_ptr<Conn>> idle_;
  int open_ = 0;  // connections in existence (idle + in use + being opened)
  PoolStats stats_;  // the counters, under mu_
};

class Lease {
public:
  explicit Lease(Pool& pool) : pool_(pool), conn_(pool.acquire()) {}
  ~Lease() { pool_.release(std::move(conn_)); }
  Lease(const Lease&) = delete;
  Lease& operator=(const Lease&) = delete;
  Conn& operator*() const { return *conn_; }
  Conn* operator->() const { return conn_.get(); }

private:
  Pool& pool_;
  std::unique_ptr<Conn> conn_;
};

// BEGIN, reconnecting once if the pooled session turned out to be dead (server restart, idle
// timeout): nothing has run yet, so the retry is safe.
void begin(Conn& conn, const std::string& sql) {
  PgResult res(PQexec(conn.raw(), sql.c_str()));
  if (ok(res.get())) return;
  if (conn.healthy()) fail(conn.raw(), res.get());
  conn.reconnect();
  conn.run(sql);
}

void rollback_quietly(Conn& conn) {
  if (conn.healthy() && !conn.idle()) {
    PgResult res(PQexec(conn.raw(), "ROLLBACK"));
  }
}

void backoff(int attempt) {
  thread_local std::minstd_rand rng{std::random_device{}()};
  std::uniform_int_distribution<int> jitter(50, 150);
  const int base_us = 2000 << (attempt - 1);  // 2, 4, 8, 16, 32 ms
  std::this_thread::sleep_for(std::chrono::microseconds(base_us * jitter(rng) / 100));
}

class PgDatabase final : public Database {
public:
  PgDatabase(const std::string& url, const Options& options) : pool_(url, options) {}

  [[nodiscard]] std::string_view backend() const override { return "postgres"; }

  void read(const std::function<void(Tx&)>& fn) override {
    Lease conn(pool_);
    begin(*conn, "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    PgTx tx(*conn);
    try {
      fn(tx);
      tx.commit();
    } catch (...) {
      rollback_quietly(*conn);
      throw;
    }
  }

  void write(const std::function<void(Tx&)>& fn) override {
    WriteScope scope(this);
    Lease conn(pool_);
    for (int attempt = 1;; ++attempt) {
      begin(*conn, "BEGIN");
      PgTx tx(*conn);
      try {
        fn(tx);
        tx.commit();
        return;
      } catch (const SerializationFailure&) {
        rollback_quietly(*conn);
        if (attempt >= kWriteAttempts) throw;
      } catch (...) {
        rollback_quietly(*conn);
        throw;
      }
      backoff(attempt);
    }
  }

  [[nodiscard]] PoolStats stats() const override { return pool_.stats(); }

private:
  Pool pool_;
};

}  // namespace

std::unique_ptr<Database> open(const std::string& url, const Options& options) {
  return std::make_unique<PgDatabase>(url, options);
}

}  // namespace soku::store::postgres
