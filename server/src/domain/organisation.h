// domain/organisation.h — the rules of the organisation's codes (municipalities, units).
#pragma once

#include <string_view>

namespace soku::domain {

// A municipality's or unit's code: 1–60 characters, lower-case ASCII letters, digits, '-' and '_'.
bool valid_org_code(std::string_view s);

}  // namespace soku::domain
