// common/time.h — UTC clock helpers. Timestamps are ISO 8601 text in the database.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace soku::time {

std::int64_t now_ms();
std::string now_iso();                       // 2026-11-24T14:15:08.123Z
std::string iso_from_ms(std::int64_t ms);
std::string today();                         // 2026-11-24 (UTC)
// Validates YYYY-MM-DD (a real calendar date).
bool is_date(std::string_view s);
// Days since 1970-01-01 of a valid date, or nullopt.
std::optional<std::int64_t> days_from_date(std::string_view s);
std::string date_from_days(std::int64_t days);

}  // namespace soku::time
