#include "scenario/IssueList.h"

#include <utility>

namespace lymph {

void IssueList::add(std::string path, IssueCode code)
{
    if (!isMalformed(path))
        m_issues.push_back({std::move(path), std::move(code)});
}

void IssueList::addMalformed(std::string path, IssueCode code)
{
    add(path, std::move(code));
    markMalformed(std::move(path));
}

void IssueList::markMalformed(std::string path)
{
    m_malformed.insert(std::move(path));
}

bool IssueList::isMalformed(std::string_view path) const
{
    if (m_malformed.empty())
        return false;
    if (m_malformed.count(std::string_view()) != 0)
        return true;
    // Look up each enclosing field: "a", "a.b", "a.b[2]", then the path itself.
    for (std::size_t i = 1; i < path.size(); ++i) {
        if ((path[i] == '.' || path[i] == '[') && m_malformed.count(path.substr(0, i)) != 0)
            return true;
    }
    return m_malformed.count(path) != 0;
}

} // namespace lymph
