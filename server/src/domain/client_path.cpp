// domain/client_path.cpp — see client_path.h.
#include "domain/client_path.h"

#include <cmath>

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

std::optional<double> gas_t_score(const std::vector<std::pair<int, int>>& attainment_weight) {
  if (attainment_weight.empty()) return std::nullopt;
  constexpr double rho = 0.3;
  double sum_wx = 0;
  double sum_w2 = 0;
  double sum_w = 0;
  for (const auto& [x, w] : attainment_weight) {
    sum_wx += static_cast<double>(w) * x;
    sum_w2 += static_cast<double>(w) * w;
    sum_w += w;
  }
  const double denom = std::sqrt((1 - rho) * sum_w2 + rho * sum_w * sum_w);
  if (denom <= 0) return std::nullopt;
  return 50.0 + 10.0 * sum_wx / denom;
}

}  // namespace soku::domain
