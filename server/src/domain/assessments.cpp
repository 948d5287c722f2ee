// domain/assessments.cpp — see assessments.h.
#include "domain/assessments.h"

namespace soku::domain {

std::optional<std::string> assessment_conclusion_problem(
    const std::optional<std::string>& completed_on, const std::optional<std::string>& conclusion) {
  if (completed_on && !conclusion) return "is required when the assessment is completed";
  return std::nullopt;
}

bool assessment_editable(const std::optional<std::string>& completed_on) {
  return !completed_on.has_value();
}

}  // namespace soku::domain
