// security/scope.h — which clients a list may show: the access policy turned into a set.
//
// Lists of many clients (search, the dashboard, later caseloads, groups and reports) must show a
// client if and only if authorize() would let this actor do the list's action on that client. They
// must not write their own relationship or role condition in SQL: such copies drift (the 24-month
// case-worker rule once held for one record but not in search or on the dashboard).
//
// So list_scope() asks authorize() itself. authorize() is monotone in the facts (a client it allows
// through one relationship stays allowed when more relationships are found), so the set of clients
// it allows is the union, over every relationship r, of the clients where the actor has r and the
// client's unit lets r count. list_scope() finds, for each r, which client units let r count by
// probing authorize() with facts {r, unit} for: no unit, each unit named in the actor's grants, and
// a unit no grant names. The result is a ListScope: data, not SQL.
//
// The facts that back each relationship (what "case worker" means in rows: a relation recorded in
// client_relations, not ended, with work in the last 24 months) are written once, in scope.cpp,
// both as the per-client query (load_facts, used by the choke point api/access.cpp) and as the SQL
// condition for lists (sql_condition) — side by side, so they cannot drift apart unnoticed; the
// property test tests/api/scope_property_test.cpp proves list == authorize on generated data.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "security/access.h"
#include "store/db.h"

namespace soku::security {

// A case-worker relationship lapses when no work has been recorded for this long (access.md).
inline constexpr std::int64_t kCaseWorkerLapseDays = 730;
// A recorded reason gives access for this long.
inline constexpr std::int64_t kReasonHours = 8;

// One way into the list: the actor has relationship `via` to the client (none: the grants alone
// suffice, e.g. a unit manager), and the client's unit is one that lets it count.
struct ScopeTerm {
  Relationship via = Relationship::none;
  bool unit_none = false;           // clients without a unit
  bool unit_unnamed = false;        // clients in a unit none of the actor's grants names
  std::vector<std::string> units;   // of the units the grants name, those that count
};

struct ListScope {
  std::string county_id;
  Action action = Action::client_read;
  std::vector<ScopeTerm> terms;          // empty: no client at all
  std::vector<std::string> grant_units;  // every unit named in the actor's grants in the county
};

// Pure: derived from authorize() alone.
ListScope list_scope(const Actor& actor, Action action, const std::string& county_id);

// The roles whose holder, with relationship `via` to a client of their county (and unit), may do
// `action` — from authorize() alone. E.g. who may be named key worker: roles_that_may(
// client_update, key_worker). Lists of users take their role condition from here.
std::vector<Role> roles_that_may(Action action, Relationship via = Relationship::none);
// The same as SQL: "<column> IN ($k, …)" with the role names appended to `params` ("1 = 0" when
// no role may).
std::string roles_condition(const std::vector<Role>& roles, const std::string& column,
                            store::Params& params);

// The time-dependent bounds of the facts: "now" for reasons, "since" for the case-worker lapse.
struct FactTimes {
  std::string now;    // ISO 8601 UTC
  std::string since;  // now - kCaseWorkerLapseDays
};
FactTimes fact_times_now();

// The facts about (user, client) from the database, as authorize() needs them; nullopt when the
// client does not exist. `reason` receives the recorded reason when a reason counts.
std::optional<ClientFacts> load_facts(store::Tx& tx, const std::string& client_id,
                                      const std::string& user_id, const FactTimes& times,
                                      std::string* reason = nullptr);

// The same facts as a SQL condition on the clients table under alias `alias`, for the scope:
// appends its parameters to `params` (numbered from params.size() + 1). Never empty ("1 = 0" when
// the scope admits nobody).
std::string sql_condition(const ListScope& scope, const std::string& user_id,
                          const FactTimes& times, store::Params& params,
                          const std::string& alias = "c");

}  // namespace soku::security
