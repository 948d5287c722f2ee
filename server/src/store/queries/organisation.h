// store/queries/organisation.h — named queries on counties, municipalities and units.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "store/db.h"

namespace soku::store::organisation {

// A county or a municipality as lists show it.
struct Named {
  std::string code;
  std::string name;
  std::string name_sv;  // the official Swedish name; "" when none is recorded
};

struct Unit {
  std::string id;
  std::string code;
  std::string name;
  std::string name_sv;
  std::optional<std::string> municipality_id;
  std::optional<Named> municipality;
};

struct NewMunicipality {
  std::string id;
  std::string county_id;
  std::string code;
  std::string name;
  std::string created_at;
  std::string name_sv = {};
};

struct NewUnit {
  std::string id;
  std::string county_id;
  std::string code;
  std::string name;
  std::optional<std::string> municipality_id;
  std::string created_at;
  std::string name_sv = {};
};

// A unit as a role grant names it.
struct UnitRef {
  std::string id;
  std::string code;
};

// Every county, by name.
std::vector<Named> counties(Tx& tx);
// The id of the county with that code.
std::optional<std::string> county_id(Tx& tx, const std::string& code);

// The municipalities of a county, by name.
std::vector<Named> municipalities(Tx& tx, const std::string& county_id);
// The id of the county's municipality with that code.
std::optional<std::string> municipality_id(Tx& tx, const std::string& county_id,
                                           const std::string& code);
// Throws store::UniqueViolation when the code is in use.
void insert_municipality(Tx& tx, const NewMunicipality& m);
// Sets the names of the county's municipality `code`; false when there is none.
bool update_municipality(Tx& tx, const std::string& county_id, const std::string& code,
                         const std::string& name, const std::string& name_sv);

// The units of a county, by name.
std::vector<Unit> units(Tx& tx, const std::string& county_id);
// Throws store::NotFound (→ 404) when there is no such unit.
Unit get_unit(Tx& tx, const std::string& id);
// The county's unit with that id, or nullopt.
std::optional<Unit> find_unit(Tx& tx, const std::string& county_id, const std::string& id);
// The county's unit whose id or code is `ref`.
std::optional<UnitRef> find_unit_ref(Tx& tx, const std::string& county_id, const std::string& ref);
// Throws store::UniqueViolation when the code is in use.
void insert_unit(Tx& tx, const NewUnit& u);
// Sets the unit's names and municipality (nullopt: none).
void update_unit(Tx& tx, const std::string& id, const std::string& name,
                 const std::string& name_sv,
                 const std::optional<std::string>& municipality_id, const std::string& now);

}  // namespace soku::store::organisation
