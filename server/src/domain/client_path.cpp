// domain/client_path.cpp — see client_path.h.
#include "domain/client_path.h"

#include <cmath>

namespace soku::domain {

const std::vector<std::string>& referral_sources() {
  static const std::vector<std::string> v = {"self",         "relative",    "te_services",
                                             "typ",          "health_care", "mental_health_substance",
                                             "kela",         "education",   "ngo",
                                             "other"};
  return v;
}
const std::vector<std::string>& life_areas() {
  static const std::vector<std::string> v = {"everyday_management", "social_relationships",
                                             "housing",             "finances",
                                             "health_substance_use", "education", "work"};
  return v;
}
const std::vector<std::string>& need_levels() {
  static const std::vector<std::string> v = {"none", "some", "considerable", "great"};
  return v;
}
const std::vector<std::string>& service_forms() {
  static const std::vector<std::string> v = {"individual", "group"};
  return v;
}
const std::vector<std::string>& meeting_modes() {
  static const std::vector<std::string> v = {"office", "home_visit", "accompaniment",
                                             "video",  "phone",      "message"};
  return v;
}
const std::vector<std::string>& meeting_contents() {
  static const std::vector<std::string> v = {
      "motivating_conversation", "doing_together",   "household_tasks", "social_situations",
      "errands",                 "future_planning",  "network_meeting", "other"};
  return v;
}
const std::vector<std::string>& statutory_items() {
  static const std::vector<std::string> v = {"assessment",     "counselling", "coaching",
                                             "group_activity", "other",       "youth_support"};
  return v;
}
const std::vector<std::string>& default_phases() {
  static const std::vector<std::string> v = {"start", "working", "closing"};
  return v;
}
const std::vector<std::string>& continuation_paths() {
  static const std::vector<std::string> v = {"social_work",
                                             "social_counselling",
                                             "rehabilitative_work_activity",
                                             "vocational_rehabilitation",
                                             "studies",
                                             "work",
                                             "workshop",
                                             "other_service",
                                             "none"};
  return v;
}
const std::vector<std::string>& interruption_reasons() {
  static const std::vector<std::string> v = {"could_not_be_reached", "client_declined",
                                             "moved_away",           "other_service",
                                             "health",               "other"};
  return v;
}
const std::vector<std::string>& organisation_types() {
  static const std::vector<std::string> v = {
      "te_services", "typ",        "kela",      "health_care",   "mental_health",
      "substance_services", "debt_counselling", "education", "workshop", "parish",
      "ngo",         "relative",   "other"};
  return v;
}

std::optional<double> gas_t_score(const std::vector<std::pair<int, int>>& attainment_weight) {
  if (attainment_weight.empty()) return std::nullopt;
  constexpr double rho = 0.3;
  double sum_wx = 0;
  double sum_w2 = 0;
  double sum_w = 0;
  for (const auto& [x, w] : attainment_weight) {
    sum_wx += static_cast<double>(w) * x;
    sum_w2 += static_cast<double>(w) * w;
    sum_w += w;
  }
  const double denom = std::sqrt((1 - rho) * sum_w2 + rho * sum_w * sum_w);
  if (denom <= 0) return std::nullopt;
  return 50.0 + 10.0 * sum_wx / denom;
}

}  // namespace soku::domain
