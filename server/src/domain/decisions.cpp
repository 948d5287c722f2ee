// domain/decisions.cpp — see decisions.h.
#include "domain/decisions.h"

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

}  // namespace soku::domain
