// domain/client_path.cpp — see client_path.h.
#include "domain/client_path.h"

#include "domain/codes.h"

namespace soku::domain {

// The lists live in domain/codes.cpp with their labels; these name them for the handlers.
const std::vector<std::string>& referral_sources() { return code_list("referral_source"); }
const std::vector<std::string>& life_areas() { return code_list("life_area"); }
const std::vector<std::string>& need_levels() { return code_list("need_level"); }
const std::vector<std::string>& service_forms() { return code_list("service_form"); }
const std::vector<std::string>& meeting_modes() { return code_list("meeting_mode"); }
const std::vector<std::string>& meeting_contents() { return code_list("meeting_content"); }
const std::vector<std::string>& statutory_items() { return code_list("statutory_item"); }
const std::vector<std::string>& default_phases() { return code_list("period_phase"); }
const std::vector<std::string>& continuation_paths() { return code_list("continuation_path"); }
const std::vector<std::string>& interruption_reasons() { return code_list("interruption_reason"); }
const std::vector<std::string>& organisation_types() { return code_list("organisation_type"); }

}  // namespace soku::domain
