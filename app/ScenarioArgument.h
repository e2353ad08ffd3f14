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

// Nothing when the scenario cannot be used (its problems are on the console's error stream).
std::optional<ScenarioArgument> loadScenarioArgument(const Console &console, const QString &name);

} // namespace lymph::cli
