// domain/decisions.h — the rules of a decision (päätös) on social rehabilitation: what a granted
// decision needs, when one is refused, the language it is written in and the appeal instructions
// it falls back to. Pure.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace soku::domain {

// A granted decision opens a service period, so it requires its service forms (at least one), the
// period's dates (periods.h: period_dates_problem) and the key worker.
bool decision_opens_period(const std::string& outcome);

// The service forms of a granted decision: nullopt when allowed, else the problem with
// `service_forms`.
std::optional<std::string> service_forms_problem(bool granted,
                                                 const std::vector<std::string>& forms);

// A granted decision while the client has an open period is refused (409 period-open: extend the
// open one instead). A denied decision is always allowed.
bool decision_refused(bool granted, bool client_has_open_period);

// The language the decision is written in: the one given, else the client's when Swedish comes
// first in their languages, else Finnish.
std::string decision_language(const std::optional<std::string>& given,
                              const std::vector<std::string>& client_languages);

// The appeal instructions when the county has not written its own ("sv" → Swedish, else Finnish).
const std::string& default_appeal_instructions(const std::string& language);

}  // namespace soku::domain
