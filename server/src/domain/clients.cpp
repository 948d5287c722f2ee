// domain/clients.cpp — see clients.h.
#include "domain/clients.h"

#include <cctype>
#include <cstdio>

#include "domain/names.h"

namespace soku::domain {

bool valid_language(std::string_view code) {
  if (code == "other") return true;
  if (code.size() < 2 || code.size() > 3) return false;
  for (char c : code) {
    if (c < 'a' || c > 'z') return false;
  }
  return true;
}

bool valid_phone(std::string_view phone) {
  for (char c : phone) {
    if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '+' || c == ' ' || c == '-' ||
          c == '(' || c == ')')) {
      return false;
    }
  }
  return true;
}

bool valid_email(std::string_view email) {
  return email.empty() ||
         (email.find('@') != std::string_view::npos && email.find(' ') == std::string_view::npos);
}

std::string birth_date_of(const Hetu& hetu) {
  char buf[11];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", hetu.year, hetu.month, hetu.day);
  return buf;
}

std::string search_name(std::string_view first_name, std::string_view last_name) {
  return fold_for_search(std::string(last_name) + " " + std::string(first_name));
}

ClientSearch plan_client_search(std::string_view q, bool may_create_clients) {
  if (auto h = parse_hetu(q)) {
    return {may_create_clients ? ClientSearch::By::county_lookup : ClientSearch::By::code_in_scope,
            h->code};
  }
  return {ClientSearch::By::name_in_scope, fold_for_search(q)};
}

namespace {
std::optional<std::string> none_if_empty(const std::optional<std::string>& s) {
  if (!s || s->empty()) return std::nullopt;
  return s;
}
}  // namespace

ClientData apply_client_change(const ClientData& current, const ClientChange& change) {
  ClientData out = current;
  if (change.has_hetu) {
    out.hetu = none_if_empty(change.hetu);
    out.birth_date = none_if_empty(change.birth_date);
  }
  if (change.first_name) out.first_name = *change.first_name;
  if (change.last_name) out.last_name = *change.last_name;
  if (change.municipality_id) out.municipality_id = *change.municipality_id;
  if (change.languages) out.languages = *change.languages;
  if (change.has_contact) {
    out.phone = none_if_empty(change.phone);
    out.email = none_if_empty(change.email);
    out.address = none_if_empty(change.address);
  }
  if (change.has_safety) out.safety_notes = none_if_empty(change.safety_notes);
  if (change.unit_id) out.unit_id = change.unit_id;
  return out;
}

bool may_change_client(const ClientChange& change, bool may_read_sensitive) {
  return !change.has_safety || may_read_sensitive;
}

std::optional<std::string> access_reason_error(std::string_view reason) {
  if (reason.size() < kAccessReasonMinLength) {
    return "describe the work task (at least 10 characters)";
  }
  return std::nullopt;
}

}  // namespace soku::domain
