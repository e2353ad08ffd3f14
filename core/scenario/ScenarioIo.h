#pragma once
// Reading, validating and writing scenario files (format "lymphoscope-scenario", version 1,
// as in docs/scenario-format.md). Every problem becomes a ScenarioError that names where it
// is: file:line:column for malformed JSON, the field path (e.g. "treatments[2].infusions[0].mg")
// for a wrong value; what is wrong is a code (IssueCode.h) that each front end words.

#include "files/FileProblem.h"
#include "scenario/IssueCode.h"
#include "scenario/Scenario.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lymph {

class ParameterTable;

inline constexpr std::uintmax_t kMaxScenarioFileBytes = 1024 * 1024; // 1 MiB

struct ScenarioError {
    std::string file;      // empty for text not from a file, and when the code names the file
    int line = 0;          // 1-based; 0 when not known
    int column = 0;        // 1-based; 0 when not known
    std::string fieldPath; // e.g. "patient.weight_kg"; empty for syntax errors
    IssueCode code = {};   // what is wrong, with its facts
    // The problem in English (englishText); front ends word `code` in the user's language.
    std::string message() const { return englishText(code); }
    // "file:line:col: field.path: message", leaving out the parts that are not known.
    std::string toString() const;
};

struct ScenarioLoadResult {
    std::optional<Scenario> scenario; // set only when there are no errors
    std::vector<ScenarioError> errors;
    std::vector<IssueCode> notes = {}; // worth telling, not wrong (an ambiguous name)
    std::string exampleName = {};        // set when a built-in example was loaded
    bool ok() const { return scenario.has_value(); }
};

// Prefix that names a built-in example whatever files exist: "example:alemtuzumab-then-ahsct".
inline constexpr const char *kExamplePrefix = "example:";

// Parses and validates JSON text. `fileName` is used in messages only.
ScenarioLoadResult parseScenario(std::string_view json, std::string_view fileName = {},
                                 const ParameterTable *parameters = nullptr);
// Reads a file (refusing files over kMaxScenarioFileBytes) and parses it.
ScenarioLoadResult loadScenarioFile(const std::string &path,
                                    const ParameterTable *parameters = nullptr);
// A path, or the name of a built-in example (see ExampleLibrary.h). A file wins over an
// example of the same name (with a note); "example:NAME" always means the example.
ScenarioLoadResult loadScenario(const std::string &pathOrExampleName,
                                const ParameterTable *parameters = nullptr);

// Semantic checks on an in-memory scenario (the same rules the reader applies), so the GUI's
// inspector can validate edits. `parameters` defaults to ParameterTable::defaults().
std::vector<ScenarioError> validateScenario(const Scenario &scenario,
                                            const ParameterTable *parameters = nullptr);

// Canonical JSON text (2-space indent, stable key order) that parseScenario reads back equal.
std::string scenarioToJson(const Scenario &scenario);
// Why a scenario was not saved: the problems that would stop it from opening again (then
// nothing is written), or else the file's problem.
struct ScenarioSaveError {
    std::vector<ScenarioError> problems;
    FileProblem file = {};
    std::string toString() const; // in English
};
// Atomic save (files/FileWriter.h): the old file stays intact if anything fails.
std::optional<ScenarioSaveError> saveScenarioFile(const std::string &path,
                                                  const Scenario &scenario);

} // namespace lymph
