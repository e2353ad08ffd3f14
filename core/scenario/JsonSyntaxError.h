#pragma once
// Turns nlohmann's parse errors into a syntax code (IssueCode.h) at the line and column where
// a reader would look for the mistake.

#include "scenario/ScenarioIo.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace lymph {

// `charactersRead` and `nlohmannMessage` as nlohmann reports them to a SAX parse_error().
ScenarioError syntaxError(std::string_view text, std::size_t charactersRead,
                          const std::string &nlohmannMessage, std::string_view fileName);

} // namespace lymph
