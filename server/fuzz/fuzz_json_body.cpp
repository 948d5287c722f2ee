// fuzz/fuzz_json_body.cpp — every JSON body through Ctx::body() and the Fields validation of
// every route that takes one. Input: byte 0 picks the route (the state-changing routes of
// App::router(), sorted by pattern and method), byte 1 the logged-in user ((b % 3): social_worker,
// social_counsellor, admin), byte 2 the {id} (a real demo record of the path's kind, or for
// b >= 0xf0 random hex); the rest is the body, sent with the session cookie and CSRF header.
// A finding: a crash, a sanitizer report, or a 5xx other than 503.
//
// SOKU_FUZZ_LIST_ROUTES=1 prints the route list (index, method, pattern) and exits; the corpus
// generator server/fuzz/make_corpus.py uses it.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "fuzz/harness.h"

namespace {

struct R {
  std::string method;
  std::string pattern;
};

std::vector<R>& routes() {
  static std::vector<R> list = [] {
    std::vector<R> out;
    for (const auto& r : soku::fuzz::env().app->router().routes()) {
      if (r.method == "POST" || r.method == "PUT" || r.method == "PATCH" || r.method == "DELETE") {
        out.push_back({r.method, r.pattern});
      }
    }
    std::sort(out.begin(), out.end(), [](const R& a, const R& b) {
      return a.pattern != b.pattern ? a.pattern < b.pattern : a.method < b.method;
    });
    return out;
  }();
  return list;
}

// Replaces {id}, {code}, {key} with a value chosen by `sel`.
std::string fill(const std::string& pattern, std::uint8_t sel) {
  auto& e = soku::fuzz::env();
  std::string out;
  std::size_t pos = 0;
  while (pos < pattern.size()) {
    const auto open = pattern.find('{', pos);
    if (open == std::string::npos) {
      out += pattern.substr(pos);
      break;
    }
    const auto close = pattern.find('}', open);
    out += pattern.substr(pos, open - pos);
    const std::string name = pattern.substr(open + 1, close - open - 1);
    if (name == "code") {
      out += sel >= 0xf0 ? "no-such-county" : e.county_code;
    } else if (name == "key") {
      out += "fuzz-" + std::to_string(sel % 4);
    } else {
      // The path segment before {id} names the kind of record ("clients", "goals", …).
      const auto slash = out.find_last_of('/', out.size() - 2);
      const std::string kind = out.substr(slash + 1, out.size() - slash - 2);
      const auto it = e.ids.find(kind);
      if (sel < 0xf0 && it != e.ids.end() && !it->second.empty()) {
        out += it->second[sel % it->second.size()];
      } else {
        static const char* hex = "0123456789abcdef";
        for (int i = 0; i < 32; ++i) out += hex[(sel * 7 + i * 13) % 16];
      }
    }
    pos = close + 1;
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  soku::fuzz::env();
  if (std::getenv("SOKU_FUZZ_LIST_ROUTES") != nullptr) {
    int i = 0;
    for (const auto& r : routes()) std::printf("%d %s %s\n", i++, r.method.c_str(), r.pattern.c_str());
    std::fflush(stdout);
    std::_Exit(0);
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace soku::fuzz;
  if (size < 3) return -1;  // not a request; keep it out of the corpus
  Bytes in(data, size);
  const auto& list = routes();
  const auto& route = list[in.byte() % list.size()];
  const std::uint8_t user = in.byte();
  const std::uint8_t sel = in.byte();
  soku::http::Request req;
  req.method = route.method;
  req.path = fill(route.pattern, sel);
  req.headers["host"] = "127.0.0.1:8080";
  req.headers["content-type"] = "application/json";
  req.body = in.rest();
  req.remote_address = "127.0.0.1";
  authenticate(req, session(user));
  dispatch_checked(req);
  return 0;
}
