#include "ValidateCommand.h"

#include "CliText.h"
#include "decision/PlanNames.h"
#include "ScenarioArgument.h"

namespace lymph::cli {

CommandSpec ValidateCommand::spec()
{
    return {QStringLiteral("validate"), QStringLiteral("SCENARIO"),
            tr("Check a scenario and list every problem with its place."), {}, 1, 1};
}

ValidateCommand::ValidateCommand(const Console &console) : m_console(console) {}

int ValidateCommand::run(const CommandLine &line) const
{
    const auto loaded =
        loadScenarioArgument(m_console, line.positional().constFirst(), ProblemList::Every);
    if (!loaded)
        return kExitBadInput;
    m_console.out() << tr("OK: %1").arg(PlanNames::shownName(loaded->scenario)) << '\n';
    return kExitOk;
}

} // namespace lymph::cli
