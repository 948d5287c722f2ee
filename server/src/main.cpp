// main.cpp — the soku command line: serve, migrate, demo seed, user add, audit verify.
#include <CLI/CLI.hpp>
#include <cstdlib>
#include <iostream>
#include <thread>

#include "api/accounts.h"
#include "api/app.h"
#include "cli/commands.h"
#include "common/log.h"
#include "http/server.h"
#include "security/audit_log.h"
#include "security/crypto.h"
#include "store/backup.h"
#include "store/db.h"
#include "store/queries/organisation.h"

namespace {

std::string env_or(const char* name, const std::string& def) {
  const char* v = std::getenv(name);
  return v != nullptr && *v != '\0' ? std::string(v) : def;
}

std::unique_ptr<soku::store::Database> open_migrated(const std::string& url, int pool) {
  if (url.empty()) throw std::runtime_error("--db (or SOKU_DB) is required");
  soku::store::Options opt;
  opt.pool_size = pool;
  auto db = soku::store::open(url, opt);
  soku::store::migrate(*db);
  return db;
}

}  // namespace

int main(int argc, char** argv) {
  soku::security::crypto_init();
  CLI::App cli{"soku — client and effectiveness system for social rehabilitation"};
  cli.require_subcommand(1);
  std::string db = env_or("SOKU_DB", "");

  // serve
  auto* serve = cli.add_subcommand("serve", "Serve the API and the web app");
  soku::http::ServerConfig scfg;
  std::string web_dir = "web/dist";
  int workers = static_cast<int>(std::max(4u, std::thread::hardware_concurrency() * 2));
  bool quiet = false;
  std::vector<std::string> origins;
  serve->add_option("--db", db, "SQLite file or postgresql:// URL (env SOKU_DB)");
  serve->add_option("--port", scfg.port, "TCP port")->capture_default_str();
  serve->add_option("--bind", scfg.bind, "Address to listen on")->capture_default_str();
  serve->add_option("--web", web_dir, "Folder of the built web app")->capture_default_str();
  serve->add_option("--workers", workers, "Worker threads for request handling");
  serve->add_option("--io-threads", scfg.io_threads, "IO threads")->capture_default_str();
  serve->add_option("--allow-origin", origins, "Extra allowed Origin (e.g. behind a proxy)");
  serve->add_flag("--quiet", quiet, "No access log");

  auto* migrate = cli.add_subcommand("migrate", "Apply database migrations");
  migrate->add_option("--db", db, "SQLite file or postgresql:// URL (env SOKU_DB)");

  auto* demo = cli.add_subcommand("demo", "Demo data");
  auto* seed = demo->add_subcommand("seed", "Seed fictional demo data");
  demo->require_subcommand(1);
  soku::cli::DemoOptions demo_opt;
  demo_opt.password = env_or("SOKU_DEMO_PASSWORD", "");
  seed->add_option("--db", db, "SQLite file or postgresql:// URL (env SOKU_DB)");
  seed->add_option("--password", demo_opt.password, "Password of every demo user");
  seed->add_option("--clients", demo_opt.clients, "Number of fictional clients")->capture_default_str();

  auto* user = cli.add_subcommand("user", "Users");
  auto* user_add = user->add_subcommand("add", "Create a user (temporary password on standard input)");
  user->require_subcommand(1);
  std::string username, role, county, unit, display;
  user_add->add_option("--db", db, "SQLite file or postgresql:// URL (env SOKU_DB)");
  user_add->add_option("--username", username)->required();
  user_add->add_option("--role", role)->required();
  user_add->add_option("--county", county, "County code")->required();
  user_add->add_option("--unit", unit, "Unit code");
  user_add->add_option("--name", display, "Display name (default: the username)");

  auto* audit = cli.add_subcommand("audit", "Audit log");
  auto* verify = audit->add_subcommand("verify", "Verify the audit hash chain");
  audit->require_subcommand(1);
  verify->add_option("--db", db, "SQLite file or postgresql:// URL (env SOKU_DB)");

  auto* backup = cli.add_subcommand("backup", "Copy the SQLite database (online) to a file");
  std::string backup_to, restore_from;
  backup->add_option("--db", db, "SQLite file (env SOKU_DB)");
  backup->add_option("--to", backup_to, "New file to write")->required();
  auto* restore = cli.add_subcommand("restore", "Replace the SQLite database with a backup");
  restore->add_option("--db", db, "SQLite file (env SOKU_DB)");
  restore->add_option("--from", restore_from, "Backup file")->required();

  CLI11_PARSE(cli, argc, argv);
  soku::log::init(quiet);

  try {
    if (serve->parsed()) {
      soku::api::AppConfig acfg;
      acfg.web_dir = web_dir;
      acfg.quiet = quiet;
      acfg.allowed_origins = origins;
      scfg.workers = workers;
      soku::api::App app(open_migrated(db, workers), acfg);
      soku::http::Server server(
          scfg, [&app](soku::http::Request& r) { return app.dispatch(r); },
          [&app](const std::string& m, const std::string& p) { return app.body_limit(m, p); },
          [&app](const soku::http::Request& r, int status) { app.rejected(r, status); });
      server.start();
      soku::log::info("listening", {{"url", "http://" + scfg.bind + ":" + std::to_string(server.port())},
                                    {"backend", std::string(app.db().backend())}});
      server.wait(true);
      soku::log::info("stopped");
      return 0;
    }
    if (migrate->parsed()) {
      auto d = open_migrated(db, 1);
      std::cout << "schema version " << soku::store::schema_version(*d) << "\n";
      return 0;
    }
    if (seed->parsed()) {
      demo_opt.db = db;
      bool seeded = false;
      const auto pw = soku::cli::demo_seed(demo_opt, &seeded);
      if (!seeded) std::cout << "demo data already present; nothing seeded\n";
      return 0;
    }
    if (user_add->parsed()) {
      auto d = open_migrated(db, 1);
      std::string password;
      std::getline(std::cin, password);
      std::optional<std::string> county_id;
      d->read([&](soku::store::Tx& tx) {
        county_id = soku::store::organisation::county_id(tx, county);
      });
      if (!county_id) throw std::runtime_error("no such county: " + county);
      soku::api::NewUser u{
          *county_id,
          username,
          display.empty() ? username : display,
          password,
          {{role, unit.empty() ? std::nullopt : std::optional<std::string>(unit)}}};
      // Typed by an operator for someone else: temporary, like a password an admin sets.
      u.temporary_password = true;
      soku::security::AuditLog audit_log(*d);
      const auto id = soku::api::create_user(*d, u, &audit_log, {"", "cli", ""});
      std::cout << "created user " << username << " (" << id << ")\n";
      return 0;
    }
    if (backup->parsed()) {
      soku::store::backup(db, backup_to);
      std::cout << "backup written to " << backup_to << "\n";
      return 0;
    }
    if (restore->parsed()) {
      soku::store::restore(db, restore_from);
      std::cout << "restored from " << restore_from << "\n";
      return 0;
    }
    if (verify->parsed()) {
      auto d = open_migrated(db, 1);
      const auto check = soku::security::AuditLog::verify(*d);
      if (check.ok) {
        std::cout << "audit chain ok: " << check.checked << " entries\n";
        return 0;
      }
      std::cout << "audit chain BROKEN at seq " << check.first_bad_seq.value_or(0) << ": "
                << check.problem << "\n";
      return 1;
    }
  } catch (const soku::http::Problem& p) {
    std::cerr << "error: " << p.title;
    for (const auto& e : p.errors) std::cerr << "; " << e.field << " " << e.message;
    std::cerr << "\n";
    return 2;
  } catch (const std::exception& ex) {
    std::cerr << "error: " << ex.what() << "\n";
    return 2;
  }
  return 0;
}
