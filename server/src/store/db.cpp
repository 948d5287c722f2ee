// store/db.cpp — the backend-neutral half of store/db.h: Row accessors, Result::one(), the
// single-statement conveniences and open(), which picks the backend from the URL.
//
// Values cross the interface as a four-way variant; the accessors here are the one place that
// converts between them, so both backends hand back the same shapes (an int64 column read as text
// is its decimal form; a number stored as text parses, or throws DbError instead of guessing).
#include "store/db.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>
#include <system_error>
#include <type_traits>
#include <vector>

#include "store/backend.h"
#include "store/postgres/pg_db.h"
#include "store/sqlite/sqlite_db.h"

namespace soku::store {
namespace {

template <class... F>
struct Overloaded : F... {
  using F::operator()...;
};
template <class... F>
Overloaded(F...) -> Overloaded<F...>;

std::string format_double(double v) {
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);  // shortest exact round trip
  if (ec != std::errc()) throw DbError("cannot format a floating-point value");
  return {buf, end};
}

// Whole-string parse, or DbError naming the column (never the value: it may be personal data).
template <class T>
T parse_number(const std::string& s, std::size_t column) {
  T out{};
  const char* first = s.data();
  const char* last = s.data() + s.size();
  auto [ptr, ec] = std::from_chars(first, last, out);
  if (ec != std::errc() || ptr != last || s.empty()) {
    throw DbError("column " + std::to_string(column) + " is not " +
                  (std::is_integral_v<T> ? "an integer" : "a number"));
  }
  return out;
}

}  // namespace

bool Row::is_null(std::size_t i) const {
  return std::holds_alternative<std::nullptr_t>(cols_.at(i));
}

std::string Row::str(std::size_t i) const {
  return std::visit(Overloaded{
                        [](std::nullptr_t) { return std::string(); },
                        [](std::int64_t v) { return std::to_string(v); },
                        [](double v) { return format_double(v); },
                        [](const std::string& v) { return v; },
                    },
                    cols_.at(i));
}

std::optional<std::string> Row::opt_str(std::size_t i) const {
  if (is_null(i)) return std::nullopt;
  return str(i);
}

std::int64_t Row::i64(std::size_t i) const {
  return std::visit(
      Overloaded{
          [](std::nullptr_t) -> std::int64_t { return 0; },
          [](std::int64_t v) { return v; },
          [i](double v) -> std::int64_t {
            // PostgreSQL's SUM(bigint) and numeric arrive as double: accept whole numbers only.
            constexpr double kLimit = 9223372036854775808.0;  // 2^63
            if (std::isfinite(v) && std::trunc(v) == v && v >= -kLimit && v < kLimit) {
              return static_cast<std::int64_t>(v);
            }
            throw DbError("column " + std::to_string(i) + " is not an integer");
          },
          [i](const std::string& v) { return parse_number<std::int64_t>(v, i); },
      },
      cols_.at(i));
}

std::optional<std::int64_t> Row::opt_i64(std::size_t i) const {
  if (is_null(i)) return std::nullopt;
  return i64(i);
}

double Row::f64(std::size_t i) const {
  return std::visit(Overloaded{
                        [](std::nullptr_t) { return 0.0; },
                        [](std::int64_t v) { return static_cast<double>(v); },
                        [](double v) { return v; },
                        [i](const std::string& v) { return parse_number<double>(v, i); },
                    },
                    cols_.at(i));
}

const Row& Result::one() const {
  if (rows.empty()) throw NotFound("expected a row, found none");
  return rows.front();
}

Result Database::query(std::string_view sql, const Params& params) {
  Result out;
  read([&](Tx& tx) { out = tx.exec(sql, params); });
  return out;
}

Result Database::exec(std::string_view sql, const Params& params) {
  Result out;
  write([&](Tx& tx) { out = tx.exec(sql, params); });
  return out;
}

std::int64_t update_versioned(Tx& tx, Ident table, const std::string& id,
                              std::int64_t expected_version, SqlText set_clause, Params params,
                              Ident version_column) {
  const std::string n_id = "$" + std::to_string(params.size() + 1);
  const std::string n_version = "$" + std::to_string(params.size() + 2);
  const std::string_view col = version_column.view();
  std::string sql = "UPDATE ";
  sql.append(table.view()).append(" SET ").append(set_clause.view()).append(", ");
  sql.append(col).append(" = ").append(col).append(" + 1 WHERE id = ").append(n_id);
  sql.append(" AND ").append(col).append(" = ").append(n_version);
  params.emplace_back(id);
  params.emplace_back(expected_version);
  const Result r = tx.exec(sql, params);
  if (r.affected != 1) {
    // Names the table only: the id and the versions are no one's business in a log.
    throw StaleVersion(std::string(table.view()) + ": the version is not current");
  }
  return expected_version + 1;
}

Result BackendTx::exec(std::string_view sql, const Params& params) {
  try {
    return run(sql, params);
  } catch (...) {
    failed_ = true;
    throw;
  }
}

void BackendTx::exec_script(std::string_view sql) {
  try {
    run_script(sql);
  } catch (...) {
    failed_ = true;
    throw;
  }
}

namespace {
std::vector<const Database*>& writing() {  // this thread's open write transactions
  thread_local std::vector<const Database*> dbs;
  return dbs;
}
}  // namespace

WriteScope::WriteScope(const Database* db) : db_(db) {
  if (std::find(writing().begin(), writing().end(), db) != writing().end()) {
    throw DbError("nested write transaction on the same database");
  }
  writing().push_back(db);
}

WriteScope::~WriteScope() { writing().erase(std::find(writing().begin(), writing().end(), db_)); }

std::unique_ptr<Database> open(const std::string& url, const Options& options) {
  if (options.pool_size < 1) throw DbError("pool_size must be at least 1");
  if (options.busy_timeout_ms < 0) throw DbError("busy_timeout_ms must not be negative");
  if (url.starts_with("postgresql://") || url.starts_with("postgres://")) {
    return postgres::open(url, options);
  }
  return sqlite::open(url, options);
}

}  // namespace soku::store
