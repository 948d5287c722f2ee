// tests/api/audit_refusals_test.cpp — every refused attempt on a client is in the audit log
// (access.md "The audit log": one entry per access, outcome allowed/denied), not only the worker's
// own registration: each role without a relationship, a worker of another unit and one of
// another county read the client, are refused, and each refusal is exactly one denied "read"
// entry with the actor, found by the client's auditor; the allowed read is an allowed entry.
#include <gtest/gtest.h>

#include "http_fixture.h"

namespace soku::test {
namespace {

RequestOptions with_request_id(const std::string& id) {
  RequestOptions o;
  o.headers = {{"X-Request-Id", id}};
  return o;
}

TEST(AuditRefusals, EveryRefusedReadIsOneDeniedEntryOfItsActor) {
  auto& sw = as("demo-social_worker");
  const std::string cid = create_client(sw)["id"];
  const std::string url = "/api/v1/clients/" + cid;
  const std::string run = random_suffix(6);
  const std::vector<std::string> refused = {
      "demo-social_counsellor", "demo-group_instructor", "demo-experience_expert",
      "demo-manager",           "demo-analyst",          "demo-admin",
      "demo-auditor",           "demo-kurikka-sote-worker", kOtherCountyWorker};
  for (const auto& user : refused) {
    const auto r = as(user).get(url, with_request_id("refused-" + run + "-" + user));
    EXPECT_TRUE(r.status == 404 || r.status == 403) << user << ": " << r.status;
  }
  ASSERT_EQ(sw.get(url, with_request_id("allowed-" + run)).status, 200);

  const auto entries = audit_entries(cid);
  for (const auto& user : refused) {
    int n = 0;
    for (const auto& e : entries) {
      if (e["request_id"] != "refused-" + run + "-" + user) continue;
      ++n;
      EXPECT_EQ(e["actor_username"], user);
      EXPECT_EQ(e["action"], "read");
      EXPECT_EQ(e["outcome"], "denied") << user;
      EXPECT_EQ(e["relationship"], "none") << user;
      EXPECT_EQ(e["resource_id"], cid);
    }
    EXPECT_EQ(n, 1) << "denied entries of " << user << " in " << entries.dump();
  }
  int allowed = 0;
  for (const auto& e : entries) {
    if (e["request_id"] != "allowed-" + run) continue;
    ++allowed;
    EXPECT_EQ(e["actor_username"], "demo-social_worker");
    EXPECT_EQ(e["outcome"], "allowed");
    EXPECT_EQ(e["relationship"], "case_worker");
  }
  EXPECT_EQ(allowed, 1);
  // And the registration: one create entry, by the social worker.
  int created = 0;
  for (const auto& e : entries) created += e["action"] == "create" ? 1 : 0;
  EXPECT_EQ(created, 1);
}

}  // namespace
}  // namespace soku::test
