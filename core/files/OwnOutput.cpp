#include "files/OwnOutput.h"

#include "cohort/IndividualFactors.h"
#include "simulate/ResultColumns.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

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

// The report `calibration --markdown` writes begins with this heading.
bool isOwnReport(std::string_view head)
{
    if (head.starts_with("\xEF\xBB\xBF"))
        head.remove_prefix(3);
    return head.starts_with("# Validation report\n") || head.starts_with("# Validation report\r\n");
}

// The start of an existing file; none when it cannot be read.
std::optional<std::string> headOf(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in.is_open())
        return std::nullopt;
    std::string head(kOwnOutputHeadBytes, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    if (in.bad())
        return std::nullopt;
    head.resize(static_cast<std::size_t>(std::max<std::streamsize>(in.gcount(), 0)));
    return head;
}

} // namespace

std::optional<FileProblem> replacingProblem(const std::string &path, OutputKind kind)
{
    if (kind == OutputKind::Any)
        return std::nullopt;
    std::error_code error;
    if (std::filesystem::status(path, error).type() == std::filesystem::file_type::not_found)
        return std::nullopt; // nothing there to lose
    const std::uintmax_t size = std::filesystem::file_size(path, error);
    if (!error && size == 0)
        return std::nullopt; // an empty file holds nothing to lose
    const auto head = headOf(path);
    if (head && !head->empty() && isOwnOutput(kind, *head))
        return std::nullopt;
    // A file that cannot be read cannot be told apart from a user's own: it is kept too.
    FileProblem problem = FileProblem::of(head && !head->empty()
                                              ? FileProblem::Code::NotOwnKind
                                              : FileProblem::Code::UnreadableExisting,
                                          path);
    problem.kind = kind;
    return problem;
}

bool isOwnOutput(OutputKind kind, std::string_view head)
{
    switch (kind) {
    case OutputKind::Any: return true;
    case OutputKind::Pdf: return head.starts_with("%PDF-");
    case OutputKind::Png: return head.starts_with("\x89PNG\r\n\x1a\n");
    case OutputKind::Scenario: return isOwnScenario(head);
    case OutputKind::Table: return isOwnTable(head);
    case OutputKind::ValidationReport: return isOwnReport(head);
    }
    return false;
}

} // namespace lymph
