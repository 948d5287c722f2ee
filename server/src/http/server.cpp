// http/server.cpp — connection handling with Beast + Asio coroutines (C++20).
//
// Learned from Beast 1.74's advanced_server: one session per connection, a fresh parser per
// request, timeouts before every read and write, a body limit chosen per route after the header
// is read. The request is handled by co_spawn-ing onto the worker pool and awaiting the result,
// so the connection's strand (an IO thread) never runs application code that can block.
#include <utility>  // must precede asio/awaitable.hpp under g++ 12 with Boost 1.74

#include "http/server.h"

#include <algorithm>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <cctype>
#include <condition_variable>
#include <limits>
#include <mutex>

#include "common/log.h"
#include "http/beast_request.h"
#include "http/router.h"

namespace soku::http {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
using tcp = net::ip::tcp;

struct Server::Impl {
  ServerConfig cfg;
  Dispatch dispatch;
  BodyLimit body_limit;
  Rejected rejected;
  net::io_context ioc;
  net::thread_pool workers;
  tcp::acceptor acceptor;
  std::vector<std::thread> io_threads;
  std::atomic<bool> stopping{false};
  std::atomic<int> in_flight{0};
  std::mutex mu;
  std::condition_variable cv;
  bool stop_requested = false;
  bool stopped = false;
  std::unique_ptr<net::signal_set> signals;

  Impl(ServerConfig c, Dispatch d, BodyLimit b, Rejected r)
      : cfg(std::move(c)),
        dispatch(std::move(d)),
        body_limit(std::move(b)),
        rejected(std::move(r)),
        ioc(std::max(1, cfg.io_threads)),
        workers(static_cast<std::size_t>(std::max(1, cfg.workers))),
        acceptor(ioc) {}

  void request_stop() {
    {
      std::lock_guard lock(mu);
      stop_requested = true;
    }
    cv.notify_all();
  }
};

namespace {

bhttp::response<bhttp::string_body> to_beast(Response&& resp, unsigned version, bool keep_alive,
                                             bool head) {
  bhttp::response<bhttp::string_body> res{static_cast<bhttp::status>(resp.status), version};
  res.set(bhttp::field::server, "soku");
  if (!resp.content_type.empty()) res.set(bhttp::field::content_type, resp.content_type);
  for (auto& [k, v] : resp.headers) res.insert(k, v);
  const auto size = resp.body.size();
  if (!head) res.body() = std::move(resp.body);
  res.keep_alive(keep_alive);
  res.prepare_payload();
  if (head) res.content_length(size);
  return res;
}

// An answer given before the application sees the request (limits, malformed HTTP).
Response early_problem(int status, const std::string& slug, const std::string& title,
                       std::string request_id) {
  if (request_id.empty()) {
    static std::atomic<std::uint64_t> counter{0};
    request_id = "early-" + std::to_string(counter.fetch_add(1));
  }
  Problem p(status, slug, title);
  Response r = Response::json(status, problem_json(p, request_id));
  r.content_type = "application/problem+json";
  r.headers.emplace_back("X-Request-Id", request_id);
  r.headers.emplace_back("Cache-Control", "no-store");
  r.headers.emplace_back("X-Content-Type-Options", "nosniff");
  return r;
}

net::awaitable<void> session(Server::Impl* self, tcp::socket socket) {
  beast::tcp_stream stream(std::move(socket));
  std::string remote;
  {
    beast::error_code ec;
    const auto ep = stream.socket().remote_endpoint(ec);
    if (!ec) remote = ep.address().to_string();
  }
  beast::flat_buffer buffer;
  try {
    for (;;) {
      bhttp::request_parser<bhttp::string_body> parser;
      parser.header_limit(static_cast<std::uint32_t>(self->cfg.header_limit));
      // The route's limit is known only after the header; until then no limit, and a declared
      // Content-Length is compared with the route's limit below, before any body byte is read.
      // (Not boost::none: Beast 1.74 compares `len > body_limit_` with an empty optional as true.)
      parser.body_limit(std::numeric_limits<std::uint64_t>::max());
      stream.expires_after(self->cfg.idle_timeout);
      beast::error_code ec;
      co_await bhttp::async_read_header(stream, buffer, parser,
                                        net::redirect_error(net::use_awaitable, ec));
      if (ec) {
        if (ec == bhttp::error::header_limit) {
          auto res = to_beast(early_problem(431, "header-too-large", "Request header too large",
                                            ""), 11, false, false);
          stream.expires_after(self->cfg.write_timeout);
          co_await bhttp::async_write(stream, res, net::redirect_error(net::use_awaitable, ec));
        } else if (ec != bhttp::error::end_of_stream && ec != beast::error::timeout &&
                   ec != net::error::eof && ec != net::error::connection_reset &&
                   ec != net::error::operation_aborted) {
          auto res = to_beast(early_problem(400, "bad-request", "Malformed request", ""), 11,
                              false, false);
          stream.expires_after(self->cfg.write_timeout);
          co_await bhttp::async_write(stream, res, net::redirect_error(net::use_awaitable, ec));
        }
        break;
      }
      self->in_flight.fetch_add(1);
      struct Guard {
        std::atomic<int>& n;
        ~Guard() { n.fetch_sub(1); }
      } guard{self->in_flight};

      auto& hdr = parser.get();
      const std::string method(hdr.method_string());
      std::string target(hdr.target());
      const std::string path = target.substr(0, target.find('?'));
      const std::size_t limit = self->body_limit(method, path);
      parser.body_limit(limit);
      const auto declared = parser.content_length();
      if (declared && *declared > limit) {
        ec = bhttp::error::body_limit;
      } else {
        stream.expires_after(self->cfg.body_timeout);
        co_await bhttp::async_read(stream, buffer, parser,
                                   net::redirect_error(net::use_awaitable, ec));
      }
      if (ec) {
        const bool too_large = ec == bhttp::error::body_limit;
        if (too_large || ec == bhttp::error::bad_chunk || ec == bhttp::error::bad_content_length) {
          Request probe;
          probe.method = method;
          probe.path = path;
          const int status = too_large ? 413 : 400;
          if (self->rejected) self->rejected(probe, status);
          auto res = to_beast(too_large ? early_problem(413, "too-large", "Request body too large",
                                                        "")
                                        : early_problem(400, "bad-request", "Malformed request",
                                                        ""),
                              11, false, false);
          stream.expires_after(self->cfg.write_timeout);
          co_await bhttp::async_write(stream, res, net::redirect_error(net::use_awaitable, ec));
        }
        break;
      }
      auto beast_req = parser.release();
      const unsigned version = beast_req.version();
      const bool keep_alive = beast_req.keep_alive() && !self->stopping.load();
      const bool head = beast_req.method() == bhttp::verb::head;
      Request req = to_request(beast_req, remote);

      // Hop to the worker pool; the result comes back to this connection's strand.
      Response resp = co_await net::co_spawn(
          self->workers.get_executor(),
          [self, &req]() -> net::awaitable<Response> {
            try {
              co_return self->dispatch(req);
            } catch (...) {
              co_return early_problem(500, "internal", "Internal error", req.request_id);
            }
          },
          net::use_awaitable);

      auto res = to_beast(std::move(resp), version, keep_alive, head);
      stream.expires_after(self->cfg.write_timeout);
      co_await bhttp::async_write(stream, res, net::redirect_error(net::use_awaitable, ec));
      if (ec || !keep_alive || self->stopping.load()) break;
    }
  } catch (const std::exception&) {
    // A connection-level failure ends this connection only.
  }
  beast::error_code ignored;
  stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
  stream.socket().close(ignored);
}

net::awaitable<void> listen(Server::Impl* self) {
  for (;;) {
    beast::error_code ec;
    tcp::socket socket = co_await self->acceptor.async_accept(
        net::make_strand(self->ioc), net::redirect_error(net::use_awaitable, ec));
    if (ec) {
      if (ec == net::error::operation_aborted || !self->acceptor.is_open()) co_return;
      continue;  // e.g. too many open files: keep serving the others
    }
    auto ex = socket.get_executor();
    net::co_spawn(ex, session(self, std::move(socket)), net::detached);
  }
}

}  // namespace

Server::Server(ServerConfig config, Dispatch dispatch, BodyLimit body_limit, Rejected rejected)
    : impl_(std::make_unique<Impl>(std::move(config), std::move(dispatch), std::move(body_limit),
                                   std::move(rejected))) {}

Server::~Server() { stop(); }

void Server::start() {
  auto& im = *impl_;
  const auto address = net::ip::make_address(im.cfg.bind);
  tcp::endpoint ep{address, im.cfg.port};
  im.acceptor.open(ep.protocol());
  im.acceptor.set_option(net::socket_base::reuse_address(true));
  im.acceptor.bind(ep);
  im.acceptor.listen(net::socket_base::max_listen_connections);
  port_ = im.acceptor.local_endpoint().port();
  net::co_spawn(im.ioc, listen(&im), net::detached);
  for (int i = 0; i < std::max(1, im.cfg.io_threads); ++i) {
    im.io_threads.emplace_back([&im] { im.ioc.run(); });
  }
}

void Server::wait(bool handle_signals) {
  auto& im = *impl_;
  if (handle_signals) {
    im.signals = std::make_unique<net::signal_set>(im.ioc, SIGINT, SIGTERM);
    im.signals->async_wait([&im](const beast::error_code& ec, int) {
      if (!ec) im.request_stop();
    });
  }
  {
    std::unique_lock lock(im.mu);
    im.cv.wait(lock, [&im] { return im.stop_requested; });
  }
  stop();
}

void Server::stop() {
  auto& im = *impl_;
  {
    std::lock_guard lock(im.mu);
    if (im.stopped) return;
    im.stopped = true;
    im.stop_requested = true;
  }
  im.cv.notify_all();
  im.stopping.store(true);
  net::post(im.ioc, [&im] {
    beast::error_code ec;
    im.acceptor.close(ec);
    if (im.signals) im.signals->cancel(ec);
  });
  // Let requests already being handled finish, within the drain limit.
  const auto deadline = std::chrono::steady_clock::now() + im.cfg.drain_timeout;
  while (im.in_flight.load() > 0 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  im.ioc.stop();
  for (auto& t : im.io_threads) {
    if (t.joinable()) t.join();
  }
  im.workers.join();
}

}  // namespace soku::http
