// domain/final_evaluation.h — the rules of the final evaluation (loppuarviointi) or interruption
// (keskeytys) that closes a service period. Pure.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace soku::domain {

// Which fields the closing asks for: an interruption names its reason (interruption_reasons());
// a final evaluation names the continuation path (continuation_paths()) and requires the client's
// and the worker's view.
struct FinalEvaluationFields {
  bool reason = false;          // read and required
  bool continuation = false;    // read and required
  bool views_required = false;  // client_view and worker_view
};
FinalEvaluationFields final_evaluation_fields(bool interrupted);

// A goal result must name a goal of the period's client. nullopt when it does, else the problem
// with `goal_id`.
std::optional<std::string> goal_result_problem(const std::string& goal_id,
                                               const std::vector<std::string>& client_goal_ids);

// A final evaluation (not an interruption) gives every active goal of the period its attainment.
// nullopt when it does, else the problem with `goal_results` (how many are missing).
std::optional<std::string> goal_results_problem(bool interrupted,
                                                const std::vector<std::string>& active_goal_ids,
                                                const std::vector<std::string>& given_goal_ids);

// The period's status after it: "interrupted" or "closed".
std::string closing_status(bool interrupted);

// The final attainment of a goal is also its last review; the review's note says so.
std::string final_review_note(const std::string& note);

// ---- Before closing: what the worker is warned about (GET /periods/{id}/closing-check) ----

// A deadline further than this many days away is "far" (closing early is allowed, but warned).
inline constexpr std::int64_t kClosingFarDays = 30;

struct ClosingFacts {
  std::int64_t meetings = 0;     // meetings recorded in the period
  std::int64_t active_goals = 0; // active goals of the period
  std::string deadline;          // the period's deadline, YYYY-MM-DD
  std::string starts_on;         // the period's start, YYYY-MM-DD
  std::string today;             // the county's date
};

struct ClosingWarning {
  std::string code;  // no_meetings | no_goals | deadline_far | opened_today
  std::optional<std::int64_t> days;  // deadline_far: days until the deadline
};

// The warnings in a fixed order (no_meetings, no_goals, deadline_far, opened_today); empty when
// closing looks ordinary. Warnings never block: the worker confirms.
std::vector<ClosingWarning> closing_warnings(const ClosingFacts& facts);

}  // namespace soku::domain
