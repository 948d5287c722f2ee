// security/audit.h — the audit log's entries and their hash chain (access.md "The audit log").
//
// One entry per access to client data: never the data itself, never an identity code.
// hash = SHA-256(prev_hash || canonical(entry)); the first entry's prev_hash is 64 zeros.
// canonical() is a length-prefixed encoding of every field but `hash`, so no two different entries
// share a canonical form. verify_chain() recomputes the chain and reports the first bad sequence.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace soku::security {

inline constexpr std::string_view kGenesisHash =
    "0000000000000000000000000000000000000000000000000000000000000000";

struct AuditEntry {
  std::int64_t seq = 0;        // 1, 2, 3, … without gaps
  std::string at;              // UTC, ISO 8601 with milliseconds: 2026-11-24T14:15:08.123Z
  std::string county_id;
  std::string actor_id;
  std::string actor_role;      // role(s) that acted, e.g. "social_worker"
  std::string client_id;       // may be empty for non-client events (e.g. search with no hits)
  std::string resource_type;   // "client", "referral", …
  std::string resource_id;
  std::string action;          // read, list, create, update, delete, export, print, disclose
  std::string relationship;    // what allowed it, or "none"
  std::string reason;          // the purpose recorded by the user, if any
  std::string request_id;
  std::string outcome;         // "allowed" | "denied"
  bool flagged = false;        // reason-based access: shown to the auditor
  std::string prev_hash;
  std::string hash;
};

std::string canonical(const AuditEntry& entry);
std::string chain_hash(std::string_view prev_hash, const AuditEntry& entry);

struct ChainCheck {
  bool ok = true;
  std::int64_t checked = 0;
  std::optional<std::int64_t> first_bad_seq;  // first entry that does not verify or is missing
  std::string problem;                        // "hash mismatch", "gap in sequence", "prev_hash mismatch"
};
// Entries in ascending seq order. Also detects a gap (a removed entry) and a first entry whose
// seq is not 1 or whose prev_hash is not the genesis hash.
ChainCheck verify_chain(const std::vector<AuditEntry>& entries);

}  // namespace soku::security
