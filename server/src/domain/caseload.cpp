// domain/caseload.cpp — see caseload.h.
#include "domain/caseload.h"

#include <algorithm>

#include "common/time.h"
#include "domain/codes.h"
#include "domain/dashboard.h"

namespace soku::domain {

std::optional<std::int64_t> days_since(const std::optional<std::string>& since,
                                       const std::string& today) {
  if (!since) return std::nullopt;
  const auto a = time::days_from_date(*since);
  const auto b = time::days_from_date(today);
  if (!a || !b) return std::nullopt;
  return *b - *a;
}

CaseloadFlags caseload_flags(bool open_period, const std::optional<std::string>& deadline,
                             const std::string& phase,
                             const std::optional<std::string>& last_contact,
                             const std::optional<std::string>& starts_on, const std::string& today) {
  CaseloadFlags flags;
  if (!open_period) return flags;
  flags.deadline_soon = deadline.has_value() && days_since(deadline, today).has_value() &&
                        near_deadline(*deadline, today);
  const auto quiet = days_since(last_contact ? last_contact : starts_on, today);
  flags.no_contact = phase != "closing" && quiet.has_value() && *quiet > kCaseloadNoContactDays;
  return flags;
}

bool valid_client_phase(const std::string& phase) {
  const auto& phases = code_list("client_phase");
  return std::find(phases.begin(), phases.end(), phase) != phases.end();
}

}  // namespace soku::domain
