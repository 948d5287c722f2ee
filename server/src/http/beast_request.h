// http/beast_request.h — the one conversion from a request parsed by Beast to the Request that
// App::dispatch sees. http/server.cpp uses it for every request; the fuzz target server/fuzz/
// fuzz_http.cpp uses it too, so raw bytes are fuzzed through the very code the server runs.
#pragma once

#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>
#include <string>

#include "http/message.h"

namespace soku::http {

// Splits the target into path and raw query, lower-cases header names and joins repeated
// headers (cookies with "; ", others with ", "). Moves the body out of `req`.
Request to_request(boost::beast::http::request<boost::beast::http::string_body>& req,
                   const std::string& remote);

}  // namespace soku::http
