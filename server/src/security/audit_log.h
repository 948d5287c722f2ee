// security/audit_log.h — appends audit entries with group commit.
//
// Any number of worker threads call append(); one committer thread takes everything queued,
// writes it in ONE transaction (one fsync) that extends the hash chain, and wakes the callers.
// append() returns only after its entries are durable, so a response is never sent for an access
// that is not yet in the log. With several instances on PostgreSQL the chain stays linear: each
// batch takes the "audit" advisory lock and reads the chain head inside its transaction.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include "security/audit.h"

namespace soku::store {
class Database;
}

namespace soku::security {

class AuditLog {
public:
  using OnCommit = std::function<void(std::int64_t entries, std::int64_t batches)>;
  explicit AuditLog(store::Database& db, OnCommit on_commit = {});
  ~AuditLog();
  AuditLog(const AuditLog&) = delete;
  AuditLog& operator=(const AuditLog&) = delete;

  // Fills seq, at (if empty), prev_hash and hash. Blocks until committed; throws on failure.
  void append(std::vector<AuditEntry> entries);
  void append(AuditEntry entry) { append(std::vector<AuditEntry>{std::move(entry)}); }

  // Reads the whole chain in order and verifies it (soku audit verify, GET /audit/verify).
  static ChainCheck verify(store::Database& db);
  // The whole chain as stored, in order (what verify() checks).
  static std::vector<AuditEntry> entries(store::Database& db);

private:
  struct Batch {
    std::vector<AuditEntry> entries;
    bool done = false;
    std::string error;
  };
  void run();
  void commit(std::vector<Batch*>& batches);

  store::Database& db_;
  OnCommit on_commit_;
  std::mutex mu_;
  std::condition_variable cv_;       // wakes the committer
  std::condition_variable done_cv_;  // wakes the callers
  std::deque<Batch*> queue_;
  bool stop_ = false;
  std::thread thread_;
};

}  // namespace soku::security
