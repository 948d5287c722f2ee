// domain/hetu.h — the Finnish personal identity code (henkilötunnus), exactly as domain.md says.
//
// Format DDMMYYCNNNQ. Century sign: '+' 1800s; '-', 'Y', 'X', 'W', 'V', 'U' 1900s; 'A'..'F' 2000s.
// The date must exist in that century (29 Feb only in leap years). Individual number NNN runs
// 002..999 (000 and 001 are never issued); 900..999 are temporary/test codes. Check character =
// the nine digits DDMMYYNNN as one number mod 31, indexed into "0123456789ABCDEFHJKLMNPRSTUVWXY".
// The whole code, sign included, is the identity: two people may differ only in the sign.
// Pure: no I/O. Never log a code; use mask_hetu() wherever one is shown in a list.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace soku::domain {

struct Hetu {
  std::string code;  // normalised: upper case, trimmed
  int year = 0;
  int month = 0;
  int day = 0;
  int individual = 0;       // NNN
  bool temporary = false;   // NNN >= 900
};

// Why a code was rejected, as a stable machine word and a sentence for the problem+json detail.
struct HetuError {
  std::string code;     // "format" | "century" | "date" | "individual_number" | "check_character"
  std::string message;  // English sentence, no copy of the input
};

// Parses and validates; accepts surrounding white space and lower-case letters.
// Returns the parsed code, or the first error found.
std::optional<Hetu> parse_hetu(std::string_view input, HetuError* error = nullptr);

// The check character for DDMMYYNNN (nine digits); '\0' when the input is not nine digits.
char hetu_check_character(std::string_view nine_digits);

// "131052-930V" -> "131052-****": date and sign stay (they are needed to tell people apart),
// individual number and check character are hidden. Anything that is not 11 characters -> "****".
std::string mask_hetu(std::string_view code);

}  // namespace soku::domain
