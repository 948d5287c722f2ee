// common/time.cpp — civil-date arithmetic (Howard Hinnant's days_from_civil algorithm, public
// domain description) without time zones: soku stores UTC and dates without zone.
#include "common/time.h"

#include <atomic>
#include <chrono>
#include <cstdio>

namespace soku::time {

namespace {
std::atomic<std::int64_t> g_test_shift_ms{0};
}  // namespace

std::int64_t now_ms() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count() +
         g_test_shift_ms.load(std::memory_order_relaxed);
}

void set_test_shift_ms(std::int64_t shift_ms) {
  g_test_shift_ms.store(shift_ms, std::memory_order_relaxed);
}
std::int64_t test_shift_ms() { return g_test_shift_ms.load(std::memory_order_relaxed); }

namespace {
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
  y -= m <= 2 ? 1 : 0;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}
void civil_from_days(std::int64_t z, int& y, unsigned& m, unsigned& d) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  y = static_cast<int>(static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2 ? 1 : 0));
}
bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
}  // namespace

std::string iso_from_ms(std::int64_t ms) {
  const std::int64_t days = ms >= 0 ? ms / 86400000 : (ms - 86399999) / 86400000;
  const std::int64_t rem = ms - days * 86400000;
  int y = 0;
  unsigned m = 0;
  unsigned d = 0;
  civil_from_days(days, y, m, d);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02lld:%02lld:%02lld.%03lldZ", y, m, d,
                static_cast<long long>(rem / 3600000), static_cast<long long>(rem / 60000 % 60),
                static_cast<long long>(rem / 1000 % 60), static_cast<long long>(rem % 1000));
  return buf;
}

std::string now_iso() { return iso_from_ms(now_ms()); }
namespace {
// Days since the epoch of the last Sunday of `month` (1-12, 31-day months only here) in `year`.
std::int64_t last_sunday(int year, int month) {
  char buf[11];
  std::snprintf(buf, sizeof buf, "%04d-%02d-31", year, month);
  const std::int64_t last = *days_from_date(buf);
  const std::int64_t weekday = (last + 4) % 7;  // 1970-01-01 was a Thursday (4); Sunday = 0
  return last - weekday;
}
}  // namespace

int helsinki_offset_minutes(std::int64_t ms) {
  const std::int64_t day_ms = 86400LL * 1000;
  const std::int64_t days = ms >= 0 ? ms / day_ms : -((-ms + day_ms - 1) / day_ms);
  const int year = std::stoi(date_from_days(days).substr(0, 4));
  const std::int64_t summer_from = last_sunday(year, 3) * day_ms + 3600LL * 1000;
  const std::int64_t summer_to = last_sunday(year, 10) * day_ms + 3600LL * 1000;
  return ms >= summer_from && ms < summer_to ? 180 : 120;
}

std::string helsinki_date(std::int64_t ms) {
  return iso_from_ms(ms + static_cast<std::int64_t>(helsinki_offset_minutes(ms)) * 60 * 1000)
      .substr(0, 10);
}

std::string today() { return helsinki_date(now_ms()); }

std::optional<std::int64_t> days_from_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
  }
  const int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  const int m = (s[5] - '0') * 10 + (s[6] - '0');
  const int d = (s[8] - '0') * 10 + (s[9] - '0');
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1800 || m < 1 || m > 12 || d < 1) return std::nullopt;
  const int max = kDays[m - 1] + (m == 2 && leap(y) ? 1 : 0);
  if (d > max) return std::nullopt;
  return days_from_civil(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
}

bool is_date(std::string_view s) { return days_from_date(s).has_value(); }

std::string date_from_days(std::int64_t days) {
  int y = 0;
  unsigned m = 0;
  unsigned d = 0;
  civil_from_days(days, y, m, d);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, m, d);
  return buf;
}

}  // namespace soku::time
