// fuzz/fuzz_drafts.cpp — draft documents: PUT /api/v1/drafts/{key} with the bytes as the `data`
// value (byte 0 even: the body is {"data": <bytes>}) or as the whole raw body (odd), then GET it
// back. The PUT answers 204 or 4xx; after a 204 the GET answers 200 with the same JSON `data`.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz/harness.h"

namespace {

soku::http::Request make(const std::string& method, const std::string& key, std::string body) {
  soku::http::Request req;
  req.method = method;
  req.path = "/api/v1/drafts/" + key;
  req.headers["host"] = "127.0.0.1:8080";
  if (!body.empty()) req.headers["content-type"] = "application/json";
  req.body = std::move(body);
  req.remote_address = "127.0.0.1";
  return req;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  soku::fuzz::env();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace soku::fuzz;
  if (size < 1) return -1;
  Bytes in(data, size);
  const std::uint8_t mode = in.byte();
  const std::string key = "fuzz-" + std::to_string((mode >> 1) % 4);
  const std::string body = (mode & 1) != 0 ? in.rest() : "{\"data\":" + in.rest() + "}";
  const auto& who = session(0);

  auto put = make("PUT", key, body);
  authenticate(put, who);
  const auto put_resp = dispatch_checked(put);
  if (put_resp.status >= 400 && put_resp.status < 500) return 0;
  if (put_resp.status != 204) fail("PUT answered " + std::to_string(put_resp.status));
  // A 204 means the body was a JSON object with `data`.
  const auto sent = nlohmann::json::parse(body, nullptr, false);
  if (sent.is_discarded() || !sent.is_object() || !sent.contains("data")) {
    fail("PUT accepted a body that is not an object with data");
  }

  auto get = make("GET", key, "");
  authenticate(get, who);
  const auto get_resp = dispatch_checked(get);
  if (get_resp.status != 200) fail("GET after PUT answered " + std::to_string(get_resp.status));
  const auto got = nlohmann::json::parse(get_resp.body, nullptr, false);
  if (got.is_discarded() || !got.is_object() || !got.contains("data")) fail("GET body malformed");
  if (got["data"] != sent["data"]) {
    fail("the draft came back different: sent " + sent["data"].dump().substr(0, 200) + " got " +
         got["data"].dump().substr(0, 200));
  }
  return 0;
}
