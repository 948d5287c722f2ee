// fuzz/harness.cpp — see harness.h.
#include "fuzz/harness.h"

#include <unistd.h>

#include <boost/asio/buffer.hpp>
#include <boost/beast/http.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <limits>

#include "cli/commands.h"
#include "common/log.h"
#include "http/beast_request.h"
#include "http/server.h"
#include "security/crypto.h"
#include "store/db.h"

namespace soku::fuzz {

namespace bhttp = boost::beast::http;

namespace {

Env* g_env = nullptr;

void remove_dir() {
  if (g_env != nullptr && !g_env->dir.empty()) {
    std::error_code ec;
    std::filesystem::remove_all(g_env->dir, ec);
  }
}

std::string temp_dir() {
  std::string base = "/tmp";
  if (const char* d = std::getenv("SOKU_FUZZ_DB_DIR"); d != nullptr && *d != '\0') {
    base = d;
  } else if (std::filesystem::is_directory("/dev/shm")) {
    base = "/dev/shm";
  }
  std::string tmpl = base + "/soku-fuzz-XXXXXX";
  if (mkdtemp(tmpl.data()) == nullptr) fail("cannot create a temporary folder under " + base);
  return tmpl;
}

// Ids of demo records for the path prefix → table; the demo county's records first.
const std::pair<const char*, const char*> kIdTables[] = {
    {"clients", "clients"},     {"assessments", "assessments"}, {"consents", "consents"},
    {"decisions", "decisions"}, {"goals", "goals"},             {"network", "network_members"},
    {"periods", "periods"},     {"units", "units"},             {"users", "users"},
    {"referrals", "referrals"}, {"meetings", "meetings"}};

}  // namespace

[[noreturn]] void fail(const std::string& what) {
  std::fprintf(stderr, "\n*** soku fuzz finding: %s\n", what.c_str());
  std::fflush(stderr);
  std::abort();
}

Env& env() {
  if (g_env != nullptr) return *g_env;
  security::crypto_init();
  log::init(true);
  auto* e = new Env();  // lives until exit: no destructor order to get wrong
  e->dir = temp_dir();
  g_env = e;
  std::atexit(remove_dir);
  const std::string url = e->dir + "/fuzz.db";
  cli::DemoOptions demo;
  demo.db = url;
  demo.password = "fuzz-demo-password-2026";
  demo.clients = 24;
  cli::demo_seed(demo);
  store::Options opt;
  opt.pool_size = 2;
  api::AppConfig cfg;
  cfg.quiet = true;
  e->app = std::make_unique<api::App>(store::open(url, opt), cfg);
  auto& db = e->app->db();
  e->county_code = "etela-pohjanmaa";
  const std::string county =
      db.query("SELECT id FROM counties WHERE code = $1", {e->county_code}).one().str(0);
  for (const char* name : {"demo-social_worker", "demo-social_counsellor", "demo-admin"}) {
    const auto r = db.query("SELECT id, county_id FROM users WHERE username = $1", {std::string(name)});
    if (r.empty()) fail(std::string("demo user missing: ") + name);
    e->users.push_back({name, r.rows[0].str(0), r.rows[0].str(1), {}, {}});
  }
  for (const auto& [prefix, table] : kIdTables) {
    const auto r = db.query(std::string("SELECT id FROM ") + table +
                                " ORDER BY CASE WHEN county_id = $1 THEN 0 ELSE 1 END, id LIMIT 12",
                            {county});
    for (const auto& row : r.rows) e->ids[prefix].push_back(row.str(0));
  }
  return *e;
}

const Login& session(std::size_t index) {
  auto& e = env();
  auto& who = e.users[index % e.users.size()];
  if (!who.token.empty() && e.app->sessions().find(who.token) && e.app->load_user(who.user_id)) {
    return who;
  }
  // Logged out, expired or deactivated by an earlier input: make the user usable again.
  e.app->db().exec("UPDATE users SET active = 1 WHERE id = $1", {who.user_id});
  auto [token, s] = e.app->sessions().create(who.user_id, who.county_id);
  who.token = token;
  who.csrf = s.csrf_token;
  return who;
}

void authenticate(http::Request& req, const Login& who) {
  auto& cookie = req.headers["cookie"];
  cookie = "__Host-soku=" + who.token + (cookie.empty() ? "" : "; " + cookie);
  if (req.method != "GET" && req.method != "HEAD") req.headers["x-csrf-token"] = who.csrf;
}

http::Response dispatch_checked(http::Request& req) {
  const std::string method = req.method;
  const std::string path = req.path;
  http::Response resp = env().app->dispatch(req);
  if (resp.status >= 500 && resp.status != 503) {
    fail("HTTP " + std::to_string(resp.status) + " for " + method + " " + path + ": " + resp.body);
  }
  if (resp.status < 100 || resp.status > 599) fail("status out of range");
  if (resp.content_type.find("json") != std::string::npos && !resp.body.empty() &&
      !nlohmann::json::accept(resp.body)) {
    fail("a JSON response that is not JSON for " + method + " " + path);
  }
  return resp;
}

std::optional<http::Request> parse_http(std::string_view bytes, int& early_status,
                                        std::size_t& consumed) {
  early_status = 0;
  consumed = 0;
  bhttp::request_parser<bhttp::string_body> parser;
  parser.header_limit(static_cast<std::uint32_t>(http::ServerConfig{}.header_limit));
  parser.body_limit(std::numeric_limits<std::uint64_t>::max());
  boost::beast::error_code ec;
  auto feed = [&]() {
    const auto n = parser.put(boost::asio::buffer(bytes.data() + consumed, bytes.size() - consumed), ec);
    consumed += n;
    return n;
  };
  while (!parser.is_header_done()) {
    const auto n = feed();
    if (ec == bhttp::error::need_more) {
      // Incomplete: the server would wait, time out and close. Beast reports an over-long
      // header as header_limit only once it has seen that many bytes.
      return std::nullopt;
    }
    if (ec) {
      early_status = ec == bhttp::error::header_limit ? 431 : 400;
      return std::nullopt;
    }
    if (n == 0) return std::nullopt;
  }
  auto& hdr = parser.get();
  const std::string method(hdr.method_string());
  const std::string target(hdr.target());
  const std::string path = target.substr(0, target.find('?'));
  const std::size_t limit = env().app->body_limit(method, path);
  parser.body_limit(limit);
  const auto declared = parser.content_length();
  if (declared && *declared > limit) {
    early_status = 413;
    return std::nullopt;
  }
  while (!parser.is_done()) {
    const auto n = feed();
    if (ec == bhttp::error::need_more) return std::nullopt;
    if (ec == bhttp::error::body_limit) {
      early_status = 413;
      return std::nullopt;
    }
    if (ec == bhttp::error::bad_chunk || ec == bhttp::error::bad_content_length) {
      early_status = 400;
      return std::nullopt;
    }
    if (ec) return std::nullopt;  // the server closes the connection without an answer
    if (n == 0) return std::nullopt;
  }
  auto beast_req = parser.release();
  return http::to_request(beast_req, "127.0.0.1");
}

}  // namespace soku::fuzz
