// tests/api/store_test.cpp — the storage contract of store/db.h, the same cases on both backends.
//
// Runs against whatever test_db_url() names (SQLite by default, PostgreSQL when ./test sets
// SOKU_TEST_DB), so a case that passes here passes on both or the backends disagree. The cases
// use their own table, store_test_items, emptied before each test; the real schema is exercised
// only through migrate().
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <future>
#include <limits>
#include <stdexcept>
#include <string>
#include <thread>
#include <type_traits>
#include <vector>

#include "store/db.h"
#include "store/migrations.h"
#include "test_db.h"

namespace {

using namespace soku::store;

constexpr const char* kInsert =
    "INSERT INTO store_test_items (id, code, n, amount, note) VALUES ($1, $2, $3, $4, $5)";

class StoreTest : public ::testing::Test {
protected:
  void SetUp() override {
    db_ = open_test_db();
    db_->write([](Tx& tx) {
      tx.exec_script(
          "CREATE TABLE IF NOT EXISTS store_test_items ("
          " id BIGINT PRIMARY KEY,"
          " code TEXT,"
          " n BIGINT NOT NULL DEFAULT 0,"
          " amount DOUBLE PRECISION,"
          " note TEXT);"
          "CREATE UNIQUE INDEX IF NOT EXISTS store_test_items_code ON store_test_items (code);"
          "DELETE FROM store_test_items;");
    });
  }

  void insert(std::int64_t id, const Value& code = nullptr, std::int64_t n = 0) {
    db_->exec(kInsert, {id, code, n, nullptr, nullptr});
  }

  std::int64_t count() {
    return db_->query("SELECT COUNT(*) AS c FROM store_test_items").one().i64(0);
  }

  bool postgres() const { return db_->backend() == "postgres"; }

  std::unique_ptr<Database> db_;
};

TEST(RowTest, AccessorsConvertBetweenValueKinds) {
  const Row row({nullptr, std::int64_t{-42}, 2.5, std::string("17"), std::string("x1"), 3.0});
  EXPECT_TRUE(row.is_null(0));
  EXPECT_FALSE(row.is_null(1));
  EXPECT_EQ(row.str(0), "");
  EXPECT_EQ(row.opt_str(0), std::nullopt);
  EXPECT_EQ(row.i64(0), 0);
  EXPECT_EQ(row.opt_i64(0), std::nullopt);
  EXPECT_EQ(row.f64(0), 0.0);
  EXPECT_EQ(row.str(1), "-42");
  EXPECT_EQ(row.f64(1), -42.0);
  EXPECT_EQ(row.str(2), "2.5");
  EXPECT_THROW((void)row.i64(2), DbError);  // not a whole number
  EXPECT_EQ(row.i64(3), 17);
  EXPECT_EQ(row.opt_i64(3), 17);
  EXPECT_EQ(row.f64(3), 17.0);
  EXPECT_THROW((void)row.i64(4), DbError);
  EXPECT_THROW((void)row.f64(4), DbError);
  EXPECT_EQ(row.i64(5), 3);
  EXPECT_EQ(row.str(5), "3");
  EXPECT_THROW((void)Row({std::string("")}).i64(0), DbError);
  EXPECT_THROW((void)Row({std::string("12abc")}).i64(0), DbError);
}

TEST(RowTest, OneOfAnEmptyResultThrows) {
  const Result empty;
  EXPECT_THROW((void)empty.one(), DbError);
}

TEST_F(StoreTest, RoundTripsEveryValueKind) {
  const std::string finnish = "Äänekoski: öljy, åker — ÅÄÖ";
  db_->exec(kInsert,
            {std::int64_t{1}, finnish, std::numeric_limits<std::int64_t>::max(), 0.1, nullptr});
  db_->exec(kInsert, {std::int64_t{2}, std::string(), std::numeric_limits<std::int64_t>::min(),
                      -3.25, std::string("")});

  const Result r = db_->query("SELECT id, code, n, amount, note FROM store_test_items ORDER BY id");
  ASSERT_EQ(r.columns, (std::vector<std::string>{"id", "code", "n", "amount", "note"}));
  ASSERT_EQ(r.rows.size(), 2u);

  const Row& a = r.rows[0];
  EXPECT_EQ(std::get<std::int64_t>(a.at(0)), 1);
  EXPECT_EQ(std::get<std::string>(a.at(1)), finnish);
  EXPECT_EQ(std::get<std::int64_t>(a.at(2)), std::numeric_limits<std::int64_t>::max());
  EXPECT_EQ(std::get<double>(a.at(3)), 0.1);
  EXPECT_TRUE(a.is_null(4));

  const Row& b = r.rows[1];
  EXPECT_EQ(std::get<std::string>(b.at(1)), "");  // empty text is not NULL
  EXPECT_EQ(b.i64(2), std::numeric_limits<std::int64_t>::min());
  EXPECT_EQ(b.f64(3), -3.25);
  EXPECT_FALSE(b.is_null(4));
  EXPECT_EQ(b.str(4), "");
}

TEST_F(StoreTest, FindsByNonAsciiText) {
  insert(1, std::string("Närpiö"));
  insert(2, std::string("Narpio"));
  const Result r =
      db_->query("SELECT id FROM store_test_items WHERE code = $1", {std::string("Närpiö")});
  ASSERT_EQ(r.rows.size(), 1u);
  EXPECT_EQ(r.one().i64(0), 1);
}

TEST_F(StoreTest, BooleansAndAggregatesReadAsIntegers) {
  insert(1, nullptr, 5);
  insert(2, nullptr, 7);
  const Row row = db_->query(
                         "SELECT 1 = 1 AS yes, 1 = 2 AS no, SUM(n) AS total, COUNT(*) AS c"
                         " FROM store_test_items")
                      .one();
  EXPECT_EQ(row.i64(0), 1);
  EXPECT_EQ(row.i64(1), 0);
  EXPECT_EQ(row.i64(2), 12);  // numeric on PostgreSQL, integer on SQLite
  EXPECT_EQ(row.i64(3), 2);
}

TEST_F(StoreTest, ReusesAParameterWithinOneStatement) {
  db_->exec("INSERT INTO store_test_items (id, n) VALUES ($1, $1)", {std::int64_t{7}});
  insert(8, nullptr, 1);
  const Row row =
      db_->query("SELECT id, n FROM store_test_items WHERE id = $1 AND n = $1", {std::int64_t{7}})
          .one();
  EXPECT_EQ(row.i64(1), 7);
  // $2 appears before $1, and $1 twice: values go by name, not by order of appearance.
  const Result r =
      db_->query("SELECT id FROM store_test_items WHERE n = $2 OR id = $1 OR n = $1 ORDER BY id",
                 {std::int64_t{7}, std::int64_t{1}});
  ASSERT_EQ(r.rows.size(), 2u);
  EXPECT_EQ(r.rows[0].i64(0), 7);
  EXPECT_EQ(r.rows[1].i64(0), 8);
}

TEST_F(StoreTest, RejectsAWrongNumberOfParameters) {
  EXPECT_THROW(db_->query("SELECT id FROM store_test_items WHERE id = $1"), DbError);
  EXPECT_THROW(db_->query("SELECT id FROM store_test_items WHERE id = $1",
                          {std::int64_t{1}, std::int64_t{2}}),
               DbError);
  EXPECT_EQ(count(), 0);  // and the connection is still usable
}

TEST_F(StoreTest, ReturningGivesTheChangedRows) {
  const Result ins = db_->exec(
      "INSERT INTO store_test_items (id, code, n) VALUES ($1, $2, $3) RETURNING id, code, n",
      {std::int64_t{1}, std::string("a"), std::int64_t{10}});
  ASSERT_EQ(ins.rows.size(), 1u);
  EXPECT_EQ(ins.one().i64(0), 1);
  EXPECT_EQ(ins.one().str(1), "a");
  EXPECT_EQ(ins.affected, 1);

  const Result upd = db_->exec("UPDATE store_test_items SET n = n + $1 WHERE id = $2 RETURNING n",
                               {std::int64_t{5}, std::int64_t{1}});
  EXPECT_EQ(upd.one().i64(0), 15);
  EXPECT_EQ(upd.affected, 1);

  const Result del =
      db_->exec("DELETE FROM store_test_items WHERE id = $1 RETURNING code", {std::int64_t{1}});
  EXPECT_EQ(del.one().str(0), "a");
  EXPECT_EQ(count(), 0);
}

TEST_F(StoreTest, DuplicatePrimaryKeyIsAUniqueViolation) {
  insert(1, std::string("first"));
  EXPECT_THROW(insert(1, std::string("second")), UniqueViolation);
  EXPECT_EQ(count(), 1);
}

TEST_F(StoreTest, DuplicateUniqueIndexValueIsAUniqueViolationWithoutTheValue) {
  const std::string value = "secret-value-0451";
  insert(1, value);
  try {
    insert(2, value);
    FAIL() << "expected UniqueViolation";
  } catch (const UniqueViolation& e) {
    EXPECT_EQ(std::string(e.what()).find(value), std::string::npos) << e.what();
  }
  EXPECT_EQ(count(), 1);
}

TEST_F(StoreTest, DataErrorsDoNotQuoteTheValue) {
  const std::string value = "not-a-number-0451";
  // SQLite stores text in a BIGINT column as text; PostgreSQL refuses it (SQLSTATE 22P02).
  if (!postgres()) GTEST_SKIP() << "SQLite accepts any value in any column";
  try {
    insert(1, nullptr, 0);
    db_->exec("UPDATE store_test_items SET n = $1", {value});
    FAIL() << "expected DbError";
  } catch (const DbError& e) {
    EXPECT_EQ(std::string(e.what()).find(value), std::string::npos) << e.what();
  }
}

TEST_F(StoreTest, AFailedStatementRollsBackItsWholeTransaction) {
  EXPECT_THROW(db_->write([](Tx& tx) {
    tx.exec(kInsert, {std::int64_t{1}, std::string("a"), std::int64_t{0}, nullptr, nullptr});
    tx.exec(kInsert, {std::int64_t{2}, std::string("a"), std::int64_t{0}, nullptr, nullptr});
  }),
               UniqueViolation);
  EXPECT_EQ(count(), 0);
}

TEST_F(StoreTest, ASwallowedErrorStillDoomsTheTransaction) {
  // PostgreSQL cannot go on after an error without a savepoint; SQLite is made to behave alike,
  // so code that works on one backend works on the other.
  insert(1, std::string("a"));
  EXPECT_THROW(db_->write([](Tx& tx) {
    tx.exec(kInsert, {std::int64_t{2}, nullptr, std::int64_t{0}, nullptr, nullptr});
    try {
      tx.exec(kInsert, {std::int64_t{1}, nullptr, std::int64_t{0}, nullptr, nullptr});
    } catch (const UniqueViolation&) {
      // ignored on purpose
    }
  }),
               DbError);
  EXPECT_EQ(count(), 1);
}

TEST_F(StoreTest, AnExceptionRollsBackEverything) {
  struct Boom : std::runtime_error {
    Boom() : std::runtime_error("boom") {}
  };
  EXPECT_THROW(db_->write([](Tx& tx) {
    tx.exec(kInsert, {std::int64_t{1}, nullptr, std::int64_t{0}, nullptr, nullptr});
    tx.exec("UPDATE store_test_items SET n = 5");
    throw Boom();
  }),
               Boom);
  EXPECT_EQ(count(), 0);
  insert(1);  // the writer is free again
  EXPECT_EQ(count(), 1);
}

TEST_F(StoreTest, AffectedCountsChangedRowsOnly) {
  for (std::int64_t id = 1; id <= 3; ++id) {
    EXPECT_EQ(db_->exec(kInsert, {id, nullptr, std::int64_t{0}, nullptr, nullptr}).affected, 1);
  }
  EXPECT_EQ(
      db_->exec("UPDATE store_test_items SET n = 1 WHERE id <= $1", {std::int64_t{2}}).affected, 2);
  EXPECT_EQ(
      db_->exec("UPDATE store_test_items SET n = 1 WHERE id > $1", {std::int64_t{99}}).affected, 0);
  EXPECT_EQ(db_->query("SELECT id FROM store_test_items").affected, 0);
  Result ddl;
  db_->write([&](Tx& tx) {
    ddl = tx.exec("CREATE TABLE IF NOT EXISTS store_test_other (id BIGINT PRIMARY KEY)");
  });
  EXPECT_EQ(ddl.affected, 0);
  EXPECT_EQ(db_->exec("DELETE FROM store_test_items").affected, 3);
}

// store::update_versioned: the one operation for optimistic concurrency.
class VersionedUpdateTest : public StoreTest {
protected:
  void SetUp() override {
    StoreTest::SetUp();
    db_->write([](Tx& tx) {
      tx.exec_script(
          "CREATE TABLE IF NOT EXISTS store_test_versioned ("
          " id TEXT PRIMARY KEY,"
          " note TEXT NOT NULL,"
          " version BIGINT NOT NULL DEFAULT 1,"
          " current_version BIGINT NOT NULL DEFAULT 1);"
          "DELETE FROM store_test_versioned;"
          "INSERT INTO store_test_versioned (id, note) VALUES ('a', 'first');");
    });
  }

  Row row(const std::string& id = "a") {
    return db_->query("SELECT note, version, current_version FROM store_test_versioned WHERE id = $1",
                      {id})
        .one();
  }
};

TEST_F(VersionedUpdateTest, ChangesTheRowAtTheExpectedVersionAndRaisesIt) {
  std::int64_t next = 0;
  db_->write([&](Tx& tx) {
    next = soku::store::update_versioned(tx, "store_test_versioned", "a", 1, "note = $1",
                                         {std::string("second")});
  });
  EXPECT_EQ(next, 2);
  EXPECT_EQ(row().str(0), "second");
  EXPECT_EQ(row().i64(1), 2);
  EXPECT_EQ(row().i64(2), 1);  // the other column is not the version here
}

TEST_F(VersionedUpdateTest, AnOldVersionOrAMissingRowIsStaleAndChangesNothing) {
  db_->write([](Tx& tx) {
    soku::store::update_versioned(tx, "store_test_versioned", "a", 1, "note = $1",
                                  {std::string("second")});
  });
  // The same version again: StaleVersion (a DbError), and the whole transaction rolls back —
  // also the INSERT before it, whose affected count must not be mistaken for the UPDATE's.
  EXPECT_THROW(db_->write([](Tx& tx) {
    EXPECT_EQ(tx.exec(kInsert, {std::int64_t{1}, nullptr, std::int64_t{0}, nullptr, nullptr})
                  .affected,
              1);
    soku::store::update_versioned(tx, "store_test_versioned", "a", 1, "note = $1",
                                  {std::string("lost")});
  }),
               StaleVersion);
  EXPECT_EQ(row().str(0), "second");
  EXPECT_EQ(row().i64(1), 2);
  EXPECT_EQ(count(), 0);
  // A newer version than the row has, and a row that does not exist: stale as well.
  EXPECT_THROW(db_->write([](Tx& tx) {
    soku::store::update_versioned(tx, "store_test_versioned", "a", 3, "note = $1",
                                  {std::string("future")});
  }),
               StaleVersion);
  EXPECT_THROW(db_->write([](Tx& tx) {
    soku::store::update_versioned(tx, "store_test_versioned", "nope", 1, "note = $1",
                                  {std::string("ghost")});
  }),
               StaleVersion);
  static_assert(std::is_base_of_v<DbError, StaleVersion>);
  EXPECT_EQ(row().str(0), "second");
}

TEST_F(VersionedUpdateTest, TheVersionColumnMayBeNamed) {
  std::int64_t next = 0;
  db_->write([&](Tx& tx) {
    next = soku::store::update_versioned(tx, "store_test_versioned", "a", 1, "note = $1",
                                         {std::string("goal-like")}, "current_version");
  });
  EXPECT_EQ(next, 2);
  EXPECT_EQ(row().str(0), "goal-like");
  EXPECT_EQ(row().i64(1), 1);
  EXPECT_EQ(row().i64(2), 2);
  EXPECT_THROW(db_->write([](Tx& tx) {
    soku::store::update_versioned(tx, "store_test_versioned", "a", 1, "note = $1",
                                  {std::string("stale")}, "current_version");
  }),
               StaleVersion);
}

// The race the operation exists for: many writers that all read version 1 (the way a handler
// reads the record before writing it) and write with it. On PostgreSQL they run at once in READ
// COMMITTED; exactly one changes the row, the others are told so — none is lost silently.
TEST_F(VersionedUpdateTest, OfConcurrentWritersWithOneVersionExactlyOneWins) {
  constexpr int kWriters = 16;
  std::atomic<int> won{0};
  std::atomic<int> stale{0};
  std::atomic<int> other{0};
  std::atomic<int> winner{-1};
  std::vector<std::thread> threads;
  for (int i = 0; i < kWriters; ++i) {
    threads.emplace_back([&, i] {
      try {
        db_->write([&](Tx& tx) {
          EXPECT_GE(tx.exec("SELECT version FROM store_test_versioned WHERE id = 'a'").one().i64(0), 1);
          std::this_thread::sleep_for(std::chrono::milliseconds(2));  // let the others read too
          soku::store::update_versioned(tx, "store_test_versioned", "a", 1, "note = $1",
                                        {"writer " + std::to_string(i)});
        });
        ++won;
        winner = i;
      } catch (const StaleVersion&) {
        ++stale;
      } catch (const std::exception&) {
        ++other;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(won.load(), 1);
  EXPECT_EQ(stale.load(), kWriters - 1);
  EXPECT_EQ(other.load(), 0);
  EXPECT_EQ(row().str(0), "writer " + std::to_string(winner.load()));
  EXPECT_EQ(row().i64(1), 2);
}

TEST_F(StoreTest, ExecScriptRunsSeveralStatements) {
  db_->write([](Tx& tx) {
    tx.exec_script(
        "INSERT INTO store_test_items (id, code) VALUES (1, 'ä');"
        "INSERT INTO store_test_items (id, code) VALUES (2, 'ö');");
  });
  EXPECT_EQ(count(), 2);
  EXPECT_THROW(db_->exec("SELECT 1; SELECT 2"), DbError);  // exec() is one statement
}

TEST_F(StoreTest, OnConflictDoNothingAndDoUpdate) {
  insert(1, std::string("a"), 1);
  const Result skipped = db_->exec(
      "INSERT INTO store_test_items (id, code, n) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
      {std::int64_t{1}, std::string("b"), std::int64_t{100}});
  EXPECT_EQ(skipped.affected, 0);
  EXPECT_EQ(db_->query("SELECT code, n FROM store_test_items WHERE id = 1").one().str(0), "a");

  db_->exec(
      "INSERT INTO store_test_items (id, code, n) VALUES ($1, $2, $3)"
      " ON CONFLICT (id) DO UPDATE SET n = store_test_items.n + excluded.n",
      {std::int64_t{1}, std::string("a"), std::int64_t{100}});
  EXPECT_EQ(db_->query("SELECT n FROM store_test_items WHERE id = 1").one().i64(0), 101);
  EXPECT_EQ(count(), 1);
}

TEST_F(StoreTest, ConcurrentWritersLoseNoUpdate) {
  insert(1, nullptr, 0);
  constexpr int kThreads = 4;
  constexpr int kIncrements = 50;
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < kIncrements; ++i) {
        try {
          db_->exec("UPDATE store_test_items SET n = n + 1 WHERE id = $1", {std::int64_t{1}});
        } catch (const std::exception&) {
          ++failures;
        }
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(failures.load(), 0);
  EXPECT_EQ(db_->query("SELECT n FROM store_test_items WHERE id = 1").one().i64(0),
            kThreads * kIncrements);
}

TEST_F(StoreTest, ReadersSeeCommittedDataOnly) {
  std::promise<void> inserted;
  std::promise<void> may_commit;
  std::thread writer([&] {
    db_->write([&](Tx& tx) {
      tx.exec(kInsert, {std::int64_t{1}, nullptr, std::int64_t{0}, nullptr, nullptr});
      inserted.set_value();
      may_commit.get_future().wait();
    });
  });
  inserted.get_future().wait();
  EXPECT_EQ(count(), 0);  // the write is not committed yet
  may_commit.set_value();
  writer.join();
  EXPECT_EQ(count(), 1);
}

TEST_F(StoreTest, OneReadSeesOneSnapshot) {
  insert(1);
  std::int64_t first = -1;
  std::int64_t second = -1;
  db_->read([&](Tx& tx) {
    first = tx.exec("SELECT COUNT(*) AS c FROM store_test_items").one().i64(0);
    std::thread([&] { insert(2); }).join();  // commits while the read is open
    second = tx.exec("SELECT COUNT(*) AS c FROM store_test_items").one().i64(0);
  });
  EXPECT_EQ(first, 1);
  EXPECT_EQ(second, 1);
  EXPECT_EQ(count(), 2);
}

TEST_F(StoreTest, WritesInsideAReadAreRefused) {
  EXPECT_THROW(db_->read([](Tx& tx) {
    tx.exec(kInsert, {std::int64_t{1}, nullptr, std::int64_t{0}, nullptr, nullptr});
  }),
               DbError);
  EXPECT_EQ(count(), 0);
}

TEST_F(StoreTest, NestedWriteIsRefused) {
  EXPECT_THROW(db_->write([&](Tx&) { insert(1); }), DbError);
  EXPECT_EQ(count(), 0);
}

TEST_F(StoreTest, NamedLockIsHeldInsideAWrite) {
  db_->write([](Tx& tx) {
    tx.lock("store-test");
    tx.lock("store-test");  // re-entrant within one transaction
    tx.exec(kInsert, {std::int64_t{1}, nullptr, std::int64_t{0}, nullptr, nullptr});
  });
  EXPECT_EQ(count(), 1);
}

TEST_F(StoreTest, PoolStatsAreSane) {
  const auto before = db_->stats();
  EXPECT_GE(before.size, 1);
  EXPECT_EQ(before.in_use, 0);
  EXPECT_EQ(before.waiting, 0);
  (void)count();
  insert(1);
  db_->read([&](Tx&) { EXPECT_GE(db_->stats().in_use, 1); });
  const auto after = db_->stats();
  EXPECT_EQ(after.size, before.size);
  EXPECT_EQ(after.in_use, 0);
  EXPECT_EQ(after.waiting, 0);
  EXPECT_GE(after.acquired_total, before.acquired_total + 3);
  EXPECT_EQ(after.timeouts_total, before.timeouts_total);
}

TEST_F(StoreTest, AnExhaustedPoolTimesOut) {
  auto small = soku::store::open(test_db_url(), {.pool_size = 1, .busy_timeout_ms = 100});
  std::promise<void> holding;
  std::promise<void> may_finish;
  std::thread holder([&] {
    small->read([&](Tx&) {
      holding.set_value();
      may_finish.get_future().wait();
    });
  });
  holding.get_future().wait();
  const auto start = std::chrono::steady_clock::now();
  EXPECT_THROW(small->query("SELECT 1 AS one"), PoolTimeout);
  EXPECT_GE(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(90));
  EXPECT_EQ(small->stats().timeouts_total, 1);
  may_finish.set_value();
  holder.join();
  EXPECT_EQ(small->query("SELECT 1 AS one").one().i64(0), 1);
}

TEST_F(StoreTest, ABusyWriterTimesOut) {
  // SQLite: the one writer connection; PostgreSQL: the one pooled connection.
  auto small = soku::store::open(test_db_url(), {.pool_size = 1, .busy_timeout_ms = 100});
  std::promise<void> holding;
  std::promise<void> may_finish;
  std::thread holder([&] {
    small->write([&](Tx&) {
      holding.set_value();
      may_finish.get_future().wait();
    });
  });
  holding.get_future().wait();
  EXPECT_THROW(small->exec("DELETE FROM store_test_items"), PoolTimeout);
  EXPECT_EQ(small->stats().waiting, 0);
  EXPECT_EQ(small->stats().timeouts_total, 1);
  may_finish.set_value();
  holder.join();
  insert(1);
  EXPECT_EQ(small->exec("DELETE FROM store_test_items").affected, 1);
}

TEST_F(StoreTest, DeadlockedWritersAreRetried) {
  if (!postgres()) GTEST_SKIP() << "SQLite has a single writer: no two writes interleave";
  insert(1);
  insert(2);
  // Each writer locks one row, meets the other, then wants the other's row: PostgreSQL kills
  // one with 40P01 and write() retries it. Only the first attempts wait for each other.
  std::atomic<int> arrived{0};
  auto writer = [&](std::int64_t first, std::int64_t second) {
    int attempts = 0;
    db_->write([&](Tx& tx) {
      ++attempts;
      tx.exec("UPDATE store_test_items SET n = n + 1 WHERE id = $1", {first});
      if (attempts == 1) {
        ++arrived;
        while (arrived.load() < 2) std::this_thread::sleep_for(std::chrono::milliseconds(1));
      }
      tx.exec("UPDATE store_test_items SET n = n + 1 WHERE id = $1", {second});
    });
    return attempts;
  };
  auto a = std::async(std::launch::async, writer, 1, 2);
  auto b = std::async(std::launch::async, writer, 2, 1);
  const int attempts = a.get() + b.get();
  EXPECT_GE(attempts, 3);  // one of them ran twice
  const Result r = db_->query("SELECT n FROM store_test_items ORDER BY id");
  EXPECT_EQ(r.rows.at(0).i64(0), 2);
  EXPECT_EQ(r.rows.at(1).i64(0), 2);
}

TEST_F(StoreTest, MigrateIsIdempotent) {
  const auto& all = soku::store::all_migrations();
  const int latest = all.empty() ? 0 : all.back().version;
  const int version = soku::store::schema_version(*db_);
  EXPECT_EQ(version, latest);
  const auto rows = [&] {
    return db_->query("SELECT COUNT(*) AS c FROM schema_migrations").one().i64(0);
  };
  const auto before = rows();
  EXPECT_EQ(soku::store::migrate(*db_), latest);
  EXPECT_EQ(soku::store::migrate(*db_), latest);
  EXPECT_EQ(soku::store::schema_version(*db_), latest);
  EXPECT_EQ(rows(), before);
}

TEST_F(StoreTest, OneOnNoRowsThrowsNotFound) {
  // A typed error, so the dispatcher answers 404 instead of a generic DbError's 500.
  const Result r = db_->query("SELECT id FROM store_test_items WHERE id = $1", {std::int64_t{404}});
  EXPECT_THROW((void)r.one(), soku::store::NotFound);
  insert(404);
  EXPECT_NO_THROW(EXPECT_EQ(db_->query("SELECT id FROM store_test_items WHERE id = $1",
                                       {std::int64_t{404}}).one().i64(0), 404));
}

// Versions come from the file names in server/src/store/migrations/ (the build refuses two files
// with one version or a gap; this checks what was embedded).
TEST(Migrations, AreNumberedOneToNWithoutGapsAndNamed) {
  const auto& all = soku::store::all_migrations();
  ASSERT_GE(all.size(), 6u);  // 1..6 existed before migrations moved to files
  for (std::size_t i = 0; i < all.size(); ++i) {
    EXPECT_EQ(all[i].version, static_cast<int>(i) + 1);
    EXPECT_FALSE(all[i].name.empty()) << all[i].version;
    EXPECT_NE(all[i].sql.find(" TABLE "), std::string_view::npos) << all[i].version;
  }
  // The names recorded in schema_migrations are the ones the string constants had, so a database
  // migrated before the move and one migrated after hold the same rows.
  EXPECT_EQ(all[0].name, "organisation, users, sessions");
  EXPECT_EQ(all[4].name, "the client's path");
  // Version 3 has a part per backend (trigger syntax differs).
  EXPECT_NE(all[2].sqlite_sql.find("RAISE(ABORT"), std::string_view::npos);
  EXPECT_NE(all[2].postgres_sql.find("plpgsql"), std::string_view::npos);
}

TEST_F(StoreTest, TwoProcessesMayMigrateAtOnce) {
  auto other = soku::store::open(test_db_url());
  auto a = std::async(std::launch::async, [&] { return soku::store::migrate(*db_); });
  auto b = std::async(std::launch::async, [&] { return soku::store::migrate(*other); });
  const int va = a.get();
  const int vb = b.get();
  EXPECT_EQ(va, vb);
  EXPECT_EQ(soku::store::schema_version(*other), va);
}

}  // namespace
