// The rules of the manager's caseload view (domain/caseload.h): days since the last contact, the
// flags at their boundaries (deadline within 14 days, no contact for over 30 days), and which
// phases the view may be filtered by. `today` is an argument.
#include "domain/caseload.h"

#include "domain/dashboard.h"

#include <gtest/gtest.h>

using namespace soku::domain;

namespace {
const std::string kToday = "2026-06-30";
std::optional<std::string> d(const char* s) { return std::string(s); }
}  // namespace

TEST(Caseload, DaysSinceCountsWholeDaysAndIsEmptyWithoutADate) {
  EXPECT_EQ(days_since(d("2026-06-30"), kToday), 0);
  EXPECT_EQ(days_since(d("2026-05-31"), kToday), 30);
  EXPECT_EQ(days_since(d("2025-12-31"), "2026-01-01"), 1);  // across a year's end
  EXPECT_EQ(days_since(d("2026-07-02"), kToday), -2);       // a meeting booked ahead
  EXPECT_FALSE(days_since(std::nullopt, kToday).has_value());
  EXPECT_FALSE(days_since(d("not a date"), kToday).has_value());
}

TEST(Caseload, ADeadlineFourteenDaysAheadIsFlaggedFifteenIsNot) {
  EXPECT_EQ(kDeadlineWindowDays, 14);
  const auto at = [](const char* deadline) {
    return caseload_flags(true, d(deadline), "working", d("2026-06-29"), d("2026-01-01"), kToday)
        .deadline_soon;
  };
  EXPECT_TRUE(at("2026-07-14"));   // today + 14
  EXPECT_FALSE(at("2026-07-15"));  // today + 15
  EXPECT_TRUE(at("2026-06-01"));   // passed
}

TEST(Caseload, NoContactIsFlaggedAfterThirtyDaysNotOnTheThirtieth) {
  EXPECT_EQ(kCaseloadNoContactDays, 30);
  const auto quiet = [](std::optional<std::string> last, const char* phase = "working") {
    return caseload_flags(true, d("2026-12-31"), phase, last, d("2026-01-01"), kToday).no_contact;
  };
  EXPECT_FALSE(quiet(d("2026-05-31")));  // 30 days
  EXPECT_TRUE(quiet(d("2026-05-30")));   // 31 days
  // Without a meeting the period's start counts.
  EXPECT_TRUE(quiet(std::nullopt));
  EXPECT_FALSE(caseload_flags(true, std::nullopt, "start", std::nullopt, d("2026-06-20"), kToday)
                   .no_contact);
  // A closing period is not chased.
  EXPECT_FALSE(quiet(d("2026-01-01"), "closing"));
}

TEST(Caseload, NothingIsFlaggedWithoutAnOpenPeriod) {
  const auto f = caseload_flags(false, d("2026-06-01"), "ended", d("2025-01-01"),
                                d("2025-01-01"), kToday);
  EXPECT_FALSE(f.deadline_soon);
  EXPECT_FALSE(f.no_contact);
}

TEST(Caseload, ThePhaseFilterTakesTheClientPhasesOnly) {
  for (const char* p :
       {"referral", "assessment", "decision", "decided", "start", "working", "closing", "ended"}) {
    EXPECT_TRUE(valid_client_phase(p)) << p;
  }
  EXPECT_FALSE(valid_client_phase(""));
  EXPECT_FALSE(valid_client_phase("Working"));
  EXPECT_FALSE(valid_client_phase("granted"));
}
