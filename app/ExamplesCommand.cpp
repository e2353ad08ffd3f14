#include "ExamplesCommand.h"

#include "CliText.h"
#include "IssueText.h"

#include "scenario/ExampleLibrary.h"
#include "scenario/ScenarioIo.h"

#include <algorithm>
#include <string>
#include <vector>

namespace lymph::cli {

CommandSpec ExamplesCommand::spec()
{
    return {QStringLiteral("examples"), QString(),
            tr("The built-in example scenarios, by name (example:NAME always names one)."), {},
            0, 0};
}

ExamplesCommand::ExamplesCommand(const Console &console) : m_console(console) {}

int ExamplesCommand::run(const CommandLine &) const
{
    const std::vector<std::string> names = exampleNames();
    qsizetype width = 0;
    for (const std::string &name : names)
        width = std::max(width, fromStd(name).size());
    int status = kExitOk;
    for (const std::string &name : names) {
        const ScenarioLoadResult loaded = loadScenario(kExamplePrefix + name);
        QString title;
        if (loaded.ok()) {
            title = fromStd(loaded.scenario->name);
        } else {
            title = tr("(invalid: %1)").arg(IssueText::forFile().describe(loaded.errors.front()));
            status = kExitInternalError;
        }
        m_console.out() << fromStd(name).leftJustified(width) << "  " << title << '\n';
    }
    return status;
}

} // namespace lymph::cli
