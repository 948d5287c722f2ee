// store/queries/organisation.cpp — see organisation.h.
#include "store/queries/organisation.h"

namespace soku::store::organisation {

namespace {

constexpr std::string_view kUnitSelect =
    "SELECT u.id, u.code, u.name, u.municipality_id, m.code, m.name FROM units u "
    "LEFT JOIN municipalities m ON m.id = u.municipality_id ";

Unit unit_from_row(const Row& r) {
  return {r.str(0), r.str(1), r.str(2), r.opt_str(3),
          r.is_null(4) ? std::nullopt : std::optional<Named>(Named{r.str(4), r.str(5)})};
}

std::vector<Named> named_rows(const Result& res) {
  std::vector<Named> out;
  for (const auto& r : res.rows) out.push_back({r.str(0), r.str(1)});
  return out;
}

std::optional<std::string> first_id(const Result& res) {
  if (res.empty()) return std::nullopt;
  return res.rows[0].str(0);
}

}  // namespace

std::vector<Named> counties(Tx& tx) {
  return named_rows(tx.exec("SELECT code, name FROM counties ORDER BY name"));
}

std::optional<std::string> county_id(Tx& tx, const std::string& code) {
  return first_id(tx.exec("SELECT id FROM counties WHERE code = $1", {code}));
}

std::vector<Named> municipalities(Tx& tx, const std::string& county_id) {
  return named_rows(tx.exec(
      "SELECT code, name FROM municipalities WHERE county_id = $1 ORDER BY name", {county_id}));
}

std::optional<std::string> municipality_id(Tx& tx, const std::string& county_id,
                                           const std::string& code) {
  return first_id(tx.exec("SELECT id FROM municipalities WHERE county_id = $1 AND code = $2",
                          {county_id, code}));
}

void insert_municipality(Tx& tx, const NewMunicipality& m) {
  tx.exec(
      "INSERT INTO municipalities (id, county_id, code, name, created_at) VALUES "
      "($1,$2,$3,$4,$5)",
      {m.id, m.county_id, m.code, m.name, m.created_at});
}

std::vector<Unit> units(Tx& tx, const std::string& county_id) {
  std::vector<Unit> out;
  for (const auto& r :
       tx.exec(std::string(kUnitSelect) + "WHERE u.county_id = $1 ORDER BY u.name", {county_id})
           .rows) {
    out.push_back(unit_from_row(r));
  }
  return out;
}

Unit get_unit(Tx& tx, const std::string& id) {
  return unit_from_row(tx.exec(std::string(kUnitSelect) + "WHERE u.id = $1", {id}).one());
}

std::optional<Unit> find_unit(Tx& tx, const std::string& county_id, const std::string& id) {
  const auto r =
      tx.exec(std::string(kUnitSelect) + "WHERE u.id = $1 AND u.county_id = $2", {id, county_id});
  if (r.empty()) return std::nullopt;
  return unit_from_row(r.rows[0]);
}

std::optional<UnitRef> find_unit_ref(Tx& tx, const std::string& county_id, const std::string& ref) {
  const auto r =
      tx.exec("SELECT id, code FROM units WHERE county_id = $1 AND (id = $2 OR code = $2)",
              {county_id, ref});
  if (r.empty()) return std::nullopt;
  return UnitRef{r.rows[0].str(0), r.rows[0].str(1)};
}

void insert_unit(Tx& tx, const NewUnit& u) {
  tx.exec(
      "INSERT INTO units (id, county_id, code, name, municipality_id, created_at, updated_at) "
      "VALUES ($1,$2,$3,$4,$5,$6,$6)",
      {u.id, u.county_id, u.code, u.name,
       u.municipality_id ? Value(*u.municipality_id) : Value(nullptr), u.created_at});
}

void update_unit(Tx& tx, const std::string& id, const std::string& name,
                 const std::optional<std::string>& municipality_id, const std::string& now) {
  tx.exec("UPDATE units SET name = $1, municipality_id = $2, updated_at = $3 WHERE id = $4",
          {name, municipality_id ? Value(*municipality_id) : Value(nullptr), now, id});
}

}  // namespace soku::store::organisation
