#include "files/OwnOutput.h"

#include "cohort/IndividualFactors.h"
#include "simulate/ResultColumns.h"

#include <regex>

namespace lymph {

namespace {

bool isOwnTable(std::string_view head)
{
    std::string_view line = head.substr(0, head.find('\n'));
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    const std::size_t comma = line.find(',');
    if (comma == std::string_view::npos)
        return false;
    const std::string_view first = line.substr(0, comma);
    std::string_view second = line.substr(comma + 1);
    second = second.substr(0, second.find(','));
    if (first == "day")
        return parseColumnName(second).has_value(); // a lab file's "quantity" is not
    return first == "patient" && !individualFactors().empty() &&
           second == individualFactors().front().name;
}

// A JSON object (after an optional byte-order mark and white space) whose "format" is ours; a
// text that only quotes the format (this project's own documentation) is not a scenario.
bool isOwnScenario(std::string_view head)
{
    if (head.starts_with("\xEF\xBB\xBF"))
        head.remove_prefix(3);
    const std::size_t start = head.find_first_not_of(" \t\r\n");
    if (start == std::string_view::npos || head[start] != '{')
        return false;
    static const std::regex kFormat(R"re("format"\s*:\s*"lymphoscope-scenario")re");
    return std::regex_search(head.begin(), head.end(), kFormat);
}

} // namespace

bool isOwnOutput(OutputKind kind, std::string_view head)
{
    switch (kind) {
    case OutputKind::Any: return true;
    case OutputKind::Pdf: return head.starts_with("%PDF-");
    case OutputKind::Png: return head.starts_with("\x89PNG\r\n\x1a\n");
    case OutputKind::Scenario: return isOwnScenario(head);
    case OutputKind::Table: return isOwnTable(head);
    }
    return false;
}

} // namespace lymph
