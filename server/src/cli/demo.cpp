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

#include "api/accounts.h"
#include "cli/commands.h"
#include "common/time.h"
#include "domain/hetu.h"
#include "domain/names.h"
#include "security/access.h"
#include "security/crypto.h"
#include "store/db.h"

namespace soku::cli {

namespace {

struct UnitSeed {
  const char* code;
  const char* name;
  const char* municipality;
};
struct CountySeed {
  const char* code;
  const char* name;
  std::vector<std::pair<const char*, const char*>> municipalities;  // code, name
  std::vector<UnitSeed> units;
};

const std::vector<CountySeed>& counties() {
  static const std::vector<CountySeed> c = {
      {"etela-pohjanmaa",
       "Etelä-Pohjanmaan hyvinvointialue",
       {{"alajarvi", "Alajärvi"}, {"evijarvi", "Evijärvi"}, {"kurikka", "Kurikka"},
        {"lappajarvi", "Lappajärvi"}, {"vimpeli", "Vimpeli"}, {"seinajoki", "Seinäjoki"},
        {"lapua", "Lapua"}},
       {{"jarvi-pohjanmaa", "Järvi-Pohjanmaan sote-keskus", "alajarvi"},
        {"kurikka-sote", "Kurikan sote-keskus", "kurikka"}}},
      {"pirkanmaa",
       "Pirkanmaan hyvinvointialue",
       {{"tampere", "Tampere"}, {"nokia", "Nokia"}, {"ylojarvi", "Ylöjärvi"},
        {"kangasala", "Kangasala"}, {"valkeakoski", "Valkeakoski"}},
       {{"tampere-aikuissosiaalityo", "Tampereen aikuissosiaalityö", "tampere"}}},
      {"etela-savo",
       "Etelä-Savon hyvinvointialue",
       {{"mikkeli", "Mikkeli"}, {"savonlinna", "Savonlinna"}, {"pieksamaki", "Pieksämäki"},
        {"juva", "Juva"}},
       {{"mikkeli-sosku", "Mikkelin sosiaalisen kuntoutuksen tiimi", "mikkeli"}}},
      {"keski-uusimaa",
       "Keski-Uudenmaan hyvinvointialue",
       {{"hyvinkaa", "Hyvinkää"}, {"jarvenpaa", "Järvenpää"}, {"kerava", "Kerava"},
        {"tuusula", "Tuusula"}, {"nurmijarvi", "Nurmijärvi"}, {"mantsala", "Mäntsälä"},
        {"pornainen", "Pornainen"}},
       {{"keski-uusimaa-sosku", "Keski-Uudenmaan SOSKU-tiimi", "jarvenpaa"}}},
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
      tx.exec("INSERT INTO counties (id, county_id, code, name, settings, created_at) VALUES "
              "($1,$1,$2,$3,$4,$5)",
              {cid, c.code, c.name, R"({"group_capacity":8,"group_minimum":4})", now});
      for (const auto& [code, name] : c.municipalities) {
        const std::string mid = security::new_id();
        muni_ids[c.code][code] = mid;
        tx.exec("INSERT INTO municipalities (id, county_id, code, name, created_at) VALUES "
                "($1,$2,$3,$4,$5)",
                {mid, cid, code, name, now});
      }
      for (const auto& u : c.units) {
        const std::string uid = security::new_id();
        unit_ids[c.code].push_back(uid);
        tx.exec("INSERT INTO units (id, county_id, code, name, municipality_id, created_at, "
                "updated_at) VALUES ($1,$2,$3,$4,$5,$6,$6)",
                {uid, cid, u.code, u.name, muni_ids[c.code][u.municipality], now});
      }
    }
  });

  // Users: demo-<role> for every role in Etelä-Pohjanmaa; one more worker per unit elsewhere.
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
    user_ids["demo-" + r] = api::create_user(*db, u);
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
      creators.emplace_back(api::create_user(*db, u), unit_ids[c.code][i]);
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
