// domain/decisions.h — the rules of a decision (päätös) on social rehabilitation: what a granted
// decision needs, when one is refused, the language it is written in and the appeal instructions
// it falls back to. Pure.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace soku::domain {

// A granted decision opens a service period, so it requires its service forms (at least one), the
// period's dates (periods.h: period_dates_problem) and the key worker.
bool decision_opens_period(const std::string& outcome);

// The service forms of a granted decision: nullopt when allowed, else the problem with
// `service_forms`.
std::optional<std::string> service_forms_problem(bool granted,
                                                 const std::vector<std::string>& forms);

// A granted decision while the client has an open period is refused (409 period-open: extend the
// open one instead). A denied decision is always allowed.
bool decision_refused(bool granted, bool client_has_open_period);

// The language the decision is written in: the one given, else the client's when Swedish comes
// first in their languages, else Finnish.
std::string decision_language(const std::optional<std::string>& given,
                              const std::vector<std::string>& client_languages);

// The appeal instructions when the county has not written its own ("sv" → Swedish, else Finnish).
const std::string& default_appeal_instructions(const std::string& language);

// ---- The written decision (Hallintolaki 434/2003 §§ 44–45, 59) ----

// The decision number: a county-wide running number per calendar year of the decision date,
// "SOSKU 2026/123". `year` is the year of `decided_on` ("YYYY-MM-DD").
int decision_year(const std::string& decided_on);
std::string format_decision_number(int year, std::int64_t sequence);

// How the decision is notified to the party (tiedoksianto): "mail" (ordinary letter), "electronic"
// (an electronic message) or "in_person" (handed over, or a verified notice with acknowledgement).
const std::vector<std::string>& notice_methods();
// The day the party is considered to have received the decision (Hallintolaki § 59): an ordinary
// letter on the 7th day after sending, an electronic message on the 3rd day after sending, handed
// over on the day itself. `sent_on` is "YYYY-MM-DD".
std::string notified_on(const std::string& method, const std::string& sent_on);
// The last day for a request for review (oikaisuvaatimus): 30 days after the day of notice (that
// day not counted); a last day on a Saturday or Sunday moves to the next Monday (laki
// säädettyjen määräaikain laskemisesta 5 §; public holidays are not known here).
std::string appeal_deadline(const std::string& notified_on);

// The county's editable texts (county_texts keys): "appeal_instructions", "authority_contact".
bool is_county_text_key(const std::string& key);

// The decision maker's title when the decision gives none: "sosiaalityöntekijä" / "socialarbetare".
std::string default_decider_title(const std::string& language);

}  // namespace soku::domain
