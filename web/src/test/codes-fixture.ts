// GET /api/v1/codes as the server answers it (server/src/domain/codes.cpp), for unit tests.
import type { CodesResponse } from '../lib/codes';

export const CODES: CodesResponse = {
  "lists": {
    "referral_source": [
      {
        "code": "self",
        "fi": "Asiakas itse",
        "sv": "Klienten själv",
        "en": "The client"
      },
      {
        "code": "relative",
        "fi": "Läheinen",
        "sv": "Närstående",
        "en": "A relative"
      },
      {
        "code": "te_services",
        "fi": "TE-palvelut",
        "sv": "TE-tjänster",
        "en": "TE services"
      },
      {
        "code": "typ",
        "fi": "TYP",
        "sv": "Sektorsövergripande samservice (TYP)",
        "en": "Multisectoral joint service (TYP)"
      },
      {
        "code": "health_care",
        "fi": "Terveydenhuolto",
        "sv": "Hälso- och sjukvård",
        "en": "Health care"
      },
      {
        "code": "mental_health_substance",
        "fi": "Mielenterveys- ja päihdepalvelut",
        "sv": "Mentalvårds- och missbrukartjänster",
        "en": "Mental health and substance services"
      },
      {
        "code": "kela",
        "fi": "Kela",
        "sv": "FPA",
        "en": "Kela"
      },
      {
        "code": "education",
        "fi": "Oppilaitos",
        "sv": "Läroanstalt",
        "en": "Educational institution"
      },
      {
        "code": "ngo",
        "fi": "Järjestö",
        "sv": "Organisation",
        "en": "NGO"
      },
      {
        "code": "other",
        "fi": "Muu",
        "sv": "Annan",
        "en": "Other"
      }
    ],
    "life_area": [
      {
        "code": "everyday_management",
        "fi": "Arjen hallinta (uni, ravinto, liikunta, päivärytmi)",
        "sv": "Vardagen (sömn, kost, motion, dygnsrytm)",
        "en": "Everyday management (sleep, nutrition, exercise, daily rhythm)"
      },
      {
        "code": "social_relationships",
        "fi": "Sosiaaliset suhteet ja yksinäisyys",
        "sv": "Sociala relationer och ensamhet",
        "en": "Social relationships and loneliness"
      },
      {
        "code": "housing",
        "fi": "Asuminen",
        "sv": "Boende",
        "en": "Housing"
      },
      {
        "code": "finances",
        "fi": "Talous ja velat",
        "sv": "Ekonomi och skulder",
        "en": "Finances and debt"
      },
      {
        "code": "health_substance_use",
        "fi": "Terveys ja päihteet",
        "sv": "Hälsa och rusmedel",
        "en": "Health and substance use"
      },
      {
        "code": "education",
        "fi": "Koulutus",
        "sv": "Utbildning",
        "en": "Education"
      },
      {
        "code": "work",
        "fi": "Työ",
        "sv": "Arbete",
        "en": "Work"
      }
    ],
    "need_level": [
      {
        "code": "none",
        "fi": "Ei tarvetta",
        "sv": "Inget behov",
        "en": "No need"
      },
      {
        "code": "some",
        "fi": "Jonkin verran",
        "sv": "Något",
        "en": "Some"
      },
      {
        "code": "considerable",
        "fi": "Huomattava",
        "sv": "Betydande",
        "en": "Considerable"
      },
      {
        "code": "great",
        "fi": "Suuri",
        "sv": "Stort",
        "en": "Great"
      }
    ],
    "service_form": [
      {
        "code": "individual",
        "fi": "Yksilötyö",
        "sv": "Individuellt arbete",
        "en": "Individual work"
      },
      {
        "code": "group",
        "fi": "Ryhmätoiminta",
        "sv": "Gruppverksamhet",
        "en": "Group activity"
      }
    ],
    "meeting_mode": [
      {
        "code": "office",
        "fi": "Toimistotapaaminen",
        "sv": "Möte på kontoret",
        "en": "Office meeting"
      },
      {
        "code": "home_visit",
        "fi": "Kotikäynti",
        "sv": "Hembesök",
        "en": "Home visit"
      },
      {
        "code": "accompaniment",
        "fi": "Asiointisaatto",
        "sv": "Följeslagning vid ärenden",
        "en": "Accompaniment to an errand"
      },
      {
        "code": "video",
        "fi": "Videotapaaminen",
        "sv": "Videomöte",
        "en": "Video meeting"
      },
      {
        "code": "phone",
        "fi": "Puhelin",
        "sv": "Telefon",
        "en": "Phone"
      },
      {
        "code": "message",
        "fi": "Chat tai viesti",
        "sv": "Chatt eller meddelande",
        "en": "Chat or message"
      }
    ],
    "meeting_content": [
      {
        "code": "motivating_conversation",
        "fi": "Motivoiva keskustelu",
        "sv": "Motiverande samtal",
        "en": "Motivating conversation"
      },
      {
        "code": "doing_together",
        "fi": "Yhdessä tekeminen",
        "sv": "Göra tillsammans",
        "en": "Doing together"
      },
      {
        "code": "household_tasks",
        "fi": "Kotityöt",
        "sv": "Hushållsarbete",
        "en": "Household tasks"
      },
      {
        "code": "social_situations",
        "fi": "Sosiaalisten tilanteiden harjoittelu",
        "sv": "Öva sociala situationer",
        "en": "Practising social situations"
      },
      {
        "code": "errands",
        "fi": "Asioinnissa avustaminen",
        "sv": "Hjälp med ärenden",
        "en": "Help with errands"
      },
      {
        "code": "future_planning",
        "fi": "Tulevaisuuden suunnittelu",
        "sv": "Planering av framtiden",
        "en": "Future planning"
      },
      {
        "code": "network_meeting",
        "fi": "Verkostotyö",
        "sv": "Nätverksarbete",
        "en": "Network work"
      },
      {
        "code": "other",
        "fi": "Muu",
        "sv": "Annat",
        "en": "Other"
      }
    ],
    "statutory_item": [
      {
        "code": "assessment",
        "fi": "Toimintakyvyn ja kuntoutustarpeen selvittäminen",
        "sv": "Utredning av funktionsförmåga och rehabiliteringsbehov",
        "en": "Assessment of social functioning and rehabilitation need"
      },
      {
        "code": "counselling",
        "fi": "Kuntoutusneuvonta ja -ohjaus, palvelujen yhteensovittaminen",
        "sv": "Rehabiliteringsrådgivning och -handledning, samordning av tjänster",
        "en": "Rehabilitation counselling and guidance, coordination of services"
      },
      {
        "code": "coaching",
        "fi": "Valmennus arjen toimintoihin ja elämänhallintaan",
        "sv": "Träning i vardagsfunktioner och livshantering",
        "en": "Coaching for everyday activities and life management"
      },
      {
        "code": "group_activity",
        "fi": "Ryhmätoiminta ja tuki vuorovaikutussuhteisiin",
        "sv": "Gruppverksamhet och stöd för sociala relationer",
        "en": "Group activity and support for social relationships"
      },
      {
        "code": "other",
        "fi": "Muut toimenpiteet",
        "sv": "Andra åtgärder",
        "en": "Other measures"
      },
      {
        "code": "youth_support",
        "fi": "Nuoren tuki työhön, opiskeluun tai kuntoutukseen",
        "sv": "Stöd för unga till arbete, studier eller rehabilitering",
        "en": "Support for a young person towards work, studies or rehabilitation"
      }
    ],
    "meeting_kind": [
      {
        "code": "individual",
        "fi": "Yksilötapaaminen",
        "sv": "Individuellt möte",
        "en": "Individual meeting"
      },
      {
        "code": "network",
        "fi": "Verkostotapaaminen",
        "sv": "Nätverksmöte",
        "en": "Network meeting"
      }
    ],
    "period_phase": [
      {
        "code": "start",
        "fi": "Aloitus",
        "sv": "Inledning",
        "en": "Start"
      },
      {
        "code": "working",
        "fi": "Työskentely",
        "sv": "Arbete",
        "en": "Working"
      },
      {
        "code": "closing",
        "fi": "Lopetus",
        "sv": "Avslutning",
        "en": "Closing"
      }
    ],
    "client_phase": [
      {
        "code": "referral",
        "fi": "Yhteydenotto",
        "sv": "Kontakt",
        "en": "Referral"
      },
      {
        "code": "assessment",
        "fi": "Arviointi",
        "sv": "Bedömning",
        "en": "Assessment"
      },
      {
        "code": "decision",
        "fi": "Odottaa päätöstä",
        "sv": "Väntar på beslut",
        "en": "Awaiting decision"
      },
      {
        "code": "decided",
        "fi": "Päätös tehty",
        "sv": "Beslut fattat",
        "en": "Decision made"
      },
      {
        "code": "denied",
        "fi": "Kielteinen päätös",
        "sv": "Negativt beslut",
        "en": "Decision: denied"
      },
      {
        "code": "start",
        "fi": "Aloitus",
        "sv": "Inledning",
        "en": "Start"
      },
      {
        "code": "working",
        "fi": "Työskentely",
        "sv": "Arbete",
        "en": "Working"
      },
      {
        "code": "closing",
        "fi": "Lopetus",
        "sv": "Avslutning",
        "en": "Closing"
      },
      {
        "code": "ended",
        "fi": "Jakso päättynyt",
        "sv": "Perioden har avslutats",
        "en": "Period ended"
      }
    ],
    "continuation_path": [
      {
        "code": "social_work",
        "fi": "Sosiaalityö",
        "sv": "Socialt arbete",
        "en": "Social work"
      },
      {
        "code": "social_counselling",
        "fi": "Sosiaaliohjaus",
        "sv": "Social handledning",
        "en": "Social counselling"
      },
      {
        "code": "rehabilitative_work_activity",
        "fi": "Kuntouttava työtoiminta",
        "sv": "Arbetsverksamhet i rehabiliteringssyfte",
        "en": "Rehabilitative work activity"
      },
      {
        "code": "vocational_rehabilitation",
        "fi": "Ammatillinen kuntoutus",
        "sv": "Yrkesinriktad rehabilitering",
        "en": "Vocational rehabilitation"
      },
      {
        "code": "studies",
        "fi": "Opinnot",
        "sv": "Studier",
        "en": "Studies"
      },
      {
        "code": "work",
        "fi": "Työ",
        "sv": "Arbete",
        "en": "Work"
      },
      {
        "code": "workshop",
        "fi": "Työpaja",
        "sv": "Verkstad",
        "en": "Workshop"
      },
      {
        "code": "other_service",
        "fi": "Muu palvelu",
        "sv": "Annan tjänst",
        "en": "Other service"
      },
      {
        "code": "none",
        "fi": "Ei jatkopolkua",
        "sv": "Ingen fortsatt väg",
        "en": "None"
      }
    ],
    "interruption_reason": [
      {
        "code": "could_not_be_reached",
        "fi": "Asiakasta ei tavoitettu",
        "sv": "Klienten nåddes inte",
        "en": "Could not be reached"
      },
      {
        "code": "client_declined",
        "fi": "Asiakas kieltäytyi",
        "sv": "Klienten avböjde",
        "en": "Client declined"
      },
      {
        "code": "moved_away",
        "fi": "Muutti pois",
        "sv": "Flyttade bort",
        "en": "Moved away"
      },
      {
        "code": "other_service",
        "fi": "Siirtyi muuhun palveluun",
        "sv": "Övergick till annan tjänst",
        "en": "Moved to another service"
      },
      {
        "code": "health",
        "fi": "Terveydelliset syyt",
        "sv": "Hälsoskäl",
        "en": "Health reasons"
      },
      {
        "code": "other",
        "fi": "Muu syy",
        "sv": "Annan orsak",
        "en": "Other reason"
      }
    ],
    "organisation_type": [
      {
        "code": "te_services",
        "fi": "TE-palvelut",
        "sv": "TE-tjänster",
        "en": "TE services"
      },
      {
        "code": "typ",
        "fi": "TYP",
        "sv": "Sektorsövergripande samservice (TYP)",
        "en": "Multisectoral joint service (TYP)"
      },
      {
        "code": "kela",
        "fi": "Kela",
        "sv": "FPA",
        "en": "Kela"
      },
      {
        "code": "health_care",
        "fi": "Terveydenhuolto",
        "sv": "Hälso- och sjukvård",
        "en": "Health care"
      },
      {
        "code": "mental_health",
        "fi": "Mielenterveyspalvelut",
        "sv": "Mentalvårdstjänster",
        "en": "Mental health services"
      },
      {
        "code": "substance_services",
        "fi": "Päihdepalvelut",
        "sv": "Missbrukartjänster",
        "en": "Substance abuse services"
      },
      {
        "code": "debt_counselling",
        "fi": "Talous- ja velkaneuvonta",
        "sv": "Ekonomi- och skuldrådgivning",
        "en": "Financial and debt counselling"
      },
      {
        "code": "education",
        "fi": "Oppilaitos",
        "sv": "Läroanstalt",
        "en": "Educational institution"
      },
      {
        "code": "workshop",
        "fi": "Työpaja",
        "sv": "Verkstad",
        "en": "Workshop"
      },
      {
        "code": "parish",
        "fi": "Seurakunnan diakonia",
        "sv": "Församlingens diakoni",
        "en": "Parish diaconia"
      },
      {
        "code": "ngo",
        "fi": "Järjestö",
        "sv": "Organisation",
        "en": "NGO"
      },
      {
        "code": "relative",
        "fi": "Läheinen",
        "sv": "Närstående",
        "en": "Relative"
      },
      {
        "code": "other",
        "fi": "Muu",
        "sv": "Annan",
        "en": "Other"
      }
    ],
    "assessment_conclusion": [
      {
        "code": "needed",
        "fi": "Sosiaalista kuntoutusta tarvitaan",
        "sv": "Social rehabilitering behövs",
        "en": "Social rehabilitation is needed"
      },
      {
        "code": "not_needed",
        "fi": "Sosiaalista kuntoutusta ei tarvita",
        "sv": "Social rehabilitering behövs inte",
        "en": "Social rehabilitation is not needed"
      }
    ],
    "decision_outcome": [
      {
        "code": "granted",
        "fi": "Myönteinen",
        "sv": "Positivt",
        "en": "Granted"
      },
      {
        "code": "denied",
        "fi": "Kielteinen",
        "sv": "Negativt",
        "en": "Denied"
      }
    ],
    "decision_language": [
      {
        "code": "fi",
        "fi": "suomi",
        "sv": "finska",
        "en": "Finnish"
      },
      {
        "code": "sv",
        "fi": "ruotsi",
        "sv": "svenska",
        "en": "Swedish"
      }
    ],
    "gas_level": [
      {
        "code": "-2",
        "fi": "−2 (paljon odotettua huonompi)",
        "sv": "−2 (mycket sämre än väntat)",
        "en": "−2 (much worse than expected)"
      },
      {
        "code": "-1",
        "fi": "−1 (odotettua huonompi)",
        "sv": "−1 (sämre än väntat)",
        "en": "−1 (worse than expected)"
      },
      {
        "code": "0",
        "fi": "0 (odotettu tulos)",
        "sv": "0 (väntat resultat)",
        "en": "0 (expected outcome)"
      },
      {
        "code": "1",
        "fi": "+1 (odotettua parempi)",
        "sv": "+1 (bättre än väntat)",
        "en": "+1 (better than expected)"
      },
      {
        "code": "2",
        "fi": "+2 (paljon odotettua parempi)",
        "sv": "+2 (mycket bättre än väntat)",
        "en": "+2 (much better than expected)"
      }
    ],
    "goal_status": [
      {
        "code": "active",
        "fi": "Voimassa",
        "sv": "Aktivt",
        "en": "Active"
      },
      {
        "code": "achieved",
        "fi": "Saavutettu",
        "sv": "Uppnått",
        "en": "Achieved"
      },
      {
        "code": "dropped",
        "fi": "Luovuttu",
        "sv": "Slopat",
        "en": "Dropped"
      }
    ],
    "timeline_type": [
      {
        "code": "referral",
        "fi": "Yhteydenotot",
        "sv": "Kontakter",
        "en": "Referrals"
      },
      {
        "code": "assessment",
        "fi": "Arvioinnit",
        "sv": "Bedömningar",
        "en": "Assessments"
      },
      {
        "code": "decision",
        "fi": "Päätökset",
        "sv": "Beslut",
        "en": "Decisions"
      },
      {
        "code": "period",
        "fi": "Palvelujaksot",
        "sv": "Serviceperioder",
        "en": "Service periods"
      },
      {
        "code": "extension",
        "fi": "Määräajan jatkot",
        "sv": "Förlängningar",
        "en": "Extensions"
      },
      {
        "code": "goal",
        "fi": "Tavoitteet",
        "sv": "Mål",
        "en": "Goals"
      },
      {
        "code": "goal_review",
        "fi": "Tavoitearviot",
        "sv": "Målbedömningar",
        "en": "Goal reviews"
      },
      {
        "code": "meeting",
        "fi": "Tapaamiset",
        "sv": "Möten",
        "en": "Meetings"
      },
      {
        "code": "network",
        "fi": "Verkosto",
        "sv": "Nätverk",
        "en": "Network"
      },
      {
        "code": "consent",
        "fi": "Suostumukset",
        "sv": "Samtycken",
        "en": "Consents"
      },
      {
        "code": "final_evaluation",
        "fi": "Loppuarvioinnit",
        "sv": "Slutbedömningar",
        "en": "Final evaluations"
      }
    ],
    "role": [
      {
        "code": "social_worker",
        "fi": "Sosiaalityöntekijä",
        "sv": "Socialarbetare",
        "en": "Social worker"
      },
      {
        "code": "social_counsellor",
        "fi": "Sosiaaliohjaaja",
        "sv": "Socialhandledare",
        "en": "Social counsellor"
      },
      {
        "code": "group_instructor",
        "fi": "Ryhmänohjaaja",
        "sv": "Gruppledare",
        "en": "Group instructor"
      },
      {
        "code": "experience_expert",
        "fi": "Kokemusasiantuntija",
        "sv": "Erfarenhetsexpert",
        "en": "Experience expert"
      },
      {
        "code": "manager",
        "fi": "Esihenkilö",
        "sv": "Chef",
        "en": "Manager"
      },
      {
        "code": "analyst",
        "fi": "Kehittäjä",
        "sv": "Utvecklare",
        "en": "Analyst"
      },
      {
        "code": "admin",
        "fi": "Pääkäyttäjä",
        "sv": "Huvudanvändare",
        "en": "Administrator"
      },
      {
        "code": "auditor",
        "fi": "Lokivalvoja",
        "sv": "Loggövervakare",
        "en": "Auditor"
      }
    ],
    "audit_resource_type": [
      {
        "code": "client",
        "fi": "Asiakastiedot",
        "sv": "Klientuppgifter",
        "en": "Client record"
      },
      {
        "code": "caseload",
        "fi": "Asiakasmäärälista",
        "sv": "Klientbelastningslista",
        "en": "Caseload list"
      },
      {
        "code": "access_reason",
        "fi": "Käyttöperuste",
        "sv": "Grund för åtkomst",
        "en": "Reason for access"
      },
      {
        "code": "referral",
        "fi": "Yhteydenotto",
        "sv": "Kontakt",
        "en": "Referral"
      },
      {
        "code": "assessment",
        "fi": "Arviointi",
        "sv": "Bedömning",
        "en": "Assessment"
      },
      {
        "code": "decision",
        "fi": "Päätös",
        "sv": "Beslut",
        "en": "Decision"
      },
      {
        "code": "period",
        "fi": "Palvelujakso",
        "sv": "Serviceperiod",
        "en": "Service period"
      },
      {
        "code": "plan",
        "fi": "Asiakassuunnitelma",
        "sv": "Klientplan",
        "en": "Client plan"
      },
      {
        "code": "goal",
        "fi": "Tavoite",
        "sv": "Mål",
        "en": "Goal"
      },
      {
        "code": "goal_review",
        "fi": "Tavoitearvio",
        "sv": "Målbedömning",
        "en": "Goal review"
      },
      {
        "code": "meeting",
        "fi": "Tapaaminen",
        "sv": "Möte",
        "en": "Meeting"
      },
      {
        "code": "network_member",
        "fi": "Verkoston jäsen",
        "sv": "Nätverksmedlem",
        "en": "Network member"
      },
      {
        "code": "consent",
        "fi": "Suostumus",
        "sv": "Samtycke",
        "en": "Consent"
      },
      {
        "code": "timeline",
        "fi": "Aikajana",
        "sv": "Tidslinje",
        "en": "Timeline"
      },
      {
        "code": "draft",
        "fi": "Luonnos",
        "sv": "Utkast",
        "en": "Draft"
      },
      {
        "code": "feedback",
        "fi": "Palaute",
        "sv": "Respons",
        "en": "Feedback"
      },
      {
        "code": "user",
        "fi": "Käyttäjätili",
        "sv": "Användarkonto",
        "en": "User account"
      }
    ],
    "audit_action": [
      {
        "code": "read",
        "fi": "Luku",
        "sv": "Läsning",
        "en": "Read"
      },
      {
        "code": "list",
        "fi": "Listaus",
        "sv": "Listning",
        "en": "List"
      },
      {
        "code": "lookup",
        "fi": "Haku",
        "sv": "Sökning",
        "en": "Lookup"
      },
      {
        "code": "create",
        "fi": "Luonti",
        "sv": "Skapande",
        "en": "Create"
      },
      {
        "code": "update",
        "fi": "Muutos",
        "sv": "Ändring",
        "en": "Update"
      },
      {
        "code": "delete",
        "fi": "Poisto",
        "sv": "Radering",
        "en": "Delete"
      },
      {
        "code": "print",
        "fi": "Tulostus",
        "sv": "Utskrift",
        "en": "Print"
      },
      {
        "code": "export",
        "fi": "Vienti",
        "sv": "Export",
        "en": "Export"
      },
      {
        "code": "disclose",
        "fi": "Luovutus",
        "sv": "Utlämnande",
        "en": "Disclose"
      },
      {
        "code": "role_grant",
        "fi": "Roolin myöntäminen",
        "sv": "Beviljande av roll",
        "en": "Role granted"
      },
      {
        "code": "role_revoke",
        "fi": "Roolin poisto",
        "sv": "Återkallande av roll",
        "en": "Role revoked"
      },
      {
        "code": "password_set",
        "fi": "Salasanan asetus",
        "sv": "Lösenord angivet",
        "en": "Password set"
      },
      {
        "code": "password_change",
        "fi": "Oman salasanan vaihto",
        "sv": "Byte av eget lösenord",
        "en": "Own password changed"
      },
      {
        "code": "deactivate",
        "fi": "Käytöstä poisto",
        "sv": "Inaktivering",
        "en": "Deactivated"
      },
      {
        "code": "reactivate",
        "fi": "Käyttöön palautus",
        "sv": "Återaktivering",
        "en": "Reactivated"
      },
      {
        "code": "login_locked",
        "fi": "Kirjautumisen lukitus",
        "sv": "Inloggning låst",
        "en": "Login locked"
      }
    ]
  }
};
