// domain/codes.h — every code list the server validates against (and the few it produces, such as
// the client's phase and the timeline's entry types), each code with its fi/sv/en label, in one
// table. Handlers validate with code_list(); GET /api/v1/codes serves the table, and the web app
// shows its labels, so a code cannot exist in one place only. docs/openapi.yaml repeats the codes
// as enums (kept equal by hand; tests/unit/codes_test.cpp checks the table). Pure.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace soku::domain {

struct Code {
  std::string_view list;  // snake_case name of the list, e.g. "meeting_mode"
  std::string_view code;  // what the API stores and accepts
  std::string_view fi;
  std::string_view sv;
  std::string_view en;
};

// The whole table, lists in display order, codes in display order within each list.
const std::vector<Code>& code_table();

// The names of the lists, in table order.
const std::vector<std::string>& code_list_names();

// The codes of one list, in display order. Throws std::out_of_range for an unknown list (a
// programming error: the names are literals in the handlers).
const std::vector<std::string>& code_list(std::string_view list);

}  // namespace soku::domain
