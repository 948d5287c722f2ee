// domain/text.h — what counts as acceptable text from a user, for every text field of soku.
//
// Why: a NUL byte is stored as sent by SQLite and silently cuts the text in PostgreSQL, other C0
// control characters garble prints and exports, and invalid UTF-8 is refused by PostgreSQL with an
// error. So text is checked once, where it enters (api/ uses these for every JSON string, every
// path and query parameter and every field), and a 400/422 names the field.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace soku::domain {

enum class TextKind {
  line,   // one line: no C0 control character at all
  block,  // several lines (notes, reasons, texts): tab and newline allowed
  loose,  // anything a JSON string may hold before a field reads it: tab, CR and LF allowed
};

// nullopt when `s` is acceptable as `kind`; otherwise a message for the field ("must not contain
// control characters", "must be valid UTF-8 text").
std::optional<std::string> text_problem(std::string_view s, TextKind kind);

bool valid_utf8(std::string_view s);

// Multi-line text as stored: CR LF and lone CR become LF (browsers send LF; other clients may not).
std::string normalise_newlines(std::string_view s);

// Maximum nesting of arrays and objects in a JSON document soku accepts. Deeper documents are
// refused before they are parsed: a recursive serialiser must never meet one (stack overflow).
inline constexpr int kMaxJsonDepth = 32;

// The deepest nesting of `[`/`{` in a JSON text, counted without parsing (strings skipped).
// Stops counting once `limit` is exceeded and returns limit + 1.
int json_depth(std::string_view json, int limit = kMaxJsonDepth);

}  // namespace soku::domain
