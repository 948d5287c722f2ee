// The county's date (common/time.h): Europe/Helsinki, EET/EEST by the EU rule. "Today" at 23:30
// and at 00:30 local time, in winter and in summer, and across both daylight-saving changes.
#include <gtest/gtest.h>

#include "common/time.h"

namespace t = soku::time;

namespace {
// ms since the epoch of a UTC date and time.
std::int64_t utc(const char* date, int hour, int minute) {
  return (*t::days_from_date(date) * 86400LL + hour * 3600LL + minute * 60LL) * 1000;
}
}  // namespace

TEST(Clock, At2330LocalInWinterItIsStillToday) {
  // 23:30 EET on 30.11. is 21:30 UTC.
  EXPECT_EQ(t::helsinki_date(utc("2026-11-30", 21, 30)), "2026-11-30");
}

TEST(Clock, At0030LocalInWinterItIsAlreadyTomorrowThoughUtcIsNot) {
  // 00:30 EET on 1.12. is 22:30 UTC on 30.11.: the UTC date would be yesterday.
  EXPECT_EQ(t::helsinki_date(utc("2026-11-30", 22, 30)), "2026-12-01");
}

TEST(Clock, InSummerTheOffsetIsThreeHours) {
  EXPECT_EQ(t::helsinki_date(utc("2026-07-14", 20, 30)), "2026-07-14");  // 23:30 EEST
  EXPECT_EQ(t::helsinki_date(utc("2026-07-14", 21, 30)), "2026-07-15");  // 00:30 EEST
  EXPECT_EQ(t::helsinki_offset_minutes(utc("2026-07-14", 12, 0)), 180);
  EXPECT_EQ(t::helsinki_offset_minutes(utc("2026-01-14", 12, 0)), 120);
}

TEST(Clock, DaylightSavingStartsAndEndsAt0100UtcOnTheLastSunday) {
  // 2026: last Sunday of March is 29.3., of October 25.10.
  EXPECT_EQ(t::helsinki_offset_minutes(utc("2026-03-29", 0, 59)), 120);
  EXPECT_EQ(t::helsinki_offset_minutes(utc("2026-03-29", 1, 0)), 180);
  EXPECT_EQ(t::helsinki_offset_minutes(utc("2026-10-25", 0, 59)), 180);
  EXPECT_EQ(t::helsinki_offset_minutes(utc("2026-10-25", 1, 0)), 120);
  // 2027: 28.3. and 31.10. (a 31st that is itself a Sunday).
  EXPECT_EQ(t::helsinki_offset_minutes(utc("2027-03-28", 1, 0)), 180);
  EXPECT_EQ(t::helsinki_offset_minutes(utc("2027-10-31", 0, 59)), 180);
  EXPECT_EQ(t::helsinki_offset_minutes(utc("2027-10-31", 1, 0)), 120);
}

TEST(Clock, NewYearComesTwoHoursEarlierThanInUtc) {
  EXPECT_EQ(t::helsinki_date(utc("2026-12-31", 21, 59)), "2026-12-31");
  EXPECT_EQ(t::helsinki_date(utc("2026-12-31", 22, 0)), "2027-01-01");
}

TEST(Clock, TodayIsTheHelsinkiDateOfNow) {
  const auto before = t::now_ms();
  const auto today = t::today();
  const auto after = t::now_ms();
  EXPECT_TRUE(today == t::helsinki_date(before) || today == t::helsinki_date(after));
}

namespace {
// Moves soku's clock so that it reads `target_ms` now (tests only; see common/time.h).
struct ClockAt {
  explicit ClockAt(std::int64_t target_ms) {
    t::set_test_shift_ms(0);
    t::set_test_shift_ms(target_ms - t::now_ms());
  }
  ~ClockAt() { t::set_test_shift_ms(0); }
  ClockAt(const ClockAt&) = delete;
  ClockAt& operator=(const ClockAt&) = delete;
};
}  // namespace

TEST(Clock, TodayAt2330And0030LocalTimeWithTheClockMoved) {
  {
    ClockAt at(utc("2026-11-30", 21, 30));  // 23:30 EET
    EXPECT_EQ(t::today(), "2026-11-30");
  }
  {
    ClockAt at(utc("2026-11-30", 22, 30));  // 00:30 EET, still 30.11. in UTC
    EXPECT_EQ(t::today(), "2026-12-01");
    EXPECT_EQ(t::now_iso().substr(0, 16), "2026-11-30T22:30");  // timestamps stay UTC
  }
  EXPECT_EQ(t::test_shift_ms(), 0);  // moved back
}
