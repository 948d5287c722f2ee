// cli/demo.cpp — `soku demo seed`: fictional demo data for a newcomer's first look.
//
// The four counties of the source documents with real municipality names; units; a user for every
// role (demo-<role>, in Etelä-Pohjanmaa, unit Järvi-Pohjanmaan sote-keskus); a worker per other
// county; ~200 fictional clients whose identity codes use individual numbers 900–999 (temporary
// codes, never issued to a real person). Deterministic (fixed random seed).
#include <cstdio>
#include <iostream>
#include <random>
#include <set>

#include <nlohmann/json.hpp>

#include "api/accounts.h"
#include "cli/commands.h"
#include "common/time.h"
#include "domain/hetu.h"
#include "domain/names.h"
#include "security/access.h"
#include "security/audit_log.h"
#include "security/crypto.h"
#include "store/db.h"
#include "store/queries/organisation.h"

namespace soku::cli {

namespace {

struct UnitSeed {
  const char* code;
  const char* name;
  const char* name_sv;
  const char* municipality;
};
struct MunicipalitySeed {
  const char* code;
  const char* name;
  const char* name_sv;  // the official Swedish name; the Finnish one where there is none
};
struct CountySeed {
  const char* code;
  const char* name;
  const char* name_sv;
  std::vector<MunicipalitySeed> municipalities;
  std::vector<UnitSeed> units;
};

const std::vector<CountySeed>& counties() {
  static const std::vector<CountySeed> c = {
      {"etela-pohjanmaa",
       "Etelä-Pohjanmaan hyvinvointialue",
       "Södra Österbottens välfärdsområde",
       {{"alajarvi", "Alajärvi", "Alajärvi"}, {"evijarvi", "Evijärvi", "Evijärvi"},
        {"kurikka", "Kurikka", "Kurikka"}, {"lappajarvi", "Lappajärvi", "Lappajärvi"},
        {"vimpeli", "Vimpeli", "Vindala"}, {"seinajoki", "Seinäjoki", "Seinäjoki"},
        {"lapua", "Lapua", "Lappo"}},
       {{"jarvi-pohjanmaa", "Järvi-Pohjanmaan sote-keskus",
         "Järvi-Österbottens social- och hälsocentral", "alajarvi"},
        {"kurikka-sote", "Kurikan sote-keskus", "Kurikka social- och hälsocentral", "kurikka"}}},
      {"pirkanmaa",
       "Pirkanmaan hyvinvointialue",
       "Birkalands välfärdsområde",
       {{"tampere", "Tampere", "Tammerfors"}, {"nokia", "Nokia", "Nokia"},
        {"ylojarvi", "Ylöjärvi", "Ylöjärvi"}, {"kangasala", "Kangasala", "Kangasala"},
        {"valkeakoski", "Valkeakoski", "Valkeakoski"}},
       {{"tampere-aikuissosiaalityo", "Tampereen aikuissosiaalityö",
         "Tammerfors socialt arbete för vuxna", "tampere"}}},
      {"etela-savo",
       "Etelä-Savon hyvinvointialue",
       "Södra Savolax välfärdsområde",
       {{"mikkeli", "Mikkeli", "S:t Michel"}, {"savonlinna", "Savonlinna", "Nyslott"},
        {"pieksamaki", "Pieksämäki", "Pieksämäki"}, {"juva", "Juva", "Jockas"}},
       {{"mikkeli-sosku", "Mikkelin sosiaalisen kuntoutuksen tiimi",
         "S:t Michels team för social rehabilitering", "mikkeli"}}},
      {"keski-uusimaa",
       "Keski-Uudenmaan hyvinvointialue",
       "Mellersta Nylands välfärdsområde",
       {{"hyvinkaa", "Hyvinkää", "Hyvinge"}, {"jarvenpaa", "Järvenpää", "Träskända"},
        {"kerava", "Kerava", "Kervo"}, {"tuusula", "Tuusula", "Tusby"},
        {"nurmijarvi", "Nurmijärvi", "Nurmijärvi"}, {"mantsala", "Mäntsälä", "Mäntsälä"},
        {"pornainen", "Pornainen", "Borgnäs"}},
       {{"keski-uusimaa-sosku", "Keski-Uudenmaan SOSKU-tiimi",
         "Mellersta Nylands team för social rehabilitering", "jarvenpaa"}}},
  };
  return c;
}

const char* kFirst[] = {"Aino",  "Eero",   "Helmi", "Ilkka",  "Johanna", "Kalle",  "Laura",
                        "Matti", "Noora",  "Olli",  "Pirjo",  "Riku",    "Sanna",  "Timo",
                        "Ulla",  "Veikko", "Anni",  "Jari",   "Kaisa",   "Lauri",  "Minna",
                        "Pekka", "Sari",   "Tuomas", "Elina", "Henrik",  "Linnea", "Oskar",
                        "Saara", "Ville",  "Åsa",   "Örjan"};
const char* kLast[] = {"Ahola",    "Björk",    "Eskola",   "Hakala",  "Heikkilä", "Jokinen",
                       "Kallio",   "Koskinen", "Laine",    "Lehto",   "Mäkelä",   "Niemi",
                       "Ojala",    "Peltonen", "Rantanen", "Salo",    "Toivonen", "Virtanen",
                       "Väisänen", "Ylinen",   "Äijälä",   "Lindholm", "Nyström", "Söderberg"};

std::string fictional_hetu(std::mt19937& rng, std::set<std::string>& used) {
  for (;;) {
    const int year = std::uniform_int_distribution<int>(1962, 2004)(rng);
    const int month = std::uniform_int_distribution<int>(1, 12)(rng);
    const int day = std::uniform_int_distribution<int>(1, 28)(rng);
    const int individual = std::uniform_int_distribution<int>(900, 999)(rng);
    char digits[16];
    std::snprintf(digits, sizeof digits, "%02d%02d%02d%03d", day, month, year % 100, individual);
    const char check = domain::hetu_check_character(digits);
    const char sign = year >= 2000 ? 'A' : '-';
    std::string code = std::string(digits, 6) + sign + std::string(digits + 6, 3) + check;
    if (used.insert(code).second) return code;
  }
}

// One client's path up to `kind` (0 register only … 10 interrupted), with dates relative to today
// so that a dashboard always looks like a real week.
void seed_path(store::Tx& tx, std::mt19937& rng, const std::string& county, const std::string& client,
               int kind, const std::string& decider, const std::string& key_worker,
               const std::string& now) {
  const std::int64_t today = *time::days_from_date(time::today());
  auto day = [&](std::int64_t offset) { return time::date_from_days(today + offset); };
  auto id = [] { return security::new_id(); };
  auto relation = [&](const std::string& user, const char* rel) {
    tx.exec("INSERT INTO client_relations (id, county_id, client_id, user_id, relationship, since, "
            "last_activity_at) VALUES ($1,$2,$3,$4,$5,$6,$6) ON CONFLICT (client_id, user_id, "
            "relationship) DO NOTHING",
            {id(), county, client, user, std::string(rel), now});
  };
  if (kind == 0) return;
  const char* sources[] = {"self", "te_services", "typ", "mental_health_substance", "kela", "relative"};
  const std::int64_t start = kind <= 3 ? -10 : -(20 + static_cast<std::int64_t>(rng() % 100));
  tx.exec("INSERT INTO referrals (id, county_id, client_id, source, reason, received_on, created_by, "
          "created_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)",
          {id(), county, client, std::string(sources[rng() % 6]),
           "Arki ei suju, toive päästä kuntouttavaan työtoimintaan.", day(start - 20), decider, now});
  const bool concluded = kind >= 2;
  nlohmann::json doc = {
      {"life_areas",
       {{{"area", "everyday_management"}, {"client_view", "Vuorokausirytmi on sekaisin."},
         {"worker_view", "Tarvitsee tukea arjen rutiineihin."}, {"strengths", "Huolehtii lemmikistä."},
         {"need_level", "considerable"}},
        {{"area", "social_relationships"}, {"client_view", "Olen paljon yksin."},
         {"worker_view", "Yksinäisyys näkyy."}, {"strengths", "Hyvä suhde sisareen."},
         {"need_level", "some"}}}},
      {"network_statements", {{{"source", "Psykiatrinen sairaanhoitaja"},
                               {"summary", "Puoltaa sosiaalista kuntoutusta."},
                               {"received_on", day(start - 12)}}}},
      {"summary", "Sosiaalinen kuntoutus tukisi arjen hallintaa."}};
  tx.exec("INSERT INTO assessments (id, county_id, client_id, document, conclusion, completed_on, "
          "version, created_by, created_at, updated_by, updated_at) VALUES "
          "($1,$2,$3,$4,$5,$6,1,$7,$8,$7,$8)",
          {id(), county, client, doc.dump(),
           concluded ? store::Value(kind == 3 ? "not_needed" : "needed") : store::Value(nullptr),
           concluded ? store::Value(day(start - 10)) : store::Value(nullptr), decider, now});
  if (kind <= 2) return;
  const std::string decision = id();
  const bool granted = kind != 3;
  const std::int64_t length = kind == 6 ? -start + 10 : 120;  // 6: deadline within 14 days
  tx.exec("INSERT INTO decisions (id, county_id, client_id, outcome, service_forms, starts_on, "
          "deadline, key_worker_id, grounds, appeal_instructions, language, decided_by, decided_on, "
          "created_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,'fi',$11,$12,$13)",
          {decision, county, client, std::string(granted ? "granted" : "denied"),
           std::string(R"(["individual","group"])"),
           granted ? store::Value(day(start)) : store::Value(nullptr),
           granted ? store::Value(day(start + length)) : store::Value(nullptr),
           granted ? store::Value(key_worker) : store::Value(nullptr),
           std::string(granted ? "Palvelutarpeen arvioinnin perusteella asiakas hyötyy sosiaalisesta kuntoutuksesta."
                               : "Asiakkaan tarpeisiin vastaa paremmin toinen palvelu."),
           std::string("Oikaisuvaatimusohje: ks. hyvinvointialueen ohje."), decider, day(start - 5), now});
  relation(decider, "decision_maker");
  if (!granted) return;
  const std::string period = id();
  const bool closed = kind >= 9;
  const char* phase = kind == 4 ? "start" : (kind == 6 || kind == 8 ? "closing" : "working");
  tx.exec("INSERT INTO periods (id, county_id, client_id, decision_id, key_worker_id, service_forms, "
          "starts_on, deadline, phase, status, ended_on, version, created_at, updated_at) VALUES "
          "($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,1,$12,$12)",
          {period, county, client, decision, key_worker, std::string(R"(["individual","group"])"),
           day(start), day(start + length), std::string(phase),
           std::string(closed ? (kind == 10 ? "interrupted" : "closed") : "open"),
           closed ? store::Value(day(-3)) : store::Value(nullptr), now});
  if (!closed) relation(key_worker, "key_worker");
  relation(key_worker, "case_worker");
  // Goals in the client's own words, one with GAS levels, reviewed once.
  const char* goal_texts[][2] = {
      {"Haluan herätä aamuisin ja syödä aamupalan.", "Herätyskello, viikkosuunnitelma yhdessä"},
      {"Haluan käydä kerran viikossa jossain kodin ulkopuolella.", "Saattaen asiointi, ryhmä"},
      {"Haluan hoitaa Kela-asiat itse.", "Asioinnin harjoittelu, verkkoasiointi"}};
  std::vector<std::string> goals;
  for (int g = 0; g < 2; ++g) {
    const std::string goal = id();
    goals.push_back(goal);
    const auto& t = goal_texts[(rng() + static_cast<unsigned>(g)) % 3];
    tx.exec("INSERT INTO goals (id, county_id, client_id, period_id, current_version, status, "
            "created_by, created_at) VALUES ($1,$2,$3,$4,1,'active',$5,$6)",
            {goal, county, client, period, key_worker, now});
    const bool due = g == 0 && (kind == 5 || kind == 7);
    tx.exec("INSERT INTO goal_versions (id, county_id, goal_id, client_id, version, text, means, "
            "responsible, review_on, gas_levels, weight, created_by, created_at) VALUES "
            "($1,$2,$3,$4,1,$5,$6,$7,$8,$9,1,$10,$11)",
            {id(), county, goal, client, std::string(t[0]), std::string(t[1]),
             std::string("Asiakas ja omatyöntekijä"),
             due ? day(-2) : day(20 + static_cast<std::int64_t>(rng() % 40)),
             g == 0 ? store::Value(R"({"-2":"Ei onnistu lainkaan","-1":"Onnistuu joskus","0":"Onnistuu viikoittain","1":"Onnistuu useimmiten","2":"Onnistuu aina"})")
                    : store::Value(nullptr),
             key_worker, now});
    if (kind >= 7 && !due) {
      tx.exec("INSERT INTO goal_reviews (id, county_id, goal_id, client_id, reviewed_on, attainment, "
              "note, created_by, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)",
              {id(), county, goal, client, day(start + 30), std::int64_t{-1},
               std::string("Alku hankalaa, suunta hyvä."), key_worker, now});
    }
  }
  // Weekly meetings from the start; kind 7 has had no contact for ten days.
  const char* modes[] = {"office", "home_visit", "accompaniment", "phone", "video"};
  const std::int64_t last = kind == 7 ? -10 : (closed ? -5 : -static_cast<std::int64_t>(rng() % 5));
  for (std::int64_t d = last; d >= start + 2; d -= 7) {
    tx.exec("INSERT INTO meetings (id, county_id, client_id, period_id, held_on, minutes, mode, "
            "contents, statutory_item, tasks, note, kind, participants, created_by, created_at) "
            "VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,'individual','[]',$12,$13)",
            {id(), county, client, period, day(d), std::int64_t{60}, std::string(modes[rng() % 5]),
             std::string(R"(["motivating_conversation","doing_together"])"), std::string("coaching"),
             std::string(R"(["Kauppareissu itsenäisesti"])"),
             std::string("Tapaaminen sujui, sovittiin välitehtävä."), key_worker, now});
  }
  if (!closed && kind != 7) {  // a meeting planned for later this week
    tx.exec("INSERT INTO meetings (id, county_id, client_id, period_id, held_on, minutes, mode, "
            "contents, statutory_item, tasks, note, kind, participants, created_by, created_at) "
            "VALUES ($1,$2,$3,$4,$5,60,'office','[]','coaching','[]','Suunniteltu tapaaminen',"
            "'individual','[]',$6,$7)",
            {id(), county, client, period, day(1 + static_cast<std::int64_t>(rng() % 3)), key_worker, now});
  }
  const std::string member = id();
  tx.exec("INSERT INTO network_members (id, county_id, client_id, organisation_type, name, role, "
          "contact, active, created_by, created_at) VALUES ($1,$2,$3,'te_services',"
          "'TE-palvelut, Järvi-Pohjanmaa','Työvoimaneuvoja','puh. 029 000 0000',1,$4,$5)",
          {member, county, client, key_worker, now});
  tx.exec("INSERT INTO consents (id, county_id, client_id, member_id, scope, given_on, created_by, "
          "created_at) VALUES ($1,$2,$3,$4,'Työllistymistä tukevien palvelujen suunnittelu',$5,$6,$7)",
          {id(), county, client, member, day(start), key_worker, now});
  if (closed) {
    nlohmann::json results = nlohmann::json::array();
    for (const auto& g : goals) results.push_back({{"goal_id", g}, {"attainment", 1}, {"note", ""}});
    tx.exec("INSERT INTO final_evaluations (id, county_id, client_id, period_id, interrupted, reason, "
            "goal_results, continuation, client_view, worker_view, evaluated_on, created_by, "
            "created_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13)",
            {id(), county, client, period, std::int64_t{kind == 10 ? 1 : 0},
             kind == 10 ? store::Value("could_not_be_reached") : store::Value(nullptr),
             kind == 10 ? std::string("[]") : results.dump(),
             kind == 10 ? store::Value(nullptr) : store::Value("rehabilitative_work_activity"),
             std::string(kind == 10 ? "" : "Arki sujuu paremmin."),
             std::string(kind == 10 ? "Asiakasta ei tavoitettu kolmesta yrityksestä huolimatta." : "Tavoitteet saavutettiin osin."),
             day(-3), key_worker, now});
  }
}

}  // namespace

std::string demo_seed(const DemoOptions& options, bool* seeded) {
  store::Options opt;
  opt.pool_size = 2;
  auto db = store::open(options.db, opt);
  store::migrate(*db);
  if (seeded != nullptr) *seeded = false;
  if (!db->query("SELECT id FROM counties LIMIT 1").empty()) return {};

  std::string password = options.password;
  if (password.empty()) password = security::random_token(12);
  const std::string now = time::now_iso();

  // Organisation.
  std::map<std::string, std::string> county_ids;
  std::map<std::string, std::map<std::string, std::string>> muni_ids;  // county -> code -> id
  std::map<std::string, std::vector<std::string>> unit_ids;            // county -> unit ids
  db->write([&](store::Tx& tx) {
    for (const auto& c : counties()) {
      const std::string cid = security::new_id();
      county_ids[c.code] = cid;
      tx.exec("INSERT INTO counties (id, county_id, code, name, name_sv, settings, created_at) "
              "VALUES ($1,$1,$2,$3,$4,$5,$6)",
              {cid, c.code, c.name, c.name_sv, R"({"group_capacity":8,"group_minimum":4})", now});
      for (const auto& m : c.municipalities) {
        const std::string mid = security::new_id();
        muni_ids[c.code][m.code] = mid;
        store::organisation::insert_municipality(tx, {.id = mid,
                                                      .county_id = cid,
                                                      .code = m.code,
                                                      .name = m.name,
                                                      .created_at = now,
                                                      .name_sv = m.name_sv});
      }
      for (const auto& u : c.units) {
        const std::string uid = security::new_id();
        unit_ids[c.code].push_back(uid);
        store::organisation::insert_unit(tx, {.id = uid,
                                              .county_id = cid,
                                              .code = u.code,
                                              .name = u.name,
                                              .municipality_id = muni_ids[c.code][u.municipality],
                                              .created_at = now,
                                              .name_sv = u.name_sv});
      }
    }
  });

  // Users: demo-<role> for every role in Etelä-Pohjanmaa; one more worker per unit elsewhere.
  // Their creation is in the audit log like any other account event, by actor "" in the role
  // "demo-seed"; their passwords are not temporary, so the demo logins work at once.
  security::AuditLog audit(*db);
  const api::AccountActor seed_actor{"", "demo-seed", ""};
  const std::string ep = "etela-pohjanmaa";
  std::map<std::string, std::string> user_ids;
  for (auto role : security::kAllRoles) {
    const std::string r(security::to_string(role));
    const bool unit_scoped = role == security::Role::social_worker ||
                             role == security::Role::social_counsellor ||
                             role == security::Role::manager ||
                             role == security::Role::group_instructor ||
                             role == security::Role::experience_expert;
    api::NewUser u{county_ids[ep], "demo-" + r, "Demo " + r, password,
                   {{r, unit_scoped ? std::optional<std::string>("jarvi-pohjanmaa") : std::nullopt}}};
    user_ids["demo-" + r] = api::create_user(*db, u, &audit, seed_actor);
  }
  std::vector<std::pair<std::string, std::string>> creators;  // (user id, unit id) per unit
  creators.emplace_back(user_ids["demo-social_worker"], unit_ids[ep][0]);
  creators.emplace_back(user_ids["demo-social_counsellor"], unit_ids[ep][0]);
  for (const auto& c : counties()) {
    for (std::size_t i = 0; i < c.units.size(); ++i) {
      if (std::string(c.code) == ep && i == 0) continue;
      const std::string name = std::string("demo-") + c.units[i].code + "-worker";
      api::NewUser u{county_ids[c.code], name, "Demo worker " + std::string(c.units[i].name),
                     password, {{"social_counsellor", std::optional<std::string>(c.units[i].code)}}};
      creators.emplace_back(api::create_user(*db, u, &audit, seed_actor), unit_ids[c.code][i]);
    }
  }

  // Clients, spread over the creators (so the demo social worker and counsellor have caseloads).
  std::mt19937 rng(20261124);
  std::set<std::string> used;
  std::map<std::string, std::string> county_of_unit;
  std::map<std::string, std::vector<std::string>> munis_of_county;
  for (const auto& [ccode, units] : unit_ids) {
    for (const auto& u : units) county_of_unit[u] = ccode;
    for (const auto& [mcode, mid] : muni_ids[ccode]) munis_of_county[ccode].push_back(mid);
  }
  db->write([&](store::Tx& tx) {
    for (int i = 0; i < options.clients; ++i) {
      const auto& [creator, unit] = creators[static_cast<std::size_t>(i) % creators.size()];
      const std::string ccode = county_of_unit[unit];
      const auto& munis = munis_of_county[ccode];
      const std::string first = kFirst[rng() % std::size(kFirst)];
      const std::string last = kLast[rng() % std::size(kLast)];
      // Every tenth client has no Finnish identity code yet.
      std::string hetu = i % 10 == 9 ? std::string{} : fictional_hetu(rng, used);
      std::string birth;
      if (!hetu.empty()) {
        const auto h = domain::parse_hetu(hetu);
        char buf[11];
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", h->year, h->month, h->day);
        birth = buf;
      }
      const std::string id = security::new_id();
      const char* langs = i % 7 == 3 ? R"(["sv","fi"])" : (i % 13 == 5 ? R"(["other"])" : R"(["fi"])");
      char phone[32];
      std::snprintf(phone, sizeof phone, "040 000 %04d", i);
      tx.exec(
          "INSERT INTO clients (id, county_id, unit_id, hetu, birth_date, first_name, last_name, "
          "search_name, municipality_id, languages, phone, email, address, safety_notes, version, "
          "created_by, created_at, updated_by, updated_at) VALUES "
          "($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,NULL,NULL,$12,1,$13,$14,$13,$14)",
          {id, county_ids[ccode], unit, hetu.empty() ? store::Value(nullptr) : store::Value(hetu),
           birth.empty() ? store::Value(nullptr) : store::Value(birth), first, last,
           domain::fold_for_search(last + " " + first), munis[rng() % munis.size()], langs,
           std::string(phone),
           i % 11 == 4 ? store::Value("Paniikkihäiriö: tapaa mieluiten pienessä huoneessa.")
                       : store::Value(nullptr),
           creator, now});
      tx.exec("INSERT INTO client_relations (id, county_id, client_id, user_id, relationship, "
              "since, last_activity_at) VALUES ($1,$2,$3,$4,'case_worker',$5,$5)",
              {security::new_id(), county_ids[ccode], id, creator, now});
      // The demo unit's clients walk the path to every phase: key workers see a real week.
      if (i % static_cast<int>(creators.size()) < 2) {
        const int kind = (i / static_cast<int>(creators.size())) % 11;
        const bool counsellor_keys = (i / static_cast<int>(creators.size())) % 3 != 2;
        seed_path(tx, rng, county_ids[ccode], id, kind, user_ids["demo-social_worker"],
                  counsellor_keys ? user_ids["demo-social_counsellor"] : user_ids["demo-social_worker"],
                  now);
      }
    }
  });

  if (seeded != nullptr) *seeded = true;
  std::cout << "Demo data seeded: 4 counties, " << options.clients << " fictional clients.\n"
            << "Demo logins (county etela-pohjanmaa), password: " << password << "\n";
  for (auto role : security::kAllRoles) {
    std::cout << "  demo-" << security::to_string(role) << "\n";
  }
  return password;
}

}  // namespace soku::cli
