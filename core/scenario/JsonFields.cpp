#include "scenario/JsonFields.h"

#include "scenario/FieldPath.h"
#include "scenario/MessageText.h"

#include <algorithm>
#include <cmath>

namespace lymph {

std::string describeJsonValue(const nlohmann::json &value)
{
    switch (value.type()) {
    case nlohmann::json::value_t::string:
        return "the string " + quoteText(value.get_ref<const std::string &>());
    case nlohmann::json::value_t::object: return "an object";
    case nlohmann::json::value_t::array: return "an array";
    case nlohmann::json::value_t::null: return "null";
    default: return value.dump();
    }
}

bool expectObject(const nlohmann::json &value, const std::string &path, IssueList &issues)
{
    if (value.is_object())
        return true;
    issues.addMalformed(path, "expected an object {...}, got " + describeJsonValue(value));
    return false;
}

JsonObjectReader::JsonObjectReader(const nlohmann::json &object, std::string path,
                                   IssueList &issues)
    : m_object(object), m_path(std::move(path)), m_issues(issues)
{
}

std::string JsonObjectReader::pathOf(std::string_view key) const
{
    return memberPath(m_path, key);
}

void JsonObjectReader::rejectUnknownKeys(std::span<const std::string_view> allowed,
                                         std::string_view owner) const
{
    for (const auto &[key, value] : m_object.items()) {
        if (std::find(allowed.begin(), allowed.end(), key) != allowed.end())
            continue;
        std::string message = "unknown key " + quoteText(key);
        if (!owner.empty())
            message += " for " + std::string(owner);
        if (auto suggestion = closestMatch(key, allowed))
            message += " (did you mean " + quoteText(*suggestion) + "?)";
        message += "; allowed keys: " + joinList(allowed);
        m_issues.addMalformed(pathOf(key), std::move(message));
    }
}

const nlohmann::json *JsonObjectReader::member(std::string_view key, Presence presence) const
{
    const auto it = m_object.find(std::string(key));
    if (it != m_object.end())
        return &*it;
    if (presence == Presence::Required)
        m_issues.addMalformed(pathOf(key), "missing required key " + quoteText(key));
    return nullptr;
}

bool JsonObjectReader::expectType(std::string_view key, const nlohmann::json &value, bool ok,
                                  std::string_view expected) const
{
    if (!ok) {
        m_issues.addMalformed(pathOf(key), "expected " + std::string(expected) + ", got " +
                                               describeJsonValue(value));
    }
    return ok;
}

std::optional<double> JsonObjectReader::number(std::string_view key, Presence presence) const
{
    const nlohmann::json *value = member(key, presence);
    if (value == nullptr || !expectType(key, *value, value->is_number(), "a number"))
        return std::nullopt;
    const double number = value->get<double>();
    if (!std::isfinite(number)) {
        m_issues.addMalformed(pathOf(key), "not a finite number");
        return std::nullopt;
    }
    return number;
}

std::optional<std::string> JsonObjectReader::string(std::string_view key, Presence presence) const
{
    const nlohmann::json *value = member(key, presence);
    if (value == nullptr || !expectType(key, *value, value->is_string(), "a string in quotes"))
        return std::nullopt;
    return value->get<std::string>();
}

const nlohmann::json *JsonObjectReader::object(std::string_view key, Presence presence) const
{
    const nlohmann::json *value = member(key, presence);
    if (value == nullptr || !expectType(key, *value, value->is_object(), "an object {...}"))
        return nullptr;
    return value;
}

const nlohmann::json *JsonObjectReader::array(std::string_view key, Presence presence) const
{
    const nlohmann::json *value = member(key, presence);
    if (value == nullptr || !expectType(key, *value, value->is_array(), "an array [...]"))
        return nullptr;
    return value;
}

} // namespace lymph
