// domain/decisions.cpp — see decisions.h.
#include "domain/decisions.h"

#include "common/time.h"

namespace soku::domain {

bool decision_opens_period(const std::string& outcome) { return outcome == "granted"; }

std::optional<std::string> service_forms_problem(bool granted,
                                                 const std::vector<std::string>& forms) {
  if (granted && forms.empty()) return "choose at least one";
  return std::nullopt;
}

bool decision_refused(bool granted, bool client_has_open_period) {
  return granted && client_has_open_period;
}

std::string decision_language(const std::optional<std::string>& given,
                              const std::vector<std::string>& client_languages) {
  if (given) return *given;
  if (!client_languages.empty() && client_languages[0] == "sv") return "sv";
  return "fi";
}

const std::string& default_appeal_instructions(const std::string& language) {
  static const std::string fi =
      "Oikaisuvaatimusohje. Tähän päätökseen tyytymätön voi vaatia siihen oikaisua. "
      "Oikaisuvaatimus tehdään kirjallisesti hyvinvointialueen sosiaali- ja terveyspalveluista "
      "vastaavalle toimielimelle 30 päivän kuluessa päätöksen tiedoksisaannista. "
      "Oikaisuvaatimuksessa ilmoitetaan päätös, johon vaaditaan oikaisua, miten päätöstä halutaan "
      "muutettavaksi ja millä perusteilla.";
  static const std::string sv =
      "Anvisning om begäran om omprövning. Den som är missnöjd med detta beslut kan begära "
      "omprövning. Begäran görs skriftligen hos det organ i välfärdsområdet som ansvarar för "
      "social- och hälsovårdstjänster inom 30 dagar från delfåendet av beslutet. Av begäran ska "
      "framgå vilket beslut den gäller, hur beslutet ska ändras och på vilka grunder.";
  return language == "sv" ? sv : fi;
}

int decision_year(const std::string& decided_on) {
  return decided_on.size() >= 4 ? std::stoi(decided_on.substr(0, 4)) : 0;
}

std::string format_decision_number(int year, std::int64_t sequence) {
  return "SOSKU " + std::to_string(year) + "/" + std::to_string(sequence);
}

const std::vector<std::string>& notice_methods() {
  static const std::vector<std::string> methods{"mail", "electronic", "in_person"};
  return methods;
}

std::string notified_on(const std::string& method, const std::string& sent_on) {
  const auto days = time::days_from_date(sent_on);
  if (!days) return sent_on;
  std::int64_t after = 0;
  if (method == "mail") after = 7;
  else if (method == "electronic") after = 3;
  return time::date_from_days(*days + after);
}

std::string appeal_deadline(const std::string& notified) {
  const auto days = time::days_from_date(notified);
  if (!days) return notified;
  std::int64_t last = *days + 30;
  // 1970-01-01 was a Thursday: weekday 0 = Monday … 6 = Sunday.
  const auto weekday = ((last % 7) + 7 + 3) % 7;
  if (weekday == 5) last += 2;
  if (weekday == 6) last += 1;
  return time::date_from_days(last);
}

bool is_county_text_key(const std::string& key) {
  return key == "appeal_instructions" || key == "authority_contact";
}

std::string default_decider_title(const std::string& language) {
  return language == "sv" ? "socialarbetare" : "sosiaalityöntekijä";
}

}  // namespace soku::domain
