// domain/caseload.h — the rules of the manager's caseload view (issue 8, access.md "caseload
// lists and phases of own units"): how long since the last contact, which clients are flagged
// (deadline within 14 days; no contact for 30 days in an open period), and which phases the view
// may be filtered by. Dates are YYYY-MM-DD; `today` is passed in. Pure.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace soku::domain {

// An open period without a meeting (or, before the first one, since its start) for more than
// this many days is flagged in the manager's view.
inline constexpr std::int64_t kCaseloadNoContactDays = 30;

// Whole days from `since` to `today` (negative when `since` is later); nullopt without a date
// or when a date is not a valid YYYY-MM-DD.
std::optional<std::int64_t> days_since(const std::optional<std::string>& since,
                                       const std::string& today);

struct CaseloadFlags {
  bool deadline_soon = false;  // open period whose deadline is at most 14 days away (or passed)
  bool no_contact = false;     // open period, not closing, no contact for over 30 days
};

// The flags of one client: `open_period` whether a service period is open, `phase` the client's
// phase (domain::client_phase), `last_contact` the latest meeting on or before today.
CaseloadFlags caseload_flags(bool open_period, const std::optional<std::string>& deadline,
                             const std::string& phase,
                             const std::optional<std::string>& last_contact,
                             const std::optional<std::string>& starts_on, const std::string& today);

// Whether `phase` is one of the client phases (referral, assessment, decision, decided, start,
// working, closing, ended) — the `phase` filter of the view.
bool valid_client_phase(const std::string& phase);

}  // namespace soku::domain
