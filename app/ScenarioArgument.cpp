#include "ScenarioArgument.h"

#include "CliText.h"

#include "scenario/ScenarioIo.h"

namespace lymph::cli {

std::optional<ScenarioArgument> loadScenarioArgument(const Console &console, const QString &name)
{
    const ScenarioLoadResult loaded = loadScenario(name.toStdString());
    for (const std::string &note : loaded.notes)
        console.err() << "lymphoscope-cli: note: " << fromStd(note) << '\n';
    if (!loaded.ok()) {
        for (const ScenarioError &e : loaded.errors)
            console.err() << fromStd(e.toString()) << '\n';
        return std::nullopt;
    }
    return ScenarioArgument{*loaded.scenario, loaded.exampleName.empty() ? name : QString()};
}

} // namespace lymph::cli
