// fuzz/fuzz_http.cpp — raw bytes of an HTTP/1.1 connection → the parsing http/server.cpp does
// (Beast request_parser, header and per-route body limits, http::to_request) → App::dispatch
// (router, session, CSRF, access, handlers) on a real App over a seeded temporary database.
//
// Input: one flag byte, then the bytes of up to four requests on one keep-alive connection.
// Flag bit 0 set: each request also carries a valid session cookie (and CSRF header) of the demo
// user (flag >> 1) % 3 (social_worker, social_counsellor, admin). In the corpus the flag is a
// digit: '0' no session, '1' social_worker, '3' social_counsellor, '5' admin.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/harness.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  soku::fuzz::env();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace soku::fuzz;
  Bytes in(data, size);
  const std::uint8_t flags = in.byte();
  const std::string raw = in.rest();
  std::string_view left(raw);
  for (int i = 0; i < 4 && !left.empty(); ++i) {
    int early = 0;
    std::size_t used = 0;
    auto req = parse_http(left, early, used);
    if (!req) break;  // answered early (400/413/431) or incomplete: the connection ends
    left.remove_prefix(used);
    if ((flags & 1) != 0) authenticate(*req, session(flags >> 1));
    const auto resp = dispatch_checked(*req);
    (void)resp;
  }
  return 0;
}
