#pragma once
// Problems found in a scenario, each under a field path, in the order they were found.

#include "scenario/IssueCode.h"

#include <functional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace lymph {

struct Issue {
    std::string path; // "treatments[2].infusions[0].mg"; empty for the scenario as a whole
    IssueCode code;
};

class IssueList {
public:
    void add(std::string path, IssueCode code);
    // A field that could not be read (wrong type, missing, unknown therapy) holds a stand-in
    // value; marking it keeps the range and overlap rules quiet about that stand-in.
    void addMalformed(std::string path, IssueCode code);
    void markMalformed(std::string path);
    // True for a malformed field and for everything inside one.
    bool isMalformed(std::string_view path) const;

    bool empty() const { return m_issues.empty(); }
    const std::vector<Issue> &items() const { return m_issues; }

private:
    std::vector<Issue> m_issues;
    std::set<std::string, std::less<>> m_malformed;
};

} // namespace lymph
