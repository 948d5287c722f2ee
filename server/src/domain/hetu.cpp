// domain/hetu.cpp — parsing and validation of the Finnish personal identity code (henkilötunnus)
// as domain.md states the rule. Pure: no I/O, and no error message ever repeats the input, because
// the input is personal data.
#include "domain/hetu.h"

#include <cstddef>
#include <utility>

namespace soku::domain {

namespace {

constexpr std::string_view kCheckAlphabet = "0123456789ABCDEFHJKLMNPRSTUVWXY";
constexpr std::size_t kLength = 11;
constexpr std::size_t kSignPos = 6;
constexpr std::size_t kCheckPos = 10;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

char to_upper_ascii(char c) {
  return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

int digits_value(std::string_view s) {
  int value = 0;
  for (const char c : s) value = value * 10 + (c - '0');
  return value;
}

// The first year of the century a sign stands for, or 0 for an unknown sign.
int century_base(char sign) {
  switch (sign) {
    case '+':
      return 1800;
    case '-':
    case 'Y':
    case 'X':
    case 'W':
    case 'V':
    case 'U':
      return 1900;
    case 'A':
    case 'B':
    case 'C':
    case 'D':
    case 'E':
    case 'F':
      return 2000;
    default:
      return 0;
  }
}

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  switch (month) {
    case 2:
      return is_leap_year(year) ? 29 : 28;
    case 4:
    case 6:
    case 9:
    case 11:
      return 30;
    default:
      return 31;
  }
}

std::optional<Hetu> reject(HetuError* error, const char* code, const char* message) {
  if (error != nullptr) {
    error->code = code;
    error->message = message;
  }
  return std::nullopt;
}

}  // namespace

char hetu_check_character(std::string_view nine_digits) {
  if (nine_digits.size() != 9) return '\0';
  for (const char c : nine_digits) {
    if (!is_digit(c)) return '\0';
  }
  // At most 999 999 999, which fits an int.
  const auto index = static_cast<std::size_t>(digits_value(nine_digits) % 31);
  return kCheckAlphabet[index];
}

std::optional<Hetu> parse_hetu(std::string_view input, HetuError* error) {
  const std::string_view trimmed = trim(input);
  if (trimmed.size() != kLength) {
    return reject(error, "format",
                  "An identity code has 11 characters: six date digits, a century sign, three "
                  "digits and a check character.");
  }
  std::string code(trimmed);
  for (char& c : code) c = to_upper_ascii(c);

  for (std::size_t i = 0; i < kLength; ++i) {
    if (i == kSignPos || i == kCheckPos) continue;
    if (!is_digit(code[i])) {
      return reject(error, "format",
                    "An identity code has six date digits, a century sign, three digits and a "
                    "check character.");
    }
  }

  const int base = century_base(code[kSignPos]);
  if (base == 0) {
    return reject(error, "century", "The century sign must be one of + - Y X W V U A B C D E F.");
  }

  const std::string_view view(code);
  const int day = digits_value(view.substr(0, 2));
  const int month = digits_value(view.substr(2, 2));
  const int year = base + digits_value(view.substr(4, 2));
  if (month < 1 || month > 12 || day < 1 || day > days_in_month(year, month)) {
    return reject(error, "date", "The date in the identity code does not exist.");
  }

  const int individual = digits_value(view.substr(7, 3));
  if (individual < 2) {
    return reject(error, "individual_number", "The individual number must be between 002 and 999.");
  }

  std::string nine;
  nine.reserve(9);
  nine.append(view.substr(0, 6));
  nine.append(view.substr(7, 3));
  if (hetu_check_character(nine) != code[kCheckPos]) {
    return reject(error, "check_character",
                  "The check character does not match the rest of the identity code.");
  }

  Hetu hetu;
  hetu.code = std::move(code);
  hetu.year = year;
  hetu.month = month;
  hetu.day = day;
  hetu.individual = individual;
  hetu.temporary = individual >= 900;
  return hetu;
}

std::string mask_hetu(std::string_view code) {
  if (code.size() != kLength) return "****";
  std::string masked(code.substr(0, kSignPos + 1));
  masked += "****";
  return masked;
}

}  // namespace soku::domain
