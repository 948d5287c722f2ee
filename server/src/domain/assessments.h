// domain/assessments.h — the rules of the service need assessment (palvelutarpeen arviointi):
// completing it needs a conclusion; once completed it is a record and is not changed. Pure.
#pragma once

#include <optional>
#include <string>

namespace soku::domain {

// An assessment given a completion date must have its conclusion. nullopt when allowed, else the
// problem with `conclusion`.
std::optional<std::string> assessment_conclusion_problem(
    const std::optional<std::string>& completed_on, const std::optional<std::string>& conclusion);

// An assessment may be changed until it is completed (409 completed after that).
bool assessment_editable(const std::optional<std::string>& completed_on);

}  // namespace soku::domain
