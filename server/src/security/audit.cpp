// security/audit.cpp — the audit log's hash chain (access.md "The audit log"): a canonical,
// length-prefixed encoding of an entry, the chained SHA-256, and the check that recomputes a chain
// and names the first entry that is missing, out of place or altered.
#include "security/audit.h"

#include <limits>
#include <string>

#include "security/crypto.h"

namespace soku::security {

namespace {

// One field as "<decimal length>:<bytes>|". The length prefix makes the encoding unambiguous:
// no choice of field contents can make two different entries encode alike.
void append_field(std::string& out, std::string_view value) {
  out += std::to_string(value.size());
  out += ':';
  out += value;
  out += '|';
}

}  // namespace

// Every field but `hash`, always in this order. Changing the order or the set of fields changes
// every hash: existing chains would no longer verify.
std::string canonical(const AuditEntry& entry) {
  const std::string seq = std::to_string(entry.seq);
  const std::string_view fields[] = {seq,
                                     entry.at,
                                     entry.county_id,
                                     entry.actor_id,
                                     entry.actor_role,
                                     entry.client_id,
                                     entry.resource_type,
                                     entry.resource_id,
                                     entry.action,
                                     entry.relationship,
                                     entry.reason,
                                     entry.request_id,
                                     entry.outcome,
                                     entry.flagged ? "true" : "false",
                                     entry.prev_hash};
  std::string out;
  out.reserve(256 + entry.reason.size());
  for (const std::string_view field : fields) append_field(out, field);
  return out;
}

std::string chain_hash(std::string_view prev_hash, const AuditEntry& entry) {
  std::string input(prev_hash);
  input += canonical(entry);
  return sha256_hex(input);
}

ChainCheck verify_chain(const std::vector<AuditEntry>& entries) {
  ChainCheck check;
  const auto fail = [&check](std::int64_t seq, const char* problem) {
    check.ok = false;
    check.first_bad_seq = seq;
    check.problem = problem;
    return check;
  };
  const AuditEntry* previous = nullptr;
  for (const AuditEntry& entry : entries) {
    if (previous != nullptr && previous->seq == std::numeric_limits<std::int64_t>::max()) {
      return fail(entry.seq, "gap in sequence");
    }
    const std::int64_t expected_seq = previous == nullptr ? 1 : previous->seq + 1;
    if (entry.seq != expected_seq) return fail(entry.seq, "gap in sequence");
    const std::string_view expected_prev =
        previous == nullptr ? kGenesisHash : std::string_view(previous->hash);
    if (entry.prev_hash != expected_prev) return fail(entry.seq, "prev_hash mismatch");
    if (entry.hash != chain_hash(entry.prev_hash, entry)) return fail(entry.seq, "hash mismatch");
    ++check.checked;
    previous = &entry;
  }
  return check;
}

}  // namespace soku::security
