// The client register's rules (domain/clients.h), each at its boundary.
#include "domain/clients.h"

#include <gtest/gtest.h>

namespace domain = soku::domain;
using By = domain::ClientSearch::By;

TEST(Clients, LanguageIsTwoOrThreeLowerCaseLettersOrOther) {
  EXPECT_TRUE(domain::valid_language("fi"));
  EXPECT_TRUE(domain::valid_language("smn"));
  EXPECT_TRUE(domain::valid_language("other"));
  EXPECT_FALSE(domain::valid_language("f"));      // one letter too short
  EXPECT_FALSE(domain::valid_language("finn"));   // one letter too long
  EXPECT_FALSE(domain::valid_language("FI"));     // upper case
  EXPECT_FALSE(domain::valid_language("f1"));
  EXPECT_FALSE(domain::valid_language("others"));
}

TEST(Clients, PhoneAllowsDigitsSpacesPlusDashParenthesesOnly) {
  EXPECT_TRUE(domain::valid_phone(""));
  EXPECT_TRUE(domain::valid_phone("+358 (40) 123-4567"));
  EXPECT_FALSE(domain::valid_phone("040 123 456 7x"));
  EXPECT_FALSE(domain::valid_phone("040/1234"));
}

TEST(Clients, EmailNeedsAnAtAndNoSpace) {
  EXPECT_TRUE(domain::valid_email(""));
  EXPECT_TRUE(domain::valid_email("a@b"));
  EXPECT_FALSE(domain::valid_email("ab.example"));
  EXPECT_FALSE(domain::valid_email("a @b"));
}

TEST(Clients, BirthDateComesFromTheCodeWithItsCentury) {
  EXPECT_EQ(domain::birth_date_of(*domain::parse_hetu("010101-900R")), "1901-01-01");
  EXPECT_EQ(domain::birth_date_of(*domain::parse_hetu("010101A900R")), "2001-01-01");
  EXPECT_EQ(domain::birth_date_of(*domain::parse_hetu("131052-930V")), "1952-10-13");
}

TEST(Clients, SearchNameIsLastThenFirstFolded) {
  EXPECT_EQ(domain::search_name("Änni", "Öberg"), domain::search_name("änni", "öberg"));
  EXPECT_EQ(domain::search_name("Anna", "Berg"), "berg anna");
}

TEST(Clients, AValidCodeIsACountyLookupOnlyForRolesThatRegisterClients) {
  const auto creator = domain::plan_client_search(" 131052-930v ", true);
  EXPECT_EQ(creator.by, By::county_lookup);
  EXPECT_EQ(creator.value, "131052-930V");  // normalised
  const auto other = domain::plan_client_search("131052-930V", false);
  EXPECT_EQ(other.by, By::code_in_scope);
  EXPECT_EQ(other.value, "131052-930V");
}

TEST(Clients, AnInvalidCodeOrANameIsAFoldedNameSearchInScope) {
  const auto bad_check = domain::plan_client_search("131052-930W", true);  // wrong check char
  EXPECT_EQ(bad_check.by, By::name_in_scope);
  const auto name = domain::plan_client_search("Öberg", true);
  EXPECT_EQ(name.by, By::name_in_scope);
  EXPECT_EQ(name.value, "öberg");
  // There is no minimum length: "" lists the whole scope.
  EXPECT_EQ(domain::plan_client_search("", true).by, By::name_in_scope);
  EXPECT_EQ(domain::plan_client_search("", true).value, "");
}

namespace {
domain::ClientData current() {
  return {.hetu = "131052-930V",
          .birth_date = "1952-10-13",
          .first_name = "Anna",
          .last_name = "Berg",
          .municipality_id = "m1",
          .languages = {"fi"},
          .phone = "040",
          .email = "a@b",
          .address = "Katu 1",
          .safety_notes = "note",
          .unit_id = "u1"};
}
}  // namespace

TEST(Clients, AnEmptyChangeKeepsEverything) {
  const auto out = domain::apply_client_change(current(), {});
  EXPECT_EQ(out.hetu, current().hetu);
  EXPECT_EQ(out.first_name, "Anna");
  EXPECT_EQ(out.phone, current().phone);
  EXPECT_EQ(out.safety_notes, current().safety_notes);
  EXPECT_EQ(out.unit_id, current().unit_id);
}

TEST(Clients, AnEmptyCodeRemovesCodeAndBirthDate) {
  domain::ClientChange ch;
  ch.has_hetu = true;
  ch.hetu = "";
  const auto out = domain::apply_client_change(current(), ch);
  EXPECT_FALSE(out.hetu);
  EXPECT_FALSE(out.birth_date);
  EXPECT_EQ(out.first_name, "Anna");
}

TEST(Clients, TheContactIsReplacedAsAWholeAndEmptyPartsBecomeNone) {
  domain::ClientChange ch;
  ch.has_contact = true;
  ch.phone = "050";
  ch.email = "";
  const auto out = domain::apply_client_change(current(), ch);
  EXPECT_EQ(out.phone, "050");
  EXPECT_FALSE(out.email);    // "" removes
  EXPECT_FALSE(out.address);  // not sent within the contact: removed too
}

TEST(Clients, NamesAndLanguagesChangeOnlyWhenSentAndAUnitIsNeverRemoved) {
  domain::ClientChange ch;
  ch.last_name = "Öberg";
  ch.languages = std::vector<std::string>{"sv", "en"};
  const auto out = domain::apply_client_change(current(), ch);
  EXPECT_EQ(out.last_name, "Öberg");
  EXPECT_EQ(out.first_name, "Anna");
  EXPECT_EQ(out.languages, (std::vector<std::string>{"sv", "en"}));
  EXPECT_EQ(out.unit_id, "u1");
}

TEST(Clients, SafetyNotesMayBeChangedOnlyByWhoMayReadThem) {
  domain::ClientChange ch;
  EXPECT_TRUE(domain::may_change_client(ch, false));
  ch.has_safety = true;
  ch.safety_notes = "";
  EXPECT_FALSE(domain::may_change_client(ch, false));
  EXPECT_TRUE(domain::may_change_client(ch, true));
  EXPECT_FALSE(domain::apply_client_change(current(), ch).safety_notes);
}

TEST(Clients, AnAccessReasonHasAtLeastTenCharacters) {
  EXPECT_TRUE(domain::access_reason_error("123456789"));  // 9
  EXPECT_FALSE(domain::access_reason_error("1234567890"));  // 10
  EXPECT_EQ(domain::kAccessReasonMs, 8LL * 3600 * 1000);
}
