// domain/field_problem.h — what a rule says about one input field, shared by the domain files
// that check requests field by field (accounts, goals). The api layer turns a list of them into
// one 422 problem.
#pragma once

#include <string>

namespace soku::domain {

// A field that breaks a rule, named as in the request (`gas_levels.-2`), and why.
struct FieldProblem {
  std::string field;
  std::string message;
  bool operator==(const FieldProblem&) const = default;
};

}  // namespace soku::domain
