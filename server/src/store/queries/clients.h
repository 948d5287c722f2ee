// store/queries/clients.h — named queries on the client register (clients), the reasons recorded
// for a reason-based access (access_reasons), and the county's municipalities and units a client
// refers to. Plain structs in and out; the column mapping is in clients.cpp only.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/clients.h"
#include "store/db.h"

namespace soku::store::clients {

// A client as the client view shows them.
struct Client {
  std::string id;
  domain::ClientData data;  // municipality_id is not read here (see municipality_*)
  std::string municipality_code;
  std::string municipality_name;
  std::string unit_name;  // "" when the client has no unit
  std::int64_t version = 0;
  std::string created_at;
  std::string updated_at;
};

// A client in a search result.
struct ListItem {
  std::string id;
  std::string first_name;
  std::string last_name;
  std::optional<std::string> hetu;
  std::string municipality_code;
  std::string municipality_name;
};

struct NewClient {
  std::string id;
  std::string county_id;
  domain::ClientData data;
  std::string created_by;
  std::string created_at;
};

// The county and unit a client belongs to (for the reason-based access check).
struct Placement {
  std::string county_id;
  std::optional<std::string> unit_id;
};

struct NewAccessReason {
  std::string id;
  std::string county_id;
  std::string client_id;
  std::string user_id;
  std::string reason;
  std::string created_at;
  std::string expires_at;
};

// Throws store::UniqueViolation when the identity code is registered already.
void insert(Tx& tx, const NewClient& c);
// Throws store::NotFound (→ 404) when there is no such client.
Client get(Tx& tx, const std::string& id);
// The stored editable data (municipality_id included). Throws store::NotFound.
domain::ClientData data(Tx& tx, const std::string& id);
// Versioned update (store::StaleVersion on a stale `version`; UniqueViolation on a taken code).
void update(Tx& tx, const std::string& id, std::int64_t version, const domain::ClientData& d,
            const std::string& updated_by, const std::string& updated_at);
std::optional<Placement> placement(Tx& tx, const std::string& id);

// Search pages (`limit` rows from `offset`, ordered by name), for plan_client_search's cases.
// An exact identity code in the whole county.
std::vector<ListItem> lookup_code(Tx& tx, const std::string& county_id, const std::string& hetu,
                                  std::int64_t limit, std::int64_t offset);
// Among the clients in `scope`: an SQL condition on clients `c` from Access::list_condition, its
// values already in `params`. `search` is an exact code (by_code) or a folded name fragment.
std::vector<ListItem> in_scope(Tx& tx, const std::string& scope, Params params, bool by_code,
                               const std::string& search, std::int64_t limit, std::int64_t offset);

// Ids of the county's municipality with `code` / the county's unit `unit_id`; nullopt when none.
std::optional<std::string> municipality_id(Tx& tx, const std::string& county_id,
                                           const std::string& code);
std::optional<std::string> unit_id(Tx& tx, const std::string& county_id, const std::string& unit_id);

void insert_access_reason(Tx& tx, const NewAccessReason& r);

}  // namespace soku::store::clients
