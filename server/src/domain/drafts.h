// domain/drafts.h — the rules of a user's drafts (autosaved form contents): how large one may be
// and what a draft key is. Ownership: a draft is keyed by its owner's user id and the key, so one
// user never names another's draft (store/queries/drafts.h takes the owner in every query).
#pragma once

#include <cstddef>
#include <string_view>

namespace soku::domain {

// The largest request body a draft is saved from (bytes); larger ones are refused (413).
inline constexpr std::size_t kMaxDraftBytes = 256 * 1024;

// 1–100 characters: ASCII letters, digits, '-', '_', ':' and '.'.
bool valid_draft_key(std::string_view key);

}  // namespace soku::domain
