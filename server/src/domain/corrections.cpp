// domain/corrections.cpp — see corrections.h.
#include "domain/corrections.h"

#include <algorithm>

namespace soku::domain {

namespace {

std::string trim(const std::string& s) {
  const auto first = s.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  const auto last = s.find_last_not_of(" \t\r\n");
  return s.substr(first, last - first + 1);
}

// Characters of valid UTF-8: every byte that does not continue a sequence.
std::size_t characters(const std::string& s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U;
  }));
}

}  // namespace

std::optional<FieldProblem> correction_reason_problem(const std::optional<std::string>& reason,
                                                      const std::string& field) {
  if (!reason) return FieldProblem{field, "is required: say why the record is corrected"};
  const std::string t = trim(*reason);
  if (t.empty()) return FieldProblem{field, "must not be blank: say why the record is corrected"};
  if (characters(t) < kCorrectionReasonMin) {
    return FieldProblem{field, "is too short (at least " + std::to_string(kCorrectionReasonMin) +
                                   " characters)"};
  }
  if (t.size() > kCorrectionReasonMax) {
    return FieldProblem{field,
                        "is too long (at most " + std::to_string(kCorrectionReasonMax) + " bytes)"};
  }
  return std::nullopt;
}

const std::vector<std::string>& correctable_fields(std::string_view record_type) {
  static const std::vector<std::string> meeting = {
      "held_on", "minutes", "mode", "contents", "statutory_item", "tasks", "note", "kind",
      "participants"};
  // The referral's own reason is `referral_reason` in a correction (`reason` is the correction's).
  static const std::vector<std::string> referral = {"source", "reason", "received_on"};
  static const std::vector<std::string> member = {"organisation_type", "name", "role", "contact",
                                                  "active"};
  // The withdrawal has its own step; a correction changes what was consented to and when.
  static const std::vector<std::string> consent = {"scope", "given_on"};
  static const std::vector<std::string> none;
  if (record_type == "meeting") return meeting;
  if (record_type == "referral") return referral;
  if (record_type == "network_member") return member;
  if (record_type == "consent") return consent;
  return none;
}

bool is_correctable_type(std::string_view record_type) {
  return !correctable_fields(record_type).empty();
}

std::vector<std::string> changed_fields(std::string_view record_type, const Wording& before,
                                        const Wording& after) {
  std::vector<std::string> out;
  for (const auto& f : correctable_fields(record_type)) {
    const auto b = before.find(f);
    const auto a = after.find(f);
    const bool in_b = b != before.end();
    const bool in_a = a != after.end();
    if (in_b != in_a || (in_a && a->second != b->second)) out.push_back(f);
  }
  return out;
}

bool is_corrected(std::int64_t version) { return version > 1; }

std::vector<std::string> same_day(const std::vector<DatedRecord>& meetings,
                                  const std::string& held_on, const std::string& self_id) {
  std::vector<std::string> out;
  for (const auto& m : meetings) {
    if (m.date == held_on && m.id != self_id) out.push_back(m.id);
  }
  return out;
}

bool addendum_allowed(const std::optional<std::string>& completed_on) {
  return completed_on.has_value();
}

}  // namespace soku::domain
