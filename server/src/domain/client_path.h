// domain/client_path.h — the code lists and rules of the client's path (domain.md "The client's
// path"): referral sources, life areas, service forms, meeting modes, statutory items (SHL § 17),
// phases of intensified individual work, continuation paths, interruption reasons, network
// organisation types. Codes are English snake_case; their labels are in domain/codes.cpp. Pure.
// (The GAS rules: domain/goals.h.)
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace soku::domain {

const std::vector<std::string>& referral_sources();
const std::vector<std::string>& life_areas();
const std::vector<std::string>& need_levels();        // none, some, considerable, great
const std::vector<std::string>& service_forms();      // individual, group
const std::vector<std::string>& meeting_modes();      // office, home_visit, accompaniment, video, phone, message
const std::vector<std::string>& meeting_contents();   // motivating_conversation, doing_together, …
const std::vector<std::string>& statutory_items();    // assessment, counselling, coaching, group_activity, other, youth_support
const std::vector<std::string>& default_phases();     // start, working, closing
const std::vector<std::string>& continuation_paths();
const std::vector<std::string>& interruption_reasons();
const std::vector<std::string>& organisation_types();

// A service period's deadline must be after its start, and a period is typically 3–6 months;
// soku allows at most 12 months per decision or extension (counties may decide shorter).
inline constexpr int kMaxPeriodDays = 366;

}  // namespace soku::domain
