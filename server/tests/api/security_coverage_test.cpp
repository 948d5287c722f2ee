// tests/api/security_coverage_test.cpp — rules of security/sessions.cpp and security/audit_log.cpp
// that need a database and that branch coverage (scripts/coverage.sh) found untested: the bound on
// a session token's length, ending one user's sessions only, an audit log emptied to its head,
// the values the log fills in (and those it keeps), an append that cannot be written, a changed
// chain head, and which relationship rows the access facts may take from the database.
// Everything runs on scratch databases of the same backend, never on the shared one.
#include <gtest/gtest.h>

#include <atomic>
#include <string>

#include "common/time.h"
#include "http_fixture.h"
#include "security/audit_log.h"
#include "security/crypto.h"
#include "security/scope.h"
#include "security/sessions.h"

using namespace soku::test;
namespace security = soku::security;

namespace {

// A migrated scratch database with one county and two users.
std::unique_ptr<soku::store::Database> scratch_with_users() {
  auto db = soku::store::open(scratch_db_url("secov"));
  soku::store::migrate(*db);
  const std::string now = soku::time::now_iso();
  db->exec("INSERT INTO counties (id, county_id, code, name, created_at) VALUES ('c1', 'c1', 'c1', 'C', $1)",
           {now});
  for (const char* id : {"user-a", "user-b"}) {
    db->exec("INSERT INTO users (id, county_id, username, display_name, password_hash, created_at, "
             "updated_at) VALUES ($1, 'c1', $1, $1, 'x', $2, $2)",
             {std::string(id), now});
  }
  return db;
}

// Stores a session row for `token` as Sessions::create would (the hash of the token).
void store_session(soku::store::Database& db, const std::string& token, const std::string& user) {
  const std::int64_t now = soku::time::now_ms();
  db.exec("INSERT INTO sessions (token_hash, county_id, user_id, csrf_token, created_ms, "
          "last_seen_ms) VALUES ($1, 'c1', $2, 'csrf', $3, $3)",
          {security::sha256_hex(token), user, now});
}

security::AuditEntry entry(const std::string& actor) {
  security::AuditEntry e;
  e.county_id = "c1";
  e.actor_id = actor;
  e.actor_role = "social_worker";
  e.client_id = "client-x";
  e.resource_type = "client";
  e.resource_id = "client-x";
  e.action = "read";
  e.relationship = "case_worker";
  e.request_id = "req-" + random_suffix();
  e.outcome = "allowed";
  return e;
}

void drop_delete_guard(soku::store::Database& db) {
  if (is_postgres()) {
    db.exec("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change");
  } else {
    db.exec("DROP TRIGGER audit_log_no_delete");
  }
}

}  // namespace

TEST(SecurityCoverage, ASessionTokenOfAtMost128CharactersIsLookedUpALongerOrEmptyOneNever) {
  auto db = scratch_with_users();
  security::Sessions sessions(*db, {});
  const std::string at_bound(128, 'a');
  const std::string over(129, 'a');
  store_session(*db, at_bound, "user-a");
  store_session(*db, over, "user-a");
  store_session(*db, "", "user-b");
  const auto found = sessions.find(at_bound);
  ASSERT_TRUE(found.has_value()) << "128 characters: a token the server may have issued";
  EXPECT_EQ(found->user_id, "user-a");
  EXPECT_FALSE(sessions.find(over).has_value()) << "even with a row under its hash";
  EXPECT_FALSE(sessions.find("").has_value()) << "no cookie value is no session";
}

TEST(SecurityCoverage, EndingAUsersSessionsEndsTheirsOnlyAndRemoveEndsOne) {
  auto db = scratch_with_users();
  security::Sessions sessions(*db, {});
  const auto a1 = sessions.create("user-a", "c1").first;
  const auto a2 = sessions.create("user-a", "c1").first;
  const auto b1 = sessions.create("user-b", "c1").first;
  const auto b2 = sessions.create("user-b", "c1").first;
  ASSERT_TRUE(sessions.find(a1) && sessions.find(a2) && sessions.find(b1) && sessions.find(b2));
  sessions.remove_all_of_user("user-a");
  EXPECT_FALSE(sessions.find(a1).has_value());
  EXPECT_FALSE(sessions.find(a2).has_value());
  EXPECT_TRUE(sessions.find(b1).has_value()) << "another user's sessions stay";
  sessions.remove(b1);
  EXPECT_FALSE(sessions.find(b1).has_value());
  EXPECT_TRUE(sessions.find(b2).has_value()) << "remove ends that session only";
}

TEST(SecurityCoverage, AnAuditLogEmptiedBehindItsHeadIsDetectedAtTheFirstEntry) {
  auto db = soku::store::open(scratch_db_url("secov_audit"));
  soku::store::migrate(*db);
  {
    const auto fresh = security::AuditLog::verify(*db);
    EXPECT_TRUE(fresh.ok) << fresh.problem;
    EXPECT_EQ(fresh.checked, 0);
  }
  {
    security::AuditLog log(*db);
    log.append(std::vector<security::AuditEntry>{entry("a"), entry("b"), entry("c")});
  }
  ASSERT_TRUE(security::AuditLog::verify(*db).ok);
  drop_delete_guard(*db);
  EXPECT_EQ(db->exec("DELETE FROM audit_log").affected, 3);
  const auto check = security::AuditLog::verify(*db);
  EXPECT_FALSE(check.ok) << "an empty log whose head remembers three entries";
  EXPECT_EQ(check.first_bad_seq.value_or(0), 1);
  EXPECT_NE(check.problem.find("chain head"), std::string::npos) << check.problem;
}

TEST(SecurityCoverage, TheLogFillsTimeOutcomeAndRelationshipOnlyWhenNotGiven) {
  auto db = soku::store::open(scratch_db_url("secov_audit"));
  soku::store::migrate(*db);
  auto given = entry("given");
  given.at = "2026-01-02T03:04:05.006Z";
  given.outcome = "denied";
  given.relationship = "key_worker";
  auto blank = entry("blank");
  blank.outcome = "";
  blank.relationship = "";
  {
    security::AuditLog log(*db);
    log.append(std::vector<security::AuditEntry>{given, blank});
  }
  const auto rows =
      db->query("SELECT actor_id, at, outcome, relationship FROM audit_log ORDER BY seq").rows;
  ASSERT_EQ(rows.size(), 2U);
  EXPECT_EQ(rows[0].str(1), "2026-01-02T03:04:05.006Z") << "a given time is kept";
  EXPECT_EQ(rows[0].str(2), "denied");
  EXPECT_EQ(rows[0].str(3), "key_worker");
  EXPECT_NE(rows[1].str(1), "") << "no time given: the commit's";
  EXPECT_NE(rows[1].str(1), rows[0].str(1));
  EXPECT_EQ(rows[1].str(2), "allowed");
  EXPECT_EQ(rows[1].str(3), "none");
  EXPECT_TRUE(security::AuditLog::verify(*db).ok);
}

TEST(SecurityCoverage, AnAppendThatCannotBeWrittenThrowsAndTheLogWritesAgainAfterwards) {
  auto db = soku::store::open(scratch_db_url("secov_audit"));
  soku::store::migrate(*db);
  std::atomic<std::int64_t> committed{0};
  security::AuditLog log(*db, [&](std::int64_t entries, std::int64_t) { committed += entries; });
  log.append(std::vector<security::AuditEntry>{});  // nothing to write: no transaction at all
  EXPECT_EQ(committed.load(), 0);
  log.append(entry("first"));
  EXPECT_EQ(committed.load(), 1);

  db->exec("ALTER TABLE audit_log RENAME TO audit_log_away");
  try {
    log.append(entry("lost"));
    ADD_FAILURE() << "an append that was not written must not return";
  } catch (const std::runtime_error& ex) {
    EXPECT_NE(std::string(ex.what()).find("audit append failed"), std::string::npos) << ex.what();
  }
  EXPECT_EQ(committed.load(), 1) << "a failed batch is not reported as committed";
  db->exec("ALTER TABLE audit_log_away RENAME TO audit_log");

  log.append(entry("second"));
  EXPECT_EQ(committed.load(), 2);
  const auto check = security::AuditLog::verify(*db);
  EXPECT_TRUE(check.ok) << check.problem;
  EXPECT_EQ(check.checked, 2) << "the failed entry left no trace and no gap";
}

TEST(SecurityCoverage, AChangedChainHeadIsDetectedAfterTheLastEntry) {
  auto db = soku::store::open(scratch_db_url("secov_audit"));
  soku::store::migrate(*db);
  {
    security::AuditLog log(*db);
    log.append(std::vector<security::AuditEntry>{entry("a"), entry("b"), entry("c")});
  }
  ASSERT_TRUE(security::AuditLog::verify(*db).ok);
  // The head's count still matches; only its hash is another one.
  EXPECT_EQ(db->exec("UPDATE audit_head SET hash = $1 WHERE id = 1",
                     {security::sha256_hex("another chain")})
                .affected,
            1);
  const auto check = security::AuditLog::verify(*db);
  EXPECT_FALSE(check.ok);
  EXPECT_EQ(check.first_bad_seq.value_or(0), 4);
  EXPECT_NE(check.problem.find("chain head"), std::string::npos) << check.problem;
}

TEST(SecurityCoverage, TheFactsTakeOnlyRelationshipsThatRowsMayCarry) {
  auto db = scratch_with_users();
  const std::string now = soku::time::now_iso();
  db->exec("INSERT INTO municipalities (id, county_id, code, name, created_at) "
           "VALUES ('m1', 'c1', 'm1', 'M', $1)",
           {now});
  db->exec("INSERT INTO clients (id, county_id, first_name, last_name, search_name, "
           "municipality_id, created_by, created_at, updated_by, updated_at) "
           "VALUES ('client-1', 'c1', 'A', 'B', 'b a', 'm1', 'user-a', $1, 'user-a', $1)",
           {now});
  int n = 0;
  const auto relation = [&](const std::string& rel, const std::optional<std::string>& ended) {
    db->exec("INSERT INTO client_relations (id, county_id, client_id, user_id, relationship, since, "
             "last_activity_at, ended_at) VALUES ($1, 'c1', 'client-1', 'user-a', $2, $3, $3, $4)",
             {"rel-" + std::to_string(++n), rel, now,
              ended ? soku::store::Value(*ended) : soku::store::Value(nullptr)});
  };
  relation("key_worker", std::nullopt);
  relation("decision_maker", now);  // ended
  // Derived from the grants, proven by the portal, or from a recorded reason: never from a row.
  relation("unit_manager", std::nullopt);
  relation("self", std::nullopt);
  relation("unit_member_with_reason", std::nullopt);
  relation("no_such_relationship", std::nullopt);

  const auto times = security::fact_times_now();
  std::optional<security::ClientFacts> facts;
  std::optional<security::ClientFacts> missing;
  db->write([&](soku::store::Tx& tx) {
    facts = security::load_facts(tx, "client-1", "user-a", times);
    missing = security::load_facts(tx, "no-client", "user-a", times);
  });
  ASSERT_TRUE(facts.has_value());
  EXPECT_EQ(facts->county_id, "c1");
  EXPECT_FALSE(facts->unit_id.has_value());
  EXPECT_EQ(facts->relationships,
            std::vector<security::Relationship>{security::Relationship::key_worker});
  EXPECT_FALSE(missing.has_value());
}
