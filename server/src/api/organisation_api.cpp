// api/organisation_api.cpp — counties, municipalities and units. Everyone logged in may read the
// organisation of their county (forms need it); only the county's admin writes. The rules are
// domain/organisation.h, the queries store/queries/organisation.h.
#include "api/app.h"
#include "api/fields.h"
#include "common/time.h"
#include "domain/organisation.h"
#include "security/crypto.h"
#include "store/queries/organisation.h"

namespace soku::api {

using http::Problem;
using http::Response;
using security::Action;
namespace org = store::organisation;

namespace {
nlohmann::json named_list(const std::vector<org::Named>& rows) {
  auto items = nlohmann::json::array();
  for (const auto& r : rows) {
    items.push_back({{"code", r.code}, {"name", r.name}, {"name_sv", r.name_sv}});
  }
  return {{"items", items}, {"next_cursor", nullptr}};
}

nlohmann::json unit_json(const org::Unit& u) {
  return {{"id", u.id},
          {"code", u.code},
          {"name", u.name},
          {"name_sv", u.name_sv},
          {"municipality", u.municipality ? nlohmann::json{{"code", u.municipality->code},
                                                           {"name", u.municipality->name},
                                                           {"name_sv", u.municipality->name_sv}}
                                          : nlohmann::json(nullptr)}};
}

std::string county_id_of(store::Tx& tx, const std::string& code) {
  auto id = org::county_id(tx, code);
  if (!id) throw Problem::not_found("No such county.");
  return *id;
}

void check_code(Fields& f, const std::optional<std::string>& code) {
  if (code && !domain::valid_org_code(*code)) {
    f.error("code", "use lower-case letters, digits, - and _");
  }
}

// The municipality a unit is to be in (none when not given); an error on the field when the
// county has no municipality of that code.
std::optional<std::string> municipality_of(store::Tx& tx, Fields& f, const std::string& county,
                                           const std::optional<std::string>& code) {
  if (!code || code->empty()) return std::nullopt;
  auto id = org::municipality_id(tx, county, *code);
  if (!id) f.error("municipality", "is not a municipality of your county");
  return id;
}

Problem code_in_use() {
  return Problem::conflict("duplicate", "The code is in use.", {{"code", "is already in use"}});
}
}  // namespace

void register_organisation(App& app) {
  app.route({.method = "GET", .pattern = "/api/v1/counties"}, [](Ctx& ctx) {
    std::vector<org::Named> rows;
    ctx.app.db().read([&](store::Tx& tx) { rows = org::counties(tx); });
    return Response::json(200, named_list(rows));
  });

  app.route({.method = "GET", .pattern = "/api/v1/counties/{code}/municipalities"}, [](Ctx& ctx) {
    std::vector<org::Named> rows;
    ctx.app.db().read([&](store::Tx& tx) {
      rows = org::municipalities(tx, county_id_of(tx, ctx.req.param("code")));
    });
    return Response::json(200, named_list(rows));
  });

  app.route({.method = "POST",
             .pattern = "/api/v1/counties/{code}/municipalities",
             .gate = Gate::role,
             .action = Action::admin_write},
            [](Ctx& ctx) {
              std::optional<std::string> code;
              std::optional<std::string> name;
              std::optional<std::string> name_sv;
              try {
                ctx.app.db().write([&](store::Tx& tx) {
                  const std::string county = county_id_of(tx, ctx.req.param("code"));
                  if (county != ctx.me().county_id)
                    throw Problem::forbidden("Only your own county.");
                  const auto body = ctx.body();
                  Fields f(body);
                  code = f.text("code", true, 60);
                  name = f.text("name", true, 100);
                  name_sv = f.text("name_sv", false, 100);
                  check_code(f, code);
                  f.finish();
                  org::insert_municipality(tx, {.id = security::new_id(),
                                                .county_id = county,
                                                .code = *code,
                                                .name = *name,
                                                .created_at = time::now_iso(),
                                                .name_sv = name_sv.value_or("")});
                });
              } catch (const store::UniqueViolation&) {
                throw code_in_use();
              }
              return Response::json(
                  201, {{"code", *code}, {"name", *name}, {"name_sv", name_sv.value_or("")}});
            });

  // The admin names a municipality of their own county (its Swedish name, or a corrected Finnish
  // one); the code stays.
  app.route({.method = "PATCH",
             .pattern = "/api/v1/municipalities/{code}",
             .gate = Gate::role,
             .action = Action::admin_write},
            [](Ctx& ctx) {
              const auto body = ctx.body();
              Fields f(body);
              auto name = f.text("name", false, 100);
              if (name && name->empty()) f.error("name", "must not be empty");
              auto name_sv = f.text("name_sv", false, 100);
              f.finish();
              const std::string code = ctx.req.param("code");
              const std::string county = ctx.me().county_id;
              org::Named saved;
              ctx.app.db().write([&](store::Tx& tx) {
                std::optional<org::Named> cur;
                for (const auto& m : org::municipalities(tx, county)) {
                  if (m.code == code) cur = m;
                }
                if (!cur) throw Problem::not_found("No such municipality.");
                saved = {cur->code, name.value_or(cur->name), name_sv.value_or(cur->name_sv)};
                org::update_municipality(tx, county, code, saved.name, saved.name_sv);
              });
              return Response::json(
                  200, {{"code", saved.code}, {"name", saved.name}, {"name_sv", saved.name_sv}});
            });

  app.route({.method = "GET", .pattern = "/api/v1/units"}, [](Ctx& ctx) {
    auto items = nlohmann::json::array();
    ctx.app.db().read([&](store::Tx& tx) {
      for (const auto& u : org::units(tx, ctx.me().county_id)) items.push_back(unit_json(u));
    });
    return Response::json(200, {{"items", items}, {"next_cursor", nullptr}});
  });

  app.route({.method = "POST",
             .pattern = "/api/v1/units",
             .gate = Gate::role,
             .action = Action::admin_write},
            [](Ctx& ctx) {
              const auto body = ctx.body();
              Fields f(body);
              auto code = f.text("code", true, 60);
              auto name = f.text("name", true, 120);
              auto name_sv = f.text("name_sv", false, 120);
              auto muni = f.text("municipality", false, 60);
              check_code(f, code);
              const std::string county = ctx.me().county_id;
              org::Unit saved;
              try {
                ctx.app.db().write([&](store::Tx& tx) {
                  const auto muni_id = municipality_of(tx, f, county, muni);
                  f.finish();
                  const std::string id = security::new_id();
                  org::insert_unit(tx, {.id = id,
                                        .county_id = county,
                                        .code = *code,
                                        .name = *name,
                                        .municipality_id = muni_id,
                                        .created_at = time::now_iso(),
                                        .name_sv = name_sv.value_or("")});
                  saved = org::get_unit(tx, id);
                });
              } catch (const store::UniqueViolation&) {
                throw code_in_use();
              }
              return Response::json(201, unit_json(saved));
            });

  app.route({.method = "PATCH",
             .pattern = "/api/v1/units/{id}",
             .gate = Gate::role,
             .action = Action::admin_write},
            [](Ctx& ctx) {
              const auto body = ctx.body();
              Fields f(body);
              auto name = f.text("name", false, 120);
              if (name && name->empty()) f.error("name", "must not be empty");
              auto name_sv = f.text("name_sv", false, 120);
              auto muni = f.text("municipality", false, 60);
              const std::string id = ctx.req.param("id");
              const std::string county = ctx.me().county_id;
              org::Unit saved;
              ctx.app.db().write([&](store::Tx& tx) {
                const auto muni_id = municipality_of(tx, f, county, muni);
                f.finish();
                const auto cur = org::find_unit(tx, county, id);
                if (!cur) throw Problem::not_found("No such unit.");
                // What is not given stays as it is.
                org::update_unit(tx, id, name ? *name : cur->name,
                                 name_sv ? *name_sv : cur->name_sv,
                                 muni_id ? muni_id : cur->municipality_id, time::now_iso());
                saved = org::get_unit(tx, id);
              });
              return Response::json(200, unit_json(saved));
            });
}

}  // namespace soku::api
