#include "ExamplesCommand.h"

#include "ArgumentParser.h"
#include "CliText.h"

#include "scenario/ExampleLibrary.h"
#include "scenario/ScenarioIo.h"

#include <algorithm>
#include <string>
#include <vector>

namespace lymph::cli {

ExamplesCommand::ExamplesCommand(const Console &console) : m_console(console) {}

int ExamplesCommand::run(const QStringList &arguments) const
{
    const ArgumentParser parser(QStringLiteral("examples"));
    QString error;
    const auto parsed = parser.parse(arguments, &error);
    if (!parsed)
        return m_console.badInput(error);
    if (!parsed->positional.isEmpty()) {
        return m_console.badInput(tr("'examples' takes no arguments, got %1")
                                      .arg(parsed->positional.join(QStringLiteral(", "))));
    }
    const std::vector<std::string> names = exampleNames();
    qsizetype width = 0;
    for (const std::string &name : names)
        width = std::max(width, fromStd(name).size());
    int status = kExitOk;
    for (const std::string &name : names) {
        const ScenarioLoadResult loaded = loadScenario(name);
        QString title;
        if (loaded.ok()) {
            title = fromStd(loaded.scenario->name);
        } else {
            title = tr("(invalid: %1)").arg(fromStd(loaded.errors.front().toString()));
            status = kExitInternalError;
        }
        m_console.out() << fromStd(name).leftJustified(width) << "  " << title << '\n';
    }
    return status;
}

} // namespace lymph::cli
