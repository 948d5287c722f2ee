// store/queries/audit.h — the auditor's reading of the audit log (the writer is
// security/audit_log).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/db.h"

namespace soku::store::audit {

// Which entries of a county to list; "" / false / 0 means no filter on that field. Every value
// is bound as a parameter.
struct Filter {
  std::string county_id;
  std::string client_id;
  std::string actor;         // the actor's id or username
  std::string subject_user;  // the id or username of the account an account event is about
  std::string from;          // at >= from
  std::string to;            // at < to
  bool flagged_only = false;
  std::int64_t limit = 100;
  std::int64_t offset = 0;
};

struct Entry {
  std::int64_t seq = 0;
  std::string at;
  std::string actor_id;
  std::string actor_username;  // "" when the actor is not a user (cli, demo seed, throttle)
  std::string actor_role;
  std::string client_id;
  std::string resource_type;
  std::string resource_id;
  std::string action;
  std::string relationship;
  std::string reason;
  std::string request_id;
  std::string outcome;
  bool flagged = false;
  std::optional<std::string> subject_username;  // account events: the account's username
};

// Newest first: at most filter.limit entries after skipping filter.offset.
std::vector<Entry> list(Tx& tx, const Filter& filter);

// A client as the auditor's lookup shows it (to choose whose access log to read).
struct ClientHit {
  std::string id;
  std::string first_name;
  std::string last_name;
  std::optional<std::string> hetu;  // masked by the caller
  std::string municipality_code;
  std::string municipality_name;
  std::string municipality_name_sv;
};
// The county's clients with exactly this identity code (`by_code`), or whose folded name contains
// `value`; by name, at most `limit`. The auditor's lookup (audit_read): the whole county, since
// the auditor's task is the county's log, and every hit is itself an audit entry.
std::vector<ClientHit> find_clients(Tx& tx, const std::string& county_id, bool by_code,
                                    const std::string& value, std::int64_t limit);

}  // namespace soku::store::audit
