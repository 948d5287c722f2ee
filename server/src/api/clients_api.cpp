// api/clients_api.cpp — the client register: search, create, view, edit, and recording a reason
// for a reason-based access. Identity codes are validated by domain/hetu, stored whole (the sign is
// part of the identity), masked in lists, and never logged.
#include "api/access.h"
#include "api/app.h"
#include "api/fields.h"
#include "api/json.h"
#include "common/time.h"
#include "domain/hetu.h"
#include "domain/names.h"
#include "security/crypto.h"

namespace soku::api {

using http::Problem;
using http::Response;
using security::Action;
using security::Relationship;

namespace {

constexpr std::string_view kSelect =
    "SELECT c.id, c.hetu, c.birth_date, c.first_name, c.last_name, m.code, m.name, c.languages, "
    "c.phone, c.email, c.address, c.safety_notes, c.unit_id, u.name, c.version, c.created_at, "
    "c.updated_at FROM clients c JOIN municipalities m ON m.id = c.municipality_id "
    "LEFT JOIN units u ON u.id = c.unit_id WHERE c.id = $1";

nlohmann::json client_json(const store::Row& r, const ClientScope& scope) {
  const bool sensitive = scope.may(Action::client_read_sensitive);
  nlohmann::json langs = nlohmann::json::parse(r.str(7), nullptr, false);
  if (!langs.is_array()) langs = nlohmann::json::array();
  auto opt = [&](std::size_t i) {
    return r.is_null(i) ? nlohmann::json(nullptr) : nlohmann::json(r.str(i));
  };
  return {{"id", r.str(0)},
          {"hetu", opt(1)},
          {"birth_date", opt(2)},
          {"first_name", r.str(3)},
          {"last_name", r.str(4)},
          {"municipality", {{"code", r.str(5)}, {"name", r.str(6)}}},
          {"languages", langs},
          {"contact", {{"phone", opt(8)}, {"email", opt(9)}, {"address", opt(10)}}},
          // null means "not shown to you"; "" means there are none.
          {"safety_notes", sensitive ? nlohmann::json(r.str(11)) : nlohmann::json(nullptr)},
          {"unit", r.is_null(12) ? nlohmann::json(nullptr)
                                 : nlohmann::json{{"id", r.str(12)}, {"name", r.str(13)}}},
          {"version", r.i64(14)},
          {"created_at", r.str(15)},
          {"updated_at", r.str(16)},
          {"relationship", security::to_string(scope.relationship())}};
}

bool valid_language(const std::string& s) {
  if (s == "other") return true;
  if (s.size() < 2 || s.size() > 3) return false;
  for (char c : s) {
    if (c < 'a' || c > 'z') return false;
  }
  return true;
}

// The editable fields of a client, validated together (POST: all, PATCH: those present).
struct ClientInput {
  std::optional<std::string> hetu;  // "" = remove the code
  std::optional<std::string> birth_date;
  std::optional<std::string> first_name, last_name, municipality_id, languages, phone, email,
      address, safety_notes, unit_id;
  std::optional<std::int64_t> version;  // PATCH only
  bool has_hetu = false, has_contact = false, has_safety = false;
};

ClientInput read_client(Ctx& ctx, const nlohmann::json& body, bool create) {
  Fields f(body);
  Fields cf(Fields::empty_object(), "contact.");
  ClientInput in;
  if (!create) in.version = f.integer("version", true, 1);
  if (body.contains("hetu")) {
    in.has_hetu = true;
    auto raw = f.text("hetu", false, 20);
    if (raw && !raw->empty()) {
      domain::HetuError err;
      auto h = domain::parse_hetu(*raw, &err);
      if (!h) {
        f.error("hetu", err.message);
      } else {
        in.hetu = h->code;
        char buf[11];
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", h->year, h->month, h->day);
        in.birth_date = buf;
      }
    } else {
      in.hetu = "";
    }
  }
  in.first_name = f.text("first_name", create, 100);
  in.last_name = f.text("last_name", create, 100);
  if (body.contains("first_name") && in.first_name && in.first_name->empty()) f.error("first_name", "must not be empty");
  if (body.contains("last_name") && in.last_name && in.last_name->empty()) f.error("last_name", "must not be empty");
  if (auto muni = f.text("municipality", create, 60)) {
    const auto r = ctx.app.db().query(
        "SELECT id FROM municipalities WHERE county_id = $1 AND code = $2",
        {ctx.me().county_id, *muni});
    if (r.empty()) {
      f.error("municipality", "is not a municipality of your county");
    } else {
      in.municipality_id = r.rows[0].str(0);
    }
  }
  if (auto langs = f.strings("languages", false, {}, 10)) {
    bool ok = true;
    for (const auto& l : *langs) ok = ok && valid_language(l);
    if (!ok) {
      f.error("languages", "use language codes such as fi, sv, en, or other");
    } else {
      in.languages = nlohmann::json(*langs).dump();
    }
  } else if (create) {
    in.languages = "[\"fi\"]";
  }
  if (const auto* contact = f.object("contact", false)) {
    in.has_contact = true;
    cf = Fields(*contact, "contact.");
    in.phone = cf.text("phone", false, 40);
    in.email = cf.text("email", false, 200);
    in.address = cf.text("address", false, 300);
    if (in.phone && !in.phone->empty()) {
      for (char c : *in.phone) {
        if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '+' || c == ' ' || c == '-' ||
              c == '(' || c == ')')) {
          cf.error("phone", "may contain digits, spaces, +, - and parentheses only");
          break;
        }
      }
    }
    if (in.email && !in.email->empty() &&
        (in.email->find('@') == std::string::npos || in.email->find(' ') != std::string::npos)) {
      cf.error("email", "is not an e-mail address");
    }
  }
  if (body.contains("safety_notes")) {
    in.has_safety = true;
    in.safety_notes = f.block("safety_notes", false, 2000);
  }
  if (auto unit = f.text("unit", false, 64); unit && !unit->empty()) {
    const auto r = ctx.app.db().query("SELECT id FROM units WHERE county_id = $1 AND id = $2",
                                      {ctx.me().county_id, *unit});
    if (r.empty()) {
      f.error("unit", "is not a unit of your county");
    } else {
      in.unit_id = r.rows[0].str(0);
    }
  }
  f.finish({&cf});
  return in;
}

store::Value nullable(const std::optional<std::string>& s) {
  if (!s || s->empty()) return nullptr;
  return *s;
}

Problem duplicate_hetu() {
  return Problem::conflict("duplicate-hetu", "A client with this identity code exists.",
                           {{"hetu", "a client with this identity code already exists"}});
}

// The unit a new client belongs to: the creator's first unit-scoped worker grant.
std::optional<std::string> default_unit(const User& me) {
  for (const auto& g : me.actor.grants) {
    if ((g.role == security::Role::social_worker || g.role == security::Role::social_counsellor) &&
        g.unit_id && g.county_id == me.county_id) {
      return g.unit_id;
    }
  }
  return std::nullopt;
}

std::string like_pattern(const std::string& folded) {
  std::string p = "%";
  for (char c : folded) {
    if (c == '%' || c == '_' || c == '\\') p.push_back('\\');
    p.push_back(c);
  }
  return p + "%";
}

}  // namespace

void register_clients(App& app) {
  // Search by name or identity code. POST, so that a code never travels in a URL (proxies and
  // browser history log URLs). The list holds the clients the policy lets the actor see in a
  // caseload list (Access::list_condition): workers through a relationship, managers their units.
  // The one exception: a role that registers clients may look up an exact identity code in the
  // county, so that nobody registers a person twice. Every client listed is an audited access.
  app.route("POST", "/api/v1/clients/search", Action::client_search, [](Ctx& ctx) {
    const User& me = ctx.me();
    const auto body = ctx.body();
    Fields f(body);
    const std::string q = f.text("q", false, 100).value_or("");
    const std::int64_t limit = f.integer("limit", false, 1, 100).value_or(20);
    const auto cursor = f.text("cursor", false, 40);
    f.finish();
    const std::int64_t offset = decode_cursor(cursor);
    std::string hetu_exact;
    if (auto h = domain::parse_hetu(q)) hetu_exact = h->code;
    const bool lookup = !hetu_exact.empty() && ctx.can(Action::client_create);
    store::Params params;
    std::string where;
    if (lookup) {
      params = {me.county_id, hetu_exact};
      where = "c.county_id = $1 AND c.hetu = $2";
    } else {
      where = Access::list_condition(ctx, Action::caseload_read, params);
      if (!hetu_exact.empty()) {
        params.emplace_back(std::in_place_type<std::string>, hetu_exact);
        where += " AND c.hetu = $" + std::to_string(params.size());
      } else {
        params.emplace_back(std::in_place_type<std::string>, like_pattern(domain::fold_for_search(q)));
        where += " AND c.search_name LIKE $" + std::to_string(params.size()) + " ESCAPE '\\'";
      }
    }
    params.emplace_back(std::in_place_type<std::int64_t>, limit + 1);
    params.emplace_back(std::in_place_type<std::int64_t>, offset);
    const auto rows = ctx.app.db().query(
        "SELECT c.id, c.first_name, c.last_name, c.hetu, m.code, m.name FROM clients c "
        "JOIN municipalities m ON m.id = c.municipality_id WHERE " + where +
            " ORDER BY c.search_name, c.id LIMIT $" + std::to_string(params.size() - 1) +
            " OFFSET $" + std::to_string(params.size()),
        params);
    auto items = nlohmann::json::array();
    std::vector<security::AuditEntry> entries;
    for (std::size_t i = 0; i < rows.rows.size() && static_cast<std::int64_t>(i) < limit; ++i) {
      const auto& r = rows.rows[i];
      items.push_back({{"id", r.str(0)},
                       {"first_name", r.str(1)},
                       {"last_name", r.str(2)},
                       {"hetu_masked", r.is_null(3) ? nlohmann::json(nullptr)
                                                    : nlohmann::json(domain::mask_hetu(r.str(3)))},
                       {"municipality", {{"code", r.str(4)}, {"name", r.str(5)}}}});
      entries.push_back(ctx.audit_entry(r.str(0), "client", r.str(0), lookup ? "lookup" : "list",
                                        Relationship::none));
    }
    ctx.app.audit_log().append(std::move(entries));  // one group commit for the whole page
    const bool more = static_cast<std::int64_t>(rows.rows.size()) > limit;
    return Response::json(200, {{"items", items},
                                {"next_cursor", more ? nlohmann::json(encode_cursor(offset + limit))
                                                     : nlohmann::json(nullptr)}});
  });

  app.route("POST", "/api/v1/clients", Action::client_create, [](Ctx& ctx) {
    const User& me = ctx.me();
    const auto body = ctx.body();
    ClientInput in = read_client(ctx, body, true);
    const std::string id = security::new_id();
    const std::string now = time::now_iso();
    const auto unit = in.unit_id ? in.unit_id : default_unit(me);
    try {
      ctx.app.db().write([&](store::Tx& tx) {
        tx.exec(
            "INSERT INTO clients (id, county_id, unit_id, hetu, birth_date, first_name, last_name, "
            "search_name, municipality_id, languages, phone, email, address, safety_notes, version, "
            "created_by, created_at, updated_by, updated_at) VALUES "
            "($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,1,$15,$16,$15,$16)",
            {id, me.county_id, nullable(unit), nullable(in.hetu), nullable(in.birth_date),
             *in.first_name, *in.last_name,
             domain::fold_for_search(*in.last_name + " " + *in.first_name), *in.municipality_id,
             *in.languages, nullable(in.phone), nullable(in.email), nullable(in.address),
             nullable(in.safety_notes), me.id, now});
        // Registering the client makes the registrar a case worker (access.md).
        tx.exec(
            "INSERT INTO client_relations (id, county_id, client_id, user_id, relationship, since, "
            "last_activity_at) VALUES ($1,$2,$3,$4,'case_worker',$5,$5)",
            {security::new_id(), me.county_id, id, me.id, now});
      });
    } catch (const store::UniqueViolation&) {
      throw duplicate_hetu();
    }
    ctx.audit(id, "client", id, "create", Relationship::case_worker);
    // Read back through the access policy, as every read is.
    ClientScope scope = Access::require(ctx, id, Action::client_read, "read", "client", id);
    return Response::json(201, client_json(ctx.app.db().query(kSelect, {id}).one(), scope));
  });

  app.route(
      "GET", "/api/v1/clients/{id}", Gate::client,
      [](Ctx& ctx) {
        return Response::json(
            200, client_json(ctx.app.db().query(kSelect, {ctx.client->client_id()}).one(),
                             *ctx.client));
      },
      Action::client_read, "read", "client");

  app.route(
      "PATCH", "/api/v1/clients/{id}", Gate::client,
      [](Ctx& ctx) {
        const auto body = ctx.body();
        ClientInput in = read_client(ctx, body, false);
        const auto& version = in.version;
        if (in.has_safety && !ctx.client->may(Action::client_read_sensitive)) {
          throw Problem::forbidden("You may not change safety notes of this client.");
        }
        const std::string& id = ctx.client->client_id();
        const std::string now = time::now_iso();
        try {
          ctx.app.db().write([&](store::Tx& tx) {
            const auto cur = tx.exec(
                "SELECT hetu, birth_date, first_name, last_name, municipality_id, languages, phone, "
                "email, address, safety_notes, unit_id FROM clients WHERE id = $1",
                {id});
            // Fields not sent keep these values: once the versioned update below has matched
            // `version`, this row is the one it replaced (versions only grow).
            const auto& c = cur.one();
            auto pick = [&](const std::optional<std::string>& v, bool present, std::size_t col) {
              return present ? nullable(v) : c.at(col);
            };
            const std::string first = in.first_name ? *in.first_name : c.str(2);
            const std::string last = in.last_name ? *in.last_name : c.str(3);
            store::update_versioned(
                tx, "clients", id, *version,
                "hetu = $1, birth_date = $2, first_name = $3, last_name = $4, "
                "search_name = $5, municipality_id = $6, languages = $7, phone = $8, email = $9, "
                "address = $10, safety_notes = $11, unit_id = $12, "
                "updated_by = $13, updated_at = $14",
                {pick(in.hetu, in.has_hetu, 0), pick(in.birth_date, in.has_hetu, 1), first, last,
                 domain::fold_for_search(last + " " + first),
                 in.municipality_id ? *in.municipality_id : c.str(4),
                 in.languages ? *in.languages : c.str(5), pick(in.phone, in.has_contact, 6),
                 pick(in.email, in.has_contact, 7), pick(in.address, in.has_contact, 8),
                 pick(in.safety_notes, in.has_safety, 9),
                 in.unit_id ? store::Value(*in.unit_id) : c.at(10), ctx.me().id, now});
            tx.exec(
                "UPDATE client_relations SET last_activity_at = $1 WHERE client_id = $2 AND "
                "user_id = $3 AND relationship = 'case_worker'",
                {now, id, ctx.me().id});
          });
        } catch (const store::UniqueViolation&) {
          throw duplicate_hetu();
        }
        return Response::json(200, client_json(ctx.app.db().query(kSelect, {id}).one(), *ctx.client));
      },
      Action::client_update, "update", "client");

  // A unit member without a relationship records why they need this client's data; access is
  // then allowed for 8 hours, and every access in that time is flagged for the auditor.
  app.route("POST", "/api/v1/clients/{id}/access-reasons", Gate::session, [](Ctx& ctx) {
    const auto body = ctx.body();
    Fields f(body);
    const auto reason = f.block("reason", true, 500);
    if (reason && reason->size() < 10) f.error("reason", "describe the work task (at least 10 characters)");
    f.finish();
    const User& me = ctx.me();
    const std::string id = ctx.req.param("id");
    const auto c = ctx.app.db().query("SELECT county_id, unit_id FROM clients WHERE id = $1", {id});
    if (c.empty()) throw Problem::not_found("No such client.");
    const std::string county = c.rows[0].str(0);
    const auto unit = c.rows[0].opt_str(1);
    const bool member =
        county == me.county_id &&
        (me.actor.has_role_in_unit(security::Role::social_worker, county, unit) ||
         me.actor.has_role_in_unit(security::Role::social_counsellor, county, unit));
    if (!member) {
      auto e = ctx.audit_entry(id, "access_reason", id, "create", Relationship::none, "denied",
                               *reason, true);
      e.county_id = county;  // the client's county auditor must see it
      ctx.app.audit_log().append(std::move(e));
      throw Problem::not_found("No such client.");
    }
    const std::int64_t now = time::now_ms();
    const std::string expires = time::iso_from_ms(now + 8LL * 3600 * 1000);
    ctx.app.db().exec(
        "INSERT INTO access_reasons (id, county_id, client_id, user_id, reason, created_at, "
        "expires_at) VALUES ($1,$2,$3,$4,$5,$6,$7)",
        {security::new_id(), county, id, me.id, *reason, time::iso_from_ms(now), expires});
    ctx.audit(id, "access_reason", id, "create", Relationship::unit_member_with_reason, "allowed",
              *reason, true);
    return Response::json(201, {{"expires_at", expires}});
  });
}

}  // namespace soku::api
