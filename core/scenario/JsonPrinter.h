#pragma once
// Prints JSON with 2-space indentation, keeping small flat objects such as {"day": 0, "mg": 12}
// on one line so that a schedule reads as a list rather than a column of braces.

#include <nlohmann/json.hpp>

#include <string>

namespace lymph {

std::string printJson(const nlohmann::ordered_json &value);

} // namespace lymph
