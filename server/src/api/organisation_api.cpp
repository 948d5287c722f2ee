// api/organisation_api.cpp — counties, municipalities and units. Everyone logged in may read the
// organisation of their county (forms need it); only the county's admin writes.
#include "api/app.h"
#include "api/fields.h"
#include "common/time.h"
#include "security/crypto.h"

namespace soku::api {

using http::Problem;
using http::Response;
using security::Action;

namespace {
bool valid_code(const std::string& s) {
  if (s.empty() || s.size() > 60) return false;
  for (char c : s) {
    if (!(std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) ||
          c == '-' || c == '_')) {
      return false;
    }
  }
  return true;
}

std::string county_id_of(Ctx& ctx, const std::string& code) {
  const auto r = ctx.app.db().query("SELECT id FROM counties WHERE code = $1", {code});
  if (r.empty()) throw Problem::not_found("No such county.");
  return r.rows[0].str(0);
}

nlohmann::json unit_json(const store::Row& r) {
  return {{"id", r.str(0)},
          {"code", r.str(1)},
          {"name", r.str(2)},
          {"municipality", r.is_null(3) ? nlohmann::json(nullptr)
                                        : nlohmann::json{{"code", r.str(3)}, {"name", r.str(4)}}}};
}

constexpr std::string_view kUnitSelect =
    "SELECT u.id, u.code, u.name, m.code, m.name FROM units u "
    "LEFT JOIN municipalities m ON m.id = u.municipality_id ";

std::optional<std::string> municipality_id(Ctx& ctx, const std::string& code) {
  const auto r = ctx.app.db().query(
      "SELECT id FROM municipalities WHERE county_id = $1 AND code = $2",
      {ctx.me().county_id, code});
  if (r.empty()) return std::nullopt;
  return r.rows[0].str(0);
}
}  // namespace

void register_organisation(App& app) {
  app.route("GET", "/api/v1/counties", Gate::session, [](Ctx& ctx) {
    auto items = nlohmann::json::array();
    for (const auto& r : ctx.app.db().query("SELECT code, name FROM counties ORDER BY name").rows) {
      items.push_back({{"code", r.str(0)}, {"name", r.str(1)}});
    }
    return Response::json(200, {{"items", items}, {"next_cursor", nullptr}});
  });

  app.route("GET", "/api/v1/counties/{code}/municipalities", Gate::session, [](Ctx& ctx) {
    const std::string county = county_id_of(ctx, ctx.req.param("code"));
    auto items = nlohmann::json::array();
    for (const auto& r : ctx.app.db()
                             .query("SELECT code, name FROM municipalities WHERE county_id = $1 "
                                    "ORDER BY name",
                                    {county})
                             .rows) {
      items.push_back({{"code", r.str(0)}, {"name", r.str(1)}});
    }
    return Response::json(200, {{"items", items}, {"next_cursor", nullptr}});
  });

  app.route("POST", "/api/v1/counties/{code}/municipalities", Action::admin_write, [](Ctx& ctx) {
    const std::string county = county_id_of(ctx, ctx.req.param("code"));
    if (county != ctx.me().county_id) throw Problem::forbidden("Only your own county.");
    const auto body = ctx.body();
    Fields f(body);
    auto code = f.text("code", true, 60);
    auto name = f.text("name", true, 100);
    if (code && !valid_code(*code)) f.error("code", "use lower-case letters, digits, - and _");
    f.finish();
    try {
      ctx.app.db().exec(
          "INSERT INTO municipalities (id, county_id, code, name, created_at) VALUES "
          "($1,$2,$3,$4,$5)",
          {security::new_id(), county, *code, *name, time::now_iso()});
    } catch (const store::UniqueViolation&) {
      throw Problem::conflict("duplicate", "The code is in use.", {{"code", "is already in use"}});
    }
    return Response::json(201, {{"code", *code}, {"name", *name}});
  });

  app.route("GET", "/api/v1/units", Gate::session, [](Ctx& ctx) {
    auto items = nlohmann::json::array();
    for (const auto& r :
         ctx.app.db()
             .query(std::string(kUnitSelect) + "WHERE u.county_id = $1 ORDER BY u.name",
                    {ctx.me().county_id})
             .rows) {
      items.push_back(unit_json(r));
    }
    return Response::json(200, {{"items", items}, {"next_cursor", nullptr}});
  });

  app.route("POST", "/api/v1/units", Action::admin_write, [](Ctx& ctx) {
    const auto body = ctx.body();
    Fields f(body);
    auto code = f.text("code", true, 60);
    auto name = f.text("name", true, 120);
    auto muni = f.text("municipality", false, 60);
    if (code && !valid_code(*code)) f.error("code", "use lower-case letters, digits, - and _");
    std::optional<std::string> muni_id;
    if (muni && !muni->empty()) {
      muni_id = municipality_id(ctx, *muni);
      if (!muni_id) f.error("municipality", "is not a municipality of your county");
    }
    f.finish();
    const std::string id = security::new_id();
    const std::string now = time::now_iso();
    try {
      ctx.app.db().exec(
          "INSERT INTO units (id, county_id, code, name, municipality_id, created_at, updated_at) "
          "VALUES ($1,$2,$3,$4,$5,$6,$6)",
          {id, ctx.me().county_id, *code, *name,
           muni_id ? store::Value(*muni_id) : store::Value(nullptr), now});
    } catch (const store::UniqueViolation&) {
      throw Problem::conflict("duplicate", "The code is in use.", {{"code", "is already in use"}});
    }
    const auto r = ctx.app.db().query(std::string(kUnitSelect) + "WHERE u.id = $1", {id});
    return Response::json(201, unit_json(r.one()));
  });

  app.route("PATCH", "/api/v1/units/{id}", Action::admin_write, [](Ctx& ctx) {
    const auto body = ctx.body();
    Fields f(body);
    auto name = f.text("name", false, 120);
    if (name && name->empty()) f.error("name", "must not be empty");
    auto muni = f.text("municipality", false, 60);
    std::optional<std::string> muni_id;
    if (muni && !muni->empty()) {
      muni_id = municipality_id(ctx, *muni);
      if (!muni_id) f.error("municipality", "is not a municipality of your county");
    }
    f.finish();
    const std::string id = ctx.req.param("id");
    ctx.app.db().write([&](store::Tx& tx) {
      const auto cur = tx.exec("SELECT name, municipality_id FROM units WHERE id = $1 AND "
                               "county_id = $2",
                               {id, ctx.me().county_id});
      if (cur.empty()) throw Problem::not_found("No such unit.");
      tx.exec("UPDATE units SET name = $1, municipality_id = $2, updated_at = $3 WHERE id = $4",
              {name ? *name : cur.rows[0].str(0),
               muni_id ? store::Value(*muni_id) : cur.rows[0].at(1), time::now_iso(), id});
    });
    const auto r = ctx.app.db().query(std::string(kUnitSelect) + "WHERE u.id = $1", {id});
    return Response::json(200, unit_json(r.one()));
  });
}

}  // namespace soku::api
