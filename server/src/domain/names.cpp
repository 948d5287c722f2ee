// domain/names.cpp — see names.h.
#include "domain/names.h"

namespace soku::domain {

std::string fold_for_search(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
    } else if (c == 0xC3 && i + 1 < text.size()) {
      // U+00C0..U+00DE (except U+00D7 ×) are upper-case Latin-1 letters: +0x20 in the 2nd byte.
      auto n = static_cast<unsigned char>(text[i + 1]);
      if (n >= 0x80 && n <= 0x9E && n != 0x97) n = static_cast<unsigned char>(n + 0x20);
      out.push_back(static_cast<char>(c));
      out.push_back(static_cast<char>(n));
      ++i;
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

}  // namespace soku::domain
