#pragma once
// A SCENARIO argument loaded for a command: its problems and notes printed the way every
// command prints them, and the file it came from (none for a built-in example), which no
// output of the run may overwrite.

#include "Console.h"

#include "scenario/Scenario.h"

#include <QString>

#include <optional>

namespace lymph::cli {

struct ScenarioArgument {
    Scenario scenario;
    QString file; // empty for a built-in example
};

// How many of a scenario's problems a command prints: `validate` lists them all, the others
// the first few (a file with hundreds of bad doses would bury the summary).
enum class ProblemList { Every, First };
inline constexpr int kProblemsListed = 20;

// Nothing when the scenario cannot be used (its problems are on the console's error stream,
// after `option` where the scenario came with one, e.g. "--compare").
std::optional<ScenarioArgument> loadScenarioArgument(const Console &console, const QString &name,
                                                     ProblemList list = ProblemList::First,
                                                     const QString &option = QString());

} // namespace lymph::cli
