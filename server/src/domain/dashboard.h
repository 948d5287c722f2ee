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
  // The latest records, when the caller knows them (timestamps compare as text): a case that
  // started again after a decision (a new referral or assessment) is in its new phase.
  std::optional<std::string> latest_decision_at = std::nullopt;
  std::optional<std::string> latest_decision_outcome = std::nullopt;  // granted / denied
  std::optional<std::string> latest_referral_at = std::nullopt;
  std::optional<std::string> latest_assessment_at = std::nullopt;
  std::optional<std::string> latest_conclusion = std::nullopt;  // needed / not_needed
  std::optional<std::string> latest_completed_on = std::nullopt;
};
// The open period's phase (start / working / closing). Without one: with the latest records
// known, an assessment since the latest decision gives "decision" when it calls for one
// (calls_for_decision) else "assessment", a referral since it "referral", a denied latest
// decision "denied". Otherwise the furthest step reached: ended, decided, decision (an
// assessment concluded), assessment, referral.
std::string client_phase(const PathFacts& facts);

// An assessment calls for a decision when it concluded that social rehabilitation is needed
// (even before it is completed) or when it is completed (a "not needed" one then calls for a
// denial, if the client applied).
bool calls_for_decision(const std::optional<std::string>& conclusion,
                        const std::optional<std::string>& completed_on);

// SHL (1301/2014) § 45: the decision is made at the latest 3 months after the case started
// (vireilletulo). The case starts on the first referral received since the previous decision,
// or without one on the day the assessment was started.
inline constexpr int kDecisionMonths = 3;
// Same day `months` later; the month's last day when it has no such day (2027-11-30 + 3 → 2028-02-29).
std::string add_months(const std::string& date, int months);
struct DecisionWait {
  std::string started_on;
  std::string due_on;             // started_on + 3 months
  std::int64_t days_waiting = 0;  // today − started_on
  bool late = false;              // today is after due_on
  bool near = false;              // due within 14 days (near_deadline), not yet late
};
DecisionWait decision_wait(const std::string& started_on, const std::string& today);

// A goal's review is overdue when it is still awaited (goals.h awaiting_review) and its review
// date is before today.
bool review_overdue(const std::string& review_on, const std::optional<std::string>& last_reviewed_on,
                    const std::string& today);

// What a draft key names (the web's keys: "<form>:<client id>[:<goal id>]", "final:<period id>",
// "extension:<period id>", "client-new"): the form, and the client or the period it belongs to.
struct DraftSubject {
  std::string form;  // the key's first part; "client" for client-new; "" when not a known form
  std::optional<std::string> client_id = std::nullopt;
  std::optional<std::string> period_id = std::nullopt;
};
DraftSubject draft_subject(const std::string& key);

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
