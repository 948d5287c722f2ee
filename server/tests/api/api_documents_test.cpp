// api_documents_test.cpp — the written decision and the printed plan (issue 8, items 1 and 3),
// through HTTP, on both backends: the decision number (county-wide, per year, unique and
// sequential under concurrent decisions), the authority and party fields the print needs
// (Hallintolaki §§ 44–45), the day of notice and the appeal deadline (§ 59), the print read
// audited as "print", the printed plan's facts, and the closing check's warnings. Every client
// here is created by the test.
#include <gtest/gtest.h>

#include <algorithm>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <regex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "common/time.h"
#include "http_fixture.h"

namespace soku::test {
namespace {

constexpr const char* kWorker = "demo-social_worker";

Json denial() { return {{"outcome", "denied"}, {"grounds", "Ei palvelutarvetta."}}; }

// "SOSKU 2026/17" → {2026, 17}; {0, 0} when the number is not in that form.
std::pair<int, long> parse_number(const Json& number) {
  static const std::regex re(R"(^SOSKU (\d{4})/(\d+)$)");
  std::smatch m;
  const std::string s = number.is_string() ? number.get<std::string>() : "";
  if (!std::regex_match(s, m, re)) return {0, 0};
  return {std::stoi(m[1]), std::stol(m[2])};
}

std::string today() { return time::today(); }
std::string in_days(int n) { return time::date_from_days(*time::days_from_date(today()) + n); }

std::string unit_id() {
  const auto r = as("demo-admin").get("/api/v1/units");
  EXPECT_EQ(r.status, 200) << r.body;
  for (const auto& u : r.json["items"]) {
    if (u.value("code", "") == kUnit) return u["id"];
  }
  ADD_FAILURE() << "no unit " << kUnit;
  return "";
}

TEST(Documents, DecisionNumbersFollowEachOtherWithinTheCountyAndYear) {
  auto& sw = as(kWorker);
  const std::string a = create_client(sw)["id"];
  const std::string b = create_client(sw)["id"];
  auto r1 = sw.post("/api/v1/clients/" + a + "/decisions", denial());
  auto r2 = sw.post("/api/v1/clients/" + b + "/decisions", denial());
  ASSERT_EQ(r1.status, 201) << r1.body;
  ASSERT_EQ(r2.status, 201) << r2.body;
  const auto n1 = parse_number(r1.json["number"]);
  const auto n2 = parse_number(r2.json["number"]);
  ASSERT_GT(n1.second, 0) << r1.json["number"];
  EXPECT_EQ(n2.first, n1.first);
  EXPECT_EQ(n2.second, n1.second + 1);
  // The number is the decision's for good: the list and the single read show the same.
  EXPECT_EQ(sw.get("/api/v1/decisions/" + r1.json["id"].get<std::string>()).json["number"],
            r1.json["number"]);
  EXPECT_EQ(sw.get("/api/v1/clients/" + a + "/decisions").json["items"][0]["number"],
            r1.json["number"]);
  // A decision dated in another year starts that year's sequence of its own.
  auto r3 = sw.post("/api/v1/clients/" + a + "/decisions",
                    {{"outcome", "denied"}, {"grounds", "x"}, {"decided_on", "2031-01-02"}});
  ASSERT_EQ(r3.status, 201) << r3.body;
  const auto n3 = parse_number(r3.json["number"]);
  EXPECT_EQ(n3.first, 2031);
  EXPECT_GE(n3.second, 1);
}

TEST(Documents, ConcurrentDecisionsGetDistinctConsecutiveNumbers) {
  constexpr int kN = 8;
  auto& sw = as(kWorker);
  std::vector<std::string> clients;
  std::vector<std::unique_ptr<Client>> sessions;
  for (int i = 0; i < kN; ++i) {
    clients.push_back(create_client(sw)["id"]);
    sessions.push_back(std::make_unique<Client>(port()));
    sessions.back()->must_login(kWorker);
  }
  std::vector<HttpResponse> out(kN);
  std::mutex m;
  std::condition_variable cv;
  int ready = 0;
  bool go = false;
  std::vector<std::thread> threads;
  for (int i = 0; i < kN; ++i) {
    threads.emplace_back([&, i] {
      {
        std::unique_lock lock(m);
        ++ready;
        cv.notify_all();
        cv.wait(lock, [&] { return go; });
      }
      out[i] = sessions[i]->post("/api/v1/clients/" + clients[i] + "/decisions", denial());
    });
  }
  {
    std::unique_lock lock(m);
    cv.wait(lock, [&] { return ready == kN; });
    go = true;
  }
  cv.notify_all();
  for (auto& t : threads) t.join();
  std::vector<long> seqs;
  std::set<int> years;
  for (const auto& r : out) {
    ASSERT_EQ(r.status, 201) << r.body;
    const auto n = parse_number(r.json["number"]);
    ASSERT_GT(n.second, 0) << r.body;
    seqs.push_back(n.second);
    years.insert(n.first);
  }
  EXPECT_EQ(years.size(), 1u);
  std::sort(seqs.begin(), seqs.end());
  for (int i = 1; i < kN; ++i) EXPECT_EQ(seqs[i], seqs[0] + i) << "numbers must be unique and gapless";
}

TEST(Documents, TheDecisionCarriesTheAuthorityNoticeAndDecider) {
  auto& sw = as(kWorker);
  const std::string cid = create_client(sw, {{"unit", unit_id()}})["id"];
  auto r = sw.post("/api/v1/clients/" + cid + "/decisions",
                   {{"outcome", "granted"},
                    {"service_forms", {"individual"}},
                    {"starts_on", "2026-12-01"},
                    {"deadline", "2027-05-31"},
                    {"key_worker_id", worker_id("demo-social_counsellor")},
                    {"grounds", "Palvelutarve todettu."},
                    {"language", "sv"},
                    {"decided_on", "2026-11-30"},
                    {"sent_on", "2026-12-01"},
                    {"notice_method", "mail"}});
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(r.json["language"], "sv");
  EXPECT_EQ(r.json["authority"]["county_name"], "Etelä-Pohjanmaan hyvinvointialue");
  EXPECT_EQ(r.json["authority"]["unit_name"], "Järvi-Pohjanmaan sote-keskus");
  EXPECT_TRUE(r.json["authority"]["contact"].is_string());
  EXPECT_EQ(r.json["decided_by_title"], "socialarbetare");  // the default in the decision's language
  EXPECT_FALSE(r.json["decided_by_name"].get<std::string>().empty());
  EXPECT_EQ(r.json["notice_method"], "mail");
  EXPECT_EQ(r.json["notified_on"], "2026-12-08");   // 7th day after sending (§ 59)
  EXPECT_EQ(r.json["appeal_deadline"], "2027-01-07");
  // The identity code is not in the ordinary decision JSON (lists, the documents tab).
  EXPECT_FALSE(r.json.contains("party"));
  // A given title and an electronic notice.
  r = sw.post("/api/v1/clients/" + create_client(sw)["id"].get<std::string>() + "/decisions",
              {{"outcome", "denied"}, {"grounds", "x"}, {"decided_by_title", "johtava sosiaalityöntekijä"},
               {"sent_on", "2026-12-01"}, {"notice_method", "electronic"}});
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(r.json["decided_by_title"], "johtava sosiaalityöntekijä");
  EXPECT_EQ(r.json["notified_on"], "2026-12-04");
  // Bad input names its field.
  r = sw.post("/api/v1/clients/" + cid + "/decisions",
              {{"outcome", "denied"}, {"grounds", "x"}, {"notice_method", "pigeon"},
               {"sent_on", "2026-02-30"}, {"decided_by_title", std::string(300, 'x')}});
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(r.names_field("notice_method")) << r.body;
  EXPECT_TRUE(r.names_field("sent_on")) << r.body;
  EXPECT_TRUE(r.names_field("decided_by_title")) << r.body;
}

TEST(Documents, ThePrintNamesThePartyAndIsAuditedAsPrint) {
  auto& sw = as(kWorker);
  const std::string hetu = fictional_hetu();
  const std::string cid =
      create_client(sw, {{"hetu", hetu},
                         {"contact", {{"address", "Koulutie 1, 62900 Alajärvi"}}}})["id"];
  auto r = sw.post("/api/v1/clients/" + cid + "/decisions", denial());
  ASSERT_EQ(r.status, 201) << r.body;
  const std::string did = r.json["id"];
  r = sw.get("/api/v1/decisions/" + did + "/print");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json["party"]["hetu"], hetu);
  EXPECT_EQ(r.json["party"]["first_name"], "Testi");
  EXPECT_EQ(r.json["party"]["address"], "Koulutie 1, 62900 Alajärvi");
  EXPECT_FALSE(r.json["number"].is_null());
  EXPECT_FALSE(r.json["appeal_instructions"].get<std::string>().empty());
  bool printed = false;
  for (const auto& e : audit_entries(cid)) {
    if (e["action"] == "print" && e["resource_type"] == "decision") printed = true;
  }
  EXPECT_TRUE(printed) << "the print read must be in the audit log as action print";
  // Without a relationship to the client: 404, like every record of the client.
  EXPECT_EQ(as("demo-experience_expert").get("/api/v1/decisions/" + did + "/print").status, 404);
}

TEST(Documents, TheAuthoritysContactIsACountyText) {
  auto& admin = as("demo-admin");
  const std::string marker = "Puh. 06 " + random_suffix(4);
  auto r = admin.put("/api/v1/county-texts/authority_contact",
                     {{"fi", marker + ", Koulutie 2"}, {"sv", marker + ", Skolvägen 2"}});
  ASSERT_EQ(r.status, 200) << r.body;
  auto& sw = as(kWorker);
  EXPECT_EQ(sw.get("/api/v1/county-texts/authority_contact").json["sv"], marker + ", Skolvägen 2");
  const std::string cid = create_client(sw)["id"];
  r = sw.post("/api/v1/clients/" + cid + "/decisions", denial());
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(r.json["authority"]["contact"], marker + ", Koulutie 2");
  // Only an admin writes it; an unknown key is 404.
  EXPECT_EQ(sw.put("/api/v1/county-texts/authority_contact", {{"fi", "x"}, {"sv", "y"}}).status, 403);
  EXPECT_EQ(admin.get("/api/v1/county-texts/nonsense").status, 404);
  EXPECT_EQ(admin.put("/api/v1/county-texts/authority_contact", {{"fi", ""}, {"sv", ""}}).status, 200);
}

TEST(Documents, ThePrintedPlanCarriesBirthDateRhythmNetworkAndFlagsLateReviews) {
  const auto [cid, pid] = client_in_service();  // period 2026-11-01 … 2027-02-28
  auto& co = as("demo-social_counsellor");
  auto r = co.post("/api/v1/clients/" + cid + "/goals",
                   {{"text", "Arki sujuu"}, {"review_on", "2027-03-15"}});
  ASSERT_EQ(r.status, 201) << r.body;
  const std::string late_goal = r.json["id"];
  // Saved, with a warning: the review would fall after the period's deadline.
  ASSERT_TRUE(r.json.contains("warnings")) << r.body;
  EXPECT_EQ(r.json["warnings"][0]["code"], "review_after_period");
  EXPECT_EQ(r.json["warnings"][0]["deadline"], "2027-02-28");
  r = co.post("/api/v1/clients/" + cid + "/goals", {{"text", "Kauppa"}, {"review_on", "2027-01-15"}});
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_FALSE(r.json.contains("warnings")) << r.body;
  // An edit that moves the review date past the deadline is warned about too.
  const auto edited = co.patch("/api/v1/goals/" + r.json["id"].get<std::string>(),
                               {{"version", 1}, {"review_on", "2027-03-01"}});
  ASSERT_EQ(edited.status, 200) << edited.body;
  EXPECT_EQ(edited.json["warnings"][0]["code"], "review_after_period");
  ASSERT_EQ(co.patch("/api/v1/goals/" + r.json["id"].get<std::string>(),
                     {{"version", 2}, {"review_on", "2027-01-15"}})
                .status,
            200);
  for (const char* day : {"2026-11-03", "2026-11-10", "2026-11-17"}) {
    r = co.post("/api/v1/clients/" + cid + "/meetings",
                {{"held_on", day}, {"minutes", 45}, {"mode", "accompaniment"},
                 {"contents", {"errands"}}, {"statutory_item", "coaching"},
                 {"tasks", Json::array()}, {"note", ""}});
    ASSERT_EQ(r.status, 201) << r.body;
  }
  r = co.post("/api/v1/clients/" + cid + "/network",
              {{"organisation_type", "kela"}, {"name", "Maija Hoitaja"},
               {"role", "Psykiatrinen sairaanhoitaja"}, {"contact", ""}});
  EXPECT_EQ(r.status, 201) << r.body;
  r = co.get("/api/v1/clients/" + cid + "/plan/print");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_FALSE(r.json["client"].contains("hetu"));  // the birth date, never the identity code
  EXPECT_TRUE(r.json["client"].contains("birth_date"));
  EXPECT_EQ(r.json["authority"]["county_name"], "Etelä-Pohjanmaan hyvinvointialue");
  EXPECT_EQ(r.json["period"]["service_forms"], Json::array({"individual"}));
  EXPECT_EQ(r.json["meetings"]["count"], 3);
  EXPECT_EQ(r.json["meetings"]["interval_days"], 7);
  EXPECT_EQ(r.json["meetings"]["latest_on"], "2026-11-17");
  ASSERT_EQ(r.json["network"].size(), 1u);
  EXPECT_EQ(r.json["network"][0]["name"], "Maija Hoitaja");
  ASSERT_EQ(r.json["warnings"].size(), 1u);
  EXPECT_EQ(r.json["warnings"][0]["code"], "review_after_period");
  EXPECT_EQ(r.json["warnings"][0]["goal_id"], late_goal);
  EXPECT_FALSE(r.json["printed_on"].get<std::string>().empty());
  bool printed = false;
  for (const auto& e : audit_entries(cid)) {
    if (e["action"] == "print" && e["resource_type"] == "plan") printed = true;
  }
  EXPECT_TRUE(printed);
}

TEST(Documents, TheClosingCheckWarnsBeforeAnEarlyEmptyClosing) {
  auto& sw = as(kWorker);
  const std::string cid = create_client(sw)["id"];
  // A period opened today, deadline half a year away, no goals and no meetings: every warning.
  const auto d = sw.post("/api/v1/clients/" + cid + "/decisions",
                         {{"outcome", "granted"}, {"service_forms", {"individual"}},
                          {"starts_on", today()}, {"deadline", in_days(180)},
                          {"key_worker_id", worker_id(kWorker)}, {"grounds", "x"}});
  ASSERT_EQ(d.status, 201) << d.body;
  const std::string pid = d.json["period_id"];
  auto r = sw.get("/api/v1/periods/" + pid + "/closing-check");
  ASSERT_EQ(r.status, 200) << r.body;
  std::vector<std::string> codes;
  for (const auto& w : r.json["warnings"]) codes.push_back(w["code"]);
  EXPECT_EQ(codes, (std::vector<std::string>{"no_meetings", "no_goals", "deadline_far",
                                             "opened_today"}));
  EXPECT_EQ(r.json["warnings"][2]["days"], 180);
  // A goal and a meeting take their warnings away.
  ASSERT_EQ(sw.post("/api/v1/clients/" + cid + "/goals", {{"text", "Tavoite"}}).status, 201);
  ASSERT_EQ(sw.post("/api/v1/clients/" + cid + "/meetings",
                    {{"held_on", today()}, {"minutes", 30}, {"mode", "office"},
                     {"contents", {"errands"}}, {"statutory_item", "coaching"},
                     {"tasks", Json::array()}, {"note", ""}})
                .status,
            201);
  r = sw.get("/api/v1/periods/" + pid + "/closing-check");
  codes.clear();
  for (const auto& w : r.json["warnings"]) codes.push_back(w["code"]);
  EXPECT_EQ(codes, (std::vector<std::string>{"deadline_far", "opened_today"}));
  // Others cannot ask (404 through the period's client).
  EXPECT_EQ(as("demo-experience_expert").get("/api/v1/periods/" + pid + "/closing-check").status, 404);
}

}  // namespace
}  // namespace soku::test
