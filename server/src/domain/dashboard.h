// domain/dashboard.h — the rules of the key worker's home (screens.md "my week"): the client's
// phase on the path, the week shown, which periods are near their deadline, which clients in
// intensified individual work have had no contact, how far ahead goal reviews are shown. Dates
// are YYYY-MM-DD; `today` is passed in (the caller's time::today()). Pure.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace soku::domain {

inline constexpr std::int64_t kDeadlineWindowDays = 14;
inline constexpr std::int64_t kNoContactDays = 7;
inline constexpr std::int64_t kReviewWindowDays = 7;

// What the client's path has reached, as counted from their records.
struct PathFacts {
  std::optional<std::string> open_period_phase = std::nullopt;  // the open period's phase, if one is open
  std::int64_t assessments = 0;
  std::int64_t concluded_assessments = 0;
  std::int64_t decisions = 0;
  std::int64_t closed_periods = 0;
};
// The open period's phase (start / working / closing); without one the furthest step reached:
// ended, decided, decision (an assessment concluded), assessment, referral.
std::string client_phase(const PathFacts& facts);

// The Monday-to-Sunday week that contains `today`.
struct Week {
  std::string from;
  std::string to;
};
Week week_of(const std::string& today);

// A period is near its deadline when the deadline is at most 14 days from today (also when it
// has passed).
bool near_deadline(const std::string& deadline, const std::string& today);

// A client in individual intensified work, not closing, whose last contact (or, without one, the
// period's start) is more than 7 days before today.
bool without_contact(const std::vector<std::string>& service_forms, const std::string& phase,
                     const std::optional<std::string>& last_contact, const std::string& starts_on,
                     const std::string& today);

// Goals whose review date is on or before this day are shown as due (today + 7 days).
std::string review_window_end(const std::string& today);

}  // namespace soku::domain
