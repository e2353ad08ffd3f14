#pragma once
// Where each field of a JSON text starts, by field path, so that errors found in the parsed
// value can still point at a line and column.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace lymph {

class JsonLocator {
public:
    explicit JsonLocator(std::string_view text);
    // Offset of the field's value; for a field that is absent (a missing key), the nearest
    // enclosing field that is present.
    std::optional<std::size_t> offsetOf(std::string_view path) const;

private:
    void scan(std::string_view text);

    std::unordered_map<std::string, std::size_t> m_offsets;
};

// Offset of the first '{' or '[' that opens more than `depth` nested containers.
std::optional<std::size_t> offsetDeeperThan(std::string_view text, int depth);

} // namespace lymph
