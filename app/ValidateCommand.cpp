#include "ValidateCommand.h"

#include "ArgumentParser.h"
#include "CliText.h"

#include "scenario/ScenarioIo.h"

namespace lymph::cli {

ValidateCommand::ValidateCommand(const Console &console) : m_console(console) {}

int ValidateCommand::run(const QStringList &arguments) const
{
    const ArgumentParser parser(QStringLiteral("validate"));
    QString error;
    const auto parsed = parser.parse(arguments, &error);
    if (!parsed)
        return m_console.badInput(error);
    const auto scenarioName = parser.scenario(*parsed, &error);
    if (!scenarioName)
        return m_console.badInput(error);
    const ScenarioLoadResult loaded = loadScenario(scenarioName->toStdString());
    if (!loaded.ok()) {
        for (const ScenarioError &e : loaded.errors)
            m_console.err() << fromStd(e.toString()) << '\n';
        return kExitBadInput;
    }
    m_console.out() << tr("OK: %1").arg(fromStd(loaded.scenario->name)) << '\n';
    return kExitOk;
}

} // namespace lymph::cli
