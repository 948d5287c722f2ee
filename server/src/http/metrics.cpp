// http/metrics.cpp — renders the Prometheus text exposition format (version 0.0.4).
#include "http/metrics.h"

#include <sstream>

#include "store/db.h"

namespace soku::http {

void Metrics::observe(int status, double seconds) {
  const int cls = status / 100;
  if (cls >= 1 && cls <= 5) by_class_[static_cast<std::size_t>(cls)].fetch_add(1);
  if (status >= 500) errors_.fetch_add(1);
  std::size_t i = 0;
  while (i < kBuckets.size() && seconds > kBuckets[i]) ++i;
  buckets_[i].fetch_add(1);
  count_.fetch_add(1);
  sum_micros_.fetch_add(static_cast<std::int64_t>(seconds * 1e6));
}

void Metrics::count_audit(std::int64_t entries, std::int64_t batches) {
  audit_entries_.fetch_add(entries);
  audit_batches_.fetch_add(batches);
}

std::string Metrics::render(const store::Database* db) const {
  std::ostringstream o;
  o << "# HELP soku_http_requests_total HTTP requests by status class.\n"
       "# TYPE soku_http_requests_total counter\n";
  for (int c = 1; c <= 5; ++c) {
    o << "soku_http_requests_total{code=\"" << c << "xx\"} "
      << by_class_[static_cast<std::size_t>(c)].load() << '\n';
  }
  o << "# HELP soku_http_errors_total Responses with a 5xx status.\n"
       "# TYPE soku_http_errors_total counter\n"
    << "soku_http_errors_total " << errors_.load() << '\n';
  o << "# HELP soku_http_request_duration_seconds Time from a complete request to its response.\n"
       "# TYPE soku_http_request_duration_seconds histogram\n";
  std::int64_t cumulative = 0;
  for (std::size_t i = 0; i < kBuckets.size(); ++i) {
    cumulative += buckets_[i].load();
    o << "soku_http_request_duration_seconds_bucket{le=\"" << kBuckets[i] << "\"} " << cumulative
      << '\n';
  }
  cumulative += buckets_[kBuckets.size()].load();
  o << "soku_http_request_duration_seconds_bucket{le=\"+Inf\"} " << cumulative << '\n'
    << "soku_http_request_duration_seconds_sum " << static_cast<double>(sum_micros_.load()) / 1e6
    << '\n'
    << "soku_http_request_duration_seconds_count " << count_.load() << '\n';
  o << "# HELP soku_audit_entries_total Audit entries committed.\n"
       "# TYPE soku_audit_entries_total counter\n"
    << "soku_audit_entries_total " << audit_entries_.load() << '\n'
    << "# HELP soku_audit_batches_total Audit group commits (one transaction each).\n"
       "# TYPE soku_audit_batches_total counter\n"
    << "soku_audit_batches_total " << audit_batches_.load() << '\n';
  if (db != nullptr) {
    const auto s = db->stats();
    o << "# HELP soku_db_pool_size Database connections in the pool.\n"
         "# TYPE soku_db_pool_size gauge\n"
      << "soku_db_pool_size " << s.size << '\n'
      << "# TYPE soku_db_pool_in_use gauge\nsoku_db_pool_in_use " << s.in_use << '\n'
      << "# TYPE soku_db_pool_waiting gauge\nsoku_db_pool_waiting " << s.waiting << '\n'
      << "# TYPE soku_db_pool_acquired_total counter\nsoku_db_pool_acquired_total "
      << s.acquired_total << '\n'
      << "# TYPE soku_db_pool_timeouts_total counter\nsoku_db_pool_timeouts_total "
      << s.timeouts_total << '\n';
  }
  return o.str();
}

}  // namespace soku::http
