// tests/api/api_clients_test.cpp — the client register (api.md "/clients"): identity-code
// validation, the code's uniqueness per county (sign included), masking in lists, optimistic
// versioning, field validation that names every invalid field, and the code never leaking into
// problem details or the audit log. Every code here is fictional (individual number 900–999).
#include <gtest/gtest.h>

#include <cstdio>
#include <tuple>

#include "http_fixture.h"

using namespace soku::test;

namespace {

std::string id_of(const Json& client) { return client["id"].get<std::string>(); }

// A code for the given date and individual number with a correct check character.
std::string code_for(int day, int month, int year2, char sign, int individual) {
  char digits[16];
  std::snprintf(digits, sizeof digits, "%02d%02d%02d%03d", day, month, year2, individual);
  const std::string d(digits);
  return d.substr(0, 6) + sign + d.substr(6, 3) + check_character(d);
}

int random_individual() { return 900 + static_cast<int>(random_suffix(1)[0] - 'a') * 3; }

HttpResponse post_client(Client& c, const Json& extra) {
  Json body = {{"first_name", "Testi"},
               {"last_name", "Tunnus" + random_suffix()},
               {"municipality", "alajarvi"}};
  for (const auto& [k, v] : extra.items()) body[k] = v;
  return c.post("/api/v1/clients", body);
}

}  // namespace

TEST(Clients, CreateWithAValidCodeShowsTheFullCodeOnTheClientPage) {
  Client& sw = as("demo-social_worker");
  const std::string hetu = fictional_hetu();
  const auto created = create_client(sw, {{"hetu", hetu}});
  const auto page = sw.get("/api/v1/clients/" + id_of(created));
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_EQ(page.json["hetu"], hetu);
  EXPECT_EQ(page.json["relationship"], "case_worker");
  EXPECT_EQ(page.json["version"], 1);
  // The birth date comes from the code.
  const std::string birth = page.json["birth_date"];
  EXPECT_EQ(birth.substr(8, 2), hetu.substr(0, 2));
  EXPECT_EQ(birth.substr(5, 2), hetu.substr(2, 2));
  EXPECT_EQ(birth.substr(2, 2), hetu.substr(4, 2));
  EXPECT_EQ(birth.substr(0, 2), "19");
}

TEST(Clients, ACodeFromThe2000sGetsItsCentury) {
  Client& sw = as("demo-social_worker");
  const std::string hetu = fictional_hetu('-', true);
  const auto created = create_client(sw, {{"hetu", hetu}});
  EXPECT_EQ(created["birth_date"].get<std::string>().substr(0, 2), "20");
  EXPECT_EQ(created["relationship"], "case_worker");
}

TEST(Clients, AWrongCheckCharacterIs422NamingHetu) {
  const std::string good = fictional_hetu();
  std::string bad = good;
  bad[10] = good[10] == 'X' ? 'Y' : 'X';
  const auto r = post_client(as("demo-social_worker"), {{"hetu", bad}});
  EXPECT_EQ(r.status, 422) << r.body;
  EXPECT_TRUE(r.names_field("hetu")) << r.body;
  EXPECT_EQ(r.body.find(bad), std::string::npos) << "the code is not echoed";
}

TEST(Clients, AnImpossibleDateIs422NamingHetu) {
  Client& sw = as("demo-social_worker");
  for (const auto& code : {code_for(30, 2, 1, '-', random_individual()),    // 30.2.1901
                           code_for(31, 4, 55, '-', random_individual()),   // 31.4.1955
                           code_for(0, 5, 55, '-', random_individual()),    // day 0
                           code_for(12, 13, 55, '-', random_individual())}) {  // month 13
    const auto r = post_client(sw, {{"hetu", code}});
    EXPECT_EQ(r.status, 422) << code << ": " << r.body;
    EXPECT_TRUE(r.names_field("hetu")) << code << ": " << r.body;
  }
}

TEST(Clients, TheLeapDayOfANonLeapYearIs422) {
  Client& sw = as("demo-social_worker");
  // 29.2.1901, and 29.2.1900 (a century year not divisible by 400 is not a leap year).
  for (const auto& code : {code_for(29, 2, 1, '-', random_individual()),
                           code_for(29, 2, 0, '-', random_individual())}) {
    const auto r = post_client(sw, {{"hetu", code}});
    EXPECT_EQ(r.status, 422) << code << ": " << r.body;
    EXPECT_TRUE(r.names_field("hetu")) << code << ": " << r.body;
  }
}

TEST(Clients, TheLeapDayOfALeapYearIsValid) {
  // 29.2.1956 and 29.2.2000 (divisible by 400: a leap year). A 409 means an earlier repetition in
  // this database registered that number already (still a valid code): try the next one.
  Client& sw = as("demo-social_worker");
  for (const auto& [year2, sign, birth] : {std::tuple{56, 'Y', "1956-02-29"},
                                           std::tuple{0, 'A', "2000-02-29"}}) {
    HttpResponse r;
    for (int individual = random_individual(); individual <= 999; ++individual) {
      r = post_client(sw, {{"hetu", code_for(29, 2, year2, sign, individual)}});
      if (r.status != 409) break;
    }
    EXPECT_EQ(r.status, 201) << birth << ": " << r.body;
    EXPECT_EQ(r.json.value("birth_date", ""), birth);
  }
}

TEST(Clients, IndividualNumbers000And001Are422) {
  Client& sw = as("demo-social_worker");
  for (const auto& code : {code_for(15, 6, 47, '-', 0), code_for(15, 6, 47, '-', 1)}) {
    const auto r = post_client(sw, {{"hetu", code}});
    EXPECT_EQ(r.status, 422) << code << ": " << r.body;
    EXPECT_TRUE(r.names_field("hetu")) << code << ": " << r.body;
  }
}

TEST(Clients, MalformedCodesAre422) {
  Client& sw = as("demo-social_worker");
  const std::string good = fictional_hetu();
  for (const auto& code : {good.substr(0, 10), good + "1", with_sign(good, 'G'),
                           with_sign(good, '*'), std::string("ABCDEF-9000")}) {
    const auto r = post_client(sw, {{"hetu", code}});
    EXPECT_EQ(r.status, 422) << code << ": " << r.body;
    EXPECT_TRUE(r.names_field("hetu")) << code << ": " << r.body;
  }
}

TEST(Clients, CodesDifferingOnlyInTheCenturySignAreTwoClients) {
  Client& sw = as("demo-social_worker");
  const std::string dash = fictional_hetu('-');
  const std::string y = with_sign(dash, 'Y');
  const auto a = create_client(sw, {{"hetu", dash}});
  const auto b = create_client(sw, {{"hetu", y}});
  EXPECT_NE(id_of(a), id_of(b));
  EXPECT_EQ(sw.get("/api/v1/clients/" + id_of(a)).json["hetu"], dash);
  EXPECT_EQ(sw.get("/api/v1/clients/" + id_of(b)).json["hetu"], y);
}

TEST(Clients, ADuplicateCodeInTheCountyIs409NamingHetu) {
  Client& sw = as("demo-social_worker");
  const std::string hetu = fictional_hetu();
  create_client(sw, {{"hetu", hetu}});
  // Also when another worker of the county registers the same person.
  for (Client* c : {&sw, &as("demo-social_counsellor")}) {
    const auto r = post_client(*c, {{"hetu", hetu}});
    EXPECT_EQ(r.status, 409) << r.body;
    EXPECT_EQ(r.header("content-type").rfind("application/problem+json", 0), 0u);
    EXPECT_TRUE(r.names_field("hetu")) << r.body;
    EXPECT_EQ(r.body.find(hetu), std::string::npos) << "the code is not echoed";
  }
}

TEST(Clients, ADuplicateCodeInLowerCaseOrWithSpacesIsStillADuplicate) {
  Client& sw = as("demo-social_worker");
  std::string hetu = fictional_hetu();
  while (hetu[10] >= '0' && hetu[10] <= '9') hetu = fictional_hetu();  // a letter to lower-case
  create_client(sw, {{"hetu", hetu}});
  std::string lower = hetu;
  lower[10] = static_cast<char>(std::tolower(static_cast<unsigned char>(lower[10])));
  EXPECT_EQ(post_client(sw, {{"hetu", "  " + lower + " "}}).status, 409);
}

TEST(Clients, PatchingInADuplicateCodeIs409NamingHetu) {
  Client& sw = as("demo-social_worker");
  const std::string taken = fictional_hetu();
  create_client(sw, {{"hetu", taken}});
  const auto other = create_client(sw);
  const auto r = sw.patch("/api/v1/clients/" + id_of(other),
                          {{"version", other["version"]}, {"hetu", taken}});
  EXPECT_EQ(r.status, 409) << r.body;
  EXPECT_TRUE(r.names_field("hetu")) << r.body;
  EXPECT_EQ(r.body.find(taken), std::string::npos);
  EXPECT_TRUE(sw.get("/api/v1/clients/" + id_of(other)).json["hetu"].is_null());
}

TEST(Clients, AClientWithoutACodeIs201) {
  Client& sw = as("demo-social_worker");
  const auto created = create_client(sw);
  EXPECT_TRUE(created["hetu"].is_null()) << created;
  EXPECT_TRUE(created["birth_date"].is_null()) << created;
  // and a second one without a code does not collide with the first
  create_client(sw, {{"hetu", ""}});
}

TEST(Clients, SearchByNameShowsTheMaskedCodeOnly) {
  Client& sw = as("demo-social_worker");
  const std::string hetu = fictional_hetu();
  const std::string last = "Maskaus" + random_suffix();
  const auto created = create_client(sw, {{"hetu", hetu}, {"last_name", last}});
  const auto r = search(sw, last);
  ASSERT_EQ(r.status, 200) << r.body;
  ASSERT_EQ(r.json["items"].size(), 1u) << r.body;
  const auto& item = r.json["items"][0];
  EXPECT_EQ(item["id"], id_of(created));
  EXPECT_EQ(item["hetu_masked"], hetu.substr(0, 7) + "****");
  EXPECT_EQ(r.body.find(hetu), std::string::npos) << "never the full code in a list";
}

TEST(Clients, SearchByTheExactFullCodeFindsTheClient) {
  Client& sw = as("demo-social_worker");
  const std::string hetu = fictional_hetu();
  const auto created = create_client(sw, {{"hetu", hetu}});
  const auto r = search(sw, hetu);
  ASSERT_EQ(r.status, 200) << r.body;
  ASSERT_EQ(r.json["items"].size(), 1u) << r.body;
  EXPECT_EQ(r.json["items"][0]["id"], id_of(created));
  EXPECT_EQ(r.body.find(hetu), std::string::npos) << "the answer is masked too";
  // The same digits with another century sign are another person.
  const auto other = search(sw, with_sign(hetu, 'Y'));
  ASSERT_EQ(other.status, 200);
  EXPECT_TRUE(other.json["items"].empty()) << other.body;
}

TEST(Clients, PatchWithTheCurrentVersionIs200AndBumpsTheVersion) {
  Client& sw = as("demo-social_worker");
  const auto created = create_client(sw);
  const std::string url = "/api/v1/clients/" + id_of(created);
  const auto r = sw.patch(url, {{"version", created["version"]},
                                {"first_name", "Muutettu"},
                                {"contact", {{"email", "testi@example.invalid"}}}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json["version"], created["version"].get<int>() + 1);
  EXPECT_EQ(r.json["first_name"], "Muutettu");
  EXPECT_EQ(r.json["last_name"], created["last_name"]) << "fields not sent stay";
  const auto page = sw.get(url);
  EXPECT_EQ(page.json["first_name"], "Muutettu");
  EXPECT_EQ(page.json["contact"]["email"], "testi@example.invalid");
  EXPECT_EQ(page.json["version"], r.json["version"]);
}

TEST(Clients, PatchWithAStaleVersionIs409) {
  Client& sw = as("demo-social_worker");
  const auto created = create_client(sw);
  const std::string url = "/api/v1/clients/" + id_of(created);
  ASSERT_EQ(sw.patch(url, {{"version", 1}, {"first_name", "Eka"}}).status, 200);
  const auto stale = sw.patch(url, {{"version", 1}, {"first_name", "Toka"}});
  EXPECT_EQ(stale.status, 409) << stale.body;
  EXPECT_EQ(stale.json.value("type", ""), "/problems/stale-version");
  EXPECT_EQ(sw.get(url).json["first_name"], "Eka") << "the stale edit changed nothing";
}

TEST(Clients, PatchWithoutAVersionIs422) {
  Client& sw = as("demo-social_worker");
  const auto created = create_client(sw);
  const auto r = sw.patch("/api/v1/clients/" + id_of(created), {{"first_name", "Ilman"}});
  EXPECT_EQ(r.status, 422) << r.body;
  EXPECT_TRUE(r.names_field("version")) << r.body;
}

TEST(Clients, EveryInvalidFieldIsNamedAtOnce) {
  const auto r = post_client(as("demo-social_worker"),
                             {{"first_name", ""},
                              {"municipality", "atlantis"},
                              {"contact", {{"email", "not-an-address"}}}});
  EXPECT_EQ(r.status, 422) << r.body;
  EXPECT_TRUE(r.names_field("first_name")) << r.body;
  EXPECT_TRUE(r.names_field("municipality")) << r.body;
  EXPECT_TRUE(r.names_field("contact.email")) << r.body;
}

TEST(Clients, EveryInvalidFieldIsNamedAtOnceOnPatch) {
  Client& sw = as("demo-social_worker");
  const auto created = create_client(sw);
  const auto r = sw.patch("/api/v1/clients/" + id_of(created),
                          {{"version", created["version"]},
                           {"last_name", ""},
                           {"hetu", "010101-0000"},
                           {"languages", {"Finnish!"}},
                           {"contact", {{"phone", "call me"}}}});
  EXPECT_EQ(r.status, 422) << r.body;
  for (const char* f : {"last_name", "hetu", "languages", "contact.phone"}) {
    EXPECT_TRUE(r.names_field(f)) << f << ": " << r.body;
  }
}

TEST(Clients, TheCodeNeverAppearsInProblemsOrTheAuditLog) {
  Client& sw = as("demo-social_worker");
  const std::string hetu = fictional_hetu();
  const auto created = create_client(sw, {{"hetu", hetu}});
  const std::string id = id_of(created);
  sw.get("/api/v1/clients/" + id);
  search(sw, hetu);
  const auto dup = post_client(sw, {{"hetu", hetu}});
  EXPECT_EQ(dup.status, 409);
  EXPECT_EQ(dup.body.find(hetu), std::string::npos);
  std::string bad = hetu;
  bad[10] = hetu[10] == 'X' ? 'Y' : 'X';
  const auto invalid = post_client(sw, {{"hetu", bad}});
  EXPECT_EQ(invalid.status, 422);
  EXPECT_EQ(invalid.body.find(bad), std::string::npos);
  const auto entries = audit_entries(id);
  ASSERT_FALSE(entries.empty());
  const std::string dump = entries.dump();
  EXPECT_EQ(dump.find(hetu), std::string::npos);
  // Nor in the chain as stored (every column of every entry about this client).
  const auto rows = app().db().query("SELECT * FROM audit_log WHERE client_id = $1", {id});
  ASSERT_FALSE(rows.empty());
  for (const auto& row : rows.rows) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      EXPECT_EQ(row.str(i).find(hetu), std::string::npos) << rows.columns[i];
    }
  }
}
