#pragma once
// Field paths as shown in error messages: "treatments[2].infusions[0].mg".

#include <cstddef>
#include <string>
#include <string_view>

namespace lymph {

inline std::string memberPath(std::string_view parent, std::string_view key)
{
    std::string path(parent);
    if (!path.empty())
        path += '.';
    path += key;
    return path;
}

inline std::string elementPath(std::string_view parent, std::size_t index)
{
    return std::string(parent) + '[' + std::to_string(index) + ']';
}

// "a.b[2]" → "a.b" → "a" → "" (the root); the root stays the root.
inline std::string parentPath(std::string_view path)
{
    const std::size_t cut = path.find_last_of(".[");
    return cut == std::string_view::npos ? std::string() : std::string(path.substr(0, cut));
}

} // namespace lymph
