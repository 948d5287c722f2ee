// domain/periods.h — the rules of a service period (palvelujakso): which period may be written,
// how long a period may be (at the decision that opens it) and how far a deadline may be extended.
// Pure: dates come in as "YYYY-MM-DD" strings that the caller has already validated.
#pragma once

#include <optional>
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

}  // namespace soku::domain
