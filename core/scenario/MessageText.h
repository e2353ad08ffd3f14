#pragma once
// Small text helpers for error messages: numbers, quoted values, suggestions.

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace lymph {

// The shortest text that reads back as the same double ("0.1", "2190", "1e+20").
std::string formatNumber(double value);
// "text" with JSON escapes, shortened when long, for quoting user input in messages.
std::string quoteText(std::string_view text);
// The candidate closest to a misspelt word, if it is close enough to be a likely typo.
std::optional<std::string_view> closestMatch(std::string_view word,
                                             std::span<const std::string_view> candidates);
// Number of code points, or nothing when the text is not valid UTF-8.
std::optional<std::size_t> utf8Length(std::string_view text);

} // namespace lymph
