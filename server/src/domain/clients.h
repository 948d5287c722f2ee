// domain/clients.h — the rules of the client register beyond the identity code itself
// (domain/hetu.h): what a valid language, phone number and e-mail address are, the birth date an
// identity code gives, what a search query looks for, what an update changes, and what a reason
// for a reason-based access must say. Pure: no store, no http, no clock.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/hetu.h"

namespace soku::domain {

// A language of the client: a two- or three-letter lower-case code (fi, sv, en, smn, …) or "other".
bool valid_language(std::string_view code);
// A phone number may hold digits, spaces, +, - and parentheses only ("" is no number: valid).
bool valid_phone(std::string_view phone);
// An e-mail address has an @ and no space ("" is no address: valid).
bool valid_email(std::string_view email);
// The ISO birth date (YYYY-MM-DD) an identity code gives.
std::string birth_date_of(const Hetu& hetu);
// The folded name a client is found by: "last first".
std::string search_name(std::string_view first_name, std::string_view last_name);

// What a search query looks for. A query that is a valid identity code looks for that code
// (normalised): in the whole county when the actor may register clients (so nobody registers a
// person twice: a `lookup`), otherwise among the clients in the actor's scope. Any other query
// (also "") is a name fragment, folded, among the clients in scope.
struct ClientSearch {
  enum class By { county_lookup, code_in_scope, name_in_scope };
  By by = By::name_in_scope;
  std::string value;  // the normalised code, or the folded name fragment
};
ClientSearch plan_client_search(std::string_view q, bool may_create_clients);

// A client's editable data as stored (nullopt = none).
struct ClientData {
  std::optional<std::string> hetu;
  std::optional<std::string> birth_date;
  std::string first_name;
  std::string last_name;
  std::string municipality_id;
  std::vector<std::string> languages;
  std::optional<std::string> phone, email, address;
  std::optional<std::string> safety_notes;
  std::optional<std::string> unit_id;
};

// A change sent for a client (POST: every part; PATCH: the parts present). The identity code,
// the contact and the safety notes are replaced as a whole when present; "" removes a value.
struct ClientChange {
  bool has_hetu = false;
  std::optional<std::string> hetu;  // "" = remove the code (and the birth date with it)
  std::optional<std::string> birth_date;
  std::optional<std::string> first_name, last_name, municipality_id;
  std::optional<std::vector<std::string>> languages;
  bool has_contact = false;
  std::optional<std::string> phone, email, address;
  bool has_safety = false;
  std::optional<std::string> safety_notes;
  std::optional<std::string> unit_id;  // a unit is moved, never removed
};

// The data after `change`: parts not sent keep `current`; "" becomes none.
ClientData apply_client_change(const ClientData& current, const ClientChange& change);
// An update is refused (403) when it touches the safety notes and the actor may not read them.
bool may_change_client(const ClientChange& change, bool may_read_sensitive);

// A reason for a reason-based access describes the work task: at least this many characters.
inline constexpr std::size_t kAccessReasonMinLength = 10;
// The error for the `reason` field, or nullopt when the reason is enough.
std::optional<std::string> access_reason_error(std::string_view reason);
// How long a recorded reason opens the client's data.
inline constexpr long long kAccessReasonMs = 8LL * 3600 * 1000;

}  // namespace soku::domain
