#include "scenario/JsonFields.h"

#include "scenario/FieldPath.h"
#include "scenario/MessageText.h"

#include <algorithm>
#include <cmath>

namespace lymph {

using issue::JsonType;

issue::WrongType wrongType(JsonType expected, const nlohmann::json &value)
{
    issue::WrongType problem{expected};
    switch (value.type()) {
    case nlohmann::json::value_t::string:
        problem.found = JsonType::String;
        problem.foundText = quoteText(value.get_ref<const std::string &>());
        break;
    case nlohmann::json::value_t::object: problem.found = JsonType::Object; break;
    case nlohmann::json::value_t::array: problem.found = JsonType::Array; break;
    case nlohmann::json::value_t::boolean:
        problem.found = JsonType::Boolean;
        problem.foundText = value.dump();
        break;
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float:
        problem.found = JsonType::Number;
        problem.foundText = value.dump();
        break;
    default: problem.found = JsonType::Null; break;
    }
    return problem;
}

bool expectObject(const nlohmann::json &value, const std::string &path, IssueList &issues)
{
    if (value.is_object())
        return true;
    issues.addMalformed(path, wrongType(JsonType::Object, value));
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
                                         std::optional<Therapy> owner) const
{
    for (const auto &[key, value] : m_object.items()) {
        if (std::find(allowed.begin(), allowed.end(), key) != allowed.end())
            continue;
        issue::UnknownKey unknown{key, owner};
        if (auto suggestion = closestMatch(key, allowed))
            unknown.suggestion = std::string(*suggestion);
        unknown.allowed.assign(allowed.begin(), allowed.end());
        m_issues.addMalformed(pathOf(key), std::move(unknown));
    }
}

const nlohmann::json *JsonObjectReader::member(std::string_view key, Presence presence) const
{
    const auto it = m_object.find(std::string(key));
    if (it != m_object.end())
        return &*it;
    if (presence == Presence::Required)
        m_issues.addMalformed(pathOf(key), issue::MissingKey{std::string(key)});
    return nullptr;
}

bool JsonObjectReader::expectType(std::string_view key, const nlohmann::json &value, bool ok,
                                  JsonType expected) const
{
    if (!ok)
        m_issues.addMalformed(pathOf(key), wrongType(expected, value));
    return ok;
}

std::optional<double> JsonObjectReader::number(std::string_view key, Presence presence) const
{
    const nlohmann::json *value = member(key, presence);
    if (value == nullptr || !expectType(key, *value, value->is_number(), JsonType::Number))
        return std::nullopt;
    const double number = value->get<double>();
    if (!std::isfinite(number)) {
        m_issues.addMalformed(pathOf(key), issue::NotFinite{});
        return std::nullopt;
    }
    return number;
}

std::optional<std::string> JsonObjectReader::string(std::string_view key, Presence presence) const
{
    const nlohmann::json *value = member(key, presence);
    if (value == nullptr || !expectType(key, *value, value->is_string(), JsonType::String))
        return std::nullopt;
    return value->get<std::string>();
}

const nlohmann::json *JsonObjectReader::object(std::string_view key, Presence presence) const
{
    const nlohmann::json *value = member(key, presence);
    if (value == nullptr || !expectType(key, *value, value->is_object(), JsonType::Object))
        return nullptr;
    return value;
}

const nlohmann::json *JsonObjectReader::array(std::string_view key, Presence presence) const
{
    const nlohmann::json *value = member(key, presence);
    if (value == nullptr || !expectType(key, *value, value->is_array(), JsonType::Array))
        return nullptr;
    return value;
}

} // namespace lymph
