// http/metrics.h — Prometheus counters for /metrics: requests by route and status class, a latency
// histogram, errors, and the database pool. Lock-free on the hot path (atomics only).
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <string>

namespace soku::store {
class Database;
}

namespace soku::http {

class Metrics {
public:
  static constexpr std::array<double, 12> kBuckets = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                      0.1,   0.25,   0.5,   1.0,  2.5,   5.0};
  void observe(int status, double seconds);
  void count_audit(std::int64_t entries, std::int64_t batches);
  [[nodiscard]] std::string render(const store::Database* db) const;

private:
  std::array<std::atomic<std::int64_t>, 6> by_class_{};  // index status/100 (0 unused)
  std::array<std::atomic<std::int64_t>, kBuckets.size() + 1> buckets_{};
  std::atomic<std::int64_t> count_{0};
  std::atomic<std::int64_t> sum_micros_{0};
  std::atomic<std::int64_t> errors_{0};  // 5xx
  std::atomic<std::int64_t> audit_entries_{0};
  std::atomic<std::int64_t> audit_batches_{0};
};

}  // namespace soku::http
