// audit_chain_test.cpp — the audit log's hash chain (access.md): a chain of entries verifies, and
// every kind of tampering — an altered field, a removed, reordered or re-hashed entry — is found
// at the right sequence number. Also: the canonical form is unambiguous.
#include "security/audit.h"

#include <gtest/gtest.h>

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "security/crypto.h"

namespace soku::security {
namespace {

AuditEntry make_entry(std::int64_t seq) {
  AuditEntry e;
  e.seq = seq;
  e.at = "2026-11-24T14:15:" + std::to_string(10 + seq % 50) + ".123Z";
  e.county_id = "c1";
  e.actor_id = "actor-" + std::to_string(seq % 7);
  e.actor_role = seq % 3 == 0 ? "social_counsellor" : "social_worker";
  e.client_id = "client-" + std::to_string(seq % 11);
  e.resource_type = seq % 2 == 0 ? "client" : "meeting";
  e.resource_id = "res-" + std::to_string(seq);
  e.action = seq % 5 == 0 ? "update" : "read";
  e.relationship = seq % 13 == 0 ? "unit_member_with_reason" : "key_worker";
  e.reason = seq % 13 == 0 ? "phone call from the client's relative" : "";
  e.request_id = "req-" + std::to_string(seq * 31);
  e.outcome = seq % 17 == 0 ? "denied" : "allowed";
  e.flagged = seq % 13 == 0;
  return e;
}

// Builds a correct chain the way the log writer must: prev_hash, then hash.
std::vector<AuditEntry> make_chain(int count) {
  std::vector<AuditEntry> chain;
  std::string prev(kGenesisHash);
  for (int i = 1; i <= count; ++i) {
    AuditEntry e = make_entry(i);
    e.prev_hash = prev;
    e.hash = chain_hash(prev, e);
    prev = e.hash;
    chain.push_back(std::move(e));
  }
  return chain;
}

std::vector<AuditEntry>::iterator at_seq(std::vector<AuditEntry>& chain, std::int64_t seq) {
  return chain.begin() + (seq - 1);
}

// verify_chain(chain) fails, first at `seq`, for `problem`, having checked `checked` entries (when
// given) before it.
::testing::AssertionResult breaks_at(const std::vector<AuditEntry>& chain, std::int64_t seq,
                                     const std::string& problem,
                                     std::optional<std::int64_t> checked = std::nullopt) {
  const ChainCheck check = verify_chain(chain);
  if (!check.ok && check.first_bad_seq == seq && check.problem == problem &&
      (!checked || check.checked == *checked)) {
    return ::testing::AssertionSuccess();
  }
  return ::testing::AssertionFailure()
         << "ok=" << check.ok << ", first_bad_seq=" << check.first_bad_seq.value_or(0)
         << ", problem=\"" << check.problem << "\", checked=" << check.checked << "; expected "
         << seq << ", \"" << problem << "\", " << checked.value_or(-1);
}

TEST(AuditChain, HashIsSha256OfPrevAndCanonical) {
  const AuditEntry e = make_entry(1);
  const std::string expected = sha256_hex(std::string(kGenesisHash) + canonical(e));
  EXPECT_EQ(chain_hash(kGenesisHash, e), expected);
  EXPECT_EQ(expected.size(), 64U);
}

TEST(AuditChain, HundredEntriesVerify) {
  const auto chain = make_chain(100);
  const ChainCheck check = verify_chain(chain);
  EXPECT_TRUE(check.ok) << check.problem;
  EXPECT_EQ(check.checked, 100);
  EXPECT_FALSE(check.first_bad_seq.has_value());
  EXPECT_TRUE(check.problem.empty());
}

TEST(AuditChain, EmptyChainVerifies) {
  const ChainCheck check = verify_chain({});
  EXPECT_TRUE(check.ok);
  EXPECT_EQ(check.checked, 0);
}

TEST(AuditChain, AlteredFieldIsDetectedAtItsEntry) {
  const std::vector<std::pair<const char*, std::function<void(AuditEntry&)>>> edits = {
      {"at", [](AuditEntry& e) { e.at = "2026-11-24T14:15:08.124Z"; }},
      {"county_id", [](AuditEntry& e) { e.county_id = "c2"; }},
      {"actor_id", [](AuditEntry& e) { e.actor_id = "someone-else"; }},
      {"actor_role", [](AuditEntry& e) { e.actor_role = "manager"; }},
      {"client_id", [](AuditEntry& e) { e.client_id = "client-x"; }},
      {"resource_type", [](AuditEntry& e) { e.resource_type = "document"; }},
      {"resource_id", [](AuditEntry& e) { e.resource_id += "0"; }},
      {"action", [](AuditEntry& e) { e.action = "export"; }},
      {"relationship", [](AuditEntry& e) { e.relationship = "case_worker"; }},
      {"reason", [](AuditEntry& e) { e.reason = "nothing to see"; }},
      {"request_id", [](AuditEntry& e) { e.request_id = "req-0"; }},
      {"outcome", [](AuditEntry& e) { e.outcome = e.outcome == "allowed" ? "denied" : "allowed"; }},
      {"flagged", [](AuditEntry& e) { e.flagged = !e.flagged; }},
  };
  for (const std::int64_t seq : {1, 42, 100}) {
    for (const auto& [field, edit] : edits) {
      auto chain = make_chain(100);
      edit(*at_seq(chain, seq));
      EXPECT_TRUE(breaks_at(chain, seq, "hash mismatch", seq - 1)) << field << " at " << seq;
    }
  }
}

TEST(AuditChain, AlteredHashIsDetected) {
  auto chain = make_chain(100);
  at_seq(chain, 60)->hash[0] = at_seq(chain, 60)->hash[0] == 'a' ? 'b' : 'a';
  EXPECT_TRUE(breaks_at(chain, 60, "hash mismatch"));
}

TEST(AuditChain, RemovedMiddleEntryIsAGap) {
  auto chain = make_chain(100);
  chain.erase(at_seq(chain, 50));
  EXPECT_TRUE(breaks_at(chain, 51, "gap in sequence", 49));
}

TEST(AuditChain, RemovedMiddleEntryWithRenumberingIsDetected) {
  // A forger who closes the gap by renumbering still breaks the prev_hash link.
  auto chain = make_chain(100);
  chain.erase(at_seq(chain, 50));
  for (auto it = at_seq(chain, 50); it != chain.end(); ++it) --it->seq;
  EXPECT_TRUE(breaks_at(chain, 50, "prev_hash mismatch"));
}

TEST(AuditChain, RemovedFirstEntryIsDetected) {
  auto chain = make_chain(100);
  chain.erase(chain.begin());
  EXPECT_TRUE(breaks_at(chain, 2, "gap in sequence", 0));
}

TEST(AuditChain, FirstEntryMustStartFromGenesis) {
  auto chain = make_chain(3);
  // Renumber a chain that starts at 2 into 1, 2: the first prev_hash is not the genesis hash.
  chain.erase(chain.begin());
  chain[0].seq = 1;
  chain[1].seq = 2;
  EXPECT_TRUE(breaks_at(chain, 1, "prev_hash mismatch"));

  // A self-consistent chain whose first prev_hash is not the genesis hash.
  AuditEntry lone = make_entry(1);
  lone.prev_hash = std::string(64, 'f');
  lone.hash = chain_hash(lone.prev_hash, lone);
  EXPECT_TRUE(breaks_at({lone}, 1, "prev_hash mismatch"));
}

TEST(AuditChain, SwappedEntriesAreDetected) {
  auto chain = make_chain(100);
  std::swap(*at_seq(chain, 30), *at_seq(chain, 31));
  EXPECT_TRUE(breaks_at(chain, 31, "gap in sequence"));

  // Swapped with their seq numbers swapped back: the links break.
  auto relabelled = make_chain(100);
  std::swap(*at_seq(relabelled, 30), *at_seq(relabelled, 31));
  std::swap(at_seq(relabelled, 30)->seq, at_seq(relabelled, 31)->seq);
  const ChainCheck relabelled_check = verify_chain(relabelled);
  EXPECT_FALSE(relabelled_check.ok);
  EXPECT_EQ(relabelled_check.first_bad_seq, 30);
}

TEST(AuditChain, RehashedEntryIsDetectedAtTheNext) {
  auto chain = make_chain(100);
  auto entry = at_seq(chain, 40);
  entry->reason = "looked for no reason";
  entry->hash = chain_hash(entry->prev_hash, *entry);
  EXPECT_TRUE(breaks_at(chain, 41, "prev_hash mismatch", 40));
}

TEST(AuditChain, RehashedLastEntryNeedsAnAnchor) {
  // Re-hashing the very last entry leaves a valid chain: this is why access.md asks for anchors.
  auto chain = make_chain(10);
  const std::string anchor = chain.back().hash;
  chain.back().outcome = "denied";
  chain.back().hash = chain_hash(chain.back().prev_hash, chain.back());
  EXPECT_TRUE(verify_chain(chain).ok);
  EXPECT_NE(chain.back().hash, anchor);
}

TEST(AuditChain, CanonicalCoversEveryFieldButHash) {
  const AuditEntry base = make_entry(7);
  const std::string reference = canonical(base);
  AuditEntry e = base;
  e.hash = "anything";
  EXPECT_EQ(canonical(e), reference);

  const std::vector<std::function<void(AuditEntry&)>> edits = {
      [](AuditEntry& x) { x.seq = 8; },
      [](AuditEntry& x) { x.at += "x"; },
      [](AuditEntry& x) { x.county_id += "x"; },
      [](AuditEntry& x) { x.actor_id += "x"; },
      [](AuditEntry& x) { x.actor_role += "x"; },
      [](AuditEntry& x) { x.client_id += "x"; },
      [](AuditEntry& x) { x.resource_type += "x"; },
      [](AuditEntry& x) { x.resource_id += "x"; },
      [](AuditEntry& x) { x.action += "x"; },
      [](AuditEntry& x) { x.relationship += "x"; },
      [](AuditEntry& x) { x.reason += "x"; },
      [](AuditEntry& x) { x.request_id += "x"; },
      [](AuditEntry& x) { x.outcome += "x"; },
      [](AuditEntry& x) { x.flagged = !x.flagged; },
      [](AuditEntry& x) { x.prev_hash += "x"; },
  };
  for (std::size_t i = 0; i < edits.size(); ++i) {
    AuditEntry changed = base;
    edits[i](changed);
    EXPECT_NE(canonical(changed), reference) << "edit " << i;
  }
}

TEST(AuditChain, CanonicalIsUnambiguous) {
  // The same bytes split differently between two fields: entry `one` holds one_first/one_second
  // in them, entry `other` other_first/other_second.
  struct Split {
    std::string AuditEntry::*first;
    std::string AuditEntry::*second;
    std::string one_first, one_second, other_first, other_second;
  };
  const Split splits[] = {
      // A separator moved from one field to another.
      {&AuditEntry::actor_id, &AuditEntry::client_id, "a|b", "c", "a", "b|c"},
      // The same between neighbouring fields, with the encoding's own syntax inside a value.
      {&AuditEntry::resource_type, &AuditEntry::resource_id, "client|3:abc", "x", "client",
       "3:abc|x"},
      {&AuditEntry::reason, &AuditEntry::request_id, "", "1:x|", "1:x|", ""},
  };
  for (const Split& s : splits) {
    AuditEntry one = make_entry(1);
    AuditEntry other = one;
    one.*s.first = s.one_first;
    one.*s.second = s.one_second;
    other.*s.first = s.other_first;
    other.*s.second = s.other_second;
    EXPECT_NE(canonical(one), canonical(other)) << s.one_first << " / " << s.one_second;
  }

  // Characters that are not ASCII, and a NUL, are kept as bytes.
  AuditEntry h = make_entry(1);
  AuditEntry k = h;
  h.reason = std::string("a\0b", 3);
  k.reason = "a";
  EXPECT_NE(canonical(h), canonical(k));
}

TEST(AuditChain, CanonicalIsDeterministic) {
  EXPECT_EQ(canonical(make_entry(5)), canonical(make_entry(5)));
  EXPECT_EQ(chain_hash(kGenesisHash, make_entry(5)), chain_hash(kGenesisHash, make_entry(5)));
  EXPECT_NE(chain_hash(kGenesisHash, make_entry(5)),
            chain_hash(std::string(64, '1'), make_entry(5)));
}

}  // namespace
}  // namespace soku::security
