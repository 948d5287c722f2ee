// domain/codes.cpp — see codes.h. The labels are the texts the web app showed before the table
// moved here (web/src/i18n/*.json, codes.* and the few other keys of these lists).
#include "domain/codes.h"

#include <map>
#include <stdexcept>

namespace soku::domain {

namespace {
// clang-format off
const std::vector<Code> kTable = {
    // referral_source
    {"referral_source", "self", "Asiakas itse", "Klienten själv", "The client"},
    {"referral_source", "relative", "Läheinen", "Närstående", "A relative"},
    {"referral_source", "te_services", "TE-palvelut", "TE-tjänster", "TE services"},
    {"referral_source", "typ", "TYP", "Sektorsövergripande samservice (TYP)", "Multisectoral joint service (TYP)"},
    {"referral_source", "health_care", "Terveydenhuolto", "Hälso- och sjukvård", "Health care"},
    {"referral_source", "mental_health_substance", "Mielenterveys- ja päihdepalvelut", "Mentalvårds- och missbrukartjänster", "Mental health and substance services"},
    {"referral_source", "kela", "Kela", "FPA", "Kela"},
    {"referral_source", "education", "Oppilaitos", "Läroanstalt", "Educational institution"},
    {"referral_source", "ngo", "Järjestö", "Organisation", "NGO"},
    {"referral_source", "other", "Muu", "Annan", "Other"},
    // life_area
    {"life_area", "everyday_management", "Arjen hallinta (uni, ravinto, liikunta, päivärytmi)", "Vardagen (sömn, kost, motion, dygnsrytm)", "Everyday management (sleep, nutrition, exercise, daily rhythm)"},
    {"life_area", "social_relationships", "Sosiaaliset suhteet ja yksinäisyys", "Sociala relationer och ensamhet", "Social relationships and loneliness"},
    {"life_area", "housing", "Asuminen", "Boende", "Housing"},
    {"life_area", "finances", "Talous ja velat", "Ekonomi och skulder", "Finances and debt"},
    {"life_area", "health_substance_use", "Terveys ja päihteet", "Hälsa och rusmedel", "Health and substance use"},
    {"life_area", "education", "Koulutus", "Utbildning", "Education"},
    {"life_area", "work", "Työ", "Arbete", "Work"},
    // need_level
    {"need_level", "none", "Ei tarvetta", "Inget behov", "No need"},
    {"need_level", "some", "Jonkin verran", "Något", "Some"},
    {"need_level", "considerable", "Huomattava", "Betydande", "Considerable"},
    {"need_level", "great", "Suuri", "Stort", "Great"},
    // service_form
    {"service_form", "individual", "Yksilötyö", "Individuellt arbete", "Individual work"},
    {"service_form", "group", "Ryhmätoiminta", "Gruppverksamhet", "Group activity"},
    // meeting_mode
    {"meeting_mode", "office", "Toimistotapaaminen", "Möte på kontoret", "Office meeting"},
    {"meeting_mode", "home_visit", "Kotikäynti", "Hembesök", "Home visit"},
    {"meeting_mode", "accompaniment", "Asiointisaatto", "Följeslagning vid ärenden", "Accompaniment to an errand"},
    {"meeting_mode", "video", "Videotapaaminen", "Videomöte", "Video meeting"},
    {"meeting_mode", "phone", "Puhelin", "Telefon", "Phone"},
    {"meeting_mode", "message", "Chat tai viesti", "Chatt eller meddelande", "Chat or message"},
    // meeting_content
    {"meeting_content", "motivating_conversation", "Motivoiva keskustelu", "Motiverande samtal", "Motivating conversation"},
    {"meeting_content", "doing_together", "Yhdessä tekeminen", "Göra tillsammans", "Doing together"},
    {"meeting_content", "household_tasks", "Kotityöt", "Hushållsarbete", "Household tasks"},
    {"meeting_content", "social_situations", "Sosiaalisten tilanteiden harjoittelu", "Öva sociala situationer", "Practising social situations"},
    {"meeting_content", "errands", "Asioinnissa avustaminen", "Hjälp med ärenden", "Help with errands"},
    {"meeting_content", "future_planning", "Tulevaisuuden suunnittelu", "Planering av framtiden", "Future planning"},
    {"meeting_content", "network_meeting", "Verkostotyö", "Nätverksarbete", "Network work"},
    {"meeting_content", "other", "Muu", "Annat", "Other"},
    // statutory_item
    {"statutory_item", "assessment", "Toimintakyvyn ja kuntoutustarpeen selvittäminen", "Utredning av funktionsförmåga och rehabiliteringsbehov", "Assessment of social functioning and rehabilitation need"},
    {"statutory_item", "counselling", "Kuntoutusneuvonta ja -ohjaus, palvelujen yhteensovittaminen", "Rehabiliteringsrådgivning och -handledning, samordning av tjänster", "Rehabilitation counselling and guidance, coordination of services"},
    {"statutory_item", "coaching", "Valmennus arjen toimintoihin ja elämänhallintaan", "Träning i vardagsfunktioner och livshantering", "Coaching for everyday activities and life management"},
    {"statutory_item", "group_activity", "Ryhmätoiminta ja tuki vuorovaikutussuhteisiin", "Gruppverksamhet och stöd för sociala relationer", "Group activity and support for social relationships"},
    {"statutory_item", "other", "Muut toimenpiteet", "Andra åtgärder", "Other measures"},
    {"statutory_item", "youth_support", "Nuoren tuki työhön, opiskeluun tai kuntoutukseen", "Stöd för unga till arbete, studier eller rehabilitering", "Support for a young person towards work, studies or rehabilitation"},
    // meeting_kind
    {"meeting_kind", "individual", "Yksilötapaaminen", "Individuellt möte", "Individual meeting"},
    {"meeting_kind", "network", "Verkostotapaaminen", "Nätverksmöte", "Network meeting"},
    // period_phase
    {"period_phase", "start", "Aloitus", "Inledning", "Start"},
    {"period_phase", "working", "Työskentely", "Arbete", "Working"},
    {"period_phase", "closing", "Lopetus", "Avslutning", "Closing"},
    // client_phase
    {"client_phase", "referral", "Yhteydenotto", "Kontakt", "Referral"},
    {"client_phase", "assessment", "Arviointi", "Bedömning", "Assessment"},
    {"client_phase", "decision", "Odottaa päätöstä", "Väntar på beslut", "Awaiting decision"},
    {"client_phase", "decided", "Päätös tehty", "Beslut fattat", "Decision made"},
    {"client_phase", "denied", "Kielteinen päätös", "Negativt beslut", "Decision: denied"},
    {"client_phase", "start", "Aloitus", "Inledning", "Start"},
    {"client_phase", "working", "Työskentely", "Arbete", "Working"},
    {"client_phase", "closing", "Lopetus", "Avslutning", "Closing"},
    {"client_phase", "ended", "Jakso päättynyt", "Perioden har avslutats", "Period ended"},
    // continuation_path
    {"continuation_path", "social_work", "Sosiaalityö", "Socialt arbete", "Social work"},
    {"continuation_path", "social_counselling", "Sosiaaliohjaus", "Social handledning", "Social counselling"},
    {"continuation_path", "rehabilitative_work_activity", "Kuntouttava työtoiminta", "Arbetsverksamhet i rehabiliteringssyfte", "Rehabilitative work activity"},
    {"continuation_path", "vocational_rehabilitation", "Ammatillinen kuntoutus", "Yrkesinriktad rehabilitering", "Vocational rehabilitation"},
    {"continuation_path", "studies", "Opinnot", "Studier", "Studies"},
    {"continuation_path", "work", "Työ", "Arbete", "Work"},
    {"continuation_path", "workshop", "Työpaja", "Verkstad", "Workshop"},
    {"continuation_path", "other_service", "Muu palvelu", "Annan tjänst", "Other service"},
    {"continuation_path", "none", "Ei jatkopolkua", "Ingen fortsatt väg", "None"},
    // interruption_reason
    {"interruption_reason", "could_not_be_reached", "Asiakasta ei tavoitettu", "Klienten nåddes inte", "Could not be reached"},
    {"interruption_reason", "client_declined", "Asiakas kieltäytyi", "Klienten avböjde", "Client declined"},
    {"interruption_reason", "moved_away", "Muutti pois", "Flyttade bort", "Moved away"},
    {"interruption_reason", "other_service", "Siirtyi muuhun palveluun", "Övergick till annan tjänst", "Moved to another service"},
    {"interruption_reason", "health", "Terveydelliset syyt", "Hälsoskäl", "Health reasons"},
    {"interruption_reason", "other", "Muu syy", "Annan orsak", "Other reason"},
    // organisation_type
    {"organisation_type", "te_services", "TE-palvelut", "TE-tjänster", "TE services"},
    {"organisation_type", "typ", "TYP", "Sektorsövergripande samservice (TYP)", "Multisectoral joint service (TYP)"},
    {"organisation_type", "kela", "Kela", "FPA", "Kela"},
    {"organisation_type", "health_care", "Terveydenhuolto", "Hälso- och sjukvård", "Health care"},
    {"organisation_type", "mental_health", "Mielenterveyspalvelut", "Mentalvårdstjänster", "Mental health services"},
    {"organisation_type", "substance_services", "Päihdepalvelut", "Missbrukartjänster", "Substance abuse services"},
    {"organisation_type", "debt_counselling", "Talous- ja velkaneuvonta", "Ekonomi- och skuldrådgivning", "Financial and debt counselling"},
    {"organisation_type", "education", "Oppilaitos", "Läroanstalt", "Educational institution"},
    {"organisation_type", "workshop", "Työpaja", "Verkstad", "Workshop"},
    {"organisation_type", "parish", "Seurakunnan diakonia", "Församlingens diakoni", "Parish diaconia"},
    {"organisation_type", "ngo", "Järjestö", "Organisation", "NGO"},
    {"organisation_type", "relative", "Läheinen", "Närstående", "Relative"},
    {"organisation_type", "other", "Muu", "Annan", "Other"},
    // assessment_conclusion
    {"assessment_conclusion", "needed", "Sosiaalista kuntoutusta tarvitaan", "Social rehabilitering behövs", "Social rehabilitation is needed"},
    {"assessment_conclusion", "not_needed", "Sosiaalista kuntoutusta ei tarvita", "Social rehabilitering behövs inte", "Social rehabilitation is not needed"},
    // decision_outcome
    {"decision_outcome", "granted", "Myönteinen", "Positivt", "Granted"},
    {"decision_outcome", "denied", "Kielteinen", "Negativt", "Denied"},
    // decision_language
    {"decision_language", "fi", "suomi", "finska", "Finnish"},
    {"decision_language", "sv", "ruotsi", "svenska", "Swedish"},
    // gas_level
    {"gas_level", "-2", "−2 (paljon odotettua huonompi)", "−2 (mycket sämre än väntat)", "−2 (much worse than expected)"},
    {"gas_level", "-1", "−1 (odotettua huonompi)", "−1 (sämre än väntat)", "−1 (worse than expected)"},
    {"gas_level", "0", "0 (odotettu tulos)", "0 (väntat resultat)", "0 (expected outcome)"},
    {"gas_level", "1", "+1 (odotettua parempi)", "+1 (bättre än väntat)", "+1 (better than expected)"},
    {"gas_level", "2", "+2 (paljon odotettua parempi)", "+2 (mycket bättre än väntat)", "+2 (much better than expected)"},
    // goal_status
    {"goal_status", "active", "Voimassa", "Aktivt", "Active"},
    {"goal_status", "achieved", "Saavutettu", "Uppnått", "Achieved"},
    {"goal_status", "dropped", "Luovuttu", "Slopat", "Dropped"},
    // timeline_type
    {"timeline_type", "referral", "Yhteydenotot", "Kontakter", "Referrals"},
    {"timeline_type", "assessment", "Arvioinnit", "Bedömningar", "Assessments"},
    {"timeline_type", "decision", "Päätökset", "Beslut", "Decisions"},
    {"timeline_type", "period", "Palvelujaksot", "Serviceperioder", "Service periods"},
    {"timeline_type", "extension", "Määräajan jatkot", "Förlängningar", "Extensions"},
    {"timeline_type", "goal", "Tavoitteet", "Mål", "Goals"},
    {"timeline_type", "goal_review", "Tavoitearviot", "Målbedömningar", "Goal reviews"},
    {"timeline_type", "meeting", "Tapaamiset", "Möten", "Meetings"},
    {"timeline_type", "network", "Verkosto", "Nätverk", "Network"},
    {"timeline_type", "consent", "Suostumukset", "Samtycken", "Consents"},
    {"timeline_type", "final_evaluation", "Loppuarvioinnit", "Slutbedömningar", "Final evaluations"},
    // role
    {"role", "social_worker", "Sosiaalityöntekijä", "Socialarbetare", "Social worker"},
    {"role", "social_counsellor", "Sosiaaliohjaaja", "Socialhandledare", "Social counsellor"},
    {"role", "group_instructor", "Ryhmänohjaaja", "Gruppledare", "Group instructor"},
    {"role", "experience_expert", "Kokemusasiantuntija", "Erfarenhetsexpert", "Experience expert"},
    {"role", "manager", "Esihenkilö", "Chef", "Manager"},
    {"role", "analyst", "Kehittäjä", "Utvecklare", "Analyst"},
    {"role", "admin", "Pääkäyttäjä", "Huvudanvändare", "Administrator"},
    {"role", "auditor", "Lokivalvoja", "Loggövervakare", "Auditor"},
    // audit_resource_type (issue 8: the auditor sees what was processed in words, not codes)
    {"audit_resource_type", "client", "Asiakastiedot", "Klientuppgifter", "Client record"},
    {"audit_resource_type", "caseload", "Asiakasmäärälista", "Klientbelastningslista", "Caseload list"},
    {"audit_resource_type", "access_reason", "Käyttöperuste", "Grund för åtkomst", "Reason for access"},
    {"audit_resource_type", "referral", "Yhteydenotto", "Kontakt", "Referral"},
    {"audit_resource_type", "assessment", "Arviointi", "Bedömning", "Assessment"},
    {"audit_resource_type", "decision", "Päätös", "Beslut", "Decision"},
    {"audit_resource_type", "period", "Palvelujakso", "Serviceperiod", "Service period"},
    {"audit_resource_type", "plan", "Asiakassuunnitelma", "Klientplan", "Client plan"},
    {"audit_resource_type", "goal", "Tavoite", "Mål", "Goal"},
    {"audit_resource_type", "goal_review", "Tavoitearvio", "Målbedömning", "Goal review"},
    {"audit_resource_type", "meeting", "Tapaaminen", "Möte", "Meeting"},
    {"audit_resource_type", "network_member", "Verkoston jäsen", "Nätverksmedlem", "Network member"},
    {"audit_resource_type", "consent", "Suostumus", "Samtycke", "Consent"},
    {"audit_resource_type", "timeline", "Aikajana", "Tidslinje", "Timeline"},
    {"audit_resource_type", "draft", "Luonnos", "Utkast", "Draft"},
    {"audit_resource_type", "feedback", "Palaute", "Respons", "Feedback"},
    {"audit_resource_type", "user", "Käyttäjätili", "Användarkonto", "User account"},
    // audit_action
    {"audit_action", "read", "Luku", "Läsning", "Read"},
    {"audit_action", "list", "Listaus", "Listning", "List"},
    {"audit_action", "lookup", "Haku", "Sökning", "Lookup"},
    {"audit_action", "create", "Luonti", "Skapande", "Create"},
    {"audit_action", "update", "Muutos", "Ändring", "Update"},
    {"audit_action", "delete", "Poisto", "Radering", "Delete"},
    {"audit_action", "print", "Tulostus", "Utskrift", "Print"},
    {"audit_action", "export", "Vienti", "Export", "Export"},
    {"audit_action", "disclose", "Luovutus", "Utlämnande", "Disclose"},
    {"audit_action", "role_grant", "Roolin myöntäminen", "Beviljande av roll", "Role granted"},
    {"audit_action", "role_revoke", "Roolin poisto", "Återkallande av roll", "Role revoked"},
    {"audit_action", "password_set", "Salasanan asetus", "Lösenord angivet", "Password set"},
    {"audit_action", "password_change", "Oman salasanan vaihto", "Byte av eget lösenord", "Own password changed"},
    {"audit_action", "deactivate", "Käytöstä poisto", "Inaktivering", "Deactivated"},
    {"audit_action", "reactivate", "Käyttöön palautus", "Återaktivering", "Reactivated"},
    {"audit_action", "login_locked", "Kirjautumisen lukitus", "Inloggning låst", "Login locked"},
};
// clang-format on

struct Index {
  std::vector<std::string> names;
  std::map<std::string, std::vector<std::string>, std::less<>> lists;
};

const Index& index() {
  static const Index idx = [] {
    Index i;
    for (const auto& c : kTable) {
      auto [it, inserted] = i.lists.try_emplace(std::string(c.list));
      if (inserted) i.names.emplace_back(c.list);
      it->second.emplace_back(c.code);
    }
    return i;
  }();
  return idx;
}
}  // namespace

const std::vector<Code>& code_table() { return kTable; }

const std::vector<std::string>& code_list_names() { return index().names; }

const std::vector<std::string>& code_list(std::string_view list) {
  const auto& lists = index().lists;
  const auto it = lists.find(list);
  if (it == lists.end()) throw std::out_of_range("unknown code list: " + std::string(list));
  return it->second;
}

}  // namespace soku::domain
