// domain/drafts.cpp — see drafts.h.
#include "domain/drafts.h"

#include <cctype>

namespace soku::domain {

bool valid_draft_key(std::string_view key) {
  if (key.empty() || key.size() > 100) return false;
  for (char c : key) {
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == ':' ||
          c == '.')) {
      return false;
    }
  }
  return true;
}

}  // namespace soku::domain
