#pragma once
// Reads the members of one JSON object, reporting wrong types, missing required keys and
// unknown keys under the object's field path. A member that cannot be read is marked
// malformed, and the caller keeps a stand-in value.

#include "scenario/IssueList.h"
#include "scenario/Scenario.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace lymph {

enum class Presence { Optional, Required };

class JsonObjectReader {
public:
    JsonObjectReader(const nlohmann::json &object, std::string path, IssueList &issues);

    const std::string &path() const { return m_path; }
    std::string pathOf(std::string_view key) const;
    // `owner`: the therapy whose shape the keys belong to, named in the message.
    void rejectUnknownKeys(std::span<const std::string_view> allowed,
                           std::optional<Therapy> owner = std::nullopt) const;

    std::optional<double> number(std::string_view key, Presence presence) const;
    std::optional<std::string> string(std::string_view key, Presence presence) const;
    const nlohmann::json *object(std::string_view key, Presence presence) const;
    const nlohmann::json *array(std::string_view key, Presence presence) const;

private:
    const nlohmann::json *member(std::string_view key, Presence presence) const;
    bool expectType(std::string_view key, const nlohmann::json &value, bool ok,
                    issue::JsonType expected) const;

    const nlohmann::json &m_object;
    std::string m_path;
    IssueList &m_issues;
};

// A WrongType issue: `value` where `expected` was wanted.
issue::WrongType wrongType(issue::JsonType expected, const nlohmann::json &value);
// A WrongType issue when `value` is not an object; returns whether it is.
bool expectObject(const nlohmann::json &value, const std::string &path, IssueList &issues);

} // namespace lymph
