// store/queries/organisation.cpp — see organisation.h.
#include "store/queries/organisation.h"

namespace soku::store::organisation {

namespace {

constexpr std::string_view kUnitSelect =
    "SELECT u.id, u.code, u.name, u.name_sv, u.municipality_id, m.code, m.name, m.name_sv "
    "FROM units u "
    "LEFT JOIN municipalities m ON m.id = u.municipality_id ";

Unit unit_from_row(const Row& r) {
  return {r.str(0), r.str(1), r.str(2), r.str(3), r.opt_str(4),
          r.is_null(5) ? std::nullopt
                       : std::optional<Named>(Named{r.str(5), r.str(6), r.str(7)})};
}

std::vector<Named> named_rows(const Result& res) {
  std::vector<Named> out;
  for (const auto& r : res.rows) out.push_back({r.str(0), r.str(1), r.str(2)});
  return out;
}

std::optional<std::string> first_id(const Result& res) {
  if (res.empty()) return std::nullopt;
  return res.rows[0].str(0);
}

}  // namespace

std::vector<Named> counties(Tx& tx) {
  return named_rows(tx.exec("SELECT code, name, name_sv FROM counties ORDER BY name"));
}

std::optional<std::string> county_id(Tx& tx, const std::string& code) {
  return first_id(tx.exec("SELECT id FROM counties WHERE code = $1", {code}));
}

std::vector<Named> municipalities(Tx& tx, const std::string& county_id) {
  return named_rows(tx.exec(
      "SELECT code, name, name_sv FROM municipalities WHERE county_id = $1 ORDER BY name", {county_id}));
}

std::optional<std::string> municipality_id(Tx& tx, const std::string& county_id,
                                           const std::string& code) {
  return first_id(tx.exec("SELECT id FROM municipalities WHERE county_id = $1 AND code = $2",
                          {county_id, code}));
}

void insert_municipality(Tx& tx, const NewMunicipality& m) {
  tx.exec(
      "INSERT INTO municipalities (id, county_id, code, name, name_sv, created_at) VALUES "
      "($1,$2,$3,$4,$5,$6)",
      {m.id, m.county_id, m.code, m.name, m.name_sv, m.created_at});
}

bool update_municipality(Tx& tx, const std::string& county_id, const std::string& code,
                         const std::string& name, const std::string& name_sv) {
  return !tx.exec("UPDATE municipalities SET name = $1, name_sv = $2 WHERE county_id = $3 AND "
                  "code = $4 RETURNING id",
                  {name, name_sv, county_id, code})
              .empty();
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
      "INSERT INTO units (id, county_id, code, name, name_sv, municipality_id, created_at, "
      "updated_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$7)",
      {u.id, u.county_id, u.code, u.name, u.name_sv,
       u.municipality_id ? Value(*u.municipality_id) : Value(nullptr), u.created_at});
}

void update_unit(Tx& tx, const std::string& id, const std::string& name,
                 const std::string& name_sv,
                 const std::optional<std::string>& municipality_id, const std::string& now) {
  tx.exec("UPDATE units SET name = $1, name_sv = $2, municipality_id = $3, updated_at = $4 "
          "WHERE id = $5",
          {name, name_sv, municipality_id ? Value(*municipality_id) : Value(nullptr), now, id});
}

}  // namespace soku::store::organisation
