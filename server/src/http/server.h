// http/server.h — the HTTP/1.1 server: Boost.Beast over Asio coroutines.
//
// One coroutine per connection (keep-alive, one request at a time, a fresh parser per request),
// a header limit, a per-route body limit, idle/header/body/write timeouts. IO threads only parse,
// route and write: every request is handled on a separate worker pool, where database calls may
// block. SIGTERM/SIGINT stop accepting, let in-flight requests finish (bounded), then stop.
#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "http/message.h"

namespace soku::http {

struct ServerConfig {
  std::string bind = "127.0.0.1";
  unsigned short port = 8080;  // 0: any free port (tests)
  int io_threads = 1;
  int workers = 4;
  std::chrono::seconds idle_timeout{60};    // waiting for the next request's header
  std::chrono::seconds body_timeout{30};    // reading a body
  std::chrono::seconds write_timeout{30};
  std::chrono::seconds drain_timeout{10};   // graceful shutdown
  std::size_t header_limit = 16 * 1024;
};

// The application: given a complete request, answer it (runs on a worker thread).
using Dispatch = std::function<Response(Request&)>;
// The body limit of a method+path before its body is read (0: no body accepted).
using BodyLimit = std::function<std::size_t(const std::string& method, const std::string& path)>;
// Called on the IO thread for a request refused before dispatch (413, 400), for metrics/logs.
using Rejected = std::function<void(const Request&, int status)>;

class Server {
public:
  Server(ServerConfig config, Dispatch dispatch, BodyLimit body_limit, Rejected rejected = {});
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds and starts the threads; returns at once. Throws when the address cannot be bound.
  void start();
  // Blocks until SIGTERM/SIGINT (when `handle_signals`) or stop().
  void wait(bool handle_signals);
  // Graceful: stop accepting, drain, stop threads. Idempotent.
  void stop();
  [[nodiscard]] unsigned short port() const { return port_; }

  struct Impl;  // opaque; defined in server.cpp

private:
  std::unique_ptr<Impl> impl_;
  unsigned short port_ = 0;
};

}  // namespace soku::http
