// common/time.h — UTC clock helpers. Timestamps are ISO 8601 text in the database.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace soku::time {

std::int64_t now_ms();                       // the wall clock, plus the tests' shift (below)
std::string now_iso();                       // 2026-11-24T14:15:08.123Z
std::string iso_from_ms(std::int64_t ms);
// The county's date today: Finnish counties keep Europe/Helsinki time, so between 22:00 and
// 24:00 UTC (21:00 in summer) "today" is already tomorrow's UTC date. Every date default and
// "today" in a rule uses this, never the UTC date.
std::string today();                         // 2026-11-24 (Europe/Helsinki)
// The Europe/Helsinki date at the instant `ms` (ms since the epoch, UTC): EET (UTC+2), and EEST
// (UTC+3) from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October
// (the EU rule, in force since 1996).
std::string helsinki_date(std::int64_t ms);
// The offset of Europe/Helsinki from UTC at `ms`, in minutes (120 or 180).
int helsinki_offset_minutes(std::int64_t ms);
// Validates YYYY-MM-DD (a real calendar date).
bool is_date(std::string_view s);
// Days since 1970-01-01 of a valid date, or nullopt.
std::optional<std::int64_t> days_from_date(std::string_view s);
std::string date_from_days(std::int64_t days);

// Tests move time instead of sleeping or editing rows: every reading of the clock in soku goes
// through now_ms(), which adds this shift (0 unless a test set it). Nothing outside tests/ calls
// these; no request, setting or command line reaches them.
void set_test_shift_ms(std::int64_t shift_ms);
std::int64_t test_shift_ms();

}  // namespace soku::time
