// domain/periods.h — the rules of a service period (palvelujakso): which period may be written,
// how long a period may be (at the decision that opens it) and how far a deadline may be extended.
// Pure: dates come in as "YYYY-MM-DD" strings that the caller has already validated.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>
#include <string>
#include <string_view>

namespace soku::domain {

// Only an open period takes a phase, an extension or its final evaluation (409 period-closed).
bool period_writable(std::string_view status);

// The dates of a new period (a granted decision): the deadline must be after the start and at most
// kMaxPeriodDays after it. nullopt when allowed, else the problem with `deadline`.
std::optional<std::string> period_dates_problem(const std::string& starts_on,
                                                const std::string& deadline);

// An extension moves the deadline later, by at most kMaxPeriodDays at a time. nullopt when allowed,
// else the problem with `new_deadline`.
std::optional<std::string> extension_problem(const std::string& current_deadline,
                                             const std::string& new_deadline);

// A goal's review date after the period's deadline is flagged (in the printed plan, and as a
// warning when the goal is saved): the review would fall outside the period.
bool review_after_period(const std::optional<std::string>& review_on,
                         const std::optional<std::string>& deadline);

// The meeting rhythm printed on the plan: the median number of days between consecutive meetings
// (dates "YYYY-MM-DD", oldest first); nullopt with fewer than two meetings.
std::optional<std::int64_t> meeting_interval_days(const std::vector<std::string>& dates);

}  // namespace soku::domain
