// store/queries/plan_print.h — the facts of the printed client plan that the plan itself does not
// carry: the client's birth date and unit, the county, the network's names and roles, and the
// dates of the meetings.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "store/db.h"

namespace soku::store::plan_print {

struct Client {
  std::string first_name;
  std::string last_name;
  std::optional<std::string> birth_date;
  std::vector<std::string> languages;
  std::string county_name;
  std::optional<std::string> unit_name;
};
// Throws store::NotFound when there is no such client.
Client client(Tx& tx, const std::string& client_id);

struct NetworkMember {
  std::string name;
  std::string role;
  std::string organisation_type;
};
// The client's active network members, oldest first.
std::vector<NetworkMember> network(Tx& tx, const std::string& client_id);

// The days of the client's meetings in the period, oldest first.
std::vector<std::string> meeting_dates(Tx& tx, const std::string& period_id);

}  // namespace soku::store::plan_print
