// security/audit_log.cpp — the group committer of the audit log.
#include "security/audit_log.h"

#include "common/time.h"
#include "store/db.h"

namespace soku::security {

namespace {
constexpr std::string_view kInsert =
    "INSERT INTO audit_log (seq, county_id, at, actor_id, actor_role, client_id, resource_type, "
    "resource_id, action, relationship, reason, request_id, outcome, flagged, prev_hash, hash) "
    "VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16)";
constexpr std::string_view kHead = "SELECT seq, hash FROM audit_head WHERE id = 1";
constexpr std::string_view kSetHead = "UPDATE audit_head SET seq = $1, hash = $2 WHERE id = 1";
constexpr std::string_view kAll =
    "SELECT seq, at, county_id, actor_id, actor_role, client_id, resource_type, resource_id, "
    "action, relationship, reason, request_id, outcome, flagged, prev_hash, hash "
    "FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT 5000";
constexpr std::size_t kMaxBatchEntries = 2000;
}  // namespace

AuditLog::AuditLog(store::Database& db, OnCommit on_commit)
    : db_(db), on_commit_(std::move(on_commit)), thread_([this] { run(); }) {}

AuditLog::~AuditLog() {
  {
    std::lock_guard lock(mu_);
    stop_ = true;
  }
  cv_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void AuditLog::append(std::vector<AuditEntry> entries) {
  if (entries.empty()) return;
  Batch batch;
  batch.entries = std::move(entries);
  std::unique_lock lock(mu_);
  if (stop_) throw std::runtime_error("audit log stopped");
  queue_.push_back(&batch);
  cv_.notify_one();
  done_cv_.wait(lock, [&batch] { return batch.done; });
  if (!batch.error.empty()) throw std::runtime_error("audit append failed: " + batch.error);
}

void AuditLog::run() {
  for (;;) {
    std::vector<Batch*> batches;
    {
      std::unique_lock lock(mu_);
      cv_.wait(lock, [this] { return stop_ || !queue_.empty(); });
      if (queue_.empty() && stop_) return;
      std::size_t n = 0;
      while (!queue_.empty() && (batches.empty() || n < kMaxBatchEntries)) {
        n += queue_.front()->entries.size();
        batches.push_back(queue_.front());
        queue_.pop_front();
      }
    }
    commit(batches);
  }
}

void AuditLog::commit(std::vector<Batch*>& batches) {
  std::string error;
  std::int64_t count = 0;
  try {
    db_.write([&](store::Tx& tx) {
      count = 0;
      tx.lock("audit");
      const auto head = tx.exec(kHead).one();
      std::int64_t seq = head.i64(0);
      std::string prev = head.str(1);
      const std::string now = time::now_iso();
      for (Batch* b : batches) {
        for (auto& e : b->entries) {
          e.seq = ++seq;
          if (e.at.empty()) e.at = now;
          if (e.outcome.empty()) e.outcome = "allowed";
          if (e.relationship.empty()) e.relationship = "none";
          e.prev_hash = prev;
          e.hash = chain_hash(prev, e);
          prev = e.hash;
          tx.exec(kInsert, {e.seq, e.county_id, e.at, e.actor_id, e.actor_role, e.client_id,
                            e.resource_type, e.resource_id, e.action, e.relationship, e.reason,
                            e.request_id, e.outcome, std::int64_t{e.flagged ? 1 : 0}, e.prev_hash,
                            e.hash});
          ++count;
        }
      }
      tx.exec(kSetHead, {seq, prev});
    });
  } catch (const std::exception& ex) {
    error = ex.what();
  }
  if (error.empty() && on_commit_) on_commit_(count, 1);
  {
    std::lock_guard lock(mu_);
    for (Batch* b : batches) {
      b->done = true;
      b->error = error;
    }
  }
  done_cv_.notify_all();
}

std::vector<AuditEntry> AuditLog::entries(store::Database& db) {
  std::vector<AuditEntry> all;
  std::int64_t after = 0;
  for (;;) {
    const auto res = db.query(kAll, {after});
    if (res.rows.empty()) break;
    for (const auto& r : res.rows) {
      // The columns in AuditEntry's order.
      AuditEntry e{r.i64(0),  r.str(1),       r.str(2),  r.str(3), r.str(4),  r.str(5),
                   r.str(6),  r.str(7),       r.str(8),  r.str(9), r.str(10), r.str(11),
                   r.str(12), r.i64(13) != 0, r.str(14), r.str(15)};
      after = e.seq;
      all.push_back(std::move(e));
    }
  }
  return all;
}

ChainCheck AuditLog::verify(store::Database& db) {
  const std::vector<AuditEntry> all = entries(db);
  ChainCheck check = verify_chain(all);
  // A truncated tail: the head row remembers the last hash even if entries were removed.
  const auto head = db.query(kHead).one();
  if (check.ok) {
    const std::int64_t last = all.empty() ? 0 : all.back().seq;
    const std::string last_hash = all.empty() ? std::string(kGenesisHash) : all.back().hash;
    if (head.i64(0) != last || head.str(1) != last_hash) {
      check.ok = false;
      check.first_bad_seq = last + 1;
      check.problem = "chain head does not match the last entry (entries removed at the end)";
    }
  }
  return check;
}

}  // namespace soku::security
