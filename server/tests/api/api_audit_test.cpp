// tests/api/api_audit_test.cpp — the audit log (access.md "The audit log"): every access to a
// client is an entry (who, relationship, outcome, request id) that only auditors query; the chain
// verifies; the database refuses to change or remove entries; and a changed entry is detected.
// Tampering happens on a scratch database of the same backend, never on the shared one.
#include <gtest/gtest.h>

#include "http_fixture.h"
#include "security/audit_log.h"

using namespace soku::test;

namespace {

std::string id_of(const Json& client) { return client["id"].get<std::string>(); }

// The entry of one request (by its X-Request-Id), or null.
Json entry_of(const std::string& client_id, const std::string& request_id) {
  for (const auto& e : audit_entries(client_id)) {
    if (e["request_id"] == request_id) return e;
  }
  return nullptr;
}

RequestOptions with_request_id(const std::string& id) {
  RequestOptions o;
  o.headers = {{"X-Request-Id", id}};
  return o;
}

soku::security::AuditEntry entry(const std::string& actor, const std::string& client) {
  soku::security::AuditEntry e;
  e.county_id = "county";
  e.actor_id = actor;
  e.actor_role = "social_worker";
  e.client_id = client;
  e.resource_type = "client";
  e.resource_id = client;
  e.action = "read";
  e.relationship = "case_worker";
  e.request_id = "req-" + random_suffix();
  e.outcome = "allowed";
  return e;
}

// A migrated scratch database with five audit entries.
std::unique_ptr<soku::store::Database> scratch_with_entries() {
  auto db = soku::store::open(scratch_db_url("audit"));
  soku::store::migrate(*db);
  soku::security::AuditLog log(*db);
  std::vector<soku::security::AuditEntry> entries;
  for (int i = 0; i < 5; ++i) entries.push_back(entry("actor-" + std::to_string(i), "client-x"));
  log.append(std::move(entries));
  return db;
}

// Runs `sql` in a transaction that is always rolled back; true when the database refused it.
bool refused(soku::store::Database& db, const std::string& sql) {
  struct Rollback {};
  bool refused = false;
  try {
    db.write([&](soku::store::Tx& tx) {
      try {
        tx.exec(sql);
      } catch (const soku::store::DbError&) {
        refused = true;
      }
      throw Rollback{};
    });
  } catch (const Rollback&) {
  } catch (const soku::store::DbError&) {
    refused = true;  // e.g. the failed statement doomed the commit of an empty transaction
  }
  return refused;
}

}  // namespace

TEST(Audit, ACaseWorkersReadIsAnAllowedEntryWithTheRelationship) {
  Client& sw = as("demo-social_worker");
  const auto client = create_client(sw);
  const std::string rid = "audit-read-" + random_suffix();
  ASSERT_EQ(sw.get("/api/v1/clients/" + id_of(client), with_request_id(rid)).status, 200);
  const Json e = entry_of(id_of(client), rid);
  ASSERT_FALSE(e.is_null()) << "no entry for request " << rid;
  EXPECT_EQ(e["actor_username"], "demo-social_worker");
  EXPECT_EQ(e["actor_id"], sw.user()["id"]);
  EXPECT_EQ(e["actor_role"], "social_worker");
  EXPECT_EQ(e["action"], "read");
  EXPECT_EQ(e["relationship"], "case_worker");
  EXPECT_EQ(e["outcome"], "allowed");
  EXPECT_EQ(e["client_id"], id_of(client));
  EXPECT_EQ(e["resource_type"], "client");
  EXPECT_EQ(e["flagged"], false);
  const std::string at = e["at"];
  ASSERT_GE(at.size(), 20u) << at;
  EXPECT_EQ(at.back(), 'Z') << "UTC: " << at;
}

TEST(Audit, TheRegistrationIsACreateEntry) {
  Client& sw = as("demo-social_worker");
  const auto client = create_client(sw);
  bool found = false;
  for (const auto& e : audit_entries(id_of(client))) {
    if (e["action"] == "create" && e["actor_username"] == "demo-social_worker") found = true;
  }
  EXPECT_TRUE(found);
}

TEST(Audit, ADeniedReadIsADeniedEntry) {
  const auto client = create_client(as("demo-social_worker"));
  const std::string rid = "audit-denied-" + random_suffix();
  ASSERT_EQ(as("demo-analyst").get("/api/v1/clients/" + id_of(client), with_request_id(rid)).status,
            404);
  const Json e = entry_of(id_of(client), rid);
  ASSERT_FALSE(e.is_null()) << "no entry for request " << rid;
  EXPECT_EQ(e["actor_username"], "demo-analyst");
  EXPECT_EQ(e["action"], "read");
  EXPECT_EQ(e["outcome"], "denied");
  EXPECT_EQ(e["relationship"], "none");
}

// access.md: the log answers "who accessed the client"; an attempt from another county is an
// access attempt on this county's client, so this county's auditor must see it when querying by
// client.
TEST(Audit, ADeniedReadFromAnotherCountyIsVisibleToTheClientsAuditor) {
  const auto client = create_client(as("demo-social_worker"));
  const std::string rid = "audit-foreign-" + random_suffix();
  ASSERT_EQ(as(kOtherCountyWorker).get("/api/v1/clients/" + id_of(client), with_request_id(rid))
                .status,
            404);
  const Json e = entry_of(id_of(client), rid);
  ASSERT_FALSE(e.is_null()) << "the auditor of the client's county does not see request " << rid;
  EXPECT_EQ(e["outcome"], "denied");
  EXPECT_EQ(e["actor_username"], kOtherCountyWorker);
}

TEST(Audit, OnlyAuditorsReadTheLog) {
  const auto client = create_client(as("demo-social_worker"));
  for (const char* user : {"demo-social_worker", "demo-social_counsellor", "demo-group_instructor",
                           "demo-experience_expert", "demo-manager", "demo-analyst",
                           "demo-admin"}) {
    Client& c = as(user);
    EXPECT_EQ(c.get("/api/v1/audit?client_id=" + id_of(client)).status, 403) << user;
    EXPECT_EQ(c.get("/api/v1/audit/verify").status, 403) << user;
  }
  Client anonymous(port());
  EXPECT_EQ(anonymous.get("/api/v1/audit").status, 401);
}

TEST(Audit, TheAuditorFiltersByActor) {
  Client& sw = as("demo-social_worker");
  const auto client = create_client(sw);
  sw.get("/api/v1/clients/" + id_of(client));
  const auto r = as("demo-auditor").get("/api/v1/audit?limit=20&actor=demo-social_worker");
  ASSERT_EQ(r.status, 200) << r.body;
  ASSERT_FALSE(r.json["items"].empty());
  for (const auto& e : r.json["items"]) EXPECT_EQ(e["actor_username"], "demo-social_worker");
}

TEST(Audit, TheChainVerifies) {
  as("demo-social_worker").get("/api/v1/clients/" + id_of(create_client(as("demo-social_worker"))));
  const auto r = as("demo-auditor").get("/api/v1/audit/verify");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json["ok"], true) << r.body;
  EXPECT_GT(r.json["checked"].get<std::int64_t>(), 0);
  EXPECT_TRUE(r.json["first_bad_seq"].is_null());
  const auto direct = soku::security::AuditLog::verify(app().db());
  EXPECT_TRUE(direct.ok) << direct.problem << " at " << direct.first_bad_seq.value_or(0);
}

// The database itself refuses to change or remove an entry (checked on the shared database, in
// transactions that are always rolled back).
TEST(Audit, TheDatabaseRefusesUpdateAndDelete) {
  create_client(as("demo-social_worker"));  // at least one entry
  auto& db = app().db();
  const auto before = db.query("SELECT COUNT(*) FROM audit_log").one().i64(0);
  ASSERT_GT(before, 0);
  EXPECT_TRUE(refused(db, "UPDATE audit_log SET actor_id = 'someone-else'"));
  EXPECT_TRUE(refused(db, "UPDATE audit_log SET outcome = 'allowed' WHERE outcome = 'denied'"));
  EXPECT_TRUE(refused(db, "DELETE FROM audit_log"));
  EXPECT_TRUE(refused(db, "DELETE FROM audit_log WHERE seq = (SELECT MAX(seq) FROM audit_log)"));
  if (is_postgres()) {
    EXPECT_TRUE(refused(db, "TRUNCATE audit_log"));
  }
  EXPECT_GE(db.query("SELECT COUNT(*) FROM audit_log").one().i64(0), before);
  EXPECT_TRUE(soku::security::AuditLog::verify(db).ok);
}

TEST(Audit, AChangedEntryIsDetected) {
  auto db = scratch_with_entries();
  ASSERT_TRUE(soku::security::AuditLog::verify(*db).ok);
  // Only by switching the append-only trigger off can an entry be changed at all.
  if (is_postgres()) {
    db->exec("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change");
  } else {
    db->exec("DROP TRIGGER audit_log_no_update");
  }
  EXPECT_EQ(db->exec("UPDATE audit_log SET actor_id = 'intruder' WHERE seq = 3").affected, 1);
  const auto check = soku::security::AuditLog::verify(*db);
  EXPECT_FALSE(check.ok);
  EXPECT_EQ(check.first_bad_seq.value_or(0), 3);
  EXPECT_FALSE(check.problem.empty());
}

TEST(Audit, ARemovedEntryIsDetected) {
  auto db = scratch_with_entries();
  if (is_postgres()) {
    db->exec("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change");
  } else {
    db->exec("DROP TRIGGER audit_log_no_delete");
  }
  EXPECT_EQ(db->exec("DELETE FROM audit_log WHERE seq = 2").affected, 1);
  const auto check = soku::security::AuditLog::verify(*db);
  EXPECT_FALSE(check.ok);
  EXPECT_EQ(check.problem, "gap in sequence");
  EXPECT_EQ(check.first_bad_seq.value_or(0), 3) << "the first entry after the gap";
}

TEST(Audit, ATruncatedTailIsDetected) {
  auto db = scratch_with_entries();
  if (is_postgres()) {
    db->exec("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change");
  } else {
    db->exec("DROP TRIGGER audit_log_no_delete");
  }
  EXPECT_EQ(db->exec("DELETE FROM audit_log WHERE seq >= 4").affected, 2);
  const auto check = soku::security::AuditLog::verify(*db);
  EXPECT_FALSE(check.ok) << "the chain head remembers the removed entries";
  EXPECT_EQ(check.first_bad_seq.value_or(0), 4) << check.problem;
}

TEST(Audit, ARecomputedHashDoesNotHideAChange) {
  // Changing an entry and recomputing its own hash still breaks the link to the next entry.
  auto db = scratch_with_entries();
  if (is_postgres()) {
    db->exec("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change");
  } else {
    db->exec("DROP TRIGGER audit_log_no_update");
  }
  const auto stored = soku::security::AuditLog::entries(*db);
  ASSERT_GE(stored.size(), 3U);
  soku::security::AuditEntry e = stored[1];
  ASSERT_EQ(e.seq, 2);
  e.actor_id = "intruder";
  const std::string forged = soku::security::chain_hash(e.prev_hash, e);
  db->exec("UPDATE audit_log SET actor_id = 'intruder', hash = $1 WHERE seq = 2", {forged});
  const auto check = soku::security::AuditLog::verify(*db);
  EXPECT_FALSE(check.ok);
  EXPECT_EQ(check.first_bad_seq.value_or(0), 3) << check.problem;
}
