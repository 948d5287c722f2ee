// domain/periods.cpp — see periods.h.
#include "domain/periods.h"

#include <algorithm>

#include "common/time.h"
#include "domain/client_path.h"

namespace soku::domain {

bool period_writable(std::string_view status) { return status == "open"; }

std::optional<std::string> period_dates_problem(const std::string& starts_on,
                                                const std::string& deadline) {
  const auto a = *time::days_from_date(starts_on);
  const auto b = *time::days_from_date(deadline);
  if (b <= a) return "must be after the start date";
  if (b - a > kMaxPeriodDays) return "may be at most 12 months after the start";
  return std::nullopt;
}

std::optional<std::string> extension_problem(const std::string& current_deadline,
                                             const std::string& new_deadline) {
  const auto prev_days = *time::days_from_date(current_deadline);
  const auto new_days = *time::days_from_date(new_deadline);
  if (new_days <= prev_days) return "must be after the current deadline " + current_deadline;
  if (new_days - prev_days > kMaxPeriodDays) return "may extend by at most 12 months at a time";
  return std::nullopt;
}

bool review_after_period(const std::optional<std::string>& review_on,
                         const std::optional<std::string>& deadline) {
  return review_on && deadline && !review_on->empty() && !deadline->empty() &&
         *review_on > *deadline;  // ISO dates compare as text
}

std::optional<std::int64_t> meeting_interval_days(const std::vector<std::string>& dates) {
  std::vector<std::int64_t> gaps;
  for (std::size_t i = 1; i < dates.size(); ++i) {
    const auto a = time::days_from_date(dates[i - 1]);
    const auto b = time::days_from_date(dates[i]);
    if (a && b) gaps.push_back(*b - *a);
  }
  if (gaps.empty()) return std::nullopt;
  std::sort(gaps.begin(), gaps.end());
  return gaps[gaps.size() / 2];
}

}  // namespace soku::domain
