#include "scenario/JsonDocumentBuilder.h"

#include "scenario/FieldPath.h"

namespace lymph {

bool JsonDocumentBuilder::key(json::string_t &key)
{
    Open &object = m_open.back();
    if (object.value->contains(key))
        m_duplicates.push_back(memberPath(object.path, key));
    object.key = std::move(key);
    return true;
}

bool JsonDocumentBuilder::parse_error(std::size_t position, const std::string &,
                                      const json::exception &error)
{
    Failure failure;
    // nlohmann reports numbers beyond double's range (1e400) as out_of_range 406.
    failure.kind = error.id == 406 ? Failure::Kind::NumberOverflow : Failure::Kind::Syntax;
    failure.charactersRead = position;
    failure.nlohmannMessage = error.what();
    failure.path = currentPath();
    m_failure = std::move(failure);
    return false;
}

std::string JsonDocumentBuilder::currentPath() const
{
    if (m_open.empty())
        return {};
    const Open &top = m_open.back();
    // An array's next element goes at index size(): it is not added until it is complete.
    return top.value->is_array() ? elementPath(top.path, top.value->size())
                                 : memberPath(top.path, top.key);
}

// Pointers to a container's elements stay valid while that element is the one being read:
// nothing else is added to the container until it is closed.
JsonDocumentBuilder::json *JsonDocumentBuilder::place(json value)
{
    if (m_open.empty()) {
        m_root = std::move(value);
        return &m_root;
    }
    json &parent = *m_open.back().value;
    if (parent.is_array()) {
        parent.push_back(std::move(value));
        return &parent.back();
    }
    json &slot = parent[m_open.back().key];
    slot = std::move(value); // a duplicated key keeps the last value, as nlohmann does
    return &slot;
}

bool JsonDocumentBuilder::addValue(json value)
{
    place(std::move(value));
    return true;
}

bool JsonDocumentBuilder::openContainer(json value)
{
    std::string path = currentPath();
    if (static_cast<int>(m_open.size()) >= m_maxDepth) {
        Failure failure;
        failure.kind = Failure::Kind::TooDeep;
        failure.path = std::move(path);
        m_failure = std::move(failure);
        return false;
    }
    json *placed = place(std::move(value));
    m_open.push_back({placed, std::move(path), {}});
    return true;
}

bool JsonDocumentBuilder::closeContainer()
{
    m_open.pop_back();
    return true;
}

} // namespace lymph
