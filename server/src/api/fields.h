// api/fields.h — reading a JSON body field by field, collecting every problem at once so the user
// sees all invalid fields in one 422 (RFC 9457 `errors: [{field, message}]`).
#pragma once

#include <nlohmann/json.hpp>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "domain/text.h"
#include "http/message.h"

namespace soku::api {

class Fields {
public:
  explicit Fields(const nlohmann::json& body, std::string prefix = {})
      : body_(&body), prefix_(std::move(prefix)) {}
  // A Fields over an empty object (to be replaced by assignment when the object is present).
  static const nlohmann::json& empty_object();

  // A string, trimmed; `max` in bytes. Missing or null: nullopt (an error when required).
  // `kind`: one line (no control characters) unless the field holds several lines (tab and
  // newline allowed; CR LF stored as LF). See domain/text.h.
  std::optional<std::string> text(const std::string& name, bool required, std::size_t max = 200,
                                  domain::TextKind kind = domain::TextKind::line);
  // Several lines of text: text(name, required, max, TextKind::block).
  std::optional<std::string> block(const std::string& name, bool required, std::size_t max);
  std::optional<std::int64_t> integer(const std::string& name, bool required,
                                      std::int64_t min = INT64_MIN, std::int64_t max = INT64_MAX);
  std::optional<bool> boolean(const std::string& name, bool required);
  // YYYY-MM-DD, a real date.
  std::optional<std::string> date(const std::string& name, bool required);
  // One of `allowed`.
  std::optional<std::string> choice(const std::string& name, bool required,
                                    const std::vector<std::string>& allowed);
  // An array of strings, each one of `allowed` (when non-empty).
  std::optional<std::vector<std::string>> strings(const std::string& name, bool required,
                                                  const std::vector<std::string>& allowed = {},
                                                  std::size_t max_items = 50);
  // A nested object (or nullopt); its fields are read with a Fields of prefix "name.".
  const nlohmann::json* object(const std::string& name, bool required);
  // A list of objects: `fn(item)` is called for each, with a Fields whose errors are named
  // "name[i].field" and collected here; `fn` returns whether to keep the item. Missing: no calls.
  void each(const std::string& name, const std::function<void(Fields& item)>& fn);
  [[nodiscard]] bool has(const std::string& name) const { return body_->contains(name); }

  void error(const std::string& name, std::string message);
  [[nodiscard]] bool ok() const { return errors_.empty(); }
  // Throws 422 with every error collected (also from nested Fields passed in).
  void finish(const std::vector<Fields*>& nested = {}) const;
  [[nodiscard]] const std::vector<http::FieldError>& errors() const { return errors_; }

private:
  const nlohmann::json* body_;
  std::string prefix_;
  std::vector<http::FieldError> errors_;
};

}  // namespace soku::api
