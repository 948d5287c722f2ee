// domain/organisation.cpp — see organisation.h.
#include "domain/organisation.h"

#include <cctype>

namespace soku::domain {

bool valid_org_code(std::string_view s) {
  if (s.empty() || s.size() > 60) return false;
  for (char c : s) {
    if (!(std::islower(static_cast<unsigned char>(c)) ||
          std::isdigit(static_cast<unsigned char>(c)) || c == '-' || c == '_')) {
      return false;
    }
  }
  return true;
}

}  // namespace soku::domain
