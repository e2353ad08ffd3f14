#include "files/OwnOutput.h"

#include "cohort/IndividualFactors.h"
#include "simulate/ResultColumns.h"


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
    // A "format" key followed, past white space and a colon, by our format's name.
    const auto skipSpace = [&head](std::size_t at) {
        const std::size_t next = head.find_first_not_of(" \t\r\n", at);
        return next == std::string_view::npos ? head.size() : next;
    };
    constexpr std::string_view kKey = "\"format\"";
    constexpr std::string_view kValue = "\"lymphoscope-scenario\"";
    for (std::size_t key = head.find(kKey, start); key != std::string_view::npos;
         key = head.find(kKey, key + 1)) {
        std::size_t at = skipSpace(key + kKey.size());
        if (at < head.size() && head[at] == ':' &&
            head.substr(skipSpace(at + 1)).starts_with(kValue))
            return true;
    }
    return false;
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
