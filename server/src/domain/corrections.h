// domain/corrections.h — correcting a saved record (a meeting, a referral, a network member, a
// consent): a correction needs a reason, changes only the fields a record of its type may have
// corrected, must change something, and keeps the earlier wording (the store's record_versions).
// A completed assessment is not corrected but gets an addendum (text + reason). And: a second
// meeting for a client on the same day is noticed. Pure: no store, no http, no clock.
//
// A correction is allowed whatever the state of the service period: a record must stay
// correctable after the period has closed (the client's right to have errors corrected, GDPR
// art. 16; asiakastietolaki), and the reason and the earlier wording keep it accountable.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/field_problem.h"

namespace soku::domain {

// A reason: at least kCorrectionReasonMin characters (not bytes) after trimming, at most
// kCorrectionReasonMax bytes.
inline constexpr std::size_t kCorrectionReasonMin = 3;
inline constexpr std::size_t kCorrectionReasonMax = 1000;

// The problem with a correction's (or an addendum's) reason, named `field`; nullopt when it is
// acceptable. `reason` is as given (nullopt: missing or null).
std::optional<FieldProblem> correction_reason_problem(const std::optional<std::string>& reason,
                                                      const std::string& field = "reason");

// The record types that are corrected with history, and the fields of each a correction may
// change (in the order of the request). An unknown type has none.
const std::vector<std::string>& correctable_fields(std::string_view record_type);
bool is_correctable_type(std::string_view record_type);

// A record's wording as field → its value's canonical text (e.g. JSON text).
using Wording = std::map<std::string, std::string>;
// The correctable fields whose value differs between `before` and `after`, in the order of
// correctable_fields(record_type).
std::vector<std::string> changed_fields(std::string_view record_type, const Wording& before,
                                        const Wording& after);

// A record at `version` has been corrected at least once (every record starts at 1).
bool is_corrected(std::int64_t version);

// The other meetings of one client held on `held_on`: the ids of `meetings` (the client's
// meetings) whose date is `held_on`, leaving out `self_id` (the meeting itself), in their order.
struct DatedRecord {
  std::string id;
  std::string date;
};
std::vector<std::string> same_day(const std::vector<DatedRecord>& meetings,
                                  const std::string& held_on, const std::string& self_id = {});

// An addendum to an assessment is for a completed one only (a draft is simply edited).
bool addendum_allowed(const std::optional<std::string>& completed_on);

}  // namespace soku::domain
