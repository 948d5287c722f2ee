// domain/names.h — folding names for search: lower case for ASCII and the Latin-1 letters used in
// Finnish and Swedish names (Å Ä Ö É Ü …), so "Änkö" finds "änkö". Pure.
#pragma once

#include <string>
#include <string_view>

namespace soku::domain {

std::string fold_for_search(std::string_view text);

}  // namespace soku::domain
