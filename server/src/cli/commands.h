// cli/commands.h — the subcommands of the soku binary (api.md "Command line").
#pragma once

#include <string>

namespace soku::cli {

struct DemoOptions {
  std::string db;
  std::string password;  // empty: a random one is generated and printed
  int clients = 200;
};
// Seeds fictional counties, municipalities, units, users (demo-<role>) and clients. Does nothing
// when the database already has counties. Returns the password used (or empty when skipped).
std::string demo_seed(const DemoOptions& options, bool* seeded = nullptr);

}  // namespace soku::cli
