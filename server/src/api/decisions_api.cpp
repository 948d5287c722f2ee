// api/decisions_api.cpp — the decision (päätös) and the service period it opens.
//
// Only a user with decision authority may decide (policy action client_decide: a social worker
// with a relationship to the client); others get 403. A granted decision names the key worker
// (omatyöntekijä, SHL § 42), opens a service period and makes the key worker a `key_worker` of the
// client; the decider becomes `decision_maker`. Appeal instructions come from the county's
// editable template (fi, sv) unless the decision gives its own text.
#include "api/app.h"
#include "security/scope.h"
#include "api/fields.h"
#include "api/path_common.h"
#include "store/queries/records.h"
#include "store/queries/relations.h"
#include "common/time.h"
#include "domain/client_path.h"
#include "domain/codes.h"
#include "security/crypto.h"

namespace soku::api {

using http::Problem;
using http::Response;
using security::Action;

namespace {

const char* kDefaultAppealFi =
    "Oikaisuvaatimusohje. Tähän päätökseen tyytymätön voi vaatia siihen oikaisua. "
    "Oikaisuvaatimus tehdään kirjallisesti hyvinvointialueen sosiaali- ja terveyspalveluista "
    "vastaavalle toimielimelle 30 päivän kuluessa päätöksen tiedoksisaannista. "
    "Oikaisuvaatimuksessa ilmoitetaan päätös, johon vaaditaan oikaisua, miten päätöstä halutaan "
    "muutettavaksi ja millä perusteilla.";
const char* kDefaultAppealSv =
    "Anvisning om begäran om omprövning. Den som är missnöjd med detta beslut kan begära "
    "omprövning. Begäran görs skriftligen hos det organ i välfärdsområdet som ansvarar för social- "
    "och hälsovårdstjänster inom 30 dagar från delfåendet av beslutet. Av begäran ska framgå "
    "vilket beslut den gäller, hur beslutet ska ändras och på vilka grunder.";

constexpr std::string_view kSelect =
    "SELECT d.id, d.client_id, d.outcome, d.service_forms, d.starts_on, d.deadline, "
    "d.key_worker_id, d.grounds, d.appeal_instructions, d.language, d.decided_by, d.decided_on, "
    "d.created_at, kw.display_name, dm.display_name, p.id FROM decisions d "
    "LEFT JOIN users kw ON kw.id = d.key_worker_id JOIN users dm ON dm.id = d.decided_by "
    "LEFT JOIN periods p ON p.decision_id = d.id ";

nlohmann::json decision_json(const store::Row& r) {
  auto opt = [&](std::size_t i) {
    return r.is_null(i) ? nlohmann::json(nullptr) : nlohmann::json(r.str(i));
  };
  return {{"id", r.str(0)},
          {"client_id", r.str(1)},
          {"outcome", r.str(2)},
          {"service_forms", parse_column(r.str(3))},
          {"starts_on", opt(4)},
          {"deadline", opt(5)},
          {"key_worker_id", opt(6)},
          {"key_worker_name", opt(13)},
          {"grounds", r.str(7)},
          {"appeal_instructions", r.str(8)},
          {"language", r.str(9)},
          {"decided_by", r.str(10)},
          {"decided_by_name", r.str(14)},
          {"decided_on", r.str(11)},
          {"created_at", r.str(12)},
          {"period_id", opt(15)}};
}

}  // namespace

std::string county_text(store::Database& db, const std::string& county_id, const std::string& key,
                        const std::string& language) {
  const auto r = db.query(
      "SELECT body FROM county_texts WHERE county_id = $1 AND text_key = $2 AND language = $3",
      {county_id, key, language});
  if (!r.empty()) return r.rows[0].str(0);
  if (key == "appeal_instructions") return language == "sv" ? kDefaultAppealSv : kDefaultAppealFi;
  return {};
}

void register_decisions(App& app) {
  app.route(
      "POST", "/api/v1/clients/{id}/decisions", Gate::client,
      [](Ctx& ctx) {
        const auto body = ctx.body();
        Fields f(body);
        const auto outcome = f.choice("outcome", true, domain::code_list("decision_outcome"));
        const bool granted = outcome && *outcome == "granted";
        const auto forms = f.strings("service_forms", granted, domain::service_forms(), 2);
        if (granted && forms && forms->empty()) f.error("service_forms", "choose at least one");
        const auto starts = f.date("starts_on", granted);
        const auto deadline = f.date("deadline", granted);
        const auto key_worker = f.text("key_worker_id", granted, 64);
        const auto grounds = f.block("grounds", true, 8000);
        const auto language = f.choice("language", false, domain::code_list("decision_language"));
        auto appeal = f.block("appeal_instructions", false, 8000);
        const auto decided_on = f.date("decided_on", false);
        if (starts && deadline) {
          const auto a = *time::days_from_date(*starts);
          const auto b = *time::days_from_date(*deadline);
          if (b <= a) f.error("deadline", "must be after the start date");
          if (b - a > domain::kMaxPeriodDays) f.error("deadline", "may be at most 12 months after the start");
        }
        const auto& c = *ctx.client;
        if (granted && key_worker && !key_worker->empty()) {
          store::Params kw_params{*key_worker, c.county_id()};
          const std::string roles = security::roles_condition(
              security::roles_that_may(Action::client_update, security::Relationship::key_worker), "r.role",
              kw_params);
          const auto kw = ctx.app.db().query(
              "SELECT u.id FROM users u JOIN user_roles r ON r.user_id = u.id WHERE u.id = $1 AND "
              "u.county_id = $2 AND u.active = 1 AND " + roles,
              kw_params);
          if (kw.empty()) f.error("key_worker_id", "must be an active social worker or counsellor of the county");
        }
        f.finish();
        // The decision is written in the client's language (Swedish when that comes first).
        std::string lang = language.value_or("fi");
        if (!language) {
          const auto langs = parse_column(
              ctx.app.db().query("SELECT languages FROM clients WHERE id = $1", {c.client_id()}).one().str(0));
          if (!langs.empty() && langs[0] == "sv") lang = "sv";
        }
        if (!appeal || appeal->empty()) {
          appeal = county_text(ctx.app.db(), c.county_id(), "appeal_instructions", lang);
        }
        const std::string id = security::new_id();
        const std::string now = time::now_iso();
        const std::string me = ctx.me().id;
        ctx.app.db().write([&](store::Tx& tx) {
          if (granted && store::records::open_period_id(tx, c.client_id())) {
            throw Problem::conflict("period-open",
                                    "The client already has an open service period; extend it instead.");
          }
          tx.exec("INSERT INTO decisions (id, county_id, client_id, outcome, service_forms, "
                  "starts_on, deadline, key_worker_id, grounds, appeal_instructions, language, "
                  "decided_by, decided_on, created_at) VALUES "
                  "($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14)",
                  {id, c.county_id(), c.client_id(), *outcome,
                   nlohmann::json(forms.value_or(std::vector<std::string>{})).dump(),
                   starts ? store::Value(*starts) : store::Value(nullptr),
                   deadline ? store::Value(*deadline) : store::Value(nullptr),
                   granted ? store::Value(*key_worker) : store::Value(nullptr), *grounds, *appeal,
                   lang, me, decided_on.value_or(time::today()), now});
          tx.exec("INSERT INTO client_relations (id, county_id, client_id, user_id, relationship, "
                  "since, last_activity_at) VALUES ($1,$2,$3,$4,'decision_maker',$5,$5) "
                  "ON CONFLICT (client_id, user_id, relationship) DO UPDATE SET "
                  "last_activity_at = $5, ended_at = NULL",
                  {security::new_id(), c.county_id(), c.client_id(), me, now});
          if (granted) {
            tx.exec("INSERT INTO periods (id, county_id, client_id, decision_id, key_worker_id, "
                    "service_forms, starts_on, deadline, phase, status, version, created_at, "
                    "updated_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,'start','open',1,$9,$9)",
                    {security::new_id(), c.county_id(), c.client_id(), id, *key_worker,
                     nlohmann::json(*forms).dump(), *starts, *deadline, now});
            tx.exec("INSERT INTO client_relations (id, county_id, client_id, user_id, "
                    "relationship, since, last_activity_at) VALUES "
                    "($1,$2,$3,$4,'key_worker',$5,$5) ON CONFLICT (client_id, user_id, "
                    "relationship) DO UPDATE SET last_activity_at = $5, ended_at = NULL",
                    {security::new_id(), c.county_id(), c.client_id(), *key_worker, now});
          }
        });
        return Response::json(
            201, decision_json(ctx.app.db().query(std::string(kSelect) + "WHERE d.id = $1", {id}).one()));
      },
      Action::client_decide, "create", "decision");

  app.route(
      "GET", "/api/v1/clients/{id}/decisions", Gate::client,
      [](Ctx& ctx) {
        auto items = nlohmann::json::array();
        for (const auto& r :
             ctx.app.db()
                 .query(std::string(kSelect) + "WHERE d.client_id = $1 ORDER BY d.created_at DESC",
                        {ctx.client->client_id()})
                 .rows) {
          items.push_back(decision_json(r));
        }
        return Response::json(200, {{"items", items}, {"next_cursor", nullptr}});
      },
      Action::client_read, "read", "decision");

  app.route(
      "GET", "/api/v1/decisions/{id}", Gate::client,
      [](Ctx& ctx) {
        return Response::json(200, decision_json(ctx.app.db()
                                                     .query(std::string(kSelect) + "WHERE d.id = $1",
                                                            {ctx.req.param("id")})
                                                     .one()));
      },
      Action::client_read, "read", "decision", http::kJsonBodyLimit, client_of_table("decisions"));

  // The county's editable texts (appeal instructions) in Finnish and Swedish.
  app.route("GET", "/api/v1/county-texts/{key}", Gate::session, [](Ctx& ctx) {
    const std::string key = ctx.req.param("key");
    if (key != "appeal_instructions") throw Problem::not_found("No such text.");
    const auto& county = ctx.me().county_id;
    return Response::json(200, {{"key", key},
                                {"fi", county_text(ctx.app.db(), county, key, "fi")},
                                {"sv", county_text(ctx.app.db(), county, key, "sv")}});
  });
  app.route("PUT", "/api/v1/county-texts/{key}", Action::admin_write, [](Ctx& ctx) {
    const std::string key = ctx.req.param("key");
    if (key != "appeal_instructions") throw Problem::not_found("No such text.");
    const auto body = ctx.body();
    Fields f(body);
    const auto fi = f.block("fi", true, 8000);
    const auto sv = f.block("sv", true, 8000);
    f.finish();
    const std::string now = time::now_iso();
    ctx.app.db().write([&](store::Tx& tx) {
      for (const auto& [lang, text] : {std::pair{"fi", *fi}, std::pair{"sv", *sv}}) {
        tx.exec("INSERT INTO county_texts (county_id, text_key, language, body, updated_at) "
                "VALUES ($1,$2,$3,$4,$5) ON CONFLICT (county_id, text_key, language) DO UPDATE "
                "SET body = $4, updated_at = $5",
                {ctx.me().county_id, key, std::string(lang), text, now});
      }
    });
    return Response::json(200, {{"key", key}, {"fi", *fi}, {"sv", *sv}});
  });
}

}  // namespace soku::api
