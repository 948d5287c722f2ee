// domain/dashboard.cpp — see dashboard.h.
#include "domain/dashboard.h"

#include <algorithm>
#include <cstdio>

#include "common/time.h"
#include "domain/goals.h"

namespace soku::domain {

namespace {
// Days since 1970-01-01 of a date (dates come from the database: valid; 0 otherwise).
std::int64_t days(const std::string& date) { return time::days_from_date(date).value_or(0); }
}  // namespace

std::string client_phase(const PathFacts& f) {
  if (f.open_period_phase) return *f.open_period_phase;
  const auto& decided_at = f.latest_decision_at;
  if (f.latest_assessment_at && (!decided_at || *f.latest_assessment_at > *decided_at)) {
    return calls_for_decision(f.latest_conclusion, f.latest_completed_on) ? "decision"
                                                                          : "assessment";
  }
  if (decided_at) {
    if (f.latest_referral_at && *f.latest_referral_at > *decided_at) return "referral";
    if (f.latest_decision_outcome == "denied") return "denied";
  }
  if (f.closed_periods > 0) return "ended";
  if (f.decisions > 0) return "decided";
  if (f.concluded_assessments > 0) return "decision";
  if (f.assessments > 0) return "assessment";
  return "referral";
}

bool calls_for_decision(const std::optional<std::string>& conclusion,
                        const std::optional<std::string>& completed_on) {
  return conclusion == "needed" || (completed_on.has_value() && conclusion.has_value());
}

std::string add_months(const std::string& date, int months) {
  if (date.size() < 10) return date;
  const int y = std::stoi(date.substr(0, 4));
  const int m = std::stoi(date.substr(5, 2));
  const int d = std::stoi(date.substr(8, 2));
  const int total = y * 12 + (m - 1) + months;
  const int ny = total / 12;
  const int nm = total % 12 + 1;
  static constexpr int kLength[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (ny % 4 == 0 && ny % 100 != 0) || ny % 400 == 0;
  const int last = nm == 2 && leap ? 29 : kLength[nm - 1];
  char out[32];
  std::snprintf(out, sizeof out, "%04d-%02d-%02d", ny, nm, std::min(d, last));
  return out;
}

DecisionWait decision_wait(const std::string& started_on, const std::string& today) {
  DecisionWait w;
  w.started_on = started_on;
  w.due_on = add_months(started_on, kDecisionMonths);
  w.days_waiting = days(today) - days(started_on);
  w.late = days(today) > days(w.due_on);
  w.near = !w.late && near_deadline(w.due_on, today);
  return w;
}

bool review_overdue(const std::string& review_on, const std::optional<std::string>& last_reviewed_on,
                    const std::string& today) {
  return awaiting_review(review_on, last_reviewed_on) && days(review_on) < days(today);
}

DraftSubject draft_subject(const std::string& key) {
  if (key == "client-new") return {.form = "client"};
  static const std::vector<std::string> kClientForms = {
      "referral", "assessment", "decision", "goal", "goal-edit", "review", "meeting", "network"};
  const auto colon = key.find(':');
  if (colon == std::string::npos || colon + 1 >= key.size()) return {};
  const std::string form = key.substr(0, colon);
  const auto end = key.find(':', colon + 1);
  const std::string id = key.substr(colon + 1, end == std::string::npos ? end : end - colon - 1);
  if (id.empty()) return {};
  if (std::find(kClientForms.begin(), kClientForms.end(), form) != kClientForms.end()) {
    return {.form = form, .client_id = id};
  }
  if (form == "final" || form == "extension") return {.form = form, .period_id = id};
  return {};
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
