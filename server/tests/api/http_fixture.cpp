// tests/api/http_fixture.cpp — see http_fixture.h.
#include <utility>  // must precede asio/awaitable.hpp under g++ 12 with Boost 1.74

#include "http_fixture.h"

#include <gtest/gtest.h>
#include <libpq-fe.h>
#include <unistd.h>

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <random>
#include <set>
#include <stdexcept>
#include <thread>

#include "cli/commands.h"
#include "common/time.h"
#include "security/crypto.h"
#include "test_db.h"

namespace soku::test {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
using tcp = net::ip::tcp;

namespace {

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::mt19937_64& rng() {
  static std::mt19937_64 r{std::random_device{}()};
  return r;
}
std::mutex& rng_mutex() {
  static std::mutex m;
  return m;
}

bool is_mutation(const std::string& m) {
  return m == "POST" || m == "PUT" || m == "PATCH" || m == "DELETE";
}

// Streams a request body in chunks (Transfer-Encoding: chunked) after the header.
void write_chunked(beast::tcp_stream& stream, bhttp::request<bhttp::empty_body>& head,
                   const std::string& body, beast::error_code& ec) {
  head.set(bhttp::field::transfer_encoding, "chunked");
  bhttp::request_serializer<bhttp::empty_body> sr{head};
  bhttp::write_header(stream, sr, ec);
  if (ec) return;
  constexpr std::size_t kChunk = 64 * 1024;
  for (std::size_t pos = 0; pos < body.size() && !ec; pos += kChunk) {
    const auto n = std::min(kChunk, body.size() - pos);
    net::write(stream, bhttp::make_chunk(net::const_buffer(body.data() + pos, n)), ec);
  }
  if (!ec) net::write(stream, bhttp::make_chunk_last(), ec);
}

// ---- the contract log (SOKU_CONTRACT_LOG) ------------------------------------------------------

// When SOKU_CONTRACT_LOG names a file, every response a Client receives is appended to it as one
// JSON line {test, method, path, status, content_type, bytes, body} for server/tests/contract/,
// which validates them against docs/openapi.yaml. `path` is the request target without its query
// string; `body` is the parsed JSON body, or null (no body, not JSON, or not parseable: `bytes`
// tells them apart). One fwrite + fflush per line under a mutex: lines never interleave.
class ContractLog {
public:
  static ContractLog& instance() {
    static ContractLog log;
    return log;
  }
  [[nodiscard]] bool enabled() const { return file_ != nullptr; }
  void write(const std::string& method, const std::string& target, const HttpResponse& r) {
    Json line;
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    line["test"] = info ? std::string(info->test_suite_name()) + "." + info->name() : "";
    line["method"] = method;
    line["path"] = target.substr(0, target.find_first_of("?#"));
    line["status"] = r.status;
    line["content_type"] = r.header("content-type");
    line["bytes"] = r.body.size();
    line["body"] = r.is_json ? r.json : Json(nullptr);
    // Invalid UTF-8 in a body must not stop the log: replaced, not thrown.
    const std::string text = line.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n";
    std::lock_guard lock(mu_);
    std::fwrite(text.data(), 1, text.size(), file_);
    std::fflush(file_);
  }
  ContractLog(const ContractLog&) = delete;
  ContractLog& operator=(const ContractLog&) = delete;

private:
  ContractLog() {
    const char* path = std::getenv("SOKU_CONTRACT_LOG");
    if (path == nullptr || *path == '\0') return;
    file_ = std::fopen(path, "ae");
    if (file_ == nullptr) {
      throw std::runtime_error(std::string("cannot open SOKU_CONTRACT_LOG ") + path);
    }
  }
  ~ContractLog() {
    if (file_ != nullptr) std::fclose(file_);
  }
  std::mutex mu_;
  std::FILE* file_ = nullptr;
};

}  // namespace

// ---- HttpResponse ------------------------------------------------------------------------------

std::string HttpResponse::header(const std::string& lower_name) const {
  auto it = headers.find(lower_name);
  return it == headers.end() ? std::string{} : it->second;
}

std::vector<std::string> HttpResponse::error_fields() const {
  std::vector<std::string> out;
  if (!is_json || !json.is_object() || !json.contains("errors") || !json["errors"].is_array()) {
    return out;
  }
  for (const auto& e : json["errors"]) {
    if (e.is_object() && e.contains("field") && e["field"].is_string()) {
      out.push_back(e["field"].get<std::string>());
    }
  }
  return out;
}

bool HttpResponse::names_field(const std::string& field) const {
  for (const auto& f : error_fields()) {
    if (f == field) return true;
  }
  return false;
}

// ---- Client ------------------------------------------------------------------------------------

Client::Client(unsigned short port) : port_(port) {}

std::optional<std::string> Client::cookie(const std::string& name) const {
  auto it = cookies_.find(name);
  if (it == cookies_.end()) return std::nullopt;
  return it->second;
}

HttpResponse Client::raw(const std::string& method, const std::string& target,
                         const std::string& body, const RequestOptions& options) {
  net::io_context ioc;
  beast::tcp_stream stream(ioc);
  stream.connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), port_));

  bhttp::request<bhttp::string_body> req{bhttp::string_to_verb(method), target, 11};
  req.set(bhttp::field::host, "127.0.0.1:" + std::to_string(port_));
  req.set(bhttp::field::user_agent, "soku-api-tests");
  req.set(bhttp::field::accept, "application/json");
  if (options.cookies && !cookies_.empty()) {
    std::string all;
    for (const auto& [k, v] : cookies_) all += (all.empty() ? "" : "; ") + k + "=" + v;
    req.set(bhttp::field::cookie, all);
  }
  if (options.csrf && is_mutation(method) && !csrf_.empty()) req.set("X-CSRF-Token", csrf_);
  if (!body.empty() && !options.content_type.empty()) {
    req.set(bhttp::field::content_type, options.content_type);
  }
  for (const auto& [k, v] : options.headers) req.set(k, v);
  req.keep_alive(false);

  // The response is read while the request is still being written: a server may answer early
  // (413) and close, and the answer must still be seen.
  beast::error_code write_ec;
  beast::error_code read_ec;
  beast::flat_buffer buffer;
  bhttp::response_parser<bhttp::string_body> parser;
  parser.body_limit(64 * 1024 * 1024);
  bool read_done = false;
  std::thread writer([&] {
    if (options.chunked) {
      bhttp::request<bhttp::empty_body> head{req.method(), req.target(), 11};
      for (const auto& f : req) head.set(f.name_string(), f.value());
      write_chunked(stream, head, body, write_ec);
    } else {
      req.body() = body;
      if (!body.empty() || is_mutation(method)) req.prepare_payload();
      bhttp::write(stream, req, write_ec);
    }
  });
  stream.expires_after(std::chrono::seconds(60));
  bhttp::async_read(stream, buffer, parser, [&](beast::error_code ec, std::size_t) {
    read_ec = ec;
    read_done = true;
  });
  ioc.run();
  if (read_done && !read_ec) {
    // The writer may still be blocked on a peer that stopped reading: end the connection.
    beast::error_code ignored;
    stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
  }
  writer.join();
  if (read_ec) {
    throw std::runtime_error("HTTP " + method + " " + target + ": no response (" +
                             read_ec.message() + "; write: " + write_ec.message() + ")");
  }

  auto res = parser.release();
  HttpResponse out;
  out.status = static_cast<int>(res.result_int());
  for (const auto& f : res) {
    const std::string name = lower(std::string(f.name_string()));
    const std::string value(f.value());
    if (name == "set-cookie") out.set_cookies.push_back(value);
    auto [it, inserted] = out.headers.emplace(name, value);
    if (!inserted) it->second += ", " + value;
  }
  out.body = res.body();
  if (out.header("content-type").find("json") != std::string::npos) {
    out.json = Json::parse(out.body, nullptr, false);
    out.is_json = !out.json.is_discarded();
  }
  if (auto& log = ContractLog::instance(); log.enabled()) log.write(method, target, out);
  // Cookies: name=value before the first ';'; an empty value or Max-Age=0 removes it.
  for (const auto& line : out.set_cookies) {
    const auto semi = line.find(';');
    const std::string pair = line.substr(0, semi);
    const auto eq = pair.find('=');
    if (eq == std::string::npos) continue;
    const std::string name = pair.substr(0, eq);
    const std::string value = pair.substr(eq + 1);
    if (value.empty() || lower(line).find("max-age=0") != std::string::npos) {
      cookies_.erase(name);
    } else {
      cookies_[name] = value;
    }
  }
  if (out.is_json && out.json.is_object() && out.json.contains("csrf_token") &&
      out.json["csrf_token"].is_string()) {
    csrf_ = out.json["csrf_token"].get<std::string>();
    if (out.json.contains("user")) user_ = out.json["user"];
  }
  return out;
}

HttpResponse Client::get(const std::string& target, const RequestOptions& options) {
  return raw("GET", target, "", options);
}
HttpResponse Client::del(const std::string& target, const RequestOptions& options) {
  return raw("DELETE", target, "", options);
}
HttpResponse Client::post(const std::string& target, const Json& body,
                          const RequestOptions& options) {
  return raw("POST", target, body.dump(), options);
}
HttpResponse Client::put(const std::string& target, const Json& body,
                         const RequestOptions& options) {
  return raw("PUT", target, body.dump(), options);
}
HttpResponse Client::patch(const std::string& target, const Json& body,
                           const RequestOptions& options) {
  return raw("PATCH", target, body.dump(), options);
}

HttpResponse Client::login(const std::string& username, const std::string& password) {
  // Like the web app: the CSRF token of the session this client holds, when it holds one (a
  // login that comes with a live session's cookie needs it).
  return post("/api/v1/session", {{"username", username}, {"password", password}});
}

Client& Client::must_login(const std::string& username, const std::string& password) {
  const auto r = login(username, password);
  EXPECT_EQ(r.status, 200) << "login of " << username << ": " << r.body;
  return *this;
}

// ---- the server --------------------------------------------------------------------------------

TestServer::TestServer(api::App& app) {
  http::ServerConfig cfg;
  cfg.bind = "127.0.0.1";
  cfg.port = 0;
  cfg.workers = 4;
  cfg.drain_timeout = std::chrono::seconds(2);
  server_ = std::make_unique<http::Server>(
      cfg, [&app](http::Request& r) { return app.dispatch(r); },
      [&app](const std::string& m, const std::string& p) { return app.body_limit(m, p); },
      [&app](const http::Request& r, int status) { app.rejected(r, status); });
  server_->start();
}

TestServer::~TestServer() { server_->stop(); }

namespace {
std::mutex g_env_mu;
std::unique_ptr<Env> g_env;

// Stops the shared server and closes the app after the last test, before static destruction
// (test_db.cpp removes the SQLite file then).
struct EnvReaper : ::testing::Environment {
  void TearDown() override {
    std::lock_guard lock(g_env_mu);
    if (!g_env) return;
    g_env->server.reset();
    g_env->app.reset();
  }
};
[[maybe_unused]] ::testing::Environment* const g_reaper =
    ::testing::AddGlobalTestEnvironment(new EnvReaper);
}  // namespace

Env& env() {
  std::lock_guard lock(g_env_mu);
  if (!g_env) {
    security::crypto_init();
    auto made = std::make_unique<Env>();
    made->url = test_db_url();
    cli::DemoOptions demo;
    demo.db = made->url;
    demo.password = kDemoPassword;
    demo.clients = 40;
    cli::demo_seed(demo);
    store::Options opt;
    opt.pool_size = 8;
    api::AppConfig cfg;
    cfg.web_dir = "";
    cfg.quiet = true;
    made->app = std::make_unique<api::App>(open_test_db(opt), cfg);
    made->server = std::make_unique<TestServer>(*made->app);
    made->county_id =
        made->app->db().query("SELECT id FROM counties WHERE code = $1", {kCounty}).one().str(0);
    g_env = std::move(made);
  }
  if (!g_env->server) throw std::runtime_error("the test environment has been torn down");
  return *g_env;
}

Client& as(const std::string& username) {
  static std::mutex mu;
  static std::map<std::string, std::unique_ptr<Client>> clients;
  std::lock_guard lock(mu);
  auto& c = clients[username];
  if (!c) {
    c = std::make_unique<Client>(port());
    const auto r = c->login(username);
    if (r.status != 200) {
      c.reset();
      throw std::runtime_error("cannot log in " + username + ": " + std::to_string(r.status) +
                               " " + r.body);
    }
  }
  return *c;
}

// ---- test data ---------------------------------------------------------------------------------

std::string random_suffix(std::size_t n) {
  std::lock_guard lock(rng_mutex());
  std::string s;
  for (std::size_t i = 0; i < n; ++i) {
    s.push_back(static_cast<char>('a' + std::uniform_int_distribution<int>(0, 25)(rng())));
  }
  return s;
}

char check_character(const std::string& nine_digits) {
  static constexpr std::string_view kChars = "0123456789ABCDEFHJKLMNPRSTUVWXY";
  return kChars[static_cast<std::size_t>(std::stol(nine_digits) % 31)];
}

std::string fictional_hetu(char sign_1900s, bool two_thousands) {
  static std::set<std::string> used;
  static std::mutex mu;
  for (;;) {
    int year = 0, month = 0, day = 0, individual = 0;
    {
      std::lock_guard lock(rng_mutex());
      year = two_thousands ? std::uniform_int_distribution<int>(2005, 2023)(rng())
                           : std::uniform_int_distribution<int>(1930, 1961)(rng());
      month = std::uniform_int_distribution<int>(1, 12)(rng());
      day = std::uniform_int_distribution<int>(1, 28)(rng());
      individual = std::uniform_int_distribution<int>(900, 999)(rng());
    }
    char digits[16];
    std::snprintf(digits, sizeof digits, "%02d%02d%02d%03d", day, month, year % 100, individual);
    const std::string d(digits);
    const char sign = two_thousands ? 'A' : sign_1900s;
    std::string code = d.substr(0, 6) + sign + d.substr(6, 3) + check_character(d);
    std::lock_guard lock(mu);
    // Unique by digits, so that with_sign() of one code never meets another test's code.
    if (used.insert(d).second) return code;
  }
}

std::string with_sign(const std::string& hetu, char sign) {
  std::string out = hetu;
  out[6] = sign;
  return out;
}

Json create_client(Client& worker, const Json& extra) {
  Json body = {{"first_name", "Testi"},
               {"last_name", "Asiakas" + random_suffix()},
               {"municipality", "alajarvi"},
               {"languages", {"fi"}},
               {"contact", {{"phone", "040 123 4567"}}}};
  for (const auto& [k, v] : extra.items()) body[k] = v;
  const auto r = worker.post("/api/v1/clients", body);
  EXPECT_EQ(r.status, 201) << r.body;
  if (r.status != 201) throw std::runtime_error("create_client failed: " + r.body);
  return r.json;
}

namespace {
// POST /api/v1/users as `admin`, then the temporary-password flag cleared in `db`.
Json create_user_with(Client& admin, store::Database& db, const std::string& username,
                      const std::string& role, const std::string& unit,
                      const std::string& password) {
  Json spec = {{"role", role}};
  if (!unit.empty()) spec["unit"] = unit;
  const auto r = admin.post(
      "/api/v1/users", {{"username", username},
                        {"display_name", "Test " + username},
                        {"password", password.empty() ? std::string(kUserPassword) : password},
                        {"roles", Json::array({spec})}});
  EXPECT_EQ(r.status, 201) << r.body;
  if (r.status != 201) throw std::runtime_error("create_user failed: " + r.body);
  // A password set by the admin is temporary. Most tests need a user who can work at once, so the
  // flag is cleared here, in the database; api_accounts_test.cpp walks the real first login.
  db.exec("UPDATE users SET must_change_password = 0 WHERE id = $1",
          {r.json["id"].get<std::string>()});
  Json out = r.json;
  out["password_change_required"] = false;
  return out;
}

Json audit_entries_with(Client& auditor, const std::string& client_id) {
  const auto r = auditor.get("/api/v1/audit?limit=500&client_id=" + client_id);
  EXPECT_EQ(r.status, 200) << r.body;
  return r.is_json && r.json.contains("items") ? r.json["items"] : Json::array();
}
}  // namespace

Json create_user(const std::string& username, const std::string& role, const std::string& unit,
                 const std::string& password) {
  return create_user_with(as("demo-admin"), app().db(), username, role, unit, password);
}

Json audit_entries(const std::string& client_id) {
  return audit_entries_with(as("demo-auditor"), client_id);
}

// ---- scratch databases -------------------------------------------------------------------------

bool is_postgres() {
  const std::string url = test_db_url();
  return url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0;
}

namespace {

// "postgresql://user@host:port/name?x" with the database name replaced.
std::string with_database(const std::string& url, const std::string& name) {
  const auto scheme = url.find("://");
  const auto slash = url.find('/', scheme + 3);
  const auto query = url.find('?', scheme + 3);
  const std::string base = url.substr(0, slash == std::string::npos ? query : slash);
  const std::string tail = query == std::string::npos ? "" : url.substr(query);
  return base + "/" + name + tail;
}

void pg_command(const std::string& url, const std::string& sql) {
  PGconn* conn = PQconnectdb(url.c_str());
  if (PQstatus(conn) != CONNECTION_OK) {
    const std::string why = PQerrorMessage(conn);
    PQfinish(conn);
    throw std::runtime_error("scratch database: cannot connect: " + why);
  }
  PGresult* res = PQexec(conn, sql.c_str());
  const bool ok = PQresultStatus(res) == PGRES_COMMAND_OK;
  const std::string why = ok ? "" : PQerrorMessage(conn);
  PQclear(res);
  PQfinish(conn);
  if (!ok) throw std::runtime_error("scratch database: " + sql + ": " + why);
}

struct Scratch {
  std::mutex mu;
  std::vector<std::string> sqlite_files;
  std::vector<std::string> pg_databases;
  ~Scratch() {
    for (const auto& f : sqlite_files) {
      for (const char* suffix : {"", "-wal", "-shm"}) std::remove((f + suffix).c_str());
    }
    for (const auto& d : pg_databases) {
      try {
        pg_command(test_db_url(), "DROP DATABASE IF EXISTS " + d + " WITH (FORCE)");
      } catch (const std::exception&) {
        // Left behind on a throw-away test server: harmless.
      }
    }
  }
};

Scratch& scratch() {
  static Scratch s;
  return s;
}

}  // namespace

std::string scratch_db_url(const std::string& tag) {
  auto& s = scratch();
  const std::string name = "soku_scratch_" + tag + "_" + std::to_string(getpid()) + "_" +
                           random_suffix(6);
  if (is_postgres()) {
    pg_command(test_db_url(), "CREATE DATABASE " + name);
    std::lock_guard lock(s.mu);
    s.pg_databases.push_back(name);
    return with_database(test_db_url(), name);
  }
  const std::string path = "/tmp/" + name + ".db";
  std::lock_guard lock(s.mu);
  s.sqlite_files.push_back(path);
  return path;
}

// ---- soku's clock and a server of its own -------------------------------------------------------

ClockShift::ClockShift(std::int64_t shift_ms) { time::set_test_shift_ms(shift_ms); }
ClockShift::~ClockShift() { time::set_test_shift_ms(0); }

std::int64_t shift_to_date(const std::string& date) {
  const auto days = time::days_from_date(date);
  if (!days) throw std::invalid_argument("shift_to_date: not a date: " + date);
  // 10:00 UTC is 12:00 or 13:00 in Helsinki: the same date in winter and in summer.
  const std::int64_t target = *days * 24 * 3600 * 1000 + 10LL * 3600 * 1000;
  const std::int64_t wall = time::now_ms() - time::test_shift_ms();
  return target - wall;
}

ScratchServer::ScratchServer(const std::string& tag) {
  security::crypto_init();
  const std::string url = scratch_db_url(tag);
  cli::DemoOptions demo;
  demo.db = url;
  demo.password = kDemoPassword;
  demo.clients = 0;
  cli::demo_seed(demo);
  api::AppConfig cfg;
  cfg.web_dir = "";
  cfg.quiet = true;
  app_ = std::make_unique<api::App>(store::open(url), cfg);
  server_ = std::make_unique<TestServer>(*app_);
}

ScratchServer::~ScratchServer() {
  server_.reset();
  app_.reset();
}

std::unique_ptr<Client> ScratchServer::login(const std::string& username,
                                             const std::string& password) {
  auto c = std::make_unique<Client>(port());
  c->must_login(username, password);
  return c;
}

Json ScratchServer::create_user(const std::string& username, const std::string& role,
                                const std::string& unit) {
  return create_user_with(*login("demo-admin"), app_->db(), username, role, unit, "");
}

Json ScratchServer::audit_entries(const std::string& client_id) {
  return audit_entries_with(*login("demo-auditor"), client_id);
}

std::string worker_id(const std::string& username) {
  const auto r = as("demo-social_worker").get("/api/v1/workers");
  EXPECT_EQ(r.status, 200);
  for (const auto& w : r.json["items"]) {
    if (w["username"] == username) return w["id"];
  }
  ADD_FAILURE() << "no worker " << username;
  return {};
}

std::pair<std::string, std::string> client_in_service() {
  auto& sw = as("demo-social_worker");
  const std::string cid = create_client(sw)["id"];
  const auto d = sw.post("/api/v1/clients/" + cid + "/decisions",
                         {{"outcome", "granted"},
                          {"service_forms", {"individual"}},
                          {"starts_on", "2026-11-01"},
                          {"deadline", "2027-02-28"},
                          {"key_worker_id", worker_id("demo-social_counsellor")},
                          {"grounds", "Palvelutarve todettu."}});
  EXPECT_EQ(d.status, 201) << d.body;
  return {cid, d.json.value("period_id", "")};
}

HttpResponse search(Client& c, const std::string& q, int limit, const std::string& cursor) {
  Json body = {{"q", q}};
  if (limit > 0) body["limit"] = limit;
  if (!cursor.empty()) body["cursor"] = cursor;
  return c.post("/api/v1/clients/search", body);
}

}  // namespace soku::test
