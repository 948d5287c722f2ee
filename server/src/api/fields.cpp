// api/fields.cpp — field validation with precise, human-readable messages (English; the web app
// translates by field and shows the message as a fallback).
#include "api/fields.h"

#include <algorithm>

#include "common/time.h"

namespace soku::api {

namespace {
std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return {};
  const auto e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}
}  // namespace

const nlohmann::json& Fields::empty_object() {
  static const nlohmann::json empty = nlohmann::json::object();
  return empty;
}

void Fields::error(const std::string& name, std::string message) {
  errors_.push_back({prefix_ + name, std::move(message)});
}

std::optional<std::string> Fields::block(const std::string& name, bool required, std::size_t max) {
  return text(name, required, max, domain::TextKind::block);
}

std::optional<std::string> Fields::text(const std::string& name, bool required, std::size_t max,
                                        domain::TextKind kind) {
  if (!(*body_).contains(name) || (*body_)[name].is_null()) {
    if (required) error(name, "is required");
    return std::nullopt;
  }
  if (!(*body_)[name].is_string()) {
    error(name, "must be a string");
    return std::nullopt;
  }
  std::string v = trim((*body_)[name].get<std::string>());
  if (kind == domain::TextKind::block) v = domain::normalise_newlines(v);
  if (auto why = domain::text_problem(v, kind)) {
    error(name, *why);
    return std::nullopt;
  }
  if (v.empty() && required) {
    error(name, "must not be empty");
    return std::nullopt;
  }
  if (v.size() > max) {
    error(name, "is too long (at most " + std::to_string(max) + " bytes)");
    return std::nullopt;
  }
  return v;
}

std::optional<std::int64_t> Fields::integer(const std::string& name, bool required,
                                            std::int64_t min, std::int64_t max) {
  if (!(*body_).contains(name) || (*body_)[name].is_null()) {
    if (required) error(name, "is required");
    return std::nullopt;
  }
  if (!(*body_)[name].is_number_integer()) {
    error(name, "must be a whole number");
    return std::nullopt;
  }
  const auto v = (*body_)[name].get<std::int64_t>();
  if (v < min || v > max) {
    error(name, "must be between " + std::to_string(min) + " and " + std::to_string(max));
    return std::nullopt;
  }
  return v;
}

std::optional<bool> Fields::boolean(const std::string& name, bool required) {
  if (!(*body_).contains(name) || (*body_)[name].is_null()) {
    if (required) error(name, "is required");
    return std::nullopt;
  }
  if (!(*body_)[name].is_boolean()) {
    error(name, "must be true or false");
    return std::nullopt;
  }
  return (*body_)[name].get<bool>();
}

std::optional<std::string> Fields::date(const std::string& name, bool required) {
  auto v = text(name, required, 10);
  if (v && !v->empty() && !time::is_date(*v)) {
    error(name, "must be a date YYYY-MM-DD");
    return std::nullopt;
  }
  if (v && v->empty()) return std::nullopt;
  return v;
}

std::optional<std::string> Fields::choice(const std::string& name, bool required,
                                          const std::vector<std::string>& allowed) {
  auto v = text(name, required, 100);
  if (v && std::find(allowed.begin(), allowed.end(), *v) == allowed.end()) {
    std::string list;
    for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
    error(name, "must be one of: " + list);
    return std::nullopt;
  }
  return v;
}

std::optional<std::vector<std::string>> Fields::strings(const std::string& name, bool required,
                                                        const std::vector<std::string>& allowed,
                                                        std::size_t max_items) {
  if (!(*body_).contains(name) || (*body_)[name].is_null()) {
    if (required) error(name, "is required");
    return std::nullopt;
  }
  if (!(*body_)[name].is_array()) {
    error(name, "must be a list");
    return std::nullopt;
  }
  if ((*body_)[name].size() > max_items) {
    error(name, "has too many items (at most " + std::to_string(max_items) + ")");
    return std::nullopt;
  }
  std::vector<std::string> out;
  for (const auto& item : (*body_)[name]) {
    if (!item.is_string()) {
      error(name, "must be a list of strings");
      return std::nullopt;
    }
    auto s = trim(item.get<std::string>());
    if (s.empty() || s.size() > 200) {
      error(name, "contains an empty or too long item");
      return std::nullopt;
    }
    if (auto why = domain::text_problem(s, domain::TextKind::line)) {
      error(name, "items " + *why);
      return std::nullopt;
    }
    if (!allowed.empty() && std::find(allowed.begin(), allowed.end(), s) == allowed.end()) {
      std::string list;
      for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
      error(name, "items must be among: " + list);
      return std::nullopt;
    }
    if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(std::move(s));
  }
  return out;
}

const nlohmann::json* Fields::object(const std::string& name, bool required) {
  if (!(*body_).contains(name) || (*body_)[name].is_null()) {
    if (required) error(name, "is required");
    return nullptr;
  }
  if (!(*body_)[name].is_object()) {
    error(name, "must be an object");
    return nullptr;
  }
  return &(*body_)[name];
}

void Fields::each(const std::string& name, const std::function<void(Fields& item)>& fn) {
  if (!body_->contains(name) || (*body_)[name].is_null()) return;
  if (!(*body_)[name].is_array()) {
    error(name, "must be a list");
    return;
  }
  std::size_t i = 0;
  for (const auto& item : (*body_)[name]) {
    const std::string prefix = prefix_ + name + "[" + std::to_string(i++) + "].";
    if (!item.is_object()) {
      errors_.push_back({prefix.substr(0, prefix.size() - 1), "must be an object"});
      continue;
    }
    Fields sub(item, prefix);
    fn(sub);
    errors_.insert(errors_.end(), sub.errors_.begin(), sub.errors_.end());
  }
}

void Fields::finish(const std::vector<Fields*>& nested) const {
  std::vector<http::FieldError> all = errors_;
  for (const Fields* f : nested) all.insert(all.end(), f->errors_.begin(), f->errors_.end());
  if (!all.empty()) throw http::Problem::invalid(std::move(all));
}

}  // namespace soku::api
