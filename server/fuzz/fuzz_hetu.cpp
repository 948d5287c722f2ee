// fuzz/fuzz_hetu.cpp — bytes → domain::parse_hetu, mask_hetu, hetu_check_character.
// Invariants: no crash; a parsed code is 11 characters, re-parses to itself and has a correct
// check character; its individual number is 002–999 and `temporary` means 900–999; an error names
// one of the documented reasons and never copies the input; a mask is "****" or the first seven
// characters followed by "****" (the individual number and check character never show).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "domain/hetu.h"
#include "fuzz/harness.h"

namespace {
using soku::fuzz::fail;

void check_mask(std::string_view input) {
  const std::string m = soku::domain::mask_hetu(input);
  if (input.size() != 11) {
    if (m != "****") fail("mask of a non-11-character input is not ****");
    return;
  }
  if (m.size() != 11 || m.compare(7, 4, "****") != 0 || m.compare(0, 7, input.substr(0, 7)) != 0) {
    fail("mask reveals or changes characters: " + m);
  }
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace soku::domain;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  check_mask(input);
  const char c9 = hetu_check_character(input);
  if (c9 != '\0' && std::string_view("0123456789ABCDEFHJKLMNPRSTUVWXY").find(c9) == std::string_view::npos) {
    fail("check character outside the alphabet");
  }
  HetuError err;
  const auto h = parse_hetu(input, &err);
  if (!h) {
    static const std::string_view kReasons[] = {"format", "century", "date", "individual_number",
                                                "check_character"};
    bool known = false;
    for (auto r : kReasons) known = known || err.code == r;
    if (!known) fail("unknown error code: " + err.code);
    if (err.message.empty()) fail("an error without a message");
    // Inputs with a few digits would be recognisable in a message; a word may coincide with one.
    std::size_t digits = 0;
    for (char ch : input) digits += (ch >= '0' && ch <= '9') ? 1 : 0;
    if (digits >= 4 && err.message.find(input) != std::string::npos) fail("the error copies the input");
    return 0;
  }
  const auto& code = h->code;
  if (code.size() != 11) fail("a parsed code is not 11 characters");
  if (h->individual < 2 || h->individual > 999) fail("individual number out of range");
  if (h->temporary != (h->individual >= 900)) fail("temporary flag disagrees with the number");
  if (h->month < 1 || h->month > 12 || h->day < 1 || h->day > 31) fail("impossible date");
  if (h->year < 1800 || h->year > 2099) fail("year out of range");
  const std::string nine = code.substr(0, 6) + code.substr(7, 3);
  if (hetu_check_character(nine) != code[10]) fail("wrong check character accepted");
  HetuError err2;
  const auto again = parse_hetu(code, &err2);
  if (!again) fail("a parsed code does not re-parse: " + err2.code);
  if (again->code != code || again->year != h->year || again->month != h->month ||
      again->day != h->day || again->individual != h->individual) {
    fail("re-parse differs");
  }
  check_mask(code);
  return 0;
}
