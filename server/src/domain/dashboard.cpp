// domain/dashboard.cpp — see dashboard.h.
#include "domain/dashboard.h"

#include <algorithm>

#include "common/time.h"

namespace soku::domain {

namespace {
// Days since 1970-01-01 of a date (dates come from the database: valid; 0 otherwise).
std::int64_t days(const std::string& date) { return time::days_from_date(date).value_or(0); }
}  // namespace

std::string client_phase(const PathFacts& f) {
  if (f.open_period_phase) return *f.open_period_phase;
  if (f.closed_periods > 0) return "ended";
  if (f.decisions > 0) return "decided";
  if (f.concluded_assessments > 0) return "decision";
  if (f.assessments > 0) return "assessment";
  return "referral";
}

Week week_of(const std::string& today) {
  const std::int64_t d = days(today);
  const std::int64_t monday = d - ((d + 3) % 7);  // 1970-01-01 was a Thursday
  return {time::date_from_days(monday), time::date_from_days(monday + 6)};
}

bool near_deadline(const std::string& deadline, const std::string& today) {
  return days(deadline) - days(today) <= kDeadlineWindowDays;
}

bool without_contact(const std::vector<std::string>& service_forms, const std::string& phase,
                     const std::optional<std::string>& last_contact, const std::string& starts_on,
                     const std::string& today) {
  const bool individual =
      std::find(service_forms.begin(), service_forms.end(), "individual") != service_forms.end();
  return individual && phase != "closing" &&
         days(today) - days(last_contact.value_or(starts_on)) > kNoContactDays;
}

std::string review_window_end(const std::string& today) {
  return time::date_from_days(days(today) + kReviewWindowDays);
}

}  // namespace soku::domain
