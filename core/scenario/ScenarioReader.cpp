// Reading scenarios: text → JSON (syntax, nesting, duplicate keys) → Scenario (types, keys)
// → the shared semantic rules, with every problem located by line, column and field path.

#include "scenario/ScenarioIo.h"

#include "model/ParameterTable.h"
#include "scenario/ExampleLibrary.h"
#include "files/FileText.h"
#include "scenario/JsonDocumentBuilder.h"
#include "scenario/JsonLocator.h"
#include "scenario/JsonSyntaxError.h"
#include "scenario/JsonTokenizer.h"
#include "scenario/ScenarioJsonReader.h"
#include "scenario/ScenarioLimits.h"
#include "scenario/ScenarioValidator.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>

namespace lymph {

using nlohmann::json;
namespace format = scenario_format;

namespace {

ScenarioLoadResult failedWith(ScenarioError error)
{
    ScenarioLoadResult result;
    result.errors.push_back(std::move(error));
    return result;
}

// A problem with the text as a whole: no line, no field.
ScenarioLoadResult failedWith(std::string_view fileName, IssueCode code)
{
    return failedWith({std::string(fileName), 0, 0, {}, std::move(code)});
}

ScenarioError errorAt(std::string_view text, std::string_view fileName, std::size_t offset,
                      std::string path, IssueCode code)
{
    const TextPosition position = textPosition(text, offset);
    return {std::string(fileName), position.line, position.column, std::move(path),
            std::move(code)};
}

bool isBlank(std::string_view text)
{
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// The number text from nlohmann's "number overflow parsing '1e400'".
std::string overflowingNumber(const std::string &what)
{
    const std::size_t open = what.find('\'');
    const std::size_t close = what.rfind('\'');
    if (open == std::string::npos || close <= open)
        return "the number";
    return what.substr(open + 1, close - open - 1);
}

using Failure = JsonDocumentBuilder::Failure;

ScenarioError parseFailure(std::string_view text, std::string_view fileName, const Failure &failure)
{
    switch (failure.kind) {
    case Failure::Kind::Syntax:
        return syntaxError(text, failure.charactersRead, failure.nlohmannMessage, fileName);
    case Failure::Kind::NumberOverflow:
        return errorAt(text, fileName, JsonLocator(text).offsetOf(failure.path).value_or(0),
                       failure.path,
                       issue::NumberTooLarge{overflowingNumber(failure.nlohmannMessage)});
    case Failure::Kind::TooDeep: break;
    }
    return errorAt(text, fileName, offsetDeeperThan(text, format::kMaxNestingDepth).value_or(0),
                   failure.path,
                   issue::NestedTooDeep{format::kMaxNestingDepth, format::kRealNestingDepth});
}

std::vector<ScenarioError> locate(const IssueList &issues, std::string_view text,
                                  std::string_view fileName)
{
    const JsonLocator locator(text);
    std::vector<ScenarioError> errors;
    std::vector<std::size_t> offsets;
    for (const Issue &issue : issues.items()) {
        errors.push_back({std::string(fileName), 0, 0, issue.path, issue.code});
        offsets.push_back(locator.offsetOf(issue.path).value_or(0));
    }
    const std::vector<TextPosition> positions = textPositions(text, std::move(offsets));
    for (std::size_t i = 0; i < errors.size(); ++i) {
        errors[i].line = positions[i].line;
        errors[i].column = positions[i].column;
    }
    // In file order, as a reader goes through them.
    std::stable_sort(errors.begin(), errors.end(),
                     [](const ScenarioError &a, const ScenarioError &b) {
                         return std::pair(a.line, a.column) < std::pair(b.line, b.column);
                     });
    return errors;
}

} // namespace

ScenarioLoadResult parseScenario(std::string_view text, std::string_view fileName,
                                 const ParameterTable *parameters)
{
    if (text.size() > kMaxScenarioFileBytes) {
        return failedWith(fileName, issue::TextTooLarge{text.size(), kMaxScenarioFileBytes});
    }
    if (isBlank(text))
        return failedWith(fileName, issue::EmptyText{});

    JsonDocumentBuilder builder(format::kMaxNestingDepth);
    json::sax_parse(text.begin(), text.end(), &builder);
    if (const auto &stop = builder.failure())
        return failedWith(parseFailure(text, fileName, *stop));

    IssueList issues;
    for (const std::string &path : builder.duplicateKeyPaths())
        issues.add(path, issue::DuplicateKey{});
    Scenario scenario;
    if (ScenarioJsonReader(issues).read(builder.root(), scenario)) {
        ScenarioValidator(parameters ? *parameters : ParameterTable::defaults(), issues)
            .check(scenario);
    }
    if (!issues.empty())
        return {std::nullopt, locate(issues, text, fileName)};
    return {std::move(scenario), {}};
}

ScenarioLoadResult loadScenarioFile(const std::string &path, const ParameterTable *parameters)
{
    FileText file = readTextFile(path, kMaxScenarioFileBytes);
    if (file.problem) // the problem names the file
        return failedWith({}, issue::FileUnreadable{std::move(*file.problem)});
    return parseScenario(file.text, path, parameters);
}

ScenarioLoadResult loadScenario(const std::string &pathOrExampleName,
                                const ParameterTable *parameters)
{
    const auto fromExample = [parameters](const std::string &name, const char *text) {
        ScenarioLoadResult result = parseScenario(text, kExamplePrefix + name, parameters);
        result.exampleName = name;
        return result;
    };
    // "example:NAME" always means the built-in example, whatever files exist.
    if (pathOrExampleName.rfind(kExamplePrefix, 0) == 0) {
        const std::string name = pathOrExampleName.substr(std::string_view(kExamplePrefix).size());
        if (const char *text = exampleJson(name))
            return fromExample(name, text);
        return failedWith(pathOrExampleName, issue::NoSuchExample{exampleNames()});
    }
    // A file the user can see wins over an example of the same name, with a note.
    const char *example = exampleJson(pathOrExampleName);
    std::error_code error;
    const bool fileExists =
        std::filesystem::symlink_status(pathOrExampleName, error).type() !=
        std::filesystem::file_type::not_found;
    if (example && !fileExists)
        return fromExample(pathOrExampleName, example);
    // A bare word that is neither a file nor an example was most likely meant as an example.
    const bool bareName = pathOrExampleName.find_first_of("/\\.") == std::string::npos;
    if (bareName && !pathOrExampleName.empty() && !fileExists) {
        return failedWith(pathOrExampleName, issue::NoSuchFileOrExample{exampleNames()});
    }
    ScenarioLoadResult result = loadScenarioFile(pathOrExampleName, parameters);
    if (example)
        result.notes.push_back(issue::FileShadowsExample{pathOrExampleName, kExamplePrefix});
    return result;
}

} // namespace lymph
